def f(a, b):
    return a + \
        b

def g(a, b):
    x = a[b] if \
        True else 0
    return x

import traceback
try:
    f(1, 'x')
except TypeError:
    traceback.print_exc()
g([], 3)
