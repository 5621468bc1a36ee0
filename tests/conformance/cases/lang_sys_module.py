# The sys module: version and platform facts, version_info's fields,
# streams, exc_info outside handlers, excepthook called directly, exit's
# arguments, _getframe. (The oracle's harness ignores a replaced
# sys.excepthook: it calls sys.__excepthook__.)
import sys
print(sys.platform, sys.version_info[:2] >= (3, 11), type(sys.version).__name__, sys.version_info.major)
print(sys.version_info, type(sys.version_info).__name__, sys.version_info.releaselevel)
print(sys.byteorder, sys.getdefaultencoding(), sys.maxunicode, sys.maxsize > 2 ** 31)
print(type(sys.path).__name__, hasattr(sys, "excepthook"), sys.modules["sys"] is sys)
print(sys.exc_info(), sys.exception(), sys.getrecursionlimit())
print(sys.stdout.write("direct\n"), sys.stderr.write("to stderr\n"))
print("via print", file=sys.stderr)
print("flushed", flush=True)
try:
    {}["k"]
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_lineno, frame.f_code.co_filename)
def hook(t, v, tb):
    print("custom hook:", t.__name__, v)
sys.excepthook = hook
raise ValueError("the oracle's harness calls sys.__excepthook__")
