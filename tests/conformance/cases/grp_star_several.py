class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
try:
    raise MyGroup('mixed', [ValueError(1), TypeError(2), ExceptionGroup('n', [KeyError(3), ValueError(4)]), OSError(5)])
except* ValueError as e:
    print('V', repr(e))
except* LookupError as e:
    print('L', repr(e))
except* (TypeError, OSError) as e:
    print('T/O', repr(e))
except* ZeroDivisionError as e:
    print('never')
print('after')
try:
    raise ExceptionGroup('again', [ValueError(1)])
except* ValueError:
    print('no binding')
except* ValueError:
    print('second clause for the same type is skipped')
