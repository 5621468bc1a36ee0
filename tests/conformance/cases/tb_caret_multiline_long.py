def g(*args):
    raise ValueError('too many')

def f():
    return g(1,
             2,
             3,
             4,
             5,
             6)

f()
