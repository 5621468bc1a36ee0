e = ValueError('v')
for name in [(1,), 1, b'x', None]:
    for call in (lambda: e.__setattr__(name, 2), lambda: e.__delattr__(name),
                 lambda: object.__setattr__(e, name, 2), lambda: setattr(e, name, 2),
                 lambda: delattr(e, name), lambda: e.__getattribute__(name), lambda: getattr(e, name)):
        try:
            call()
        except TypeError as x:
            print(type(x).__name__, x)
class C: pass
c = C()
try:
    c.__setattr__([1], 1)
except TypeError as x:
    print(x)
print(e.__dict__)
