import traceback
def f():
    raise ValueError('naked')
def handler():
    try:
        f()
    except* TypeError:
        pass
    except* (KeyError,
             ValueError) as e:
        print(e.__traceback__ is None)
        traceback.print_tb(e.__traceback__)
        traceback.print_exception(e)
        raise e
handler()
