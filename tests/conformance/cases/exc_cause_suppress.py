# __cause__ and __suppress_context__: raise from, from None, assigning them
# directly, and how the uncaught traceback shows each.
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = TypeError("set cause")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__context__ = KeyError("set context")
print(repr(e.__context__))
e.__context__ = None
for attr, value in [("__cause__", 1), ("__cause__", KeyError), ("__context__", "s"), ("__context__", ValueError)]:
    try:
        setattr(e, attr, value)
    except TypeError as err:
        print("TypeError:", err)
for value in (0, None):
    try:
        e.__suppress_context__ = value
    except TypeError as err:
        print("TypeError:", err)
try:
    del e.__suppress_context__
except TypeError as err:
    print("TypeError:", err)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    del e.__cause__
except (TypeError, AttributeError) as err:
    print(type(err).__name__ + ":", err)
try:
    e.__traceback__ = 5
except TypeError as err:
    print("TypeError:", err)
e.__traceback__ = None
print(e.__traceback__)


def cause_shown():
    try:
        {}["missing"]
    except KeyError as k:
        raise RuntimeError("lookup failed") from k


cause_shown()
