// tojson.test.mjs: PyException.toJSON(), the exception graph as a tree of
// plain objects a page can draw: its shape for every family of attributes,
// notes, tracebacks, chains, groups, values JSON has no form for, and broken
// str()/repr(); cycles and shared exceptions marked { ref: id } (never
// followed); a walk that stays linear (checked by counting, with the size
// doubled: nodes, str() and repr() calls, output size) and iterative (a
// 100,000-long __context__ chain); memory flat over repeated calls.
//
// The expected trees are what real CPython gives: CASE below, followed by
// ORACLE_WALK (the same walk as src/api/json.c, written in Python) and
// `for name in NAMES: show(name, globals()[name])`, run by
// /work/shared/oracle/oracle.sh --python 3.14 case.py (Pyodide: CPython 3.14
// on emscripten, so PermissionError-like errno classes are emscripten's).
// `node tests/js/tojson.test.mjs --oracle-script` prints that script.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { load, PyError } from '../../bindings/pyexc.mjs';

const CASE = String.raw`def fail(n):
    if n == 0:
        raise KeyError('deep')
    fail(n - 1)

try:
    fail(2)
except KeyError as k:
    try:
        raise ValueError('while handling') from k
    except ValueError as v:
        chained = v

plain = ValueError('plain', 1, 2.5, None, True)
os_err = OSError(13, 'Permission denied', 'a.txt', None, 'b.txt')
syn = SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1', 3, 7))
dec = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
name_err = NameError("name 'x' is not defined", name='x')
attr_err = AttributeError('no', name='y', obj=[1, 2])
exit_ = SystemExit(3)
stop = StopIteration('done')
odd = ValueError(2**70, float('nan'), float('-inf'), b'\x00b', {'k': 1}, [1, [2, (3,)]], 'lone \ud800 é😀')
noted = TypeError('with notes')
noted.add_note('first note')
noted.add_note('second')

class Custom(Exception):
    def __init__(self, code):
        super().__init__(f'custom {code}')
        self.code = code
        self.helper = KeyError('inside')

custom = Custom(7)

a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
shared = IndexError('shared')
g = ExceptionGroup('outer', [a, ExceptionGroup('inner', [shared, b]), shared])
g.__cause__ = shared

class Loud(Exception):
    def __str__(self):
        raise RuntimeError('no str')
    def __repr__(self):
        raise RuntimeError('no repr')

loud = Loud()
`;

const ORACLE_WALK = String.raw`# Reference of PyException.toJSON() in plain CPython (same walk as src/api/json.c).
import json, linecache, math
def to_json(root):
    table = {}      # id(obj) -> [id, parent, slot] (exceptions) or None (containers)
    keep = []
    nodes = []
    def add(o, parent, slot):
        table[id(o)] = (len(nodes), parent, slot) if isinstance(o, BaseException) else None
        keep.append(o)
        if isinstance(o, BaseException): nodes.append(o)
    add(root, -1, -1)
    out = []
    def text(o, f, failed):
        try: return f(o)
        except Exception: return failed
    i = 0
    while i < len(nodes):
        e = nodes[i]
        excs = e.exceptions if isinstance(e, BaseExceptionGroup) else None
        if excs:
            for k, x in enumerate(excs):
                if id(x) not in table: add(x, i, 2 + k)
        if e.__cause__ is not None and id(e.__cause__) not in table: add(e.__cause__, i, 0)
        if e.__context__ is not None and id(e.__context__) not in table: add(e.__context__, i, 1)
        def val(v, depth):
            if v is None or type(v) is bool: return v
            if isinstance(v, BaseException):
                if id(v) in table: return {'ref': table[id(v)][0]}
                add(v, i, -1)
                return {'node': table[id(v)][0]}
            if type(v) is int and abs(v) <= 2**53 - 1: return v
            if type(v) is float and math.isfinite(v): return v
            if type(v) is str: return v
            if type(v) in (list, tuple) and depth < 32 and id(v) not in table:
                add(v, i, -1)
                return items(v, depth)
            return {'type': type(v).__name__, 'repr': text(v, repr, '<repr() failed>')}
        def items(seq, depth):
            return [val(x, depth + 1) for x in seq]
        n = {'id': i, 'type': type(e).__name__,
             'str': text(e, str, '<exception str() failed>'),
             'repr': text(e, repr, '<exception repr() failed>'),
             'args': items(e.args, 0)}
        attrs = {}
        for t in type(e).__mro__:
            if t in (BaseException, object): continue
            for k, d in list(t.__dict__.items()):
                if type(d).__name__ not in ('member_descriptor', 'getset_descriptor'): continue
                if k.startswith('_') or (k == 'exceptions' and excs is not None) or k in attrs: continue
                try: v = getattr(e, k)
                except Exception: continue
                attrs[k] = val(v, 1)
        for k, v in list(vars(e).items()):
            if type(k) is str and k != '__notes__' and k not in attrs: attrs[k] = val(v, 1)
        n['attributes'] = attrs
        notes = getattr(e, '__notes__', None)
        n['notes'] = [] if notes is None else items(notes, 0) if isinstance(notes, (list, tuple)) else [val(notes, 1)]
        tb = []
        t = e.__traceback__
        while t is not None:
            code = t.tb_frame.f_code
            pos = list(code.co_positions())[t.tb_lasti // 2]
            lineno, end_lineno, col, end_col = [-1 if p is None else p for p in pos]
            def ccol(ln, c):
                if c < 0: return -1
                line = linecache.getline(code.co_filename, ln).rstrip('\r\n').encode()
                m = min(c, len(line))
                return len(line[:m].decode(errors='replace')) + (c - m)
            line = linecache.getline(code.co_filename, lineno).rstrip('\r\n') or None
            tb.append({'filename': code.co_filename, 'name': code.co_name, 'lineno': lineno, 'endLineno': end_lineno,
                       'colno': ccol(lineno, col), 'endColno': ccol(end_lineno, end_col), 'line': line})
            t = t.tb_next
        n['traceback'] = tb
        def slot(o, s):
            if o is None: return None
            ent = table[id(o)]
            return {'node': ent[0]} if ent[1] == i and ent[2] == s else {'ref': ent[0]}
        n['cause'] = slot(e.__cause__, 0)
        n['context'] = slot(e.__context__, 1)
        n['suppressContext'] = e.__suppress_context__
        if excs is not None: n['exceptions'] = [slot(x, 2 + k) for k, x in enumerate(excs)]
        out.append(n)
        i += 1
    # link {'node': i} into a tree (as bindings/pyexc.mjs does)
    def link(v):
        if isinstance(v, list): return [link(x) for x in v]
        if isinstance(v, dict) and 'node' in v: return out[v['node']]
        return v
    for n in out:
        n['args'] = link(n['args']); n['notes'] = link(n['notes'])
        n['attributes'] = {k: link(v) for k, v in n['attributes'].items()}
        n['cause'] = link(n['cause']); n['context'] = link(n['context'])
        if 'exceptions' in n: n['exceptions'] = [link(x) for x in n['exceptions']]
    return out[0]
def show(name, e):
    print(name, json.dumps(to_json(e), allow_nan=False))
`;

const NAMES = ['chained', 'plain', 'os_err', 'syn', 'dec', 'name_err', 'attr_err', 'exit_', 'stop', 'odd', 'noted', 'custom', 'g', 'loud'];

if (process.argv.includes('--oracle-script')) {
  process.stdout.write(`${CASE}${ORACLE_WALK}for name in ${JSON.stringify(NAMES)}:\n    show(name, globals()[name])\n`);
  process.exit(0);
}

// What the oracle printed: one `name json` line per exception.
const EXPECTED = Object.fromEntries(String.raw`chained {"id": 0, "type": "ValueError", "str": "while handling", "repr": "ValueError('while handling')", "args": ["while handling"], "attributes": {}, "notes": [], "traceback": [{"filename": "case.py", "name": "<module>", "lineno": 10, "endLineno": 10, "colno": 8, "endColno": 49, "line": "        raise ValueError('while handling') from k"}], "cause": {"id": 1, "type": "KeyError", "str": "'deep'", "repr": "KeyError('deep')", "args": ["deep"], "attributes": {}, "notes": [], "traceback": [{"filename": "case.py", "name": "<module>", "lineno": 7, "endLineno": 7, "colno": 4, "endColno": 11, "line": "    fail(2)"}, {"filename": "case.py", "name": "fail", "lineno": 4, "endLineno": 4, "colno": 4, "endColno": 15, "line": "    fail(n - 1)"}, {"filename": "case.py", "name": "fail", "lineno": 4, "endLineno": 4, "colno": 4, "endColno": 15, "line": "    fail(n - 1)"}, {"filename": "case.py", "name": "fail", "lineno": 3, "endLineno": 3, "colno": 8, "endColno": 30, "line": "        raise KeyError('deep')"}], "cause": null, "context": null, "suppressContext": false}, "context": {"ref": 1}, "suppressContext": true}
plain {"id": 0, "type": "ValueError", "str": "('plain', 1, 2.5, None, True)", "repr": "ValueError('plain', 1, 2.5, None, True)", "args": ["plain", 1, 2.5, null, true], "attributes": {}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
os_err {"id": 0, "type": "ConnectionAbortedError", "str": "[Errno 13] Permission denied: 'a.txt' -> 'b.txt'", "repr": "ConnectionAbortedError(13, 'Permission denied')", "args": [13, "Permission denied"], "attributes": {"errno": 13, "strerror": "Permission denied", "filename": "a.txt", "filename2": "b.txt"}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
syn {"id": 0, "type": "SyntaxError", "str": "invalid syntax (f.py, line 3)", "repr": "SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1', 3, 7))", "args": ["invalid syntax", ["f.py", 3, 5, "x = = 1", 3, 7]], "attributes": {"msg": "invalid syntax", "filename": "f.py", "lineno": 3, "offset": 5, "text": "x = = 1", "end_lineno": 3, "end_offset": 7, "print_file_and_line": null}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
dec {"id": 0, "type": "UnicodeDecodeError", "str": "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "repr": "UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 1, 'invalid start byte')", "args": ["utf-8", {"type": "bytes", "repr": "b'\\xff\\xfe'"}, 0, 1, "invalid start byte"], "attributes": {"encoding": "utf-8", "object": {"type": "bytes", "repr": "b'\\xff\\xfe'"}, "start": 0, "end": 1, "reason": "invalid start byte"}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
name_err {"id": 0, "type": "NameError", "str": "name 'x' is not defined", "repr": "NameError(\"name 'x' is not defined\")", "args": ["name 'x' is not defined"], "attributes": {"name": "x"}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
attr_err {"id": 0, "type": "AttributeError", "str": "no", "repr": "AttributeError('no')", "args": ["no"], "attributes": {"name": "y", "obj": [1, 2]}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
exit_ {"id": 0, "type": "SystemExit", "str": "3", "repr": "SystemExit(3)", "args": [3], "attributes": {"code": 3}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
stop {"id": 0, "type": "StopIteration", "str": "done", "repr": "StopIteration('done')", "args": ["done"], "attributes": {"value": "done"}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
odd {"id": 0, "type": "ValueError", "str": "(1180591620717411303424, nan, -inf, b'\\x00b', {'k': 1}, [1, [2, (3,)]], 'lone \\ud800 \u00e9\ud83d\ude00')", "repr": "ValueError(1180591620717411303424, nan, -inf, b'\\x00b', {'k': 1}, [1, [2, (3,)]], 'lone \\ud800 \u00e9\ud83d\ude00')", "args": [{"type": "int", "repr": "1180591620717411303424"}, {"type": "float", "repr": "nan"}, {"type": "float", "repr": "-inf"}, {"type": "bytes", "repr": "b'\\x00b'"}, {"type": "dict", "repr": "{'k': 1}"}, [1, [2, [3]]], "lone \ud800 \u00e9\ud83d\ude00"], "attributes": {}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
noted {"id": 0, "type": "TypeError", "str": "with notes", "repr": "TypeError('with notes')", "args": ["with notes"], "attributes": {}, "notes": ["first note", "second"], "traceback": [], "cause": null, "context": null, "suppressContext": false}
custom {"id": 0, "type": "Custom", "str": "custom 7", "repr": "Custom('custom 7')", "args": ["custom 7"], "attributes": {"code": 7, "helper": {"id": 1, "type": "KeyError", "str": "'inside'", "repr": "KeyError('inside')", "args": ["inside"], "attributes": {}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}
g {"id": 0, "type": "ExceptionGroup", "str": "outer (3 sub-exceptions)", "repr": "ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [IndexError('shared'), TypeError('b')]), IndexError('shared')])", "args": ["outer", [{"ref": 1}, {"ref": 2}, {"ref": 3}]], "attributes": {"message": "outer"}, "notes": [], "traceback": [], "cause": {"ref": 3}, "context": null, "suppressContext": true, "exceptions": [{"id": 1, "type": "ValueError", "str": "a", "repr": "ValueError('a')", "args": ["a"], "attributes": {}, "notes": [], "traceback": [], "cause": null, "context": {"id": 4, "type": "TypeError", "str": "b", "repr": "TypeError('b')", "args": ["b"], "attributes": {}, "notes": [], "traceback": [], "cause": null, "context": {"ref": 1}, "suppressContext": false}, "suppressContext": false}, {"id": 2, "type": "ExceptionGroup", "str": "inner (2 sub-exceptions)", "repr": "ExceptionGroup('inner', [IndexError('shared'), TypeError('b')])", "args": ["inner", [{"ref": 3}, {"ref": 4}]], "attributes": {"message": "inner"}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false, "exceptions": [{"ref": 3}, {"ref": 4}]}, {"id": 3, "type": "IndexError", "str": "shared", "repr": "IndexError('shared')", "args": ["shared"], "attributes": {}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}]}
loud {"id": 0, "type": "Loud", "str": "<exception str() failed>", "repr": "<exception repr() failed>", "args": [], "attributes": {}, "notes": [], "traceback": [], "cause": null, "context": null, "suppressContext": false}`.split('\n').map((line) => {
  const i = line.indexOf(' ');
  return [line.slice(0, i), JSON.parse(line.slice(i + 1))];
}));

// Runs source (as case.py) and returns the values of the given expressions.
function pyValues(py, source, exprs) {
  const r = py.run(`${source}\nraise Exception(${exprs.join(', ')})\n`, { filename: 'case.py', fresh: true });
  assert.equal(r.exception?.type, 'Exception', r.stderr);
  const values = r.exception.args;
  r.exception.dispose();
  return values;
}

// Every node of a toJSON() tree, found iteratively; checks that each id is
// in full once and that every { ref } names one of them.
function nodesOf(tree) {
  const byId = new Map(), refs = [], stack = [tree];
  const visitValue = (v) => {
    if (Array.isArray(v)) v.forEach(visitValue);
    else if (v && typeof v === 'object') {
      if (v.ref !== undefined) refs.push(v.ref);
      else if (v.id !== undefined) stack.push(v);
    }
  };
  while (stack.length) {
    const n = stack.pop();
    assert.ok(!byId.has(n.id), `node ${n.id} is in full once`);
    byId.set(n.id, n);
    for (const v of [n.cause, n.context, ...(n.exceptions ?? []), ...n.args, ...n.notes, ...Object.values(n.attributes)]) {
      visitValue(v);
    }
  }
  for (const r of refs) assert.ok(byId.has(r), `ref ${r} names a node`);
  return byId;
}

describe('toJSON() against CPython (3.14, emscripten)', () => {
  let py, objs;
  before(async () => {
    py = await load({ python: '3.14', platform: 'emscripten' });
    objs = pyValues(py, CASE, NAMES);
  });
  after(() => {
    objs.forEach((o) => o.dispose());
    py.close();
  });

  for (const [i, name] of NAMES.entries()) {
    test(`${name}: the same tree as CPython gives`, () => {
      const tree = objs[i].toJSON();
      assert.deepEqual(tree, EXPECTED[name]);
      nodesOf(tree);
    });
  }

  test('the shape: keys of a node, of a frame; JSON.stringify(e) uses it', () => {
    const tree = objs[NAMES.indexOf('chained')].toJSON();
    assert.deepEqual(Object.keys(tree), ['id', 'type', 'str', 'repr', 'args', 'attributes', 'notes', 'traceback',
      'cause', 'context', 'suppressContext']);
    assert.deepEqual(Object.keys(tree.traceback[0]), ['filename', 'name', 'lineno', 'endLineno', 'colno', 'endColno', 'line']);
    // the cause's traceback, outermost first: fail(2) -> fail(1) -> fail(0) raising
    assert.deepEqual(tree.cause.traceback.map((f) => [f.name, f.lineno]), [['<module>', 7], ['fail', 4], ['fail', 4], ['fail', 3]]);
    assert.deepEqual(tree.context, { ref: 1 });   // __context__ is the cause too: marked, not repeated
    const g = objs[NAMES.indexOf('g')];
    assert.equal(JSON.stringify(g), JSON.stringify(g.toJSON()));
    assert.deepEqual(Object.keys(g.toJSON()).slice(-1), ['exceptions']);
  });

  test('the same exceptions as .traceback, .notes, .args read one by one', () => {
    const chained = objs[NAMES.indexOf('chained')], noted = objs[NAMES.indexOf('noted')];
    assert.deepEqual(chained.toJSON().traceback, chained.traceback);
    assert.deepEqual(noted.toJSON().notes, noted.notes);
    const plain = objs[NAMES.indexOf('plain')];
    assert.deepEqual(plain.toJSON().args, [...plain.args]);
  });
});

describe('toJSON() cycles and sharing', () => {
  let py;
  before(async () => { py = await load(); });
  after(() => py.close());

  test('an exception that is its own context, a two-cycle, a group holding one exception twice', () => {
    const [self, a, g] = pyValues(py, `
self = ValueError('me')
self.__context__ = self
a = KeyError('a')
b = KeyError('b')
a.__cause__ = b
b.__cause__ = a
x = TypeError('x')
g = ExceptionGroup('twice', [x, x, ExceptionGroup('in', [x])])
x.__context__ = g
`, ['self', 'a', 'g']);
    const t1 = self.toJSON();
    assert.equal(t1.id, 0);
    assert.deepEqual(t1.context, { ref: 0 });
    const t2 = a.toJSON();
    assert.equal(t2.cause.repr, "KeyError('b')");
    assert.deepEqual(t2.cause.cause, { ref: 0 });
    assert.deepEqual(t2.cause.context, null);
    const t3 = g.toJSON();
    assert.equal(t3.exceptions[0].repr, "TypeError('x')");
    assert.deepEqual(t3.exceptions[1], { ref: 1 });
    assert.deepEqual(t3.exceptions[2].exceptions, [{ ref: 1 }]);
    assert.deepEqual(t3.exceptions[0].context, { ref: 0 });
    assert.equal(nodesOf(t3).size, 3);
    assert.doesNotThrow(() => JSON.stringify(t3));
    [self, a, g].forEach((o) => o.dispose());
  });

  test('a 100,000-long __context__ chain: no recursion limit on either side', () => {
    const [e] = pyValues(py, `
e = ValueError(0)
for i in range(1, 100_000):
    x = ValueError(i)
    x.__context__ = e
    e = x
`, ['e']);
    const tree = e.toJSON();
    let n = 0, last;
    for (let x = tree; x; x = x.context) {
      assert.equal(x.id, n);
      n++;
      last = x;
    }
    assert.equal(n, 100_000);
    assert.equal(last.repr, 'ValueError(0)');
    e.dispose();
  });

  test('toJSON() of a disposed exception is a ReferenceError', () => {
    const e = py.new('ValueError', 1);
    e.dispose();
    assert.throws(() => e.toJSON(), (err) => err instanceof PyError && err.type === 'ReferenceError');
  });
});

describe('toJSON() is linear', () => {
  // Groups nested three deep (10 x 10 x per leaves). Leaf counts its str()
  // and repr() calls: toJSON takes each leaf's str once and its repr once,
  // and each of the three groups above it takes it once more for its own
  // repr, so doubling the leaves must double the calls exactly: no per-node
  // work that grows with the graph.
  const SOURCE = `
calls = {'str': 0, 'repr': 0}
class Leaf(ValueError):
    def __str__(self):
        calls['str'] += 1
        return 'leaf'
    def __repr__(self):
        calls['repr'] += 1
        return 'Leaf()'

def build(per):
    return ExceptionGroup('top', [
        ExceptionGroup(f'mid {a}', [ExceptionGroup(f'low {a}.{b}', [Leaf() for c in range(per)]) for b in range(10)])
        for a in range(10)])
`;

  test('doubling the leaves doubles the nodes, the str()/repr() calls and the output', async () => {
    const py = await load();
    try {
      py.run(SOURCE, { filename: 'lin.py' });
      const measure = (per) => {
        const r = py.run(`g = build(${per})\ncalls['str'] = calls['repr'] = 0\nraise Exception(g)`);
        const [g] = r.exception.args;
        r.exception.dispose();
        const tree = g.toJSON();
        const counted = py.run("raise Exception(calls['str'], calls['repr'])");
        const [strCalls, reprCalls] = counted.exception.args;
        counted.exception.dispose();
        g.dispose();
        return { nodes: nodesOf(tree).size, strCalls, reprCalls, size: JSON.stringify(tree).length };
      };
      const a = measure(50), b = measure(100);      // 5,000 and 10,000 leaves
      assert.deepEqual(a, { ...a, nodes: 5000 + 111, strCalls: 5000, reprCalls: 4 * 5000 });
      assert.deepEqual(b, { ...b, nodes: 10000 + 111, strCalls: 10000, reprCalls: 4 * 10000 });
      const ratio = b.size / a.size;
      assert.ok(ratio > 1.9 && ratio < 2.05, `output size ratio ${ratio}`);
    } finally {
      py.close();
    }
  });

  test('1,000 toJSON() calls keep the heap flat', async () => {
    const py = await load();
    try {
      const [g] = pyValues(py, `
def f():
    raise KeyError('k')
try:
    f()
except KeyError as k:
    e = OSError(2, 'x', 'f.txt')
    e.add_note('n')
    key = k
g = ExceptionGroup('g', [e, ValueError([1, 2**80, b'x', {'a': e}]), ExceptionGroup('n', [key])])
g.__context__ = g
`, ['g']);
      const once = JSON.stringify(g.toJSON());
      for (let i = 0; i < 100; i++) g.toJSON();
      const before = py.memory();
      for (let i = 0; i < 1000; i++) {
        if (i % 250 === 0) assert.equal(JSON.stringify(g.toJSON()), once);
        else g.toJSON();
      }
      const after = py.memory();
      assert.equal(after.inUse, before.inUse);
      assert.equal(after.heapSize, before.heapSize);
      assert.equal(after.objects, 1);
      g.dispose();
    } finally {
      py.close();
    }
  });
});
