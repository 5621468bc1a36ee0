# The uncaught traceback with an implicit context, a context whose
# suppression was set by hand, and a context in a finally block.
def step1():
    try:
        int("x")
    except ValueError:
        step2()


def step2():
    try:
        [][0]
    finally:
        raise KeyError("from finally")


step1()
