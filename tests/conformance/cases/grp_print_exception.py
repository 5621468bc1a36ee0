import traceback, sys
try:
    raise ExceptionGroup('caught', [ValueError(1)])
except ExceptionGroup:
    traceback.print_exc()
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exc())
