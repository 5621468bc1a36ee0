tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: len(5),
    lambda: None(),
    lambda: [1, 2]["x"],
    lambda: {}[[]],
    lambda: sum(["a", "b"]),
    lambda: int(None),
    lambda: "abc".join([1, 2]),
    lambda: sorted([1, "a"]),
    lambda: abs("x"),
    lambda: (1).foo,
]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
def f(a, b): pass
f(1)
