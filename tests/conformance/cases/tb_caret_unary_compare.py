import traceback
def neg(x):
    return -x

def cmp(a, b):
    return a < b

for fn, args in ((neg, ('s',)), (cmp, (1, 'a'))):
    try:
        fn(*args)
    except TypeError:
        traceback.print_exc()
cmp([], 1)
