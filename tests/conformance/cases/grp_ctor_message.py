for msg in [1, None, b'bytes', ['list'], 3.5]:
    try:
        ExceptionGroup(msg, [ValueError(1)])
    except TypeError as e:
        print(type(e).__name__, '|', e)
    try:
        BaseExceptionGroup(msg, [KeyboardInterrupt()])
    except TypeError as e:
        print(type(e).__name__, '|', e)
class S(str):
    pass
g = ExceptionGroup(S('sub str'), [ValueError(1)])
print(type(g.message).__name__, repr(g.message), str(g))
print(repr(ExceptionGroup('', [ValueError()])))
