import traceback
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('v') from z
try:
    f()
except ValueError as e:
    for chunk in traceback.format_exception(e):
        print(repr(chunk))
    print(traceback.format_exception(e, chain=False))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=1))
