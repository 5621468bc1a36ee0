import traceback
e = SyntaxError('bad thing', ('f.py', 3, 5, 'bad line here', 3, 8))
traceback.print_exception(e)
print(traceback.format_exception_only(e))
raise e
