# __getattr__, __getattribute__, __setattr__, __delattr__, __call__,
# __getitem__ with slices, and callable().
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)


class Target:
    pass


tg = Target()
tg.value = 1
px = Proxy(tg)
print(px.value)
px.other = 2
print(tg.other)
del px.other
print(hasattr(tg, "other"), px.log)
try:
    px.missing
except AttributeError as e:
    print("AttributeError:", e)


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")


d = Dynamic()
print(d.get_thing(), getattr(d, "get_x")(), hasattr(d, "zzz"), getattr(d, "zzz", "default"))
try:
    d.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Everything:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return f"<{name}>"

    def __getattr__(self, name):
        return f"fallback {name}"


ev = Everything()
print(ev.anything, ev.secret)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)


class Grid:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)


g = Grid()
print(g[1], g[1:2], g[::3], g[1, 2], g[1:2, ::-1], g[...], g["k"])
g[0:5] = "v"
g[1, 2] = 3
try:
    del g[0]
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)


class AttrErrorInProperty:
    @property
    def broken(self):
        return self.nonexistent

    def __getattr__(self, name):
        return f"getattr {name}"


print(AttrErrorInProperty().broken)
ev.x = 1
Dynamic().missing_attr
