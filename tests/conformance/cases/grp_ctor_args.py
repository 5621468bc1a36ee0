calls = [
    lambda: ExceptionGroup(),
    lambda: ExceptionGroup('only message'),
    lambda: ExceptionGroup('m', [ValueError()], 'extra'),
    lambda: BaseExceptionGroup('m', [ValueError()], 1, 2),
    lambda: ExceptionGroup('m', [ValueError()], x=1),
    lambda: ExceptionGroup(message='m', exceptions=[ValueError()]),
    lambda: BaseExceptionGroup('m', excs=[ValueError()]),
    lambda: ExceptionGroup.__new__(ExceptionGroup),
    lambda: ExceptionGroup.__new__(ValueError, 'm', [ValueError()]),
]
for i, c in enumerate(calls):
    try:
        r = c()
        print(i, 'ok', repr(r))
    except Exception as e:
        print(i, type(e).__name__, '|', e)
g = ExceptionGroup('m', [ValueError(1)])
print(g.args)
g.__init__('other', [KeyError()])
print(repr(g), g.args, g.message)
ExceptionGroup('m')
