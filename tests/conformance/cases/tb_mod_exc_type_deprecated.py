import traceback
try:
    1 / 0
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    for i in range(2):
        print(te.exc_type)
