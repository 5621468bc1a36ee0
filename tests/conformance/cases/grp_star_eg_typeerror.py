for cls in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* cls:
            print('never')
    except TypeError as e:
        print('TypeError |', e, '| context:', repr(e.__context__))
class MyGroup(ExceptionGroup):
    pass
try:
    try:
        raise ValueError(1)
    except* MyGroup:
        print('never')
except TypeError as e:
    print('TypeError |', e)
for bad in (42, 'ValueError', (ValueError, 3), int):
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* bad:
            print('never')
    except TypeError as e:
        print('TypeError |', e)
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ExceptionGroup:
    pass
