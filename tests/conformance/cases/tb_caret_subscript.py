def lookup(d, key):
    return d[key] + 1

items = [1, 2, 3]
try:
    items[10]
except IndexError:
    import traceback
    traceback.print_exc()
config = {'a': {'b': 1}}
x = lookup(config, 'a')
