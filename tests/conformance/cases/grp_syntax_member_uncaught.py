se = SyntaxError('in group', ('g.py', 4, 7, '    call(x y)\n', 4, 10))
se.add_note('note under syntax')
raise ExceptionGroup('with syntax', [se, IndentationError('ind', ('g.py', 2, 1, 'x\n', 2, 2))])
