# Closures and lambdas: captured cells, late binding, default-argument
# capture, closures over loop variables and parameters, cell contents.
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(2) for m in make_multipliers()])


def make_adder(n):
    def add(x):
        return x + n
    return add


add3 = make_adder(3)
print(add3(4), add3.__closure__[0].cell_contents, add3.__code__.co_freevars)


def accumulator():
    total = []

    def add(v):
        total.append(v)
        return sum(total)
    return add


acc = accumulator()
acc(1)
acc(2)
print(acc(3))


def shared():
    value = "initial"

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v
    return get, set_


get, set_ = shared()
set_("changed")
print(get())
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: (len(s), s)), list(map(lambda p: p ** 2, range(4))))


def cell_before_assign():
    def inner():
        return later
    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 1
    return inner()


print(cell_before_assign())
fs = []
for k in range(3):
    def f():
        return k
    fs.append(f)
print([f() for f in fs])
print((lambda: (lambda: (lambda: "deep")())())())
