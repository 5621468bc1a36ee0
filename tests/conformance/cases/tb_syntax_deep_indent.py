def outer():
    def inner():
        if True:
            value = {'a': 1,, 'b': 2}
