# sys.exception() and sys.exc_info() outside handlers, inside, in nested
# handlers, after them, in finally, in functions called from handlers, and
# in generators suspended inside a handler.
import sys


def state(label):
    e = sys.exception()
    t, v, tb = sys.exc_info()
    print(label, repr(e), t.__name__ if t else None, v is e, tb is not None)


state("outside:")
try:
    raise KeyError("k")
except KeyError:
    state("in handler:")
    try:
        raise ValueError("v")
    except ValueError:
        state("nested:")
    state("back in outer:")
state("after:")
try:
    raise TypeError("t")
except TypeError:
    pass
finally:
    state("finally after handled:")
try:
    try:
        raise TypeError("t2")
    finally:
        state("finally while propagating:")
except TypeError:
    pass


def callee():
    state("in callee:")


try:
    raise IndexError("i")
except IndexError:
    callee()


def gen():
    state("gen start:")
    try:
        raise ValueError("in gen")
    except ValueError:
        yield "suspended in handler"
        state("gen resumed:")
    yield "after handler"


g = gen()
print(next(g))
state("caller while gen suspended:")
try:
    raise KeyError("caller's")
except KeyError:
    print(next(g))
state("end:")


def gen_sees_caller():
    state("gen body:")
    yield


try:
    raise LookupError("outer for gen")
except LookupError:
    next(gen_sees_caller())
try:
    raise RuntimeError("with traceback")
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(t is RuntimeError, tb is v.__traceback__, tb.tb_lineno)
try:
    raise KeyError("x")
except KeyError as e:
    del e
    state("after del e:")
