raise SyntaxError('custom', ('conf.py', 7, 9, '    key = = value\n', 7, 12))
