# Displays with * and ** unpacking, in calls too; and the errors of
# unpacking non-iterables and non-mappings.
a = [1, 2]
b = (3, 4)
s = {5}
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print([*a, *b, *s, *"ab", *range(2), *{"k": 0}])
print((*a, 0), (*a,), {*a, *b}, {*"aa"} == {"a"})
print({**d1, **d2}, {**d1, "y": "explicit", **{"w": 0}}, {"y": "first", **d1})
print(*a, *b, sep=",")
print(dict(**d1, w=9), dict(d1, **d2))
first, *rest = *a, *b
print(first, rest)
print([*[], *()], {**{}})


def f(*args, **kwargs):
    return args, kwargs


print(f(*a, *b), f(**d1, **{"q": 1}), f(0, *a, k=1, **d2))
print(f(*(i for i in range(3))), f(*"xy", **dict(a=1)))
print([*map(str, a)], [*zip(a, b)], [*enumerate("ab")])
for bad in (lambda: [*1], lambda: (*None,), lambda: {*5}, lambda: {**[]}, lambda: {**1},
            lambda: f(*5), lambda: f(**5), lambda: f(**{"x": 1}, **{"x": 2}), lambda: f(1, *None),
            lambda: print(*1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Mapping:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, key):
        return key.upper()


print({**Mapping()}, f(**Mapping()))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [[*x] for x in nested])
print({**{i: i * i for i in range(3)}})
