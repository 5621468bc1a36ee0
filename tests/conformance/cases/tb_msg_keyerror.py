import traceback
for e in (KeyError('x'), KeyError(1, 2), KeyError(('a',)), KeyError('multi\nline')):
    traceback.print_exception(e)
d = {}
d['missing key']
