import traceback
try:
    raise ValueError('had tb')
except ValueError as e:
    err = e
print(err.__traceback__ is not None)
traceback.print_exception(err.with_traceback(None))
traceback.print_exception(type(err), err, None)
err.__traceback__ = None
raise err
