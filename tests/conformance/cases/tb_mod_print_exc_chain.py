import traceback
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError:
    traceback.print_exc()
    traceback.print_exc(chain=False)
    print(traceback.format_exc(chain=False))
