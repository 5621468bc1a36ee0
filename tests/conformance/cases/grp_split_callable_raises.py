eg = ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])
def bad(e):
    if isinstance(e, TypeError):
        raise KeyError('from predicate')
    return False
try:
    eg.split(bad)
except KeyError as e:
    print('caught', repr(e), e.__context__)
calls = []
def count(e):
    calls.append(type(e).__name__)
    if len(calls) == 2:
        raise RuntimeError('second call')
    return False
try:
    eg.subgroup(count)
except RuntimeError as e:
    print('caught', repr(e), calls)
def uncaught(e):
    if not isinstance(e, BaseExceptionGroup):
        1 / 0
    return False
eg.split(uncaught)
