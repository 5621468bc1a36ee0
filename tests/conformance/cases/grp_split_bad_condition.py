eg = ExceptionGroup('eg', [ValueError(1)])
for cond in [1, 'ValueError', None, ValueError(1), (ValueError, 1), (ValueError, (TypeError,)), int, (int,), [ValueError], object]:
    for meth in ('split', 'subgroup'):
        try:
            r = getattr(eg, meth)(cond)
            print(meth, 'ok', repr(r))
        except TypeError as e:
            print(meth, type(cond).__name__, '|', e)
for call in (lambda: eg.split(), lambda: eg.subgroup(ValueError, TypeError), lambda: eg.split(condition=ValueError)):
    try:
        call()
    except TypeError as e:
        print('args |', e)
eg.split(42)
