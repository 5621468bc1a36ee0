// examples.mjs: the examples menu, after the "Built-in Exceptions" page
// (exception chaining, notes, groups, derive(), except*, OSError's errno
// mapping). Each runs under pyexc for every version it is offered for.

export const EXAMPLES = [
  {
    id: 'raise-from',
    title: 'raise … from (explicit cause)',
    code: `def parse(text):
    return int(text)

def load(rows):
    try:
        return [parse(r) for r in rows]
    except ValueError as e:
        raise RuntimeError('bad input') from e

load(['1', 'two'])
`,
  },
  {
    id: 'context',
    title: 'Implicit context (during handling)',
    code: `config = {'debug': True}

try:
    level = config['verbosity']
except KeyError:
    level = int('loud')
`,
  },
  {
    id: 'from-none',
    title: 'raise … from None (suppressed context)',
    code: `class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

r = Record(id=7)
print(r.id)
print(r.name)
`,
  },
  {
    id: 'add-note',
    title: 'add_note() and __notes__',
    code: `def check(order):
    if order['qty'] <= 0:
        raise ValueError(f"quantity must be positive, got {order['qty']}")

orders = [{'id': 1, 'qty': 2}, {'id': 2, 'qty': 0}]
for order in orders:
    try:
        check(order)
    except ValueError as e:
        e.add_note(f"while checking order {order['id']}")
        e.add_note('hint: fix the quantity and retry')
        raise
`,
  },
  {
    id: 'group',
    title: 'ExceptionGroup (nested)',
    code: `errors = [
    ValueError('bad value'),
    TypeError('bad type'),
    ExceptionGroup('inner', [KeyError('k'), ValueError('worse value')]),
]
raise ExceptionGroup('several things failed', errors)
`,
  },
  {
    id: 'mygroup',
    title: 'MyGroup.derive() with split()',
    code: `class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)

e = MyGroup("eg", [ValueError(1), TypeError(2)])
e.add_note("a note")
e.__context__ = Exception("context")
e.__cause__ = Exception("cause")
try:
    raise e
except Exception as e:
    exc = e

match, rest = exc.split(ValueError)
print(exc, exc.__context__, exc.__cause__, exc.__notes__)
print(repr(match), match.__context__, match.__cause__, match.__notes__)
print(repr(rest), rest.__context__, rest.__cause__, rest.__notes__)
print(exc.__traceback__ is match.__traceback__ is rest.__traceback__)
raise exc
`,
  },
  {
    id: 'errors',
    title: 'Errors: a group with __new__ and exit_code',
    code: `class Errors(ExceptionGroup):
    def __new__(cls, errors, exit_code):
        self = super().__new__(Errors, f"exit code: {exit_code}", errors)
        self.exit_code = exit_code
        return self

    def derive(self, excs):
        return Errors(excs, self.exit_code)

errs = Errors([OSError(13, 'Permission denied', 'a.txt'), ValueError('x')], 3)
match, rest = errs.split(OSError)
print(repr(match), match.exit_code)
print(repr(rest), rest.exit_code)
raise errs
`,
  },
  {
    id: 'except-star',
    title: 'except* handles parts of a group',
    code: `def work():
    raise ExceptionGroup('batch', [
        ValueError('a'), TypeError('b'), ValueError('c'), KeyError('d'),
    ])

try:
    work()
except* ValueError as eg:
    print('ValueErrors:', eg.exceptions)
except* TypeError as eg:
    print('TypeErrors:', eg.exceptions)
`,
  },
  {
    id: 'oserror',
    title: 'OSError picks its subclass by errno',
    code: `import errno

e = OSError(errno.ENOENT, 'No such file or directory', 'x.txt')
print(type(e).__name__, isinstance(e, FileNotFoundError))
print(e.errno, e.strerror, e.filename)

for code in (errno.EACCES, errno.EEXIST, errno.ETIMEDOUT, 12345):
    print(code, type(OSError(code, 'msg')).__name__)

raise OSError(2, 'No such file or directory', 'x.txt')
`,
  },
  {
    id: 'traceback-deep',
    title: 'Traceback through calls',
    code: `def average(values):
    return sum(values) / len(values)

def report(groups):
    return {name: average(v) for name, v in groups.items()}

print(report({'a': [1, 2, 3]}))
print(report({'a': [1], 'b': []}))
`,
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
