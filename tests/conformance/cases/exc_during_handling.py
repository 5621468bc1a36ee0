# An uncaught exception raised while handling another, itself raised while
# handling a third: three tracebacks joined by "During handling...".
def parse(text):
    try:
        return int(text)
    except ValueError:
        return lookup(text)


def lookup(key):
    table = {"one": 1}
    try:
        return table[key]
    except KeyError as e:
        raise RuntimeError(f"cannot interpret {key!r}") from None if key == "quiet" else fallback(e)


def fallback(err):
    raise LookupError("no fallback for " + str(err))


print(parse("12"), parse("one"))
parse("two")
