try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as g:
    print(repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as g:
    print(repr(g))
def f():
    raise ExceptionGroup('uncaught', [ValueError(1), TypeError(2), OSError(3)])
try:
    f()
except* ValueError:
    raise
except* OSError:
    pass
