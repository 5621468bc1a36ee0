eg = ExceptionGroup('t', [ValueError(0), ValueError(1), ValueError(''), ValueError('x'), ValueError(None)])
print(repr(eg.split(lambda e: e.args[0])))
print(repr(eg.subgroup(lambda e: [e] if e.args[0] else [])))
class Weird:
    def __bool__(self):
        raise RuntimeError('no truth')
try:
    eg.subgroup(lambda e: Weird())
except RuntimeError as e:
    print('RuntimeError', e)
class Lenny:
    def __len__(self):
        return -1
try:
    eg.split(lambda e: Lenny())
except ValueError as e:
    print('ValueError', e)
print(repr(eg.subgroup(lambda e: None)))
print(repr(eg.subgroup(lambda e: 2.5)))
