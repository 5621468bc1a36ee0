class Bad(Exception):
    def __str__(self):
        raise RuntimeError
e = KeyError('k')
e.__notes__ = 'str notes'
raise ExceptionGroup('odd', [ValueError(), Bad(), e, SyntaxError('s', ('f.py', 1, 2, 'abc\n', 1, 3))])
