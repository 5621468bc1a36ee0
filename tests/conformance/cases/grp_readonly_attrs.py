g = ExceptionGroup('msg', [ValueError(1)])
for name in ('message', 'exceptions'):
    try:
        setattr(g, name, 'new')
    except AttributeError as e:
        print('set', name, '|', e)
    try:
        delattr(g, name)
    except AttributeError as e:
        print('del', name, '|', e)
print(repr(g.message), g.exceptions, type(g.exceptions).__name__)
g.args = ('changed',)
print(repr(g), str(g), g.message, g.args)
g.other = 5
print(g.other, sorted(k for k in vars(g)))
print(ExceptionGroup.message, ExceptionGroup.exceptions.__name__)
g.message = 'boom'
