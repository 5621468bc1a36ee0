class Bad:
    def __format__(self, spec):
        raise ValueError('no format')

def show(x):
    return f'value: {x:>10}'

show(Bad())
