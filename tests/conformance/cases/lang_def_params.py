# def: defaults, keyword-only, *args, **kwargs, positional-only; defaults
# evaluated once; introspection of names.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], c=0, **{"d": 1, "z": 2}))


def pos_only(a, b, /, c, *, d):
    return a, b, c, d


print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))


def po_kw(a, /, **kw):
    return a, kw


print(po_kw(1, a=2))


def mutable_default(x, acc=[]):
    acc.append(x)
    return acc


print(mutable_default(1), mutable_default(2))
counter = 10


def default_time(v=counter):
    return v


counter = 20
print(default_time())


def star_only(*, key=None):
    return key


print(star_only(), star_only(key=1))


def varargs(*args):
    return args


print(varargs(), varargs(1), varargs(*"ab", *[3]))


def kwargs(**kw):
    return sorted(kw.items())


print(kwargs(a=1, **{"b": 2}, c=3))


def nested_default(a, b=[i * 2 for i in range(3)]):
    return a, b


print(nested_default(0))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(pos_only.__code__.co_varnames)


def doc():
    "A docstring."


print(doc.__doc__, doc())


def outer():
    def inner():
        pass
    return inner


print(outer().__qualname__)


def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)


print(recursive(20))


def returns_many():
    return 1, 2


a, b = returns_many()
print(a, b)


def no_return():
    pass


print(no_return())


def early(x):
    if x:
        return
    return "late"


print(early(1), early(0))
g = lambda x, y=1, *a, k=2, **kw: (x, y, a, k, kw)
print(g(0), g(0, 1, 2, k=3, z=4))
print((lambda: "nullary")())
print((lambda *a: a)(1, 2))
print(g.__name__, g.__qualname__)
print(sorted([3, 1, 2], key=lambda v: -v))
adders = [lambda x, i=i: x + i for i in range(3)]
print([h(10) for h in adders])
late = [lambda x: x + i for i in range(3)]
print([h(10) for h in late])
