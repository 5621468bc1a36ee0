import traceback
# valid code pyexc does not run (async def) still counts as compiling
for src in ["async def f(): pass\nfro x in y: pass", "x = 1\nimpotr sys"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
