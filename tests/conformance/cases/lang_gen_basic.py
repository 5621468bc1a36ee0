# Generators: yield, yield from (with return values), generator
# expressions, state, and iteration protocol.
def count(n):
    print("start")
    for i in range(n):
        yield i
    print("end")
    return "done"


g = count(2)
print(type(g).__name__, g.__name__)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))


def delegator():
    r = yield from count(2)
    print("sub returned", r)
    r2 = yield from [10, 20]
    print("list gives", r2)
    yield from (c for c in "ab")
    return "outer done"


print(list(delegator()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["aa", "b", "ccc"]))


def gen_with_return_value():
    yield 1
    return [1, 2]


def capture():
    result = yield from gen_with_return_value()
    yield result


print(list(capture()))


def empty():
    return
    yield


print(list(empty()), list(x for x in []))


def nested_gen():
    def inner():
        yield "inner"
    yield from inner()
    yield "outer"


print(list(nested_gen()))


def gen_state():
    yield 1


gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None)
list(gs)
print(gs.gi_frame)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
g2 = (i for i in range(3))
print(g2.__name__, iter(g2) is g2)


def yield_expr_values():
    x = yield
    print("received", x)
    y = yield x
    print("received", y)


ge = yield_expr_values()
print(next(ge))
print(ge.send("a"))
try:
    ge.send("b")
except StopIteration:
    print("stopped")
gen_expr_error = (1 / x for x in [1, 0])
print(next(gen_expr_error))
next(gen_expr_error)
