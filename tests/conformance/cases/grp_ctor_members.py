for excs in [[1], [ValueError(), 'x'], [ValueError], [None, ValueError()], [ValueError(), ExceptionGroup('in', [KeyError()]), 2.0]]:
    try:
        ExceptionGroup('m', excs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, '|', e)
for excs in [[KeyboardInterrupt()], [ValueError(), SystemExit(1)], [ValueError(), BaseExceptionGroup('b', [GeneratorExit()])]]:
    try:
        ExceptionGroup('m', excs)
    except TypeError as e:
        print(type(e).__name__, '|', e)
raise ExceptionGroup('base inside', [ValueError(1), KeyboardInterrupt()])
