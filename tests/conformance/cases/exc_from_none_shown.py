# The uncaught traceback of raise ... from None: the context is hidden, and
# so is the context once __suppress_context__ is set by hand.
class ConfigError(Exception):
    pass


def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise ConfigError(f"missing {key!r}") from None


print(load({"a": 1}, "a"))
try:
    load({}, "b")
except ConfigError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
    e.__suppress_context__ = False
    try:
        raise e
    except ConfigError as again:
        print("context visible again:", again.__context__ is not None)
load({}, "c")
