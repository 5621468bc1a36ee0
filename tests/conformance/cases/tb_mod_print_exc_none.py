import traceback, sys
traceback.print_exc()
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
