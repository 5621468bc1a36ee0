# SystemExit raised in a finally block replaces the exception in flight;
# sys.exit() inside an except block exits with its code.
import sys


def cleanup_exits():
    try:
        raise ValueError("lost")
    finally:
        print("finally calls sys.exit")
        sys.exit(7)


try:
    cleanup_exits()
except SystemExit as e:
    print("SystemExit", e.code, "context:", repr(e.__context__))
try:
    raise KeyError("bad key")
except KeyError:
    print("handler exits")
    sys.exit(4)
