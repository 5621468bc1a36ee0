try:
    try:
        raise ExceptionGroup('src', [ValueError('a'), TypeError('b')])
    except* ValueError:
        raise RuntimeError('new')
except ExceptionGroup as g:
    print(repr(g))
    print(repr(g.exceptions[0].__context__))
    print(g.__context__, g.__cause__)
try:
    try:
        raise ExceptionGroup('src', [ValueError('a')])
    except* ValueError:
        raise RuntimeError('only new')
except ExceptionGroup as g:
    print('still a group:', repr(g))
except RuntimeError as r:
    print('plain:', repr(r), repr(r.__context__))
try:
    try:
        raise ValueError('naked')
    except* ValueError:
        raise RuntimeError('from naked')
except BaseException as b:
    print(type(b).__name__, repr(b), repr(b.__context__))
