import sys, traceback
def f(a, b):
    return a + b
def g(d):
    return d['k']
def h():
    raise ValueError('plain')
def m(x):
    return len(
        x)
new = sys.version_info >= (3, 13)
for fn, args in ((f, (1, 'x')), (g, ({},)), (h, ()), (m, (1,))):
    try:
        fn(*args)
    except Exception as e:
        if new:
            for chunk in traceback.format_exception(e, colorize=True):
                print(repr(chunk))
        else:
            print('old')
se = SyntaxError('bad', ('m.py', 2, 3, '  x = = 1\n', 2, 6))
k = KeyError('k')
k.add_note('note')
if new:
    print(traceback.format_exception_only(se, colorize=True))
    print(traceback.format_exception(ExceptionGroup('g', [k, ValueError()]), colorize=True))
    print(traceback.format_exception(se, colorize=True))
