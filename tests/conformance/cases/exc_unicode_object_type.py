# The object attribute set to the wrong type: 3.14 raises TypeError (earlier
# versions read it as if it were right: undefined behaviour, so 3.14 only).
for cls, args in ((UnicodeEncodeError, ('ascii', 'ab', 0, 1, 'r')), (UnicodeTranslateError, ('ab', 0, 1, 'r')), (UnicodeDecodeError, ('utf-8', b'ab', 0, 2, 'r'))):
    e = cls(*args)
    e.object = 5
    try:
        print(str(e))
    except Exception as x:
        print(type(x).__name__, x)
