import traceback
def show(e):
    try:
        print("".join(traceback.format_exception_only(e)), end="")
    except Exception as x:
        print("err", type(x).__name__)
base = ("f.py", 3, 1, "fro x in y:\n", 3, 4)
for md in [(10**30, 0, "x"), (-5, 0, "fro x in y:"), ("a", 0, "x"), (1, 0, None), (2, 0, 5), (), (1, 2), (1, 0, "fro x in y:\n" * 200), (0, 0, "\x0c\x0bfro\u2028x in y:"), (1, 0, "  fro x in y:\n fro"), (5, 0, "if (\nfro x")]:
    e = SyntaxError("invalid syntax", base)
    e._metadata = md
    show(e)
e = SyntaxError("invalid syntax", ("f.py", -3, 1, "fro x in y:\n", -3, 4)); e._metadata = (0, 0, "fro x in y:"); show(e)
e = SyntaxError("invalid syntax", ("f.py", None, None, "fro x in y:\n", None, None)); e._metadata = (0, 0, "fro x in y:"); show(e)
e = SyntaxError("invalid syntax", ("f.py", 1, 1, 7, 1, 4)); e._metadata = (0, 0, "fro x in y:"); show(e)
e = SyntaxError(5); e._metadata = (0, 0, "fro x in y:"); show(e)
