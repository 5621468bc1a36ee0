import traceback
class BadRepr:
    def __repr__(self):
        raise ValueError('no repr')
e = ValueError('v')
e.__notes__ = BadRepr()
traceback.print_exception(e)
raise e
