# Exception edge cases: a class needing arguments raised bare, sys.exit
# inside a for over a generator, raising inside except*, a handler's name
# after the handler, exceptions returned from handlers, nested finally
# returns, and raise ... from a non-exception.
import sys
class NeedsArgs(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError:", e)
def g():
    try:
        yield 1
    finally:
        print("gen cleanup")
try:
    for v in g():
        sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from except*")
except BaseException as e:
    print(type(e).__name__, repr(e), [type(x).__name__ for x in getattr(e, "exceptions", [])])
    for sub in e.exceptions:
        print(" ", repr(sub), repr(sub.__context__))
try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        err = e
        raise
except TypeError:
    pass
print(err.__traceback__ is not None)
try:
    err
    print("err still bound")
except NameError:
    pass
def h():
    try:
        raise ValueError("v")
    except ValueError as e:
        return e
e1 = h()
print(repr(e1), e1.__traceback__.tb_frame.f_code.co_name)
try:
    try:
        pass
    finally:
        raise KeyboardInterrupt("in finally")
except KeyboardInterrupt as e:
    print("KI", e)
def multi():
    try:
        return "a"
    finally:
        try:
            return "b"
        finally:
            pass
print(multi())
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e, repr(e.__context__))
