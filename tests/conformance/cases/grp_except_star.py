def raise_group():
    raise ExceptionGroup('mixed', [ValueError(1), TypeError(2), KeyError(3)])

try:
    raise_group()
except* ValueError as eg:
    print('handled', repr(eg))
except* TypeError as eg:
    print('handled', repr(eg))
