# Metaclasses, exceptions from __init__, methods through the class, and
# exception contexts from generators run while the caller handles one.
import sys
def g():
    yield 1
    raise ValueError("from gen")
try:
    raise KeyError("caller handles")
except KeyError:
    it = g()
    next(it)
    try:
        next(it)
    except ValueError as e:
        print("gen error context:", repr(e.__context__))
def g2():
    try:
        yield
    except KeyError:
        raise TypeError("in gen handler")
it = g2(); next(it)
try:
    it.throw(KeyError("thrown"))
except TypeError as e:
    print(repr(e.__context__))
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added, type(WithMeta).__name__)
class P:
    def __init__(self):
        raise ValueError("init failed")
try:
    P()
except ValueError as e:
    print(e)
class Q:
    def method(self): return self
print(Q.method(1), Q().method.__self__.__class__.__name__, Q.method.__qualname__)
try:
    Q.nope()
except AttributeError as e:
    print(e)
print(isinstance(3, (int, str)), issubclass(bool, (str, int)))
print(type(None)(), type(3)("7"), bool.__mro__)
print(getattr(Q, "method").__name__, hasattr(Q(), "method"), vars(Q)["method"].__name__)
e = Exception("a", "b")
print(e.args, str(e), repr(e), e.__class__.__mro__)
e2 = ValueError()
print(str(e2) == "", repr(e2), e2.args)
print(repr(KeyError("x")), str(KeyError("x")), str(KeyError(1, 2)), repr(StopIteration(5)))
print(ArithmeticError in ZeroDivisionError.__mro__)
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("caught", eg.exceptions)
except* TypeError as eg:
    print("caught", eg.exceptions)
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)
try:
    deep(3)
except RuntimeError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1; tb = tb.tb_next
    print("frames", n)
