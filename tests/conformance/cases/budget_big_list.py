# [0] * 10**9: MemoryError (a 32-bit CPython cannot have it; pyexc caps memory).
x = [0] * 10**9
