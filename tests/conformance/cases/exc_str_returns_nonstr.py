# An uncaught exception whose __str__ returns a non-string.
class Weird(Exception):
    def __str__(self):
        return 42


try:
    str(Weird())
except TypeError as e:
    print("TypeError:", e)
raise Weird()
