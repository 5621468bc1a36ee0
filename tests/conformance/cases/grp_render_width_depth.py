def nest(depth):
    if depth == 0:
        return ExceptionGroup('bottom', [ValueError(i) for i in range(17)])
    return ExceptionGroup(f'd{depth}', [nest(depth - 1)] + [KeyError(depth)] * 15)
raise nest(10)
