try:
    raise ValueError('naked')
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.message))
    print(e.exceptions[0].__traceback__ is not None, e.__traceback__ is None)
try:
    raise KeyboardInterrupt('kb')
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))
try:
    raise ExceptionGroup('g', [OSError(1)])
except* OSError as e:
    print(repr(e))
try:
    try:
        raise TypeError('naked unmatched')
    except* ValueError:
        print('no')
except TypeError as t:
    print('reraised as is:', repr(t))
try:
    raise ValueError('naked')
except* TypeError:
    pass
