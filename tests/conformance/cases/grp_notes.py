v = ValueError('v')
v.add_note('note on member')
v.add_note('second\nmultiline')
g = ExceptionGroup('with notes', [v, TypeError('t')])
g.add_note('note on group')
raise g
