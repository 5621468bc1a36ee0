import traceback
g = ExceptionGroup('exactly fifteen', [ExceptionGroup(f'n{i}', [ValueError(i)]) for i in range(15)])
traceback.print_exception(g)
g = ExceptionGroup('ten deep', [ExceptionGroup('one', [ExceptionGroup('two', [ValueError(2)])])])
for i in range(7):
    g = ExceptionGroup(f'wrap {i}', [g])
traceback.print_exception(g)
raise ExceptionGroup('sixteen nested', [ExceptionGroup(f'n{i}', [ValueError(i), TypeError(i)]) for i in range(16)])
