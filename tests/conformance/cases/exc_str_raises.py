# An uncaught exception whose __str__ raises: the traceback shows
# "<exception str() failed>".
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")


try:
    raise Broken("payload")
except Broken as e:
    print(repr(e), e.args)
    try:
        str(e)
    except RuntimeError as err:
        print("RuntimeError:", err)
raise Broken("payload")
