import traceback
for e in (ValueError(), ValueError(''), ValueError(' '), Exception(None), KeyError(), KeyError(''), StopIteration()):
    traceback.print_exception(e)
raise RuntimeError
