# Assorted semantics: sys.exception() in a closing generator, return in
# finally, continue in except, a handler's name inside a closure,
# NotImplemented equality, __hash__ = None, empty max/min, chained
# comparisons evaluated once, class bases from *args, % formatting.
import sys
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("ctx in gen close:", repr(sys.exception()))
        raise
try:
    raise KeyError("outer")
except KeyError:
    g = gen(); next(g); g.close()
def f():
    try:
        raise ValueError("in try")
    finally:
        return "finally wins"
print(f())
for i in range(3):
    try:
        1 / (i - 1)
    except ZeroDivisionError:
        print("skip", i)
        continue
    print("ok", i)
def capture():
    try:
        raise KeyError("k")
    except KeyError as e:
        def show(): return e
        return show
try:
    print(capture()())
except NameError as e:
    print("NameError:", e)
class A:
    def __eq__(self, o): return NotImplemented
a, b = A(), A()
print(a == b, a == a, a != b)
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
try: max([])
except ValueError as e: print(e)
try: min([], key=len)
except ValueError as e: print(e)
try: [3, "a"].sort()
except TypeError as e: print(e)
try: sorted([1, 2], key=lambda v: 1 / 0)
except ZeroDivisionError as e: print(e)
try: str(2 ** 20000)
except ValueError as e: print(e)
x = 5
def touch():
    x += 1
try: touch()
except UnboundLocalError as e: print(e)
def side(v):
    print("eval", v); return v
print(side(1) < side(2) < side(3), side(3) < side(2) < side(1))
class Bases: pass
bases = (Bases,)
class Star(*bases): pass
print(Star.__mro__[1].__name__)
print(*[], sep="-")
print("%s is %d years, %.2f%%" % ("x", 5, 12.345), "%r %a" % ("é", "é"), "%5s|%-5s|" % ("a", "b"))
print(sum(x * 2 for x in range(5)), {k: v for k, v in [(1, 2)]})
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
global zz
zz = 3
print(zz)
