# A bare raise re-raises the exception being handled with its traceback
# unchanged; `raise e` adds the re-raising frame.
def inner():
    raise ValueError("deep")


def middle():
    inner()


def count_tb(e):
    n, tb = 0, e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    return n


try:
    try:
        middle()
    except ValueError:
        raise
except ValueError as e:
    print("bare raise:", count_tb(e))
try:
    try:
        middle()
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e:", count_tb(e))


def handler_in_function():
    try:
        middle()
    except ValueError:
        print("handling")
        raise


try:
    handler_in_function()
except ValueError as e:
    print("through function:", count_tb(e))


def reraise_later(e):
    raise e


try:
    try:
        middle()
    except ValueError as e:
        reraise_later(e)
except ValueError as e:
    print("re-raised elsewhere:", count_tb(e))
try:
    middle()
except ValueError:
    raise
