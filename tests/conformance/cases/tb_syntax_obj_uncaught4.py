e = SyntaxError('long range', ('m.py', 3, 2, 'abcdefgh\n', 3, 40))
e.add_note('a note on a syntax error')
raise e
