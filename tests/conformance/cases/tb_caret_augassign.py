def f():
    total = 0
    total += 'x'

f()
