import warnings
def legacy(x):
    warnings.warn(f"legacy({x}) is deprecated", DeprecationWarning, stacklevel=2)
    return x
def api():
    return legacy(1)
api()
api()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("only once")
def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, lineno)
warnings.showwarning = my_show
warnings.warn("custom display")
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else None
warnings.resetwarnings()
warnings.simplefilter("error", UserWarning)
def check(v):
    if v < 0:
        warnings.warn("negative value")
    return v
check(-1)
