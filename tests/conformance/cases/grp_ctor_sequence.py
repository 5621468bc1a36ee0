cases = [None, 1, {ValueError()}, frozenset([KeyError()]), {'k': ValueError()}, (e for e in [ValueError()]), 'str', b'', [], (), range(0)]
for excs in cases:
    try:
        g = ExceptionGroup('m', excs)
        print('ok', repr(g))
    except (TypeError, ValueError) as e:
        print(type(excs).__name__, '->', type(e).__name__, '|', e)
g = ExceptionGroup('t', (ValueError(1), TypeError(2)))
print(repr(g), type(g.exceptions).__name__)
ExceptionGroup('uncaught', [])
