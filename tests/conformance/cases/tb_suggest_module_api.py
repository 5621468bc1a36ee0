import traceback
def f():
    valeu = 1
    return value
try:
    f()
except NameError:
    traceback.print_exc()
class P:
    xval = 1
try:
    P().xvak
except AttributeError as e:
    print(traceback.format_exception_only(e))
try:
    from sys import pathh
except ImportError as e:
    traceback.print_exc()
