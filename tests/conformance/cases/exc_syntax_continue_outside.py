# 'continue' in a function's body outside a loop, after valid code.
def scan(values):
    for v in values:
        print(v)
    if values:
        continue
