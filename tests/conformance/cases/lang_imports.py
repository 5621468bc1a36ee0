# Importing the modules snippets use: sys, traceback, errno, os; the forms
# import x, import x as y, from x import y; missing names and modules.
import sys
import errno, os
import traceback as tb
from errno import ENOENT, EACCES as denied
from os import strerror

print(type(sys).__name__, sys.__name__, tb.__name__, errno.__name__, os.__name__)
print(sys.modules["sys"] is sys, "errno" in sys.modules)
print(ENOENT == errno.ENOENT, denied == errno.EACCES, errno.errorcode[errno.ENOENT])
print(strerror(errno.ENOENT))
print(sys.getrecursionlimit(), sys.version_info[0], sys.version_info >= (3, 11))
print(callable(tb.format_exc), callable(tb.print_exception))
import sys as system
print(system is sys)


def local_import():
    import errno as e2
    from errno import EEXIST
    return e2 is errno, EEXIST == errno.EEXIST


print(local_import())
try:
    from errno import NOT_A_CODE
except ImportError as e:
    print("ImportError:", e)
    print(repr(e.name))
try:
    import definitely_not_a_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, repr(e.name), isinstance(e, ImportError))
try:
    import not_a_package.sub
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from nowhere import something
except ImportError as e:
    print(type(e).__name__ + ":", e)
print(sys.exc_info())
sys.stdout.write("written to stdout\n")
sys.stderr.write("written to stderr\n")
print("to stderr via print", file=sys.stderr)
print(os.sep, os.linesep == "\n")
print(sys.maxsize > 2 ** 31, os.curdir, os.pardir)
import missing_at_the_end
