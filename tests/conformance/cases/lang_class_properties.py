# property (getter/setter/deleter), classmethod, staticmethod, and the
# errors of read-only properties.
class Temperature:
    unit = "C"

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "The temperature in degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(v):
        return v >= -273.15

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.from_f(212).celsius, Temperature.valid(-300), t.valid(0))
print(Temperature.describe(), t.describe())
print(type(Temperature.__dict__["celsius"]).__name__, Temperature.celsius.__doc__)
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)


class Sub(Temperature):
    unit = "K"


print(Sub.describe(), type(Sub.from_f(32)).__name__)


def getx(self):
    return "x"


class Old:
    x = property(getx)
    y = property()


o = Old()
print(o.x)
try:
    o.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.y = 1
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)


class Derived(Base):
    pass


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class Owner:
    first = Named()
    second = Named()


t2 = Temperature(5)
t2.fahrenheit = 3
