import traceback, sys
def a():
    b()
def b():
    c(2)
def c(n):
    if n:
        return c(n - 1)
    traceback.print_stack(limit=5)
    print(traceback.format_stack(limit=2))
    traceback.print_stack(limit=1, file=sys.stdout)
    x = (1 +
         len(traceback.format_stack(limit=3)))
    print(x)
    print(traceback.format_stack(sys._getframe().f_back, limit=2))
a()
