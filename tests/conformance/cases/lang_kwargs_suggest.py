# Keyword argument errors: misspelled keywords (3.13+ suggest the
# parameter in the message), positional-only names, keyword-only misses.
def connect(host, port=80, *, timeout=10, retries=3):
    return host, port, timeout, retries


def positional(a, b, /, scale=1):
    return (a + b) * scale


for call in (lambda: connect("h", prot=1), lambda: connect("h", timout=1), lambda: connect("h", retry=1),
             lambda: connect("h", zzzzzz=1), lambda: connect(hots="h"), lambda: positional(1, 2, scal=3),
             lambda: positional(1, b=2), lambda: connect("h", 1, 2), lambda: connect()):
    try:
        call()
    except TypeError as e:
        print(e)
print(connect("h", timeout=1), positional(1, 2, scale=3))
connect("example.org", 443, timeot=5)
