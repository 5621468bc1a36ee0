try:
    raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
except* KeyboardInterrupt as e:
    print('KI', type(e).__name__, repr(e))
except* SystemExit as e:
    print('SE', type(e).__name__, repr(e))
except* Exception as e:
    print('E', type(e).__name__, repr(e))
try:
    raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError(1), GeneratorExit()])
except* ValueError as e:
    print('V', repr(e))
