import traceback, sys
def f():
    return [] [1]
try:
    f()
except IndexError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, chain=False)
    print(''.join(traceback.format_exception(e)))
