shared = ValueError('shared cause')
a = KeyError('a')
a.__cause__ = shared
b = TypeError('b')
b.__context__ = shared
g = ExceptionGroup('order', [a, b])
g.__context__ = shared
raise g
