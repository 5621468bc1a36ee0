import traceback
def f():
    raise ExceptionGroup('eg', [ValueError('x'), ExceptionGroup('sub', [TypeError('y')])])
try:
    f()
except ExceptionGroup as e:
    for chunk in traceback.format_exception(e):
        print(repr(chunk))
