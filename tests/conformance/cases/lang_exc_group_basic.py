try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
eg = ExceptionGroup("top", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
print(eg.split(KeyError))
raise eg
