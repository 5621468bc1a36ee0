# SystemExit with a str code: printed to stderr, exit status 1.
import sys
print("about to fail")
sys.exit("fatal: something went wrong")
