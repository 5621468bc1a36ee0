class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def __repr__(self):
        return f'Animal({self.name!r})'
    def __str__(self):
        return self.name
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return super().speak() + ' (woof)'
d = Dog('Rex')
print(d.speak(), d.kind, Animal.kind, repr(d), str(d), d)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __len__(self):
        return 2
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 1)
p = Point(3, 4) + Point(0, 0)
print(p == Point(3, 4), p != Point(1, 1), len(p), list(p), p[1], p.norm, Point.origin().x, Point.unit().y)
print(hasattr(p, 'x'), getattr(p, 'z', 'default'), vars(p))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
