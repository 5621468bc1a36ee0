def fail():
    raise KeyError('k')

def call_fail():
    fail()

call_fail()
