try:
    [][1]
except IndexError:
    raise ValueError('no items') from None
