class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(42, 'broken')
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad') from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('v') from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('cleanup', i)
    return i
print(g())
try:
    pass
except Exception:
    print('no')
else:
    print('else runs')
finally:
    print('finally too')
import sys
try:
    raise KeyError('x')
except KeyError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
print(sys.exception())
e = ValueError('note me')
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    raise e
except ValueError as err:
    print(err is e, err.__traceback__ is not None)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(e)
