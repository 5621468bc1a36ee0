# KeyboardInterrupt with a message, caught and re-raised from a handler.
try:
    raise KeyboardInterrupt("stop")
except KeyboardInterrupt as e:
    print(repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise ValueError("before")
except ValueError:
    raise KeyboardInterrupt("during handling")
