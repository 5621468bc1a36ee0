eg = ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [TypeError(2), KeyError(3)]), ValueError(4)])
seen = []
def pred(e):
    seen.append(repr(e))
    return isinstance(e, ValueError)
m, r = eg.split(pred)
print(repr(m))
print(repr(r))
for s in seen:
    print('saw', s)
seen.clear()
print(repr(eg.subgroup(pred)))
print(len(seen))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'mid')))
print(eg.subgroup(lambda e: e is eg) is eg)
print(repr(eg.split(lambda e: isinstance(e, (TypeError, ValueError)) and not isinstance(e, ExceptionGroup))))
class Callable:
    def __call__(self, e):
        return isinstance(e, KeyError)
try:
    print(repr(eg.subgroup(Callable())))
except TypeError as e:
    print('TypeError |', e)
print(eg.split(lambda e: False)[1] is eg)
