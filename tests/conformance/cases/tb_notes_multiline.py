import traceback
e = TypeError('t')
e.add_note('line a\nline b')
e.add_note('')
e.add_note('trailing newline\n')
traceback.print_exception(e)
raise e
