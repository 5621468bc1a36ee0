def raise_it(g):
    raise g
for g in (ExceptionGroup('eg', [ValueError(1)]), BaseExceptionGroup('beg', [KeyboardInterrupt()])):
    try:
        try:
            raise_it(g)
        except ValueError:
            print('ValueError clause (wrong)')
        except Exception as e:
            print('Exception clause', repr(e))
    except BaseExceptionGroup as b:
        print('BaseExceptionGroup clause', repr(b))
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except (ValueError, ExceptionGroup) as e:
    print('tuple clause', type(e).__name__)
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except BaseExceptionGroup as e:
    print('base clause', type(e).__name__, e.exceptions)
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except ValueError:
    print('never')
