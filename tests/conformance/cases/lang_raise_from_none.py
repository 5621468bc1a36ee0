def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None
try:
    get({}, "a")
except LookupError as e:
    print(e, e.__cause__, e.__context__, e.__suppress_context__)
get({}, "b")
