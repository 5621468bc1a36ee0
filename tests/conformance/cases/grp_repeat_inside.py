def r(n):
    if n == 0:
        raise ValueError('bottom')
    r(n - 1)
try:
    r(6)
except ValueError as e:
    err = e
raise ExceptionGroup('g', [err])
