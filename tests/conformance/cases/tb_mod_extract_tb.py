import traceback, sys

def inner(x):
    return x["key"] + 1

def outer():
    return inner({})

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    fs_list = traceback.extract_tb(tb)
    print(type(fs_list).__name__, len(fs_list))
    for fs in fs_list:
        print(repr(fs))
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
        print(fs.end_lineno, fs.colno, fs.end_colno)
        print(tuple(fs), fs[0], fs[2], len(fs))
    print(fs_list[0] == ("tb_mod_extract_tb.py", 10, "<module>", "outer()"))
    print(traceback.extract_tb(tb, limit=1)[0].name, traceback.extract_tb(tb, limit=-1)[0].name)
    print([type(f).__name__ + ":" + str(l) for f, l in traceback.walk_tb(tb)])
    print("".join(fs_list.format()), end="")
