def gather():
    raise ExceptionGroup('gathered', [ValueError('a'), ExceptionGroup('sub', [TypeError('b')])])
def main():
    try:
        gather()
    except ExceptionGroup as eg:
        raise RuntimeError('summary') from eg
main()
