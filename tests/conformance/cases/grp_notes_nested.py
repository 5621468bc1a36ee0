inner = ExceptionGroup('inner', [ValueError('v'), TypeError('t')])
inner.add_note('inner note')
inner.exceptions[1].add_note('t note\nline 2')
outer = ExceptionGroup('outer', [inner, KeyError('k')])
outer.add_note('outer note 1')
outer.add_note('outer note 2')
outer.exceptions[1].__notes__ = ['ok', 42, b'bytes']
print(outer.__notes__, inner.__notes__)
m = outer.subgroup(TypeError)
print(m.__notes__, m.exceptions[0].__notes__, m.exceptions[0].exceptions[0].__notes__)
raise outer
