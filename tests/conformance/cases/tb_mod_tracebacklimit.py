import sys, traceback
def a(n):
    if n == 0:
        raise ValueError('deep')
    a(n - 1)
sys.tracebacklimit = 2
try:
    a(4)
except ValueError:
    traceback.print_exc()
a(4)
