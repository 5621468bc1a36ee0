# Assignment expressions: in if/while, comprehensions (binding in the
# enclosing function), nested comprehensions, and lambdas.
import errno

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (item := data[i]) != 1:
    print("item", item)
    i += 1
print("stopped at", item, "index", i)


def evens(values):
    found = [y for v in values if (y := v * 2) > 5]
    return found, y


print(evens(data))


def nested(values):
    rows = [[last := x + k for x in values] for k in range(2)]
    return rows, last


print(nested([1, 2]))
print([(s := s + v) for v in range(4)] if (s := 0) == 0 else None, s)
codes = {name: code for name in ("ENOENT", "EPERM") if (code := getattr(errno, name)) > 0}
print(sorted(codes) == ["ENOENT", "EPERM"], code == errno.EPERM)
f = lambda v: (w := v + 1) * w
print(f(3))
print((z := 10), z)


def counter():
    count = 0
    bump = lambda: (count := 99)
    return bump(), count


print(counter())
