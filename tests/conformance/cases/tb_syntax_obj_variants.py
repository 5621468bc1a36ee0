import traceback
cases = [
    ('no offset', ('a.py', 1, None, 'x = 1\n', None, None)),
    ('no text', ('a.py', 2, 3, None, 2, 4)),
    ('no lineno', ('a.py', None, 3, 'text', None, None)),
    ('leading spaces', ('a.py', 4, 9, '    foo(bar)\n', 4, 12)),
    ('end zero', ('a.py', 5, 2, 'abc\n', 5, 0)),
    ('end before', ('a.py', 5, 3, 'abcdef\n', 5, 2)),
    ('offset past end', ('a.py', 6, 20, 'short\n', 6, 25)),
    ('offset zero', ('a.py', 7, 0, 'zero\n', 7, 1)),
    ('multi line', ('a.py', 8, 2, 'first\nsecond\n', 9, 3)),
    ('end line later', ('a.py', 10, 3, 'abcdef\n', 12, 2)),
    ('tabs', ('a.py', 11, 3, '\t\tx y\n', 11, 4)),
    ('no filename', (None, 12, 1, 'q\n', 12, 2)),
    ('unicode', ('a.py', 13, 4, 'é = ü +\n', 13, 7)),
    ('negative', ('a.py', 14, -2, 'neg\n', 14, -1)),
]
for msg, details in cases:
    print('==', msg)
    traceback.print_exception(SyntaxError(msg, details))
traceback.print_exception(SyntaxError())
traceback.print_exception(SyntaxError('only msg'))
traceback.print_exception(SyntaxError(None, ('a.py', 1, 1, 't', 1, 2)))
