import traceback
cause = ValueError('never raised')
try:
    raise RuntimeError('raised') from cause
except RuntimeError as e:
    traceback.print_exc()
    err = e
print(cause.__traceback__)
raise err
