def ping(n):
    if n == 0:
        raise ValueError('done')
    pong(n - 1)

def pong(n):
    ping(n)

ping(6)
