import traceback
f = lambda x: x / 0
try:
    [f(i) for i in range(3)]
except ZeroDivisionError:
    traceback.print_exc()
d = {k: 1 / k for k in [1, 0]}
