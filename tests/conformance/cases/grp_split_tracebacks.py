def f():
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
try:
    f()
except ExceptionGroup as eg:
    match, rest = eg.split(ValueError)
    raise rest
