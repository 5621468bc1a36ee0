raise SyntaxError('multi', ('m.py', 3, 5, 'line one\nline two\n', 4, 3))
