def f():
    some_value = 1
    other = 2
    return some_valeu
f()
