import sys
print(sys.exception())
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* ValueError as e:
    print('in V:', repr(sys.exception()), sys.exception() is e)
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, v is e)
except* TypeError as e:
    print('in T:', repr(sys.exception()), sys.exception() is e)
print('after:', sys.exception(), sys.exc_info())
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('nested:', repr(sys.exception()), repr(e.__context__))
    print('restored:', repr(sys.exception()))
