# assert with and without a message; the message evaluated only on failure;
# AssertionError's args.
assert True
assert 1, "not evaluated"


def fail(msg_calls):
    msg_calls.append(1)
    return "computed message"


calls = []
assert [1], fail(calls)
print("message calls:", len(calls))
try:
    assert 0
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], fail(calls)
except AssertionError as e:
    print("message:", repr(e), e.args, len(calls))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print("tuple message:", repr(e), e.args)
try:
    assert None, None
except AssertionError as e:
    print("None message:", repr(e), e.args)
x = 5
try:
    assert x > 10, f"x is {x}"
except AssertionError as e:
    print(e)


def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2


print(check(2))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
AssertionError = ValueError
try:
    assert False, "builtin AssertionError is still raised"
except ValueError:
    print("the rebinding was used")
except Exception as e:
    print(type(e).__name__, e)
del AssertionError
check(1.5)
