import traceback, sys

class AppError(Exception):
    pass

def load():
    try:
        {}["cfg"]
    except KeyError as e:
        raise AppError("config missing") from e

try:
    load()
except AppError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te), len(te.stack), te.stack[-1].name)
    print(type(te.__cause__).__name__, str(te.__cause__), te.__suppress_context__)
    print("".join(te.format()), end="")
    print("---")
    print("".join(te.format(chain=False)), end="")
    print(list(te.format_exception_only()))
    te.print(file=sys.stdout)
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(len(te2.stack))
    if sys.version_info >= (3, 13):
        print(te.exc_type_str)
    else:
        print(te.exc_type.__name__)
