def nest(n):
    if n == 0:
        return ValueError('deep')
    return ExceptionGroup(f'g{n}', [nest(n - 1), KeyError(n)])
raise nest(11)
