eg = ExceptionGroup('eg', [ValueError(1)])
d = eg.derive([TypeError(2)])
print(type(d).__name__, repr(d), d is eg)
d2 = eg.derive([KeyboardInterrupt()])
print(type(d2).__name__, repr(d2))
beg = BaseExceptionGroup('beg', [SystemExit(1)])
print(repr(beg.derive([ValueError()])), repr(beg.derive((SystemExit(2),))))
class Sub(ExceptionGroup):
    pass
s = Sub('sub', [ValueError(1), TypeError(2)])
m, r = s.split(ValueError)
print(type(s).__name__, type(m).__name__, type(r).__name__, repr(m))
print(s.subgroup(Exception) is s, type(s.subgroup(lambda e: e is s)).__name__)
try:
    eg.derive([])
except ValueError as e:
    print('ValueError |', e)
for call in (lambda: eg.derive(), lambda: eg.derive([ValueError()], 2), lambda: eg.derive(excs=[ValueError()]),
             lambda: eg.subgroup(), lambda: eg.subgroup(ValueError, x=1), lambda: BaseExceptionGroup.derive([ValueError()])):
    try:
        call()
    except TypeError as e:
        print('TypeError |', e)
try:
    eg.derive([1])
except ValueError as e:
    print('ValueError |', e)
print(repr(eg.derive(eg.exceptions)), eg.derive([eg]).exceptions[0] is eg)
