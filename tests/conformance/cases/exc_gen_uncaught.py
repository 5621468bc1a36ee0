# An exception leaving nested generators (yield from) uncaught: one
# traceback entry per generator frame.
def numbers():
    yield 1
    yield 2
    raise ValueError("numbers ran out")


def doubled():
    for n in numbers():
        yield n * 2


def chained():
    yield 0
    yield from doubled()


for v in chained():
    print(v)
