excs = [ValueError(1), TypeError(2)]
g = ExceptionGroup('mutable', excs)
print(repr(g))
excs.append(KeyError(3))
excs[0] = OSError()
print(repr(g))
print(str(g), len(g.exceptions))
t = ExceptionGroup('tuple', (ValueError(1),))
print(repr(t))
excs.clear()
print(repr(g))
print(g.exceptions)
raise g
