for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), FileNotFoundError(), RecursionError(), ModuleNotFoundError("m")]:
    names = [c.__name__ for c in type(exc).__mro__]
    print(names)
    print(isinstance(exc, LookupError), isinstance(exc, ArithmeticError), isinstance(exc, OSError), isinstance(exc, ImportError))
try:
    raise FileNotFoundError(2, "missing")
except OSError as e:
    print(type(e).__name__, e.errno)
