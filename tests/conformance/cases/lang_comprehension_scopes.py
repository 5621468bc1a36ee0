# Comprehension scopes: class-body names invisible inside them, closures
# over enclosing function locals, __class__ in a nested class, the frames
# of comprehensions and generator expressions in tracebacks (3.12+ inline).
def outer():
    y = 5
    class Inner:
        z = y + 1
        def get(self):
            return y, __class__.__name__
        items = [z * i for i in range(2)]
    return Inner
I = outer()
print(I.z, I().get(), I.items)
def comp_error():
    return [1 / (n - 2) for n in range(4)]
try:
    comp_error()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
def gen_error():
    return list(1 / (n - 2) for n in range(4))
try:
    gen_error()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
class A:
    x = 1
    ys = [x for _ in range(2)] if False else None
    try:
        zs = [x for _ in range(1)]
    except NameError as e:
        zs = str(e)
print(A.zs)
def f():
    a = 1
    def g():
        return [a + i for i in range(2)]
    return g()
print(f())
print([[j for j in range(i)] for i in range(3)])
x = 100
print([x for x in range(3)], x)
def h():
    v = [lambda: i for i in range(2)]
    return [fn() for fn in v]
print(h())
k = [i for i in range(3) if i]
print({i: [j for j in range(i)] for i in range(3)})
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
comp_error()
