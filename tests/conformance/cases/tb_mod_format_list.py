import traceback, sys

def fail(n):
    if n == 0:
        raise ValueError("deep")
    return fail(n - 1)

try:
    fail(6)
except ValueError as e:
    entries = traceback.extract_tb(e.__traceback__)
    print("".join(traceback.format_list(entries)), end="")
    print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 7, "g", None)]))
    traceback.print_list(entries[-2:], file=sys.stdout)
    summary = traceback.StackSummary.from_list([("c.py", 1, "h", "  y = 2  ")])
    print(summary.format())
    fs = traceback.FrameSummary("d.py", 5, "k", line="return k")
    print(repr(fs), fs.line, list(fs))
