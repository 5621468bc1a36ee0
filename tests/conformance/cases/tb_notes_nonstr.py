import traceback
class BadStr:
    def __str__(self):
        raise ValueError('no')
class Note:
    def __str__(self):
        return 'custom note'
e = KeyError('k')
e.__notes__ = [42, BadStr(), Note(), None]
traceback.print_exception(e)
raise e
