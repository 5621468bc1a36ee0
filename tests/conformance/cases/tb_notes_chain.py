try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        e.add_note('inner note')
        raise
except ValueError as e:
    err = TypeError('outer')
    err.add_note('outer note')
    raise err from e
