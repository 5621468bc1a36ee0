def f():
    try:
        raise ValueError('in try')
    finally:
        raise TypeError('in finally')

f()
