def gen():
    yield 1
    raise ValueError("in generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def gen2():
    yield 1
    return "ret"
g2 = gen2()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("stop", e.value)
def bad():
    yield 1
    raise StopIteration("x")
list(bad())
