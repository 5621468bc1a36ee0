import traceback, sys
def a():
    b()
def b():
    c()
def c():
    raise KeyError('c')
try:
    a()
except KeyError as e:
    tb = e.__traceback__
    print(traceback.format_tb(tb))
    print(traceback.format_tb(tb, limit=2))
    print(traceback.format_tb(tb, limit=-1))
    traceback.print_tb(tb, limit=1)
    traceback.print_tb(tb, file=sys.stdout)
