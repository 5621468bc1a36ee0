class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)

e = MyGroup("eg", [ValueError(1), TypeError(2)])
e.add_note("a note")
e.__context__ = Exception("context")
e.__cause__ = Exception("cause")
try:
   raise e
except Exception as e:
   exc = e

match, rest = exc.split(ValueError)
print((exc, exc.__context__, exc.__cause__, exc.__notes__))
print((match, match.__context__, match.__cause__, match.__notes__))
print((rest, rest.__context__, rest.__cause__, rest.__notes__))
print(exc.__traceback__ is match.__traceback__ is rest.__traceback__)
print(repr(exc), repr(match), repr(rest))
nested = MyGroup('outer', [ExceptionGroup('plain', [ValueError(3), KeyError(4)]), MyGroup('mine', [ValueError(5), OSError(6)])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(LookupError)))
raise rest
