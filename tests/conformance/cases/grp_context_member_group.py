try:
    raise ExceptionGroup('first', [ValueError('a')])
except ExceptionGroup:
    try:
        raise TypeError('second')
    except TypeError as t:
        raise ExceptionGroup('third', [t])
