# SystemExit with no code: exit status 0, nothing on stderr; finally
# blocks run on the way out.
import sys
try:
    print("exiting")
    sys.exit()
finally:
    print("finally runs")
print("never")
