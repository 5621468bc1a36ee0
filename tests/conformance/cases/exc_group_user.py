# ExceptionGroup and BaseExceptionGroup built in user code: type selection,
# exceptions, message, split/subgroup, derive, errors of the constructor,
# and except* handling.
eg = ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
print(repr(eg), str(eg), eg.message, eg.exceptions)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("only exc", [ValueError()])).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: "w" in str(e))[0]))
for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", ValueError()),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


mg = MyGroup("mine", [ValueError(1), KeyError(2)])
print(repr(mg.split(ValueError)[0]))
try:
    raise eg
except* ValueError as g:
    print("except* ValueError:", repr(g))
except* TypeError as g:
    print("except* TypeError:", repr(g))
try:
    try:
        raise ExceptionGroup("nested", [ValueError(1), ExceptionGroup("inner", [KeyError(2)])])
    except* KeyError as g:
        print("got keys:", repr(g))
except ExceptionGroup as left:
    print("left over:", repr(left))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain wrapped:", repr(g))
raise ExceptionGroup("uncaught", [ValueError("a"), TypeError("b")])
