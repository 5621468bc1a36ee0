# len() of a range is a Py_ssize_t: 32 bits on emscripten (3.12+ here), 64 on linux.
r = range(2**40)
try:
    print(len(r))
except OverflowError as e:
    print("OverflowError", e)
print(r[2**39], r[-1], 2**39 in r)
print(len(range(2**31 - 1)))
try:
    print(len(range(-1, 2**31)))
except OverflowError as e:
    print("OverflowError", e)
