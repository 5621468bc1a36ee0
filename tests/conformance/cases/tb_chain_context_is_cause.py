import traceback
base = OSError('base')
mid = ValueError('mid')
mid.__cause__ = base
top = RuntimeError('top')
top.__cause__ = mid
top.__context__ = base
traceback.print_exception(top)
top.__cause__ = None
top.__suppress_context__ = False
mid.__context__ = top
traceback.print_exception(top)
raise top
