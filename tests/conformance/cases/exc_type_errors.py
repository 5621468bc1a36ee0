# TypeErrors of calling non-callables, unhashable keys, comparisons between
# incompatible types, and misuse of built-in objects.
for bad in (lambda: 5(), lambda: "s"(), lambda: None(), lambda: [1](), lambda: (1, 2)(3),
            lambda: {}(), lambda: (1).real(), lambda: object()(), lambda: 1.5(2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: {[]: 1}, lambda: {{}: 1}, lambda: {set()}, lambda: hash([]), lambda: {[1, 2]},
            lambda: {}.get([]), lambda: [] in {1: 2}, lambda: {(1, [2]): 3}, lambda: set().add({}),
            lambda: frozenset([[]]), lambda: {bytearray(): 1}, lambda: dict.fromkeys([[]])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: 1 < "a", lambda: "a" > 1, lambda: [] <= (), lambda: None < None, lambda: {} < {},
            lambda: 1 >= None, lambda: [1, "a"] < [1, 2], lambda: object() < object(), lambda: 1.5 < "x",
            lambda: (1, 2) > (1, "x"), lambda: {1} < [1], lambda: sorted([3, None, 1]), lambda: max(1, "2"),
            lambda: "a" < b"a", lambda: True > "x"):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(1 == "a", [] == (), None == 0, {1} == frozenset([1]), 1 != "1")


class OnlyEq:
    def __eq__(self, other):
        return "eq result"


print(OnlyEq() == 1, 1 == OnlyEq(), OnlyEq() != 1)
try:
    OnlyEq() < 1
except TypeError as e:
    print("TypeError:", e)


class Reflect:
    def __gt__(self, other):
        return "reflected gt"


print(1 < Reflect())
for bad in (lambda: len(5), lambda: len(None), lambda: len(x for x in []), lambda: "a".join([1, 2]),
            lambda: "abc".replace(1, 2), lambda: [].sort(key=1), lambda: sorted([1, 2], key=len),
            lambda: isinstance(1, "int"), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: list.append(1, 2), lambda: str.upper(1), lambda: int.__add__("a", 1),
            lambda: setattr(5, "x", 1), lambda: object().__setattr__("y", 1), lambda: "x".nope(),
            lambda: [].__len__(1), lambda: getattr(5, "real", 1, 2), lambda: type("X", 1, {}),
            lambda: range(3).x, lambda: reversed(iter([])), lambda: "".format(**[])):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
{"key": 1}[["list", "key"]]
