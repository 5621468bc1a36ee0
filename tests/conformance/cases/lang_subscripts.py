# Subscripts and slices on lists, tuples, strings, ranges, bytes, dicts:
# negative indexes, steps, slice assignment, slice objects.
l = list(range(10))
t = tuple(l)
s = "abcdefghij"
r = range(0, 20, 2)
b = b"bytes"
print(l[0], l[-1], l[3:7], l[:3], l[7:], l[::3], l[::-1], l[-3:], l[:-7], l[8:2:-2], l[100:], l[-100:2])
print(t[1], t[1:3], s[2], s[-2], s[1:4], s[::-2], s[5:1], r[3], r[-1], r[2:5], b[0], b[1:3], b[::-1])
print(l[slice(2, 5)], s[slice(None, None, 2)], slice(1, 2, 3), slice(5), slice(1, 2).indices(10))
d = {"a": 1, (1, 2): "tuple key", 3: "int key", None: "none"}
print(d["a"], d[1, 2], d[3], d[None], d[(1, 2)])
l2 = l[:]
l2[2:5] = []
print(l2)
l2[:0] = ["front"]
l2[len(l2):] = ["back"]
print(l2)
l2[1:3] = "xy"
print(l2)
try:
    l2[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
nested = [[1, [2, 3]], {"k": [4, {"deep": 5}]}]
print(nested[0][1][0], nested[1]["k"][1]["deep"])
nested[1]["k"][1]["deep"] += 1
print(nested)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
for bad in (lambda: l[10], lambda: l[-11], lambda: t[5:][10], lambda: s[20], lambda: r[10], lambda: b[9],
            lambda: l["x"], lambda: s[1.5], lambda: t[None], lambda: d["missing"], lambda: d[[1]],
            lambda: (1).real[0], lambda: None[0], lambda: len[0], lambda: l[1:2:0], lambda: "x"["y"]):
    try:
        bad()
    except (IndexError, KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    l[20] = 1
except IndexError as e:
    print("IndexError:", e)
print(type[int], list[str], dict[str, int])
