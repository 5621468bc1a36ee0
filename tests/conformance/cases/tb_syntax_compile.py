import traceback
for src in ('x = (', 'def f(:\n    pass', 'if x:\npass', 'a b c', "f'{'"):
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError:
        traceback.print_exc()
