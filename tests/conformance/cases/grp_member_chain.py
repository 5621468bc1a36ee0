def make():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ValueError('converted') from z
    except ValueError as v:
        return v

def ctx():
    try:
        [][0]
    except IndexError:
        try:
            raise KeyError('during')
        except KeyError as k:
            return k

raise ExceptionGroup('chained members', [make(), ctx()])
