# Classes: several bases, the MRO, class attributes, docstrings, isinstance
# and issubclass, attribute lookup order, type() of things.
class A:
    "Class A."
    x = "A.x"

    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B"

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    x = "C.x"

    def who(self):
        return "C"

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super().chain()


print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
d = D()
print(d.who(), d.x, d.chain())
print(A.__doc__, B.__doc__, D.__bases__ == (B, C), A.__bases__)
print(isinstance(d, A), isinstance(d, (int, C)), issubclass(D, C), issubclass(C, B))
print(issubclass(bool, int), issubclass(D, object), isinstance(D, type))
print(type(d) is D, type(D) is type, D.__name__, D.__qualname__, D.__module__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


c1, c2 = Counter(), Counter()
print(Counter.count, c1.id, c2.id, c1.count)
c1.count = 99
print(Counter.count, c1.count, c2.count)
print(sorted(k for k in vars(c1)))


class Outer:
    class Inner:
        pass

    def method(self):
        pass


print(Outer.Inner.__qualname__, Outer.method.__qualname__, Outer.Inner.__name__)
try:
    class Bad(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class X:
    pass


class Y(X):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInt(1):
        pass
except TypeError as e:
    print("TypeError:", e)


class MyInt(int):
    pass


class MyList(list):
    def total(self):
        return sum(self)


mi = MyInt(5)
ml = MyList([1, 2, 3])
print(mi + 1, type(mi).__name__, ml.total(), ml, isinstance(ml, list))


class WithClassBody:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    size = len(items)
    del size


print(WithClassBody.doubled, hasattr(WithClassBody, "size"))


class Empty:
    pass


e = Empty()
e.dynamic = 1
print(e.dynamic, Empty.__doc__)
print(object.__name__, type.__name__, int.__mro__)
