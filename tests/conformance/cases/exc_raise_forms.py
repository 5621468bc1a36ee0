# raise: class, instance, from an instance/class/None, bare raise inside
# and outside handlers, raising non-exceptions.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__),
              "suppress:", e.__suppress_context__)


def raise_class():
    raise ValueError


def raise_instance():
    raise ValueError("msg", 2)


def raise_from_instance():
    raise ValueError("v") from KeyError("k")


def raise_from_class():
    raise ValueError("v") from KeyError


def raise_from_none():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None


def raise_in_except():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")


def bare_raise():
    try:
        raise KeyError("again")
    except KeyError:
        raise


def bare_raise_outside():
    raise


def raise_int():
    raise 42


def raise_from_int():
    raise ValueError from 42


def raise_object_class():
    raise object


class NotExc:
    pass


def raise_other_class():
    raise NotExc


def raise_from_bad_class():
    raise ValueError from NotExc


class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("in __init__")


def raise_bad_init():
    raise BadInit


class NewReturnsInt(Exception):
    def __new__(cls, *args):
        return 5


def raise_new_returns_int():
    raise NewReturnsInt


def bare_raise_after_handler():
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise


def reraise_other():
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise ValueError("second")
        except ValueError:
            raise first


def raise_in_nested_handler():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")


for f in (raise_class, raise_instance, raise_from_instance, raise_from_class, raise_from_none,
          raise_in_except, bare_raise, bare_raise_outside, raise_int, raise_from_int,
          raise_object_class, raise_other_class, raise_from_bad_class, raise_bad_init,
          raise_new_returns_int, bare_raise_after_handler, reraise_other, raise_in_nested_handler):
    print(f.__name__, end=": ")
    show(f)
e = ValueError("reused")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e, caught.__traceback__ is not None)
raise_in_nested_handler()
