# IndexError and KeyError from containers, with their messages and repr;
# dict methods; KeyError's str of non-string keys.
cases = [
    lambda: [1, 2, 3][3], lambda: [][0], lambda: [1][-2], lambda: (1, 2)[5], lambda: ()[0],
    lambda: "abc"[10], lambda: ""[0], lambda: range(3)[3], lambda: b"ab"[2], lambda: bytearray(1)[1],
    lambda: [].pop(), lambda: [1].pop(3), lambda: {}["key"], lambda: {1: 2}[2], lambda: {}[(1, 2)],
    lambda: {}[""], lambda: {}[None], lambda: {}.pop(1), lambda: {}.popitem(), lambda: set().pop(),
    lambda: set().remove(3), lambda: "abc".index("z"), lambda: [1].index(0), lambda: (1,).index(2),
    lambda: "abc".rindex("q"), lambda: list(range(3)).insert(10, 1) or "insert never fails",
    lambda: [1, 2][1:10], lambda: {}["multi\nline"], lambda: {}[KeyError("nested")],
]
for c in cases:
    try:
        print(c())
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e, "|", repr(e), "|", e.args)
e = KeyError()
print(repr(str(e)), repr(e))
e = KeyError("a", "b")
print(str(e), repr(e))
e = IndexError()
print(repr(str(e)), repr(e))
d = {"present": 1}
print(d.get("absent"), d.get("absent", 0), d.setdefault("x", 5), d)
stock = {"apples": 3}
stock["pears"]
