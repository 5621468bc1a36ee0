import traceback
e = SyntaxError("invalid syntax", ("f.py", 1, 1, "fro x in y:\n", 1, 4))
print("".join(traceback.format_exception_only(e)), end="")
e._metadata = (0, 0, "fro x in y:\n")
print("".join(traceback.format_exception_only(e)), end="")
raise e
