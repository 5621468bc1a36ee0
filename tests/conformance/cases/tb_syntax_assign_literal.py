def f():
    1 = x
