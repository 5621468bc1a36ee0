import traceback
traceback.print_exception(ExceptionGroup('sixteen', [KeyError(i) for i in range(16)]))
traceback.print_exception(ExceptionGroup('fifteen', [KeyError(i) for i in range(15)]))
