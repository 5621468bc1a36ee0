def level(n):
    if n == 0:
        raise ValueError('level 0')
    try:
        level(n - 1)
    except Exception as e:
        if n % 2:
            raise RuntimeError(f'level {n}') from e
        raise LookupError(f'level {n}')

level(3)
