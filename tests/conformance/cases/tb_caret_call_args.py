def check(a, b, *, c=0):
    if a > b:
        raise RuntimeError('order')
    return a

x = 1
y = check(3, 2, c=5)
