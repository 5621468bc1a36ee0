# Generator methods: send, throw (class, instance, caught or not), close
# (GeneratorExit, finally, ignoring it), and their errors.
def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                print("caught in gen:", e)
                received = "after ValueError"
    finally:
        print("echo finally")


g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("thrown")))
print(g.throw(ValueError))
try:
    g.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    g.send(3)
except StopIteration:
    print("finished generator: StopIteration")
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError:", e)
next(g2)
g2.close()
g2.close()
print("closed twice")


def ignore_exit():
    for _ in range(2):
        try:
            yield
        except GeneratorExit:
            print("ignoring GeneratorExit")


g3 = ignore_exit()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g3.close()
print("second close let it finish")


def return_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup")
        return "ignored value"


g4 = return_on_close()
next(g4)
print(g4.close())


def raise_on_close():
    try:
        yield
    finally:
        raise ValueError("from finally in close")


g5 = raise_on_close()
next(g5)
try:
    g5.close()
except ValueError as e:
    print("ValueError:", e)
unstarted = echo()
unstarted.close()
print("closing an unstarted generator runs nothing")
g6 = echo()
try:
    g6.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted:", e)


def delegating():
    try:
        yield from echo()
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "recovered"


g7 = delegating()
next(g7)
print(g7.send("via delegator"))
print(g7.throw(ValueError("to the inner")))
print(g7.throw(KeyError("inner doesn't catch")))
g7.close()
try:
    g.throw(1)
except TypeError as e:
    print("TypeError:", e)


def running():
    yield gr.send(None)


gr = running()
try:
    next(gr)
except ValueError as e:
    print("ValueError:", e)
g8 = echo()
next(g8)
g8.throw(RuntimeError("uncaught from throw"))
