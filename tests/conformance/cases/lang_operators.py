# Arithmetic, bitwise, comparison (chained), identity, membership, boolean
# and conditional operators, with their precedence and special cases.
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 7.5 % 2, -7.5 // 2, divmod(-7, 2), divmod(7.5, 2))
print(2 ** 10, 2 ** -2, (-2) ** 3, -2 ** 2, 2 ** 0.5, 10 ** -1, pow(2, 10, 1000), 0 ** 0)
print(1 / 4, 3 / 3, -1 / 3, 10 / 2.5, 2 ** 100 / 2 ** 99, 7 / 7.0)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, +3, -(-3), ~0, ~-1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, 1 << 10, 1024 >> 3, -1 >> 5, 1 << 100, -8 >> 1)
print(True & False, True | False, True ^ True, 5 & True)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 3 > 2 > 1 > 0, 1 < 2 > 1, "a" < "b" < "c", [1, 2] < [1, 3])
print((1, 2) < (1, 2, 0), (2,) > (1, 9), "abc" < "abd", "Z" < "a", [] < [0], 1 != 2 != 1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, float("nan") == float("nan"), 1 == 1.0, 2 ** 53 + 1 == 2.0 ** 53 + 1)
x = [1]
y = [1]
print(x == y, x is y, x is not y, None is None, 1 in x, 2 not in x, "ab" in "cabd", 3 in range(5), 1 in {1: 0})
print(1 and 2, 0 and 2, 1 or 2, 0 or "", not 0, not [1], "" or [] or None, 5 and "five" and 0)
print("big" if 10 > 5 else "small", "a" if 0 else "b" if 0 else "c", (lambda: 1 if False else 2)())
print(3 * "ab", [0] * 3, (1,) * 2, "-" * 0, [1] * -1, 2 * [2])
print(abs(-5), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(-0.5), int(-2.7), int(2.7))
print(10 // 3.0, 10 % 3.0, -0.0 * 1, 1e308 + 1e308, -(1e308 * 10))
print(min(3, 1, 2), max("apple", "pear"), min([], default="empty"), max([1, 3], key=lambda v: -v))
print(hash(1) == hash(1.0), hash(True) == hash(1), int("  42  "), int("-0x1f", 16), int("0b101", 0), float(" 2.5 "))
print(bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(...))
a = 5
a += 1
a -= 2
a *= 3
a //= 5
a **= 3
a %= 5
print(a, 17 & -17, 1 ^ -1, ~5 & 0xF)
print(isinstance(True, int), True == 1, True is 1 if False else "skip", 0 == False)
print(2 ** 64 // 3, -(2 ** 64) // 3, 2 ** 64 % 7, (2 ** 64) >> 60, -(2 ** 70) >> 65)
print(7 .bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (3.5).is_integer())
