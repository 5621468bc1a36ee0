# SystemExit with an int code: the exit status.
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught", e.code, e.args, repr(e))
import sys
sys.exit(42)
