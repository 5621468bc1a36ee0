class MySyntax(SyntaxError):
    pass
raise MySyntax('sub', ('m.py', 1, 2, 'abcdef\n', 1, 5))
