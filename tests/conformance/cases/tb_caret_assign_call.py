def parse(s):
    return int(s)

def load():
    value = parse('abc')
    return value

load()
