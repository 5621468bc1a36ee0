# An uncaught exception whose __repr__ raises (str() is what the traceback
# uses) and whose class name has a module prefix.
class Odd(ValueError):
    def __repr__(self):
        raise TypeError("no repr")


try:
    repr(Odd("x"))
except TypeError as e:
    print("TypeError:", e)
print(str(Odd("fine")))
raise Odd("shown with str")
