# Context managers: __enter__/__exit__ results, suppression, exceptions in
# __enter__/__exit__/the body, nesting, and return/break through with.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress


with CM("a") as x:
    print("body", x)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner", suppress=True) as i:
    print(o, i)
    1 / 0
print("after nested")


def f():
    with CM("ret"):
        return "returned"


print(f())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with FailEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)


class FailExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError("exit failed")


try:
    with FailExit():
        raise ValueError("body")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
try:
    with FailExit():
        pass
except TypeError as e:
    print("TypeError:", e, "context:", e.__context__)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise Exception("suppressed by truthy")
print("truthy suppressed")
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
with CM("last"):
    raise ValueError("escapes")
