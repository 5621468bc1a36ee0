class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return et is not None and issubclass(et, self.types)

with Suppress(KeyError):
    {}["missing"]
print("after suppress")
with Suppress(KeyError) as s:
    print(type(s).__name__)
with Suppress(KeyError):
    [][1]
