def f(*a):
    raise ValueError('boom')

def g():
    return f(1,

             # a comment line
             2,
             3)

g()
