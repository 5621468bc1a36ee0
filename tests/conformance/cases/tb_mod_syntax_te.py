import traceback
try:
    compile("x = (1,\n", "<cfg>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, repr(te.text), te.offset, te.msg)
    print("".join(te.format_exception_only()), end="")
