# Py_ssize_t bounds: 64 bits on linux, 32 bits on emscripten/wasi (sys.maxsize).
# Subscripts that do not fit are IndexError; repeat counts OverflowError.
import sys
for f in (lambda: 'abc'[2**70], lambda: 'abc'[2**40], lambda: [1][2**40], lambda: (1,)[-2**40],
          lambda: b'ab'[2**70], lambda: bytearray(b'ab')[-2**70], lambda: 'x' * 2**40,
          (lambda: 'x' * 10**10) if sys.maxsize < 2**32 else (lambda: 0), lambda: 'x' * 2**70, lambda: range(2**40)[5], lambda: range(10)[2**40], lambda: int('1', 2**40),
          lambda: 'ab'[:2**40], lambda: 'x' * -2**40, lambda: [1, 2] * -2**70):
    try:
        r = f()
        print('ok', r if not isinstance(r, (str, bytes, list)) else len(r))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.maxsize > 2**32)
