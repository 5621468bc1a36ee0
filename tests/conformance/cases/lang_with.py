class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as a:
    print('body', a.name)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after b')
try:
    with CM('c'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', repr(e))
with CM('d') as d, CM('e') as e:
    print('two', d.name, e.name)
def f():
    with CM('f'):
        return 'returned'
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
