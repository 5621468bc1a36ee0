def bad_decorator(fn):
    raise RuntimeError('decorator failed')

class Base:
    pass

@bad_decorator
def decorated():
    pass
