def f(a, b):
    return (a) // (b)

def g(a, b):
    return (a  )   *(b)

try:
    g('x', 'y')
except TypeError:
    import traceback
    traceback.print_exc()
f(1, 0)
