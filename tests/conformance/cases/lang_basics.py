x = 10
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x // y, -x % y)
print(7.5 // 2, 7.5 % 2, 2 ** -1, 1e16, 1e-5, 0.1 + 0.2, 10 / 4)
print(x > y, x == 10, x != y, 1 < 2 < 3, 3 < 2 < 1, not x)
print(x & 6, x | 5, x ^ 3, ~x, x << 3, x >> 1)
s = "hello"
print(s + " world", s * 2, s[1], s[-1], s[1:3], s[::-1], len(s), 'ell' in s)
a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
(c, d), e = (1, 2), 3
print(c, d, e)
n = 0
n += 5
n *= 3
n -= 1
print(n)
print(True and 0, False or 'x', None or [] or 0)
print(1 if x else 2, 'yes' if not x else 'no')
t = (1, 2, 3)
l = [4, 5, 6]
print(t + (4,), l + [7], t * 2, [0] * 3)
print(*l, sep='-', end='!\n')
print(f"{x} {y!r} {s!r:>10} {3.14159:.2f} {x:05d} {'a'}{'b'}")
