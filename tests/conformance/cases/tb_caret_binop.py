def add(a, b):
    return a + b

def mixed(a, b, c):
    return a * 2 + b - c

print(add(1, 2))
try:
    mixed(1, 'x', 3)
except TypeError as e:
    print('caught', e)
add(1, None)
