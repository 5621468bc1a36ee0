import traceback

def helper():
    st = traceback.extract_stack(limit=2)
    for fs in st:
        print(repr(fs), fs.line)
    print("".join(traceback.format_list(st)), end="")
    import sys
    frames = [f.f_code.co_name for f, n in traceback.walk_stack(sys._getframe())][:2]
    print(frames)

def caller():
    helper()

caller()
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError:", e)
