def leaf():
    raise KeyError('leaf')

def rec(n):
    if n:
        rec(n - 1)
    else:
        leaf()

def start():
    rec(7)

start()
