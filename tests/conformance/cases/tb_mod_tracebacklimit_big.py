import sys, traceback
def a():
    b()
def b():
    raise ValueError('three frames')
sys.tracebacklimit = 5
try:
    a()
except ValueError:
    traceback.print_exc()
a()
