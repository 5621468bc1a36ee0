v = ValueError('shared')
g1 = ExceptionGroup('g1', [v])
raise ExceptionGroup('outer', [g1, v, g1])
