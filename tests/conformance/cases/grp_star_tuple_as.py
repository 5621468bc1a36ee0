errs = (ValueError, TypeError)
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3), ExceptionGroup('n', [TypeError(4)])])
except* errs as e:
    print(repr(e))
    caught = e
except* (LookupError,) as e:
    print(repr(e))
try:
    print(e)
except NameError as n:
    print('NameError |', n)
print(repr(caught))
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* () as e:
    print('never')
except* (Exception,):
    print('caught by (Exception,)')
