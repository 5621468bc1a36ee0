def parse(s):
    return int(s)

def load(s):
    return parse(s)

def load2(s):
    return 1 + parse(s)

try:
    load2('x')
except ValueError:
    import traceback
    traceback.print_exc()
load('abc')
