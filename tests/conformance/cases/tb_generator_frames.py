def numbers():
    yield 1
    yield 2
    raise ValueError('generator failed')

def consume():
    total = 0
    for n in numbers():
        total += n
    return total

def outer():
    return sum(x for x in [1, 'a'])

import traceback
try:
    consume()
except ValueError:
    traceback.print_exc()
outer()
