def total(a, b, c, d, e):
    return a + b + c + d + e

def div(x, y):
    return (x  //   y) + 1

try:
    div(1, 0)
except ZeroDivisionError:
    import traceback
    traceback.print_exc()
total(1, 2, 3, 'four', 5)
