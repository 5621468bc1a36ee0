// bench/snippets.mjs: the Python snippets every peer runs, one per feature.
//
// `source` is what pyexc and Pyodide run, as the file FILENAME run by
// `python3 FILENAME` (stdout, then the uncaught traceback on stderr), so
// their output texts can be compared for equality. MicroPython has no
// chaining, notes or groups: `micropython` is the nearest snippet it can
// run and `nearest` says what it does instead (null when it runs `source`
// itself). MicroPython prints its tracebacks with sys.print_exception (on
// stdout), having no `python3 file.py` hook to time.

/** The file name all peers give the snippets (tracebacks name it). */
export const FILENAME = 'bench.py';

const PRINT_EXC = (body) =>
  `import sys\ntry:\n${body.replace(/^/gm, '    ').trimEnd()}\nexcept Exception as e:\n    sys.print_exception(e)\n`;

export const SNIPPETS = [
  {
    name: 'raise+catch',
    what: 'raise in a function, catch, print it',
    source: `\
def f(x):
    raise ValueError(f'bad value: {x!r}')

try:
    f(42)
except ValueError as e:
    print(type(e).__name__, e)
`,
    micropython: null,
    nearest: null,
  },
  {
    name: 'traceback',
    what: 'uncaught error 3 calls deep (traceback text)',
    source: `\
def parse(s):
    return int(s)

def load(items):
    return [parse(s) for s in items]

load(['1', '2', 'x'])
`,
    micropython: null, // filled below
    nearest: 'sys.print_exception',
  },
  {
    name: 'chain from',
    what: 'raise ... from e, uncaught',
    source: `\
class ConfigError(Exception):
    pass

def read(d):
    try:
        return d['port']
    except KeyError as e:
        raise ConfigError('port missing') from e

read({})
`,
    micropython: null,
    nearest: 'sys.print_exception, no __cause__ shown',
  },
  {
    name: 'chain implicit',
    what: 'error while handling another, uncaught',
    source: `\
def cleanup():
    raise RuntimeError('cleanup failed')

try:
    1 / 0
except ZeroDivisionError:
    cleanup()
`,
    micropython: null,
    nearest: 'sys.print_exception, no __context__ shown',
  },
  {
    name: 'notes',
    what: 'add_note() twice, uncaught',
    source: `\
def check(n):
    if n < 0:
        e = ValueError(f'negative: {n}')
        e.add_note('n must be >= 0')
        e.add_note(f'got n = {n}')
        raise e

check(-3)
`,
    micropython: `\
import sys
def check(n):
    if n < 0:
        raise ValueError(f'negative: {n}', 'n must be >= 0', f'got n = {n}')
try:
    check(-3)
except Exception as e:
    sys.print_exception(e)
`,
    nearest: 'no add_note: the notes as args, sys.print_exception',
  },
  {
    name: 'group + except*',
    what: 'ExceptionGroup, except* handles part, rest uncaught',
    source: `\
def work():
    raise ExceptionGroup('work failed', [ValueError(1), TypeError('t'), KeyError('k'), ValueError(2)])

try:
    work()
except* ValueError as eg:
    print('handled', len(eg.exceptions), 'ValueError')
`,
    micropython: `\
import sys
def work():
    return [ValueError(1), TypeError('t'), KeyError('k'), ValueError(2)]
rest = []
n = 0
for e in work():
    try:
        raise e
    except ValueError:
        n += 1
    except Exception as other:
        rest.append(other)
print('handled', n, 'ValueError')
for e in rest:
    sys.print_exception(e)
`,
    nearest: 'no groups: raise/catch each leaf, sys.print_exception the rest',
  },
  {
    name: 'split',
    what: 'split() and subgroup() of a nested group, print reprs',
    source: `\
eg = ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))
print(repr(sub))
`,
    micropython: `\
leaves = [ValueError(1), [TypeError(2), ValueError(3)], KeyError(4)]
def split(xs, cond):
    m, r = [], []
    for x in xs:
        if isinstance(x, list):
            a, b = split(x, cond)
            if a: m.append(a)
            if b: r.append(b)
        elif cond(x):
            m.append(x)
        else:
            r.append(x)
    return m, r
match, rest = split(leaves, lambda e: isinstance(e, ValueError))
print(repr(match))
print(repr(rest))
sub, _ = split(leaves, lambda e: isinstance(e, (KeyError, TypeError)))
print(repr(sub))
`,
    nearest: 'no groups: split nested lists of exceptions',
  },
];

// MicroPython runs the uncaught snippets inside try/except + sys.print_exception.
for (const s of SNIPPETS) {
  if (s.micropython === null && s.nearest) s.micropython = PRINT_EXC(s.source);
}
