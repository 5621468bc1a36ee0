import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def f():
    warnings.warn("careful")
for i in range(2):
    f()
    old()
warnings.warn("custom", RuntimeWarning)
warnings.warn(UserWarning("instance"))
class MyWarning(UserWarning):
    pass
warnings.warn("mine", MyWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised", repr(e))
warnings.simplefilter("ignore")
f()
warnings.resetwarnings()
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("err", e)
print(warnings.formatwarning("msg", UserWarning, "x.py", 3, "line"))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
warnings.warn("last", SyntaxWarning)
