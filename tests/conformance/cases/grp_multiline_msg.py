raise ExceptionGroup('multi\nline group', [ValueError('first\nsecond'), KeyError('k\nk2')])
