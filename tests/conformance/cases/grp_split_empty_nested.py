eg = ExceptionGroup('top', [
    ExceptionGroup('all values', [ValueError(1), ValueError(2)]),
    ExceptionGroup('all types', [TypeError(3)]),
    ExceptionGroup('deep', [ExceptionGroup('deeper', [ExceptionGroup('deepest', [TypeError(4)])])]),
    ValueError(5),
])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.exceptions[0] is eg.exceptions[0], r.exceptions[0] is eg.exceptions[1], r.exceptions[1] is eg.exceptions[2])
m, r = eg.split(TypeError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'deeper')))
raise m
