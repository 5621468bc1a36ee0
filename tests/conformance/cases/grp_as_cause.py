try:
    raise ExceptionGroup('io', [FileNotFoundError('a.txt'), PermissionError('b.txt')])
except ExceptionGroup as eg:
    raise ExceptionGroup('wrapped', [RuntimeError('r')]) from eg
