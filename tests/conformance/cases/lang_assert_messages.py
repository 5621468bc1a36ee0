def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int), ("type", type(x).__name__)
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    check(2.5)
except AssertionError as e:
    print("caught:", e)
try:
    assert [], "empty"
except AssertionError as e:
    print(repr(e))
assert 1 == 2
