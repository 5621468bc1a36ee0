def g(a, b, c, d, e):
    return a + b + c + d + e

def f():
    return g(
        1,
        2,
        3,
        4,
        'five',
    ) + (
        'x'
    )

f()
