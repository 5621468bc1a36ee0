# next() on exhausted and non-iterators, StopIteration values, iter() of
# non-iterables, unpacking errors of every shape.
it = iter([1])
print(next(it))
for make in (lambda: next(it), lambda: next(iter(())), lambda: next(iter({})), lambda: next(iter("")),
             lambda: next(iter(range(0))), lambda: next(x for x in []), lambda: next(zip()),
             lambda: next(map(str, [])), lambda: next(enumerate([])), lambda: next(reversed([])),
             lambda: next(filter(None, [0]))):
    try:
        make()
    except StopIteration as e:
        print("StopIteration", repr(e), e.value)
print(next(it, "default"), next(iter([]), None))
for bad in (lambda: next([1]), lambda: next(5), lambda: next("s"), lambda: iter(5), lambda: iter(None),
            lambda: [x for x in 5], lambda: list(1.5), lambda: sorted(3), lambda: sum(5),
            lambda: "".join(5), lambda: dict(5), lambda: set(True), lambda: max(5), lambda: zip(1, 2),
            lambda: enumerate(None), lambda: min(1, "a"), lambda: sorted([1, "a"])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def unpack(src, n):
    if n == 2:
        a, b = src
    elif n == 3:
        a, b, c = src
    else:
        a, *b, c = src
    return "ok"


for src, n in [([1], 2), ([1, 2, 3], 2), ((1,), 3), ("abcd", 3), ({}, 2), ({1: 2, 3: 4, 5: 6}, 2),
               (range(5), 2), (iter([1, 2, 3]), 2), ((i for i in range(4)), 3), ([1], 1), ("", 1),
               (5, 2), (None, 1), (1.5, 3), ({1, 2, 3}, 2), (b"abc", 2)]:
    try:
        print(unpack(src, n))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for x, y in [(1, 2), (3, 4, 5)]:
    print(x, y)
