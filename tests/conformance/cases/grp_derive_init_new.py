class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag='default'):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag='default'):
        super().__init__(message, excs)
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)

t = Tagged('tagged', [ValueError(1), KeyError(2)], tag='T')
print(repr(t), t.args, t.tag)
m, r = t.split(KeyError)
print(repr(m), m.tag, repr(r), r.tag, type(m).__name__)
class Counting(ExceptionGroup):
    derived = 0
    def derive(self, excs):
        Counting.derived += 1
        print('derive', [repr(x) for x in excs], type(excs).__name__)
        return Counting(self.message.upper(), excs)
c = Counting('counting', [ValueError(1), ExceptionGroup('inner', [ValueError(2), TypeError(3)]), Counting('c2', [TypeError(4), ValueError(5)])])
m, r = c.split(ValueError)
print(repr(m))
print(repr(r))
print(Counting.derived)
