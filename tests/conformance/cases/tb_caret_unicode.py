import traceback
def f():
    s = 'héllo wörld' + 1

def g():
    t = '日本語テキスト' + 2

def h():
    return {'ключ': 1}['ключ'] + ['é'][5]

for fn in (f, g, h):
    try:
        fn()
    except Exception:
        traceback.print_exc()
f()
