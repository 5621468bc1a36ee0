# A suspended generator that is freed is closed: its finally blocks and
# context managers run at that moment (for-loop break, del, rebinding, a
# function returning, an exception's traceback released).
def gen(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    finally:
        print(name, "cleanup")


for x in gen("loop"):
    print("got", x)
    break
print("after loop")
g = gen("del")
next(g)
del g
print("after del")
g = gen("rebind")
next(g)
g = None
print("after rebind")


def holder():
    h = gen("local")
    next(h)
    return "holder returns"


print(holder())


def raiser():
    r = gen("in raiser")
    next(r)
    raise ValueError("with a suspended generator")


try:
    raiser()
except ValueError as e:
    print("caught", e)
print("after handler")


class CM:
    def __enter__(self):
        print("enter")

    def __exit__(self, *exc):
        print("exit", exc[0].__name__)


def with_gen():
    with CM():
        yield "inside with"


w = with_gen()
print(next(w))
w = None
unstarted = gen("unstarted")
unstarted = None
print("an unstarted generator runs nothing")


def no_finally():
    yield 1


n = no_finally()
next(n)
n = None


def catches_exit():
    try:
        yield
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


c = catches_exit()
next(c)
c = None
items = [gen("in list")]
next(items[0])
items.clear()
print("end")
