def gen():
    try:
        yield 1
        raise ExceptionGroup('in gen', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield ('handled in gen', repr(e))
    except* TypeError as e:
        yield ('second', repr(e))
    yield 'done'
print(list(gen()))
def gen2():
    try:
        yield 'start'
    except* KeyError as e:
        yield ('thrown in', repr(e))
g = gen2()
print(next(g))
print(g.throw(KeyError('k')))
def f(excs):
    try:
        raise ExceptionGroup('f', excs)
    except* OSError as e:
        return_value = len(e.exceptions)
    return return_value
print(f([OSError(1), FileNotFoundError(2)]))
def g3():
    try:
        raise ExceptionGroup('gen rest', [ValueError(1), KeyError(2)])
    except* ValueError:
        yield 'partial'
it = g3()
print(next(it))
print(next(it, 'exhausted'))
