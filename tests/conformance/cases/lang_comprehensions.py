# Comprehensions: list/set/dict/generator, nested loops, conditions, their
# own scope (loop variables do not leak), class-body scoping, walrus.
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x) if (x + y) % 2])
print([[c for c in w] for w in ["ab", "c"]])
print({w: len(w) for w in ["one", "three"]}, {n % 3 for n in range(10)})
print([x if x > 1 else -x for x in range(4)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print({k: v for k, v in zip("abc", range(3)) if v})
print([i for i in range(3) if i if i > 1], [j for j in "abc" if j != "b" if j != "c"])
x = "outer"
res = [x for x in range(3)]
print(res, x)
print([len(x) for x in [x]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)
print([y := 10, y ** 2])
if (n := len(vals)) > 3:
    print("walrus in if", n)
data = [1, 2, 3, 4]
print([w for v in data if (w := v * 3) > 5], w)


class Cls:
    items = [1, 2, 3]
    squares = [i * i for i in items]
    try:
        offset = 10
        shifted = [i + offset for i in items]
    except NameError as e:
        shifted = f"NameError: {e}"


print(Cls.squares, Cls.shifted)


def func():
    factor = 3
    return [lambda: i * factor for i in range(3)][1]()


print(func())
gen = (i for i in range(3))
print(list(gen), list(gen))
print(sum(i for i in range(5)), sorted((-i for i in range(3))), any(c.isdigit() for c in "ab1"))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), list(filter(None, [0, 1, "", "a"])))
pairs = {(a, b) for a in range(2) for b in range(2)}
print(sorted(pairs))
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
try:
    [1 / (i - 2) for i in range(4)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([v for v in range(3)][-1], {}.fromkeys(c for c in "ab"))
print([(lambda: k)() for k in range(3)])
