def work():
    raise ExceptionGroup('jobs', [ValueError('v1'), OSError('disk'), ValueError('v2'), KeyError('k')])

def main():
    try:
        work()
    except* ValueError as eg:
        print('values:', repr(eg))
        print(type(eg).__name__, eg.exceptions)

main()
