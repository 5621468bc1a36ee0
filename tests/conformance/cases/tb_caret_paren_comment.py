def f(a, b):
    return (a) +   (b)

def g(a, b):
    return a[
        b
    ]

import traceback
try:
    f(1, 'x')
except TypeError:
    traceback.print_exc()
g([1], 5)
