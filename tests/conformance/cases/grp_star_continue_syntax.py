print('not printed')
for i in range(3):
    try:
        raise ExceptionGroup('eg', [ValueError(i)])
    except* ValueError:
        if i:
            continue
