try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('ctx')
except KeyError as k:
    e = ValueError('outer')
    e.__cause__ = TypeError('explicit cause')
    raise e
