# with statements: unpacking and attribute/subscript targets, several
# managers with one failing in __enter__, suppression by an outer manager,
# with in a generator, __exit__ returning None, an uncaught error inside.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return (self.name, len(self.name))
    def __exit__(self, t, v, tb):
        print("exit", self.name, t and t.__name__)
        return self.suppress
with CM("pair") as (n, k):
    print(n, k)
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("never")
except RuntimeError as e:
    print("caught", e)
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("x")
print("after")
class Box: pass
b = Box()
with CM("attr") as b.value:
    pass
print(b.value)
d = {}
with CM("item") as d["k"]:
    pass
print(d)
def gen_with():
    with CM("in gen"):
        yield 1
        yield 2
for v in gen_with():
    print(v)
try:
    with CM("exc in body"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e), e.__traceback__ is not None)
class ExitReturnsNone:
    def __enter__(self): return self
    def __exit__(self, *a): return None
try:
    with ExitReturnsNone():
        raise IndexError("not suppressed")
except IndexError as e:
    print(repr(e))
with CM("last", suppress=True):
    1 / 0
with CM("uncaught"):
    [][1]
