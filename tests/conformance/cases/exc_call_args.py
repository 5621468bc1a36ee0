# Wrong number and kind of arguments: functions, methods, lambdas,
# constructors, with each version's messages.
def f0():
    pass


def f1(a):
    pass


def f2(a, b):
    pass


def f3(a, b, c=3):
    pass


def fkw(a, *, k):
    pass


def fkw2(*, k, m):
    pass


def fpo(a, b, /, c):
    pass


def fstar(*args, x):
    pass


class K:
    def m(self, a):
        pass

    @classmethod
    def cm(cls, a):
        pass

    @staticmethod
    def sm(a):
        pass

    def __init__(self, v):
        self.v = v


lam = lambda x, y: x
calls = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f1(),
    lambda: f1(1, 2),
    lambda: f2(),
    lambda: f2(1),
    lambda: f2(1, 2, 3),
    lambda: f3(1),
    lambda: f3(1, 2, 3, 4),
    lambda: f1(b=1),
    lambda: f1(1, a=2),
    lambda: f1(1, x=2, y=3),
    lambda: fkw(1),
    lambda: fkw(1, 2),
    lambda: fkw(1, 2, k=3),
    lambda: fkw2(),
    lambda: fkw2(k=1),
    lambda: fpo(1, 2, b=3, c=4),
    lambda: fpo(a=1, b=2, c=3),
    lambda: fstar(1, 2),
    lambda: K(1).m(),
    lambda: K(1).m(1, 2),
    lambda: K.m(1),
    lambda: K.cm(),
    lambda: K.sm(),
    lambda: K.sm(1, 2),
    lambda: K(),
    lambda: K(1, 2),
    lambda: K(v=1, w=2),
    lambda: lam(1),
    lambda: lam(1, 2, 3),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(),
    lambda: f1(**{"a": 1, "b": 2}),
    lambda: f1(*[1], **{"a": 1}),
    lambda: f2(1, **{"b": 2}, b=3),
    lambda: f1(**{1: 2}),
    lambda: f1(**[1]),
    lambda: f1(*1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
f3(1, 2, 3, d=4)
