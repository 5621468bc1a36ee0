raise IndentationError('unexpected indent', ('m.py', 2, 5, '    x = 1\n', 2, 10))
