import traceback
def a(n):
    if n == 0:
        raise ValueError('end')
    a(n - 1)
try:
    a(5)
except ValueError as e:
    for lim in (0, 1, 2, -1, -2, None):
        print('limit', lim)
        traceback.print_exception(e, limit=lim)
    print(traceback.format_exc(limit=1))
