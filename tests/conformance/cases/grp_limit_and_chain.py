import sys, traceback
def leaf(i):
    raise ValueError(i)
def mid(i):
    try:
        leaf(i)
    except ValueError as e:
        raise KeyError(i) from e
errs = []
for i in range(2):
    try:
        mid(i)
    except KeyError as e:
        errs.append(e)
g = ExceptionGroup('limited', errs)
try:
    raise g
except ExceptionGroup as e:
    traceback.print_exception(e, limit=1)
    traceback.print_exception(e, chain=False)
sys.tracebacklimit = 1
raise g
