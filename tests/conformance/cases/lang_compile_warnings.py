# Compile-time SyntaxWarnings: shown each time the compiler meets them (a
# finally body is compiled once per way into it), and 3.14's warnings for
# return/break/continue leaving a finally block (PEP 765).
x = 1


def f1():
    try:
        pass
    finally:
        for y in [1]:
            return 1


def f2():
    try:
        return 0
    finally:
        try:
            return 2
        except Exception:
            return 3


def f3():
    try:
        pass
    finally:
        def g():
            return 4
        while True:
            break
        if x is 1:
            pass


for i in []:
    try:
        pass
    finally:
        if i:
            continue
        with open("never") as fh:
            break


def f4():
    for i in []:
        try:
            if i:
                break
            continue
        finally:
            x is 5


print(x is 1, x is not 2, f1(), f2())
print(() is x, [] is not x, "s" is x)
assert (x, "always true")
