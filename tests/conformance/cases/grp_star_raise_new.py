def f():
    try:
        raise ExceptionGroup('src', [ValueError('a'), TypeError('b'), KeyError('c')])
    except* ValueError:
        raise RuntimeError('from V clause')
    except* TypeError as e:
        raise OSError('from T clause')
f()
