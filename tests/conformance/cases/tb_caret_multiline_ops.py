import traceback
def f(a, b):
    return (a
            +
            b)
def g(d):
    return d \
        ['key']
def h(fn):
    return fn \
        (1)
def k(a, b):
    return (a *
            # multiply
            b) - \
        3
for fn, args in ((f, (1, 'x')), (g, ({},)), (h, (None,)), (k, ('a', 'b'))):
    try:
        fn(*args)
    except Exception:
        traceback.print_exc()
