import traceback
class Weird(Exception):
    __qualname__ = 'Renamed.Weird'
e = Weird('q')
traceback.print_exception(e)
class NoStr(Exception):
    __str__ = None
try:
    raise NoStr('n')
except NoStr as x:
    traceback.print_exc()
raise Weird('uncaught')
