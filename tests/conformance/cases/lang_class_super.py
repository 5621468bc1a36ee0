# super(): zero-argument and explicit forms, in __init__, classmethods,
# cooperative multiple inheritance, and its errors.
class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)

    def greet(self):
        return f"hello {self.name}"

    @classmethod
    def make(cls):
        return f"make {cls.__name__}"


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        print("Child.__init__", extra)

    def greet(self):
        return super().greet() + "!"

    @classmethod
    def make(cls):
        return "child " + super().make()


c = Child("c", 1)
print(c.greet(), Child.make(), c.name, c.extra)
print(super(Child, c).greet())


class L:
    def __init__(self):
        print("L")
        super().__init__()


class M:
    def __init__(self):
        print("M")
        super().__init__()


class N(L, M):
    def __init__(self):
        print("N")
        super().__init__()


N()


class P:
    def f(self):
        return "P.f"


class Q(P):
    def f(self):
        g = lambda: super(Q, self).f()
        return "Q.f/" + g()


print(Q().f())


def outside():
    return super().f()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Q, 1)
except TypeError as e:
    print("TypeError:", e)


class R(P):
    def f(self):
        return super().missing()


try:
    R().f()
except AttributeError as e:
    print("AttributeError:", e)


class S:
    def __init__(self):
        super().__init__(1)


S()
