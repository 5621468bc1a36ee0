import traceback

sources = [
    "x = 1\nif x:\n    y = 2\nelse:\n    z = 3\nimprot os\n",
    "defn f(): pass",
    "for i in range(3):\n    pass\nwhil i: pass\n",
    "x = [i fro i in range(3)]",
    "a b c",
    "lamda x: x",
    "esle: pass",
]
for src in sources:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_offset)
        print("".join(traceback.format_exception_only(e)), end="")
        print(e.msg)
