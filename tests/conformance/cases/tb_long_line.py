def f(a, b, c):
    return a + b + c
value = f(1, 2, 'a very long string argument that makes this line quite long indeed') if True else None
