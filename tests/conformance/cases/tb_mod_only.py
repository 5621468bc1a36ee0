import traceback
e = ValueError('only')
e.add_note('n')
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(KeyError, KeyError('k')))
print(traceback.format_exception_only(None, None) if hasattr(traceback, 'format_exception_only') else '')
