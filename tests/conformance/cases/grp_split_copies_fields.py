def make():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3), KeyError(4)])])
    except ExceptionGroup as e:
        return e
eg = make()
eg.__cause__ = RuntimeError('cause')
eg.__context__ = LookupError('context')
eg.add_note('note 1')
eg.add_note('note 2')
inner = eg.exceptions[2]
inner.add_note('inner note')
inner.__context__ = OSError('inner ctx')
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__, part.__suppress_context__)
    print(part.__traceback__ is eg.__traceback__, part.__notes__ is eg.__notes__, part.__notes__ == eg.__notes__)
mi = m.exceptions[1]
print(repr(mi), mi.__notes__, repr(mi.__context__), mi.__traceback__, mi is inner)
plain = ExceptionGroup('plain', [ValueError(1), KeyError(2)])
pm, pr = plain.split(ValueError)
print(pm.__traceback__, pm.__cause__, pm.__context__, hasattr(pm, '__notes__'))
tupled = ExceptionGroup('tupled', [ValueError(1), KeyError(2)])
tupled.__notes__ = ('a', 'b')
print(tupled.subgroup(ValueError).__notes__)
weird = ExceptionGroup('weird', [ValueError(1), KeyError(2)])
weird.__notes__ = 42
print(hasattr(weird.subgroup(ValueError), '__notes__'))
eg.__suppress_context__ = False
raise r
