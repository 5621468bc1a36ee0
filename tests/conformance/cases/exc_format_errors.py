# Errors of str.format, % formatting, list/str/tuple lookups, sort
# options, encodings, and numeric conversions, with each version's message.
tests = [
    lambda: "{}".format(), lambda: "{x}".format(), lambda: "{0} {1}".format(1), lambda: "{:d}".format("a"),
    lambda: "{".format(), lambda: "}".format(), lambda: "{!z}".format(1), lambda: "{0.attr}".format(1),
    lambda: "{0[5]}".format([1]), lambda: [1].remove(2), lambda: [].index(1), lambda: "ab".index("c"),
    lambda: (1, 2).index(3), lambda: {}.fromkeys(1), lambda: "x".center(), lambda: "x" * -1 + "y",
    lambda: [1, 2, 3][::0], lambda: sorted([1], reverse="x"), lambda: "a".encode(errors=1),
    lambda: int("5", base=40), lambda: float("1e500"), lambda: 10 ** 1000 / 3.0, lambda: round(1.5, "x"),
    lambda: divmod(10, 0.0), lambda: (2).__truediv__(0), lambda: list(range(3))[5:1:-1],
    lambda: bytes("é", "ascii"), lambda: "é".encode("ascii"), lambda: b"\xe9".decode("ascii"),
    lambda: chr(1114112), lambda: min(), lambda: max(1), lambda: sum([1], "s"),
    lambda: "%(a)s" % {}, lambda: "%s %s" % "ab", lambda: "%c" % 1000000000, lambda: "%x" % 1.5,
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
