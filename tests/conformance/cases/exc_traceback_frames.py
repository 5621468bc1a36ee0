# Traceback entries per frame: nested calls, methods, lambdas, generators,
# comprehensions, class bodies, and the tb_lineno/tb_frame of each entry.
def entries(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append(f"{tb.tb_frame.f_code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return out


class Service:
    def run(self, data):
        return self.parse(data)

    def parse(self, data):
        return [int(x) for x in data]


try:
    Service().run(["1", "x"])
except ValueError as e:
    print(entries(e))
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(entries(e))


def gen():
    yield 1
    raise KeyError("in gen")


try:
    list(gen())
except KeyError as e:
    print(entries(e))
try:
    class Body:
        x = 1 / 0
except ZeroDivisionError as e:
    print(entries(e))
try:
    sorted([3, 1], key=lambda v: v.missing)
except AttributeError as e:
    print(entries(e))


def a():
    b()


def b():
    c()


def c():
    raise RuntimeError("deep")


try:
    a()
except RuntimeError as e:
    print(entries(e))
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_lasti >= 0)
Service().run(["1", "2", "three"])
