v = ValueError('member')
g = ExceptionGroup('cyclic', [v])
v.__context__ = g
raise g
