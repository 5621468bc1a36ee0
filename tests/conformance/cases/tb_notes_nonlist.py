import traceback
for notes in ('just a string', ('tuple', 'notes'), 42, None, b'bytes'):
    e = ValueError('v')
    e.__notes__ = notes
    print('notes =', repr(notes))
    traceback.print_exception(e)
e = ValueError('v')
e.__notes__ = 'abc'
raise e
