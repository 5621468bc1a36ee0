import traceback
e = ExceptionGroup('g', [ValueError('a\r\nb'), ValueError('tab\there'), RuntimeError('x\u2028y')])
traceback.print_exception(e)
print(traceback.format_exception_only(e.exceptions[0]))
raise e
