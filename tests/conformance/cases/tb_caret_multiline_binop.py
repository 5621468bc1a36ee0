def f(a, b):
    x = (
        a +
        b
    )
    return x

f(1, 'two')
