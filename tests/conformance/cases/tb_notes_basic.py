def f():
    e = ValueError('base')
    e.add_note('first note')
    e.add_note('second note')
    raise e

f()
