# Arithmetic errors with each version's messages: division and modulo by
# zero (int, float, divmod, pow), overflow, and bad operand types.
cases = [
    lambda: 1 / 0, lambda: 7 % 0, lambda: 7 // 0, lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 7.5 % 0,
    lambda: 7.0 // 0.0, lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: 0 ** -1, lambda: 0.0 ** -1,
    lambda: pow(2, -1, 0), lambda: 2.0 ** 10000, lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400),
    lambda: 1 << -1, lambda: 1 >> -1, lambda: int(float("inf")),
    lambda: int(float("nan")), lambda: round(float("inf")), lambda: 1 + "a", lambda: "a" + 1,
    lambda: [] + (), lambda: 1 - "x", lambda: "a" * "b", lambda: [] * 1.5, lambda: {} + {}, lambda: -"s",
    lambda: ~1.5, lambda: +[], lambda: 1 @ 2, lambda: 2 ** "x", lambda: None + 1, lambda: 1 & 1.0,
    lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: divmod("a", 1),
    lambda: abs("x"), lambda: 5 % "s", lambda: "5" % 5, lambda: b"a" + "b", lambda: (1,) + [2],
]
for c in cases:
    try:
        print(c())
    except (ArithmeticError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
x = 10
y = 0
print(x / y)
