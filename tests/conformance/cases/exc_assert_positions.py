# Where each assert statement raises: the carets of 3.11 (the last
# comparison its test branched on, or the statement) and 3.12+ (the test).
import traceback
def show(f):
    try: f()
    except AssertionError: traceback.print_exc()
x = 1
def a1(): assert 1 == 2, 'm'
def a2(): assert x == 2, 'm'
def a3(): assert isinstance(x, str), 'm'
def a4(): assert isinstance(x, str), f"m{x}"
def a5(): assert x == 2
def a6(): assert isinstance(x, str)
def a7(): assert not x, 'm'
def a8(): assert x > 1 and x < 0, 'm'
def a9(): assert x, 'm'
for f in (a1, a2, a3, a4, a5, a6, a7, a8, a9): show(f)
