class Bad(ExceptionGroup):
    def derive(self, excs):
        return ValueError('not a group')
b = Bad('bad', [ValueError(1), TypeError(2)])
try:
    b.split(ValueError)
except TypeError as e:
    print('TypeError |', e)
print(b.subgroup(Exception) is b)
try:
    print(b.split(lambda e: False)[1] is b)
except TypeError as e:
    print('rest: TypeError |', e)
class ReturnsNone(ExceptionGroup):
    def derive(self, excs):
        return None
try:
    ReturnsNone('n', [ValueError(1), TypeError(2)]).subgroup(TypeError)
except TypeError as e:
    print('TypeError |', e)
class Raises(ExceptionGroup):
    def derive(self, excs):
        raise LookupError('derive failed')
try:
    Raises('r', [ValueError(1), TypeError(2)]).split(ValueError)
except LookupError as e:
    print('LookupError |', e)
try:
    raise Bad('in except*', [ValueError(1), TypeError(2)])
except* ValueError:
    print('unreachable')
