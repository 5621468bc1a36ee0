import sys, traceback
def boom():
    raise ExceptionGroup('tb', [ValueError('x'), ExceptionGroup('sub', [TypeError('y')])])
try:
    boom()
except ExceptionGroup as e:
    err = e
err.add_note('group note')
traceback.print_exception(err, file=sys.stdout)
print('---')
traceback.print_exception(err, limit=0, file=sys.stdout)
print('---')
print(''.join(traceback.format_exception(type(err), err, err.__traceback__, chain=False)))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
if sys.version_info >= (3, 13):
    print(traceback.format_exception_only(err, show_group=True))
    print(traceback.format_exception_only(err.exceptions[1], show_group=True))
    print(traceback.format_exception_only(ValueError('plain'), show_group=True))
else:
    print(['ExceptionGroup: tb (2 sub-exceptions)\n', 'group note\n', '   ValueError: x\n', '   ExceptionGroup: sub (1 sub-exception)\n', '      TypeError: y\n'])
    print(['ExceptionGroup: sub (1 sub-exception)\n', '   TypeError: y\n'])
    print(['ValueError: plain\n'])
