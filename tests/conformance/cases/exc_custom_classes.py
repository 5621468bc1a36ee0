# Custom exception classes: extra attributes, overridden __init__/__str__,
# args handling, hierarchies and catching by base class.
class AppError(Exception):
    """Base of the application's errors."""


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code


class WithRepr(AppError):
    def __repr__(self):
        return f"<WithRepr {self.args}>"


e = ValidationError("age", "must be positive")
print(str(e), repr(e), e.args, e.field, isinstance(e, AppError), AppError.__doc__)
n = NoSuperInit(7)
print(repr(n), str(n), n.args, n.code)
w = WithRepr("a", 1)
print(repr(w), str(w), [w])
try:
    raise ValidationError("name", "empty")
except AppError as err:
    print("caught by base:", type(err).__name__, err)
print(AppError.__mro__)
print(issubclass(ValidationError, Exception), ValidationError.__bases__, ValidationError.__name__)


class Multi(KeyError, AppError):
    pass


m = Multi("k")
print(str(m), repr(m), isinstance(m, LookupError), isinstance(m, AppError))


class ArgsOverride(Exception):
    def __init__(self, *args):
        super().__init__("fixed")


print(ArgsOverride(1, 2).args, str(ArgsOverride()))


class Kw(Exception):
    def __init__(self, msg, *, level=0):
        super().__init__(msg)
        self.level = level


k = Kw("with keyword", level=3)
print(k, k.level, k.args)
try:
    Exception(level=1)
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValidationError
except TypeError as err:
    print("TypeError:", err)
e2 = AppError()
print(repr(e2), repr(str(e2)), e2.args)
e3 = AppError("one")
e3.args = ("changed", 2)
print(repr(e3), str(e3))
e4 = AppError("x")
e4.extra = [1, 2]
print(e4.extra, vars(e4))
raise ValidationError("email", "invalid address")
