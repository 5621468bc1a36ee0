import traceback
def r(n):
    if n == 0:
        raise ValueError('x')
    r(n - 1)
try:
    r(8)
except ValueError as e:
    tb = e.__traceback__
for item in traceback.format_tb(tb):
    print(repr(item))
traceback.print_tb(tb, limit=-2)
