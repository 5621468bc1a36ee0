import traceback
class T:
    alpha = 1
e = AttributeError('custom message', name='alpah', obj=T())
traceback.print_exception(e)
n = NameError('custom name error', name='alpha')
traceback.print_exception(n)
raise e
