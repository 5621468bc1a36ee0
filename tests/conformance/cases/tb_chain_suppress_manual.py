import traceback
e = ValueError('shown')
e.__context__ = KeyError('hidden')
e.__suppress_context__ = True
traceback.print_exception(e)
e.__suppress_context__ = False
traceback.print_exception(e)
e.__cause__ = None
print(e.__suppress_context__)
raise e
