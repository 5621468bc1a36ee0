# try/except/else/finally: matching by type, tuple and base class, `as`
# binding and its deletion, else only without exception, order of clauses.
def run(exc):
    try:
        print("try", exc.__name__ if exc else None)
        if exc:
            raise exc("boom")
    except (KeyError, IndexError) as e:
        print("tuple handler", type(e).__name__, e)
    except ArithmeticError as e:
        print("base handler", type(e).__name__)
    except ValueError:
        print("plain handler")
    except Exception as e:
        print("Exception handler", type(e).__name__)
    else:
        print("else")
    finally:
        print("finally")


for exc in (None, KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, UnicodeError, TypeError):
    run(exc)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)


def handler_name_deleted():
    e = "before"
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u}"


print(handler_name_deleted())
excs = (TypeError, ValueError)
try:
    int("x")
except excs as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise KeyError("nested tuple")
    except ((KeyError,), IndexError):
        print("nested tuples in except")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (ValueError, "str"):
        print("matched before the bad entry")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except ("str", ValueError):
        print("never")
except TypeError as e:
    print("TypeError:", e)
try:
    raise SystemExit(3)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("never")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")


def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally runs before else's return completes")


print(else_return())
try:
    pass
except Exception:
    pass
else:
    raise ValueError("raised in else")
