class Errors(ExceptionGroup):
   def __new__(cls, errors, exit_code):
      self = super().__new__(Errors, f"exit code: {exit_code}", errors)
      self.exit_code = exit_code
      return self

   def derive(self, excs):
      return Errors(excs, self.exit_code)

e = Errors([ValueError(1), TypeError(2)], 3)
print(type(e).__name__, repr(e), str(e), e.exit_code, e.args, e.message)
m, r = e.split(TypeError)
print(repr(m), m.exit_code, repr(r), r.exit_code)
class NoDerive(ExceptionGroup):
    def __new__(cls, errors, code):
        self = super().__new__(cls, f'code {code}', errors)
        self.code = code
        return self
n = NoDerive([ValueError(1), TypeError(2)], 7)
print(repr(n), n.args)
m, r = n.split(ValueError)
print(type(m).__name__, repr(m), hasattr(m, 'code'))
class InitOnly(ExceptionGroup):
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
        self.extra = extra
try:
    InitOnly('m', [ValueError()], 'x')
except TypeError as err:
    print('TypeError |', err)
raise e
