# __exit__ raising while an exception is in flight, uncaught: the new
# exception's context is the body's.
class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, typ, val, tb):
        print("release after", typ.__name__)
        raise RuntimeError("release failed")


with Resource():
    {}["missing"]
