def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def a(n): return b(n)
def b(n): return a(n)
a(0)
