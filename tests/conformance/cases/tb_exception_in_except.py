def handler():
    try:
        open_config()
    except NameError as e:
        log(e)

def log(e):
    raise RuntimeError('logging failed')

handler()
