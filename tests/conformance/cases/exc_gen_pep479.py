# PEP 479: StopIteration raised inside a generator becomes RuntimeError,
# chained to it; a generator's return value; StopIteration in plain code.
def leaks():
    yield 1
    raise StopIteration("leaked")


def leaks_via_next():
    it = iter([])
    yield next(it)


try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
try:
    list(leaks_via_next())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


def returns():
    yield 1
    return "value"


g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def stopiter_subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop


try:
    list(stopiter_subclass())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)


def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside is fine"


print(list(caught_inside()))
genexp = (next(iter([])) for _ in range(1))
try:
    list(genexp)
except RuntimeError as e:
    print("genexp:", e)
print("comprehension:", [x for x in iter([])])
try:
    [next(iter([])) for _ in range(1)]
except StopIteration as e:
    print("list comprehension lets StopIteration through:", repr(e))


def it_stop():
    raise StopIteration(5)


try:
    it_stop()
except StopIteration as e:
    print("plain StopIteration:", e.value, e.args)
list(leaks())
