def member(i):
    try:
        raise KeyError(i)
    except KeyError as k:
        try:
            raise ValueError(f'member {i}') from k
        except ValueError as v:
            return v
def first():
    raise ExceptionGroup('first', [member(1)])
try:
    first()
except ExceptionGroup as g1:
    g2 = ExceptionGroup('second', [member(2), g1])
    try:
        raise g2
    except ExceptionGroup as g:
        try:
            raise OSError('while handling')
        except OSError as o:
            raise ExceptionGroup('third', [o, TypeError('t')]) from g1
