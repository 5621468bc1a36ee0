class MixedGroup(BaseExceptionGroup, Exception):
    pass
class PlainBase(BaseExceptionGroup):
    pass
class MyEG(ExceptionGroup):
    pass
print(MixedGroup.__mro__)
g = MixedGroup('ok', [ValueError(1)])
print(type(g).__name__, repr(g), isinstance(g, Exception))
for cls in (MixedGroup, MyEG):
    try:
        cls('bad', [ValueError(1), KeyboardInterrupt()])
    except TypeError as e:
        print(cls.__name__, '|', e)
p = PlainBase('p', [ValueError(1)])
print(type(p).__name__, repr(p), isinstance(p, Exception))
p2 = PlainBase('p2', [SystemExit(3)])
print(type(p2).__name__, repr(p2))
MixedGroup('uncaught', [SystemExit(0)])
