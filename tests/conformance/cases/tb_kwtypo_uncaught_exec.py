code = "total = 0\nfor n in [1, 2]:\n    total += n\nprnt = 1\nwile total: pass\n"
exec(code)
