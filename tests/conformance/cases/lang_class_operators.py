# Classes with operators: inherited dunders, rich comparisons and their
# reflections, numeric and container protocols, missing operators,
# __init_subclass__ registries, MRO introspection.
class Base:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"{type(self).__name__}({self.x})"
    def __eq__(self, o):
        return type(o) is type(self) and o.x == self.x
    __hash__ = object.__hash__
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c, c == Child(1, 3), c != Base(1), isinstance(c, Base))
print(Child.__init__ is Base.__init__, Child.__repr__ is Base.__repr__)
print(c.__dict__, Child.__dict__.get("__init__") is not None)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1)]), Ord(1) < Ord(2), Ord(2) > Ord(1), Ord(2) >= Ord(2))
try:
    Ord(1) == 5 and Ord(1) > 5
except TypeError as e:
    print("TypeError:", e)
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, v): return v in self.c
    def __iter__(self): return iter(self.c)
    def __repr__(self): return f"Vec{self.c}"
v = Vec(3, 4)
print(v + v, v * 2, 2 * v, -v, abs(v), bool(Vec(0)), len(v), v[1], 4 in v, list(v), v[-1])
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v - v
except TypeError as e:
    print("TypeError:", e)
try:
    v[5]
except IndexError as e:
    print("IndexError:", e)
class Reg:
    registry = []
    def __init_subclass__(cls, **kw):
        Reg.registry.append(cls.__name__)
class R1(Reg): pass
class R2(R1): pass
print(Reg.registry)
print(type(c).__mro__, Child.__base__, Child.__bases__)
print(object().__class__, c.__class__.__name__, type(type))
