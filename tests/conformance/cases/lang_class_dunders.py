# Overridden special methods: __new__, __init__, __str__, __repr__, __eq__,
# __hash__, __len__, __iter__, __bool__, __contains__, __getitem__, ordering.
class Point:
    instances = 0

    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        Point.instances += 1
        return super().__new__(cls)

    def __init__(self, x, y):
        print("__init__", x, y)
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = Point(1, 2)
print(p, repr(p), str(p), [p], f"{p} {p!r}", "%s %r" % (p, p))
print(p == q, p != q, p is q, p == (1, 2), p != "x", Point.instances)
print(len({p, q}), {p: "a"}[q])
print(sorted([Point(3, 0), Point(1, 5), Point(1, 1)]))
print(p + q)


class NoEq:
    pass


a, b = NoEq(), NoEq()
print(a == a, a == b, a != b)


class Unhashable:
    def __eq__(self, other):
        return True


print(Unhashable.__hash__)
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Seq(4)
print(len(s), list(s), s[2], 9 in s, 5 in s, bool(s), bool(Seq(0)))
for v in s:
    print(v, end=" ")
print()


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))


class ManualIter:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(ManualIter()), [x * 10 for x in ManualIter()])


class Truthy:
    def __bool__(self):
        print("__bool__")
        return False


print(not Truthy(), "yes" if Truthy() else "no")


class Contains:
    def __contains__(self, item):
        return item == "magic"


print("magic" in Contains(), "other" in Contains(), "x" not in Contains())


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class StrLen:
    def __len__(self):
        return "3"


try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NewReturnsOther())


class InitReturns:
    def __init__(self):
        return 1


InitReturns()
