class CM:
    def __enter__(self):
        return "res"
    def __exit__(self, *exc):
        raise ValueError("cleanup failed")

with CM() as r:
    print(r)
    1 / 0
