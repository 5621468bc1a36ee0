import traceback
def f():
    value = resul
    result = 1
    return value

try:
    f()
except NameError:
    traceback.print_exc()
f()
