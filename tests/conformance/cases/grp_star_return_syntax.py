def handler():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        return 'handled'
print(handler())
