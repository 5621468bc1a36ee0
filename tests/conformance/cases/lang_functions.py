def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], **{'x': 1}))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
total = 0
def add(v):
    global total
    total += v
add(5); add(6)
print(total)
sq = lambda x, y=1: x * x + y
print(sq(3), sq(3, 0))
def gen(n):
    for i in range(n):
        yield i * i
    return 'done'
print(list(gen(4)))
it = gen(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
def deleg():
    r = yield from gen(2)
    print('result', r)
print(list(deleg()))
print([x * 2 for x in range(5) if x % 2], {x: x * x for x in range(3)}, {x % 3 for x in range(10)})
print(sum(x for x in range(5)), list((a, b) for a in range(2) for b in 'xy'))
def deco(fn):
    def wrapper(*a):
        return 'wrapped:' + str(fn(*a))
    return wrapper
@deco
def h(x):
    return x + 1
print(h(1), h.__name__, f.__name__, f.__qualname__)
