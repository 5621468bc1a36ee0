def f(a, b):
    return a + b

def g():
    return f('漢字',
             {'キー': 1})['キー']

g()
