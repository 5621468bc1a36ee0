# Assignment forms: chained, tuple and starred unpacking, nested targets,
# augmented assignment on names, attributes and subscripts.
a = b = c = [1, 2]
a.append(3)
print(a, b, c, a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), [r, s] = "ab", (3, 4)
print(p, q, r, s)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "xyz"
print(init, tail)
head, *rest = [1]
print(head, rest)
[m, *n], o = [1, 2, 3], 4
print(m, n, o)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
d = {}
d["k"] = d["j"] = 0
print(d)
lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [9, 9, 9]
print(lst)
i = 0
lst[i], i = "first", 2
print(lst, i)


class Box:
    pass


bx = Box()
bx.v = 10
bx.v += 5
bx.v -= 1
bx.v *= 2
bx.v //= 3
bx.v **= 2
bx.v %= 7
bx.v <<= 3
bx.v >>= 1
bx.v |= 1
bx.v &= 13
bx.v ^= 6
print(bx.v)
bx.l = [1]
bx.l += [2]
bx.l *= 2
print(bx.l)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
dd = {"n": 1}
dd["n"] += 41
dd["s"] = "a"
dd["s"] *= 3
print(dd)
s = "ab"
s += "cd"
t = (1,)
t += (2,)
f = 1.5
f /= 2
print(s, t, f)
n = 10
n /= 4
print(n)
alias = lst
alias += [5]
print(lst is alias, lst[-1])
tup = (1, 2)
other = tup
tup += (3,)
print(other, tup)
(u) = 5
[v] = [6]
w, = (7,)
print(u, v, w)
