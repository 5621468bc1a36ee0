# open(): the program sees an empty directory, so reading any file fails
# as CPython's does (FileNotFoundError with the platform's errno: 2 on
# Linux, 44 on Emscripten); bad modes and file arguments.
for args in (("missing.txt",), ("data.csv", "r"), ("x.bin", "rb"), ("y", "r+"), ("z", "zz"), ("w", "rw"), (5,), (None,), (b"bytes.txt",), ("", "r")):
    try:
        open(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None) is not None, getattr(e, "filename", None))
try:
    with open("config.ini") as fh:
        print("never")
except FileNotFoundError as e:
    print("with:", e.strerror, e.filename)
open("settings.json")
