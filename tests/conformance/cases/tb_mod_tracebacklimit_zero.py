import sys
sys.tracebacklimit = 0
def f():
    raise ValueError('no frames')
f()
