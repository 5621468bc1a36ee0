# 'x' * 10**10: OverflowError where Py_ssize_t has 32 bits.
x = 'x' * 10**10
