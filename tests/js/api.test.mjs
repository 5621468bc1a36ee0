// api.test.mjs: the JS API of bindings/pyexc.mjs: load(), marshaling both
// ways, keyword arguments, tuples, big ints, bytes, the shape of PyError,
// isinstance/isSubclass, exception groups, errors for unknown classes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { readFileSync } from 'node:fs';
import {
  load, PyError, PyObject, PyException, PyExceptionGroup, PyRuntime, PyTuple, PyKwargs, PyFloat,
  disposeSymbol, pythons, platforms, VERSION,
} from '../../bindings/pyexc.mjs';

// Runs f(error) on the PyError that fn throws, then disposes its exception.
function pyThrows(fn, type, message) {
  let caught;
  assert.throws(fn, (err) => {
    caught = err;
    return err instanceof PyError;
  });
  try {
    assert.equal(caught.type, type);
    if (message instanceof RegExp) assert.match(caught.message, message);
    else if (message !== undefined) assert.equal(caught.message, message);
  } finally {
    caught.exception?.dispose();
  }
  return caught;
}

describe('load()', () => {
  test('defaults to Python 3.14 on linux', async () => {
    const py = await load();
    assert.ok(py instanceof PyRuntime);
    assert.equal(py.python, '3.14');
    assert.equal(py.platform, 'linux');
    assert.equal(py.closed, false);
    py.close();
    assert.equal(py.closed, true);
  });

  test('every profile loads and reports itself', async () => {
    assert.deepEqual([...pythons], ['3.11', '3.12', '3.13', '3.14']);
    assert.deepEqual([...platforms], ['linux', 'emscripten', 'wasi']);
    for (const python of pythons) {
      for (const platform of platforms) {
        const py = await load({ python, platform });
        assert.equal(py.python, python);
        assert.equal(py.platform, platform);
        assert.equal(inspect(py), `[PyRuntime Python ${python} ${platform}]`);
        py.close();
      }
    }
  });

  test('an unknown profile is a RangeError, a wrong type a TypeError', async () => {
    await assert.rejects(load({ python: '3.10' }), (e) => e instanceof RangeError && /unknown profile: python 3\.10, platform linux/.test(e.message));
    await assert.rejects(load({ platform: 'windows' }), (e) => e instanceof RangeError && /platform windows/.test(e.message));
    await assert.rejects(load({ python: ['3.14'] }), TypeError);
    await assert.rejects(load({ platform: 3 }), TypeError);
  });

  test('accepts the wasm as wasmBinary, or as a compiled wasmModule', async () => {
    const bytes = readFileSync(new URL('../../dist/pyexc-core.wasm', import.meta.url));
    const a = await load({ wasmBinary: bytes, python: '3.12' });
    assert.equal(a.new('ValueError', 1).repr(), 'ValueError(1)');
    a.close();
    const b = await load({ wasmModule: await WebAssembly.compile(bytes), platform: 'emscripten' });
    assert.equal(b.new('OSError', 2, 'x').type, 'PermissionError');
    b.close();
  });

  test('each load() is an independent runtime', async () => {
    const linux = await load({ platform: 'linux' });
    const ems = await load({ python: '3.12', platform: 'emscripten' });
    const a = linux.new('OSError', 2, 'No such file or directory', 'a.txt');
    const b = ems.new('OSError', 2, 'No such file or directory', 'a.txt');
    assert.equal(a.type, 'FileNotFoundError');
    assert.equal(b.type, 'PermissionError');
    linux.close();
    assert.equal(b.str(), "[Errno 2] No such file or directory: 'a.txt'", 'closing one runtime leaves the other working');
    b.dispose();
    ems.close();
    assert.equal(VERSION, JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});

describe('py.new and PyException', () => {
  let py;
  before(async () => { py = await load(); });
  after(() => py.close());

  test('type, str, repr, args', () => {
    const e = py.new('ValueError', 'bad value', 42);
    assert.ok(e instanceof PyException && e instanceof PyObject);
    assert.ok(!(e instanceof PyExceptionGroup));
    assert.equal(e.type, 'ValueError');
    assert.equal(e.str(), "('bad value', 42)");
    assert.equal(e.repr(), "ValueError('bad value', 42)");
    assert.deepEqual(e.args, ['bad value', 42]);
    assert.ok(Object.isFrozen(e.args), 'args is a tuple: a frozen array');
    assert.equal(`${e}`, "('bad value', 42)", 'toString is str()');
    assert.equal(inspect(e), "[PyException ValueError('bad value', 42)]");
    e.dispose();
  });

  test('OSError picks its subclass from errno per platform, with attributes', () => {
    const e = py.new('OSError', 2, 'No such file or directory', 'a.txt');
    assert.equal(e.type, 'FileNotFoundError');
    assert.equal(e.str(), "[Errno 2] No such file or directory: 'a.txt'");
    assert.deepEqual(e.args, [2, 'No such file or directory']);
    assert.equal(e.get('errno'), 2);
    assert.equal(e.get('strerror'), 'No such file or directory');
    assert.equal(e.get('filename'), 'a.txt');
    assert.equal(e.get('filename2'), null);
    e.dispose();
  });

  test('JS to Python: null, booleans, numbers, strings', () => {
    const e = py.new('Exception', null, true, false, 0, -7, 1.5, -0, NaN, Infinity, -Infinity, 'it\'s', '');
    assert.equal(e.repr(), `Exception(None, True, False, 0, -7, 1.5, -0.0, nan, inf, -inf, "it's", '')`);
    e.dispose();
  });

  test('JS to Python: integral numbers are ints at any size, py.float() makes a float', () => {
    const e = py.new('Exception', 2 ** 53, -(2 ** 53), 2 ** 60, 1e20, py.float(2), py.float(-0), py.float(1e16));
    assert.equal(e.repr(), 'Exception(9007199254740992, -9007199254740992, 1152921504606846976, 100000000000000000000, 2.0, -0.0, 1e+16)');
    e.dispose();
    assert.throws(() => py.float('1'), TypeError);
    assert.ok(py.float(1) instanceof PyFloat);
  });

  test('JS to Python: bigints become ints, beyond int64 too', () => {
    const big = 2n ** 100n;
    const e = py.new('Exception', 0n, -5n, 2n ** 63n - 1n, -(2n ** 63n), big, -big);
    assert.equal(e.repr(), `Exception(0, -5, 9223372036854775807, -9223372036854775808, ${big}, -${big})`);
    e.dispose();
  });

  test('Python to JS: ints are numbers within ±(2**53-1), BigInt beyond', () => {
    const e = py.new('Exception', 2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n, -(10n ** 30n), 5n);
    assert.deepEqual(e.args, [2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n, -(10n ** 30n), 5]);
    e.dispose();
  });

  test('Python to JS: floats, bools, None', () => {
    const e = py.new('Exception', 0.1, -0, NaN, py.float(3), true, null);
    const [a, b, c, d, t, n] = e.args;
    assert.equal(a, 0.1);
    assert.ok(Object.is(b, -0));
    assert.ok(Number.isNaN(c));
    assert.equal(d, 3);
    assert.equal(t, true);
    assert.equal(n, null);
    e.dispose();
  });

  test('strings round-trip: unicode, NUL, astral and lone surrogates', () => {
    for (const s of ['', 'plain', 'café ☃ 中文', '😀', 'a\0b', '\ud800', 'x\udcffy', '\udc00\ud800', 'é'.repeat(5000)]) {
      const e = py.new('Exception', s);
      assert.equal(e.args[0], s);
      assert.equal(e.str(), s);
      e.dispose();
    }
    const e = py.new('Exception', '\ud800', '\u200b', '😀');
    assert.equal(e.repr(), "Exception('\\ud800', '\\u200b', '😀')");
    e.dispose();
  });

  test('bytes: Uint8Array (and Buffer) in, Uint8Array out', () => {
    const e = py.new('Exception', new Uint8Array([0, 255, 34, 39]), Buffer.from('ab'), new Uint8Array(0));
    assert.equal(e.repr(), `Exception(b'\\x00\\xff"\\'', b'ab', b'')`);
    const [a, b, c] = e.args;
    assert.ok(a instanceof Uint8Array);
    assert.deepEqual([...a], [0, 255, 34, 39]);
    assert.deepEqual([...b], [97, 98]);
    assert.equal(c.length, 0);
    e.dispose();
    const d = py.new('UnicodeDecodeError', 'utf-8', new Uint8Array([0xff]), 0, 1, 'invalid start byte');
    assert.deepEqual([...d.get('object')], [0xff]);
    assert.equal(d.str(), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    d.dispose();
  });

  test('arrays are lists, py.tuple() tuples (frozen arrays out), Maps dicts', () => {
    assert.ok(py.tuple(1, 2) instanceof PyTuple);
    const e = py.new('Exception', [1, [2, 'x']], py.tuple(), py.tuple(1), py.tuple(1, [2]), new Map([['k', py.tuple(1)], [3, null]]), []);
    assert.equal(e.repr(), "Exception([1, [2, 'x']], (), (1,), (1, [2]), {'k': (1,), 3: None}, [])");
    const [list, t0, t1, t2, dict, empty] = e.args;
    assert.deepEqual(list, [1, [2, 'x']]);
    assert.equal(Object.isFrozen(list), false);
    assert.deepEqual([t0, t1, t2], [[], [1], [1, [2]]]);
    assert.ok(Object.isFrozen(t0) && Object.isFrozen(t1) && Object.isFrozen(t2));
    assert.equal(Object.isFrozen(t2[1]), false, 'the list inside the tuple stays a list');
    assert.ok(dict instanceof Map);
    assert.deepEqual([...dict], [['k', [1]], [3, null]]);
    assert.deepEqual(empty, []);
    e.dispose();
  });

  test('SyntaxError details from a tuple', () => {
    const e = py.new('SyntaxError', 'invalid syntax', py.tuple('dir/app.py', 3, 5, 'x = = 1\n'));
    assert.equal(e.str(), 'invalid syntax (app.py, line 3)');
    assert.equal(e.get('lineno'), 3);
    assert.equal(e.get('offset'), 5);
    assert.equal(e.get('text'), 'x = = 1\n');
    assert.equal(e.get('end_lineno'), null);
    e.dispose();
  });

  test('exceptions as arguments, and read back as PyException wrappers', () => {
    const inner = py.new('ValueError', 'inner');
    const e = py.new('Exception', inner);
    assert.equal(e.str(), 'inner');
    assert.equal(e.repr(), "Exception(ValueError('inner'))");
    const [back] = e.args;
    assert.ok(back instanceof PyException);
    assert.notEqual(back, inner, 'a new wrapper, with its own reference');
    assert.equal(back.repr(), "ValueError('inner')");
    inner.dispose();
    assert.equal(back.str(), 'inner', 'the object lives while a wrapper holds it');
    back.dispose();
    assert.equal(e.repr(), "Exception(ValueError('inner'))");
    e.dispose();
  });

  test('keyword arguments: py.kw() as the last argument', () => {
    assert.ok(py.kw({ a: 1 }) instanceof PyKwargs);
    const e = py.new('ImportError', 'no module', py.kw({ name: 'mod', path: '/x/mod.py', name_from: 'f' }));
    assert.equal(e.repr(), "ImportError('no module')");
    assert.equal(e.get('name'), 'mod');
    assert.equal(e.get('path'), '/x/mod.py');
    assert.equal(e.get('name_from'), 'f');
    e.dispose();
    const target = py.new('KeyError', 'k');
    const a = py.new('AttributeError', 'no attr', py.kw({ name: 'attr', obj: target }));
    const obj = a.get('obj');
    assert.ok(obj instanceof PyException);
    assert.equal(obj.repr(), "KeyError('k')");
    [obj, a, target].forEach((o) => o.dispose());
    const empty = py.new('ValueError', py.kw({}));
    assert.equal(empty.repr(), 'ValueError()', 'empty keywords are no keywords');
    empty.dispose();
    pyThrows(() => py.new('ValueError', 1, py.kw({ x: 1 })), 'TypeError', 'ValueError() takes no keyword arguments');
    pyThrows(() => py.new('ImportError', py.kw({ x: 1 })), 'TypeError', "ImportError() got an unexpected keyword argument 'x'");
    assert.throws(() => py.new('ImportError', py.kw({ name: 'a' }), 'm'), TypeError, 'kw must come last');
    assert.throws(() => py.kw('name'), TypeError);
    assert.throws(() => py.kw(null), TypeError);
  });

  test('version differences show through the same API', async () => {
    const old = await load({ python: '3.11' });
    try {
      pyThrows(() => old.new('ImportError', py.kw({ x: 1 })), 'TypeError', "'x' is an invalid keyword argument for ImportError()");
      pyThrows(() => old.new('PythonFinalizationError'), 'NameError', "name 'PythonFinalizationError' is not defined");
      const e = old.new('ImportError', 'm');
      pyThrows(() => e.get('name_from'), 'AttributeError', "'ImportError' object has no attribute 'name_from'");
      e.dispose();
    } finally {
      old.close();
    }
    const f = py.new('PythonFinalizationError', 'late');
    assert.ok(f.isinstance('RuntimeError'));
    f.dispose();
  });

  test('values JS cannot pass are a JS TypeError', () => {
    const cyclic = [1];
    cyclic.push(cyclic);
    const bad = [undefined, {}, { a: 1 }, Symbol('s'), () => 1, new Set([1]), new Int16Array(2), new ArrayBuffer(2),
      new Date(0), cyclic, [undefined], py.tuple({}), new Map([[undefined, 1]])];
    for (const v of bad) {
      assert.throws(() => py.new('Exception', v), TypeError, inspect(v));
    }
    assert.throws(() => py.new(42), TypeError);
    assert.throws(() => py.new('Value\0Error'), TypeError);
    assert.equal(py.memory().objects, 0, 'nothing leaked on the way');
  });
});

describe('PyError', () => {
  let py;
  before(async () => { py = await load(); });
  after(() => py.close());

  test('is an Error with the Python type, message and exception', () => {
    let err;
    try {
      py.new('ExceptionGroup', 'only a message');
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof PyError);
    assert.ok(err instanceof Error);
    assert.equal(err.name, 'PyError');
    assert.equal(err.type, 'TypeError');
    assert.equal(err.message, 'BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)');
    assert.match(err.stack, /PyError: BaseExceptionGroup/);
    assert.ok(err.exception instanceof PyException);
    assert.equal(err.exception.type, 'TypeError');
    assert.equal(err.exception.str(), err.message);
    assert.deepEqual(err.exception.args, [err.message]);
    assert.ok(err.exception.isinstance('Exception'));
    err.exception.dispose();
  });

  test('errors of the constructors: type and exact message', () => {
    pyThrows(() => py.new('UnicodeDecodeError', 'utf-8', 'not bytes', 0, 1, 'r'), 'TypeError', "a bytes-like object is required, not 'str'");
    pyThrows(() => py.new('ExceptionGroup', 'm', []), 'ValueError', 'second argument (exceptions) must be a non-empty sequence');
    const v = py.new('ValueError');
    pyThrows(() => py.new('ExceptionGroup', 'm', [v, 1]), 'ValueError', 'Item 1 of second argument (exceptions) is not an exception');
    pyThrows(() => py.new('BlockingIOError', 11, 'x', 2n ** 64n), 'ValueError', "cannot fit 'int' into an index-sized integer");
    pyThrows(() => py.new('Exception', new Map([[[1], 1]])), 'TypeError', /unhashable type: 'list'/);
    v.dispose();
    assert.equal(py.memory().objects, 0);
  });

  test('unknown classes and missing attributes', () => {
    pyThrows(() => py.new('NoSuchError'), 'NameError', "name 'NoSuchError' is not defined");
    const e = py.new('ValueError');
    pyThrows(() => e.get('nope'), 'AttributeError', "'ValueError' object has no attribute 'nope'");
    pyThrows(() => e.getRaw('nope'), 'AttributeError', "'ValueError' object has no attribute 'nope'");
    pyThrows(() => e.get('characters_written'), 'AttributeError', "'ValueError' object has no attribute 'characters_written'");
    pyThrows(() => e.isinstance('Nope'), 'NameError', "name 'Nope' is not defined");
    e.dispose();
    const b = py.new('BlockingIOError', 11, 'x', -1);
    pyThrows(() => b.get('characters_written'), 'AttributeError', 'characters_written');
    b.dispose();
    assert.equal(py.memory().objects, 0);
  });
});

describe('classes', () => {
  let py;
  before(async () => { py = await load(); });
  after(() => py.close());

  test('isinstance', () => {
    const e = py.new('OSError', 2, 'x');
    assert.equal(e.type, 'FileNotFoundError');
    for (const c of ['FileNotFoundError', 'OSError', 'EnvironmentError', 'IOError', 'Exception', 'BaseException']) {
      assert.equal(e.isinstance(c), true, c);
    }
    for (const c of ['PermissionError', 'ValueError', 'KeyboardInterrupt', 'BaseExceptionGroup']) {
      assert.equal(e.isinstance(c), false, c);
    }
    assert.throws(() => e.isinstance({ name: 'OSError' }), TypeError);
    e.dispose();
  });

  test('isSubclass', () => {
    assert.equal(py.isSubclass('ModuleNotFoundError', 'ImportError'), true);
    assert.equal(py.isSubclass('ExceptionGroup', 'BaseExceptionGroup'), true);
    assert.equal(py.isSubclass('ExceptionGroup', 'Exception'), true);
    assert.equal(py.isSubclass('KeyboardInterrupt', 'Exception'), false);
    assert.equal(py.isSubclass('ValueError', 'ValueError'), true);
    assert.equal(py.isSubclass('IOError', 'OSError'), true);
    pyThrows(() => py.isSubclass('Nope', 'Exception'), 'NameError', "name 'Nope' is not defined");
    pyThrows(() => py.isSubclass('Exception', 'Nope'), 'NameError', "name 'Nope' is not defined");
    assert.throws(() => py.isSubclass('Exception'), TypeError);
  });

  test('hierarchy() is the docs tree', () => {
    const tree = py.hierarchy();
    assert.ok(tree.startsWith('BaseException\n ├── BaseExceptionGroup\n'));
    assert.ok(tree.endsWith('└── UserWarning'));
  });
});

describe('exception groups', () => {
  let py;
  before(async () => { py = await load(); });
  after(() => py.close());

  test('ExceptionGroup: message, exceptions, args', () => {
    const v = py.new('ValueError', 1), t = py.new('TypeError', 2);
    const g = py.new('BaseExceptionGroup', 'problems', [v, t]);
    assert.ok(g instanceof PyExceptionGroup && g instanceof PyException);
    assert.equal(g.type, 'ExceptionGroup');
    assert.equal(g.message, 'problems');
    assert.equal(g.str(), 'problems (2 sub-exceptions)');
    assert.equal(g.repr(), "ExceptionGroup('problems', [ValueError(1), TypeError(2)])");
    const ex = g.exceptions;
    assert.ok(Object.isFrozen(ex), 'exceptions is a tuple');
    assert.deepEqual(ex.map((e) => e.repr()), ['ValueError(1)', 'TypeError(2)']);
    assert.ok(ex.every((e) => e instanceof PyException));
    const [msg, list] = g.args;
    assert.equal(msg, 'problems');
    assert.ok(Array.isArray(list) && !Object.isFrozen(list), 'the original list stays a list in args');
    [...ex, ...list, v, t, g].forEach((o) => o.dispose());
  });

  test('BaseExceptionGroup stays one with a BaseException member; nesting', () => {
    const k = py.new('KeyboardInterrupt');
    const g = py.new('BaseExceptionGroup', 'm', py.tuple(k));
    assert.equal(g.type, 'BaseExceptionGroup');
    assert.equal(g.isinstance('Exception'), false);
    assert.equal(g.repr(), "BaseExceptionGroup('m', (KeyboardInterrupt(),))");
    pyThrows(() => py.new('ExceptionGroup', 'm', [k]), 'TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
    const inner = py.new('ExceptionGroup', 'inner', [py.new('ValueError')]);
    const outer = py.new('ExceptionGroup', 'outer', [inner]);
    const [got] = outer.exceptions;
    assert.ok(got instanceof PyExceptionGroup);
    assert.equal(got.message, 'inner');
    assert.equal(got.exceptions.length, 1);
    [k, g, inner, outer, got].forEach((o) => o.dispose());
  });
});

describe('PyObject', () => {
  let py;
  before(async () => { py = await load(); });
  after(() => py.close());

  test('getRaw() wraps any value; toJS() converts it', () => {
    const e = py.new('OSError', 2, 'x', 'f');
    const args = e.getRaw('args');
    assert.ok(args instanceof PyObject && !(args instanceof PyException));
    assert.equal(args.type, 'tuple');
    assert.equal(args.repr(), "(2, 'x')");
    assert.deepEqual(args.toJS(), [2, 'x']);
    const errno = e.getRaw('errno');
    assert.equal(errno.type, 'int');
    assert.equal(errno.toJS(), 2);
    const none = e.getRaw('filename2');
    assert.equal(none.type, 'NoneType');
    assert.equal(none.toJS(), null);
    assert.equal(e.toJS(), e, 'an exception has no JS equivalent: toJS() returns the wrapper');
    assert.equal(args.isinstance('BaseException'), false);
    [args, errno, none, e].forEach((o) => o.dispose());
  });

  test('objects cannot be constructed directly', () => {
    assert.throws(() => new PyObject(), TypeError);
    assert.throws(() => new PyException(), TypeError);
    assert.throws(() => new PyRuntime(), TypeError);
  });

  test('dispose, [Symbol.dispose], disposed', () => {
    const e = py.new('ValueError');
    assert.equal(typeof e[disposeSymbol], 'function');
    assert.equal(disposeSymbol, Symbol.dispose ?? Symbol.for('nodejs.dispose'));
    assert.equal(e.disposed, false);
    e[disposeSymbol]();
    assert.equal(e.disposed, true);
    e.dispose();   // idempotent
    assert.equal(`${e}`, '<disposed PyException (ValueError)>');
    assert.equal(inspect(e), '[PyException (ValueError) (disposed)]');
  });
});

test('run({ color: true }) colours the uncaught traceback as 3.13+ does on a terminal', async () => {
  const src = 'def f():\n    1/0\nf()\n';
  for (const [python, coloured] of [['3.12', false], ['3.13', true], ['3.14', true]]) {
    const py = await load({ python });
    const plain = py.run(src, { filename: 'x.py', fresh: true });
    const col = py.run(src, { filename: 'x.py', fresh: true, color: true });
    plain.exception.dispose();
    col.exception.dispose();
    assert.equal(col.stderr.replace(/\x1b\[[0-9;]*m/g, ''), plain.stderr, python);
    assert.equal(col.stderr.includes('\x1b[1;35mZeroDivisionError\x1b[0m: \x1b[35mdivision by zero\x1b[0m\n'), coloured, python);
    assert.equal(col.stderr !== plain.stderr, coloured, python);
    py.close();
  }
});

test('the step budget stops loops inside built-ins too, past every handler; the runtime stays usable', async () => {
  const py = await load({ python: '3.13' });
  const loops = [
    'while True: pass',
    'print(sum(range(10**9)))',
    'x = max(range(10**9))',
    'try:\n    any(x < 0 for x in range(10**9))\nexcept BaseException:\n    print("caught")\n',
    'sorted(set(range(10**9)))',
  ];
  for (const src of loops) {
    const r = py.run(src, { filename: 'loop.py', fresh: true, stepBudget: 100_000 });
    assert.equal(r.budgetExceeded, true, src);
    assert.equal(r.exitCode, 124, src);
    assert.equal(r.stdout, '', src);
    assert.match(r.stderr, /^pyexc: stopped after 100001 steps: the program ran past its step budget \(an infinite loop\?\)\n$/, src);
    r.exception?.dispose();
    const ok = py.run('print(sum(range(10)))', { fresh: true });
    assert.deepEqual([ok.stdout, ok.stderr, ok.exitCode, ok.budgetExceeded], ['45\n', '', 0, false], src);
  }
  py.close();
});
