def inner():
    try:
        raise ExceptionGroup('inner', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print('inner handled', repr(e))
try:
    try:
        inner()
    except* TypeError as e:
        print('middle handled', repr(e))
        try:
            raise ExceptionGroup('in handler', [OSError(4), ValueError(5)])
        except* OSError as o:
            print('nested in handler', repr(o))
except* KeyError as e:
    print('outer handled', repr(e))
except* ValueError as e:
    print('outer got', repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup('x', [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup('y', [KeyError(3)])
        except* KeyError:
            raise OSError('deep')
except* OSError as e:
    print('final', repr(e), repr(e.exceptions[0].__context__))
except* TypeError as e:
    print('rest', repr(e))
