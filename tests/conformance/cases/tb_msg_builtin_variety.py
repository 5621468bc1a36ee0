import traceback
errs = [OSError(2, 'No such file or directory', 'x.txt'), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
        SystemExit(3), StopIteration(7), AssertionError(), NotImplementedError('todo')]
for e in errs:
    traceback.print_exception(e)
assert 1 == 2, 'math is broken'
