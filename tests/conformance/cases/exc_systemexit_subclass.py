# A subclass of SystemExit exits as SystemExit does; raising it from a
# nested function; the exit status of a negative code.
class Done(SystemExit):
    pass


def finish():
    raise Done(-1)


try:
    finish()
except SystemExit as e:
    print(type(e).__name__, e.code)
finish()
