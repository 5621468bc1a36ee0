# int(), float() and friends on bad input, with CPython's messages.
cases = [
    lambda: int("x"), lambda: int(""), lambda: int("1.5"), lambda: int("  12a "), lambda: int("0x1f"),
    lambda: int("12", 2), lambda: int("z", 36), lambda: int("10", 37), lambda: int("10", 1),
    lambda: int(None), lambda: int([1]), lambda: int("١٢٣"), lambda: int("1_000"), lambda: int("1__0"),
    lambda: int(b"12"), lambda: int(b"x"), lambda: int("9" * 5000), lambda: float("x"), lambda: float(""),
    lambda: float("1e"), lambda: float("1.2.3"), lambda: float(None), lambda: float([]), lambda: float("nan"),
    lambda: float("-Infinity"), lambda: float(b"1.5"), lambda: float("1_0"), lambda: float("_1"),
    lambda: str(b"x", "nope"), lambda: bytes("x"), lambda: bytes(-1), lambda: bytes([256]),
    lambda: chr(0x110000), lambda: ord(""), lambda: list(5), lambda: tuple(None), lambda: dict([(1,)]),
    lambda: dict(["ab", "c"]), lambda: set([[1]]), lambda: frozenset(1), lambda: bool("x", 1),
    lambda: "abc".encode("nope"), lambda: b"\xff".decode("utf-8"), lambda: "é".encode("ascii"),
    lambda: int("123", base="x"), lambda: range("3"), lambda: [1, 2, 3][::0],
]
for c in cases:
    try:
        print(repr(c()))
    except (ValueError, TypeError, OverflowError, LookupError) as e:
        print(type(e).__name__ + ":", e)
value = "forty-two"
number = int(value)
