# Decorators on functions and classes (stacked, with arguments, raising),
# and mutating a dict while iterating it.
def trace(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return wrapper
def tagged(tag):
    def deco(f):
        f.tag = tag
        return f
    return deco
@trace
@tagged("x")
def add(a, b=2):
    return a + b
print(add(1), add(1, b=5), add.__name__)
@tagged("cls")
class K:
    @staticmethod
    @trace
    def s(v): return v
print(K.tag, K.s(3))
def bad_deco(f):
    raise ValueError("decorator failed")
try:
    @bad_deco
    def g(): pass
except ValueError as e:
    print("ValueError:", e)
d = {"n": 0}
for k in d:
    d["m"] = 1
