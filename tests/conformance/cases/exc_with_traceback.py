# with_traceback: replacing and clearing an exception's traceback, and the
# traceback an uncaught exception shows afterwards.
import sys


def origin():
    raise ValueError("original")


def depth(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n


try:
    origin()
except ValueError as e:
    saved = e.__traceback__
    print(depth(saved))
fresh = KeyError("fresh")
print(fresh.__traceback__, fresh.with_traceback(saved) is fresh, depth(fresh.__traceback__))
print(fresh.with_traceback(None).__traceback__)
try:
    fresh.with_traceback(5)
except TypeError as e:
    print("TypeError:", e)
try:
    raise fresh.with_traceback(saved)
except KeyError as e:
    print(depth(e.__traceback__))
try:
    origin()
except ValueError:
    tb = sys.exc_info()[2]
    print(depth(tb), tb.tb_frame.f_code.co_name)


def reraise_with(tb):
    raise RuntimeError("moved").with_traceback(tb)


reraise_with(saved)
