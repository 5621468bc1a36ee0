def inner(x):
    raise ValueError('bad value %r' % (x,))

def outer(x):
    return inner(x) + 1

def run():
    outer(42)

run()
