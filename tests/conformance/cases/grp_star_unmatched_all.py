original = ExceptionGroup('nothing matches', [ValueError(1), TypeError(2)])
try:
    try:
        raise original
    except* KeyError:
        print('no')
    except* OSError:
        print('no')
except ExceptionGroup as g:
    print(g is original, repr(g))
def f():
    raise original
try:
    f()
except* ZeroDivisionError:
    pass
