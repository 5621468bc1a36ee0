# Exceptions and control flow: return/break/continue from except blocks
# through finally, yield in finally, sys.exception() in finally, with
# blocks suppressing inside loops, raise e from e.
import sys
def f1():
    try:
        raise KeyError(1)
    except KeyError:
        return "from except"
    finally:
        print("finally after except-return", sys.exception())
print(f1())
def f2():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
            continue
        finally:
            print("fin", i, repr(sys.exception()))
    return i
print(f2())
def f3():
    try:
        try:
            raise KeyError("a")
        finally:
            return "swallowed"
    finally:
        print("outer sees", sys.exception())
print(f3())
def g():
    try:
        yield 1
    finally:
        yield "in finally"
gen = g()
print(next(gen))
print(gen.send(None))
try:
    next(gen)
except StopIteration:
    print("done")
def g2():
    try:
        yield 1
    finally:
        yield 2
x = g2(); next(x)
try:
    x.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def nested_ctx():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError:
            pass
        return repr(sys.exception())
print(nested_ctx())
def exc_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("else")
    finally:
        print("finally with", repr(sys.exception()))
try:
    exc_in_else()
except KeyError as e:
    print("got", repr(e), e.__context__)
while True:
    try:
        break
    finally:
        print("finally on break out of while True")
def r():
    try:
        return 1
    finally:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
print(r())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0])
        return True
def wr():
    for i in range(3):
        with CM():
            if i == 0:
                continue
            if i == 1:
                raise KeyError
            return "ret"
print(wr())
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e from e
except ValueError as e:
    print(e.__cause__ is e, e.__context__ is e)
