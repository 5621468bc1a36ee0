# Infinite recursion: RecursionError, and the traceback folds the repeats.
def f(): f()
f()
