import traceback
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
traceback.print_exception(a)
print('---')
c = KeyError('c')
c.__cause__ = c
traceback.print_exception(c)
print('---')
raise b
