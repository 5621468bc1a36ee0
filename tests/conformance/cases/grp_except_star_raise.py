try:
    raise ExceptionGroup('src', [ValueError('a'), TypeError('b')])
except* ValueError:
    raise RuntimeError('handler failed')
