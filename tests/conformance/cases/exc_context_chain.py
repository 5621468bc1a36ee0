# __context__ is set when raising inside except and finally blocks; an
# exception does not become its own context; cycles are cut.
def ctx_chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__context__
    return " <- ".join(out)


try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(ctx_chain(e))
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print(ctx_chain(e))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            raise ValueError("c")
except ValueError as e:
    print(ctx_chain(e))
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise k
except KeyError as e:
    print("re-raise same:", ctx_chain(e))
a = KeyError("A")
b = ValueError("B")
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except ValueError:
            raise a
except KeyError as e:
    print("cycle cut:", ctx_chain(e), "| b.__context__:", repr(b.__context__))
x = RuntimeError("x")
y = RuntimeError("y")
z = RuntimeError("z")
y.__context__ = x
x.__context__ = z
try:
    try:
        raise z
    except RuntimeError:
        raise y
except RuntimeError as e:
    print("long cycle:", ctx_chain(e))
try:
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise ValueError("after handler")
except ValueError as e:
    print("no context after handler:", repr(e.__context__))


def raise_in_function_called_from_except():
    raise TypeError("in callee")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise_in_function_called_from_except()
except TypeError as e:
    print(ctx_chain(e))
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            pass
        finally:
            raise IndexError(2)
except IndexError as e:
    print(ctx_chain(e))
try:
    with open("x") if False else __import__("errno") as m:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
try:
    raise KeyError("outer context")
except KeyError:
    try:
        raise ValueError("with own context") from None
    except ValueError as e:
        print(repr(e.__context__), e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("first")
except ValueError:
    try:
        raise TypeError("second")
    except TypeError:
        pass
    raise IndexError("third")
