def run(group):
    try:
        if group:
            raise group
        print('body ok')
    except* ValueError as e:
        print('V', repr(e))
    except* TypeError as e:
        print('T', repr(e))
    else:
        print('else')
    finally:
        print('finally')
    print('after')
run(None)
run(ExceptionGroup('a', [ValueError(1)]))
run(ExceptionGroup('b', [ValueError(1), TypeError(2)]))
try:
    run(ExceptionGroup('c', [ValueError(1), KeyError(2)]))
except ExceptionGroup as g:
    print('escaped', repr(g))
def returns():
    try:
        raise ExceptionGroup('r', [ValueError(1)])
    except* ValueError:
        print('handler')
    finally:
        return 'finally wins'
print(returns())
