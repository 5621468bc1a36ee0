def inner():
    try:
        raise OSError('disk')
    except OSError as e:
        raise ExceptionGroup('inner group', [e, ValueError('v')])

def outer():
    try:
        inner()
    except ExceptionGroup as g:
        raise ExceptionGroup('outer group', [g, TypeError('t')])

outer()
