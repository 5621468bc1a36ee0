# Evaluation order of augmented assignment on subscripts and attributes,
# observed through __getitem__/__setitem__/__getattr__/__setattr__.
log = []


class Tracer:
    def __init__(self):
        object.__setattr__(self, "data", {"a": 1})

    def __getitem__(self, key):
        log.append(("get", key))
        return self.data[key]

    def __setitem__(self, key, value):
        log.append(("set", key, value))
        self.data[key] = value

    def __delitem__(self, key):
        log.append(("del", key))
        del self.data[key]

    def __getattr__(self, name):
        log.append(("getattr", name))
        return self.data[name]

    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        self.data[name] = value


def key(k):
    log.append(("key", k))
    return k


def obj(o):
    log.append("obj")
    return o


t = Tracer()
obj(t)[key("a")] += 10
print(log)
log.clear()
obj(t).a += 5
print(log)
log.clear()
obj(t)[key("b")] = obj(t)[key("a")] * 2
print(log)
log.clear()
del obj(t)[key("b")]
print(log, t.data)
log.clear()
try:
    obj(t)[key("missing")] += 1
except KeyError as e:
    print("KeyError", e, log)
log.clear()
try:
    obj(t).nope -= 1
except KeyError as e:
    print("KeyError", e, log)


class Num:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self

    def __add__(self, other):
        print("add", other)
        return Num(self.v + other)

    def __radd__(self, other):
        print("radd", other)
        return Num(other + self.v)

    def __repr__(self):
        return f"Num({self.v})"


a = Num(1)
b = a
a += 2
print(a, b, a is b)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)

    def __repr__(self):
        return f"OnlyAdd({self.v})"


c = OnlyAdd(1)
d = c
c += 1
print(c, d, c is d)
e = 5
e += Num(1)
print(e)
