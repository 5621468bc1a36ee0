def g():
    yield 1
    raise StopIteration('inner')
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
def h():
    try:
        yield 1
        yield 2
    finally:
        print('h cleanup')
it = h()
print(next(it))
it.close()
def echo():
    got = None
    while True:
        got = yield got
        if got == 'stop':
            return 'stopped'
e = echo()
next(e)
print(e.send('a'), e.send('b'))
try:
    e.send('stop')
except StopIteration as s:
    print('value', s.value)
def thrower():
    try:
        yield 1
    except ValueError as v:
        print('caught in gen', v)
        yield 2
t = thrower()
next(t)
print(t.throw(ValueError('boom')))
def ctx():
    import sys
    try:
        raise KeyError('in gen')
    except KeyError:
        yield sys.exception()
    yield sys.exception()
c = ctx()
print(repr(next(c)), repr(next(c)))
print(list(x * 2 for x in range(3)), sum(i for i in range(4)))
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(3)), max(count(5)), sorted(count(3), reverse=True))
