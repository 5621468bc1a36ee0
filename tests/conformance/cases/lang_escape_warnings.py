# invalid escape sequences: SyntaxWarning at compile time (3.12+)
path = "C:\data\new"
pattern = "\d+\.\d+"
both = "\y" "\z"
raw = r"\d is fine"
ok = "\\d \n \t \x41 \u0041 \101"
multi = """first line
second \q line"""
data = b"\d\e"
octal = "\777 \400"
fmt = f"{path!r:>5} \s"
def inner():
    return "\m"
print(len(path), pattern, both, raw, ok, multi, data, octal, fmt, inner())
