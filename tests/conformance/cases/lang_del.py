# del on names, attributes, subscripts, slices and targets lists; deleting
# what is not there.
x = 1
y = 2
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)


class C:
    cls_attr = 1


c = C()
c.a = 1
del c.a
try:
    del c.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.cls_attr
except AttributeError as e:
    print("AttributeError", e)
del C.cls_attr
print(hasattr(C, "cls_attr"))


def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(f())


def g():
    del w
    w = 1


try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
try:
    del (1).real
except AttributeError as e:
    print("AttributeError", e)
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
[p, q] = [3, 4]
del [p, q]
print("p" in dir())


def h():
    v = 1

    def inner():
        nonlocal v
        del v

    inner()
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)


h()
del y
del y
