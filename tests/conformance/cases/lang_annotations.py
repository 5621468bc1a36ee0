# Annotations: evaluated at definition in 3.11-3.13, on first access in
# 3.14 (PEP 649, by __annotate__); class annotations; names of the class
# body seen from method annotations; local annotations never evaluated.
def f(x: int, /, y: "fwd" = 1, *args: str, z: float, **kw: bytes) -> list:
    local: Undefined = 1
    return local


print(f.__annotations__, f(1, z=2))
print(hasattr(f, "__annotate__"), (lambda v: v).__annotations__)


def plain(a, b=2):
    pass


print(plain.__annotations__)
f.__annotations__ = {"changed": True}
print(f.__annotations__)


class Point:
    dims = 2
    x: int
    y: int = 0
    label: "str" = "p"

    def scale(self, k: float, n: dims) -> "Point":
        return self


print(Point.__annotations__, Point.y, Point.label)
print(Point.scale.__annotations__)
print(type("Empty", (), {}).__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Node:
        def link(self, other: Node) -> None:
            pass
    print("defined Node")
    print(Node.link.__annotations__)
except NameError as e:
    print("NameError:", e)


def later(v: NotYetDefined) -> int:
    return v


print("defined later")
NotYetDefined = "now defined"
print(later.__annotations__)


def broken(v: StillMissing):
    pass


print("defined broken")
print(broken.__annotations__)
