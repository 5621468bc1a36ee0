raise BaseExceptionGroup('base', [KeyboardInterrupt(), SystemExit(2), ValueError('v')])
