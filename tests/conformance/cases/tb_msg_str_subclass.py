class S(str):
    pass
class E(Exception):
    def __str__(self):
        return S('from a str subclass')
class Empty(Exception):
    def __str__(self):
        return S('')
import traceback
traceback.print_exception(Empty())
raise E()
