def work():
    raise ExceptionGroup('workers', [RuntimeError('w1'), RuntimeError('w2')])

try:
    work()
except* RuntimeError as eg:
    raise SystemError('supervisor failed')
