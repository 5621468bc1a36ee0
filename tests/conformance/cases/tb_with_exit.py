class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise KeyError('exit failed')

def run():
    with CM():
        1 / 0

run()
