try:
    raise ExceptionGroup('src', [ValueError('a'), TypeError('b')])
except* ValueError as e:
    raise RuntimeError('converted') from e
except* TypeError as e:
    raise LookupError('no cause') from None
