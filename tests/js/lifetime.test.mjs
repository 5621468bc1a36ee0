// lifetime.test.mjs: using an object after dispose(), after py.close(), or
// with another runtime throws a PyError of type 'ReferenceError' (with
// .exception null) and never touches freed memory; the runtimes stay usable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load, PyError, disposeSymbol } from '../../bindings/pyexc.mjs';

// Asserts fn throws the binding's lifetime PyError with a message matching re.
function refError(fn, re) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof PyError, `a PyError, not ${err}`);
    assert.equal(err.type, 'ReferenceError');
    assert.equal(err.exception, null);
    assert.match(err.message, re);
    return true;
  });
}

// Every way of using an object.
const uses = {
  type: (o) => o.type,
  str: (o) => o.str(),
  repr: (o) => o.repr(),
  args: (o) => o.args,
  get: (o) => o.get('args'),
  getRaw: (o) => o.getRaw('args'),
  isinstance: (o) => o.isinstance('Exception'),
  toJS: (o) => o.toJS(),
};

test('use after dispose throws ReferenceError, for every method', async () => {
  const py = await load();
  for (const [name, use] of Object.entries(uses)) {
    const e = py.new('ValueError', 'v');
    const v = use(e);
    assert.notEqual(v, undefined, name);
    if (v !== e) release(v);
    e.dispose();
    refError(() => use(e), /^PyException \(ValueError\) has been disposed$/);
  }
  const k = py.new('KeyError', 1);
  const g = py.new('ExceptionGroup', 'm', [k]);
  g.dispose();
  k.dispose();
  refError(() => g.message, /^PyExceptionGroup \(ExceptionGroup\) has been disposed$/);
  refError(() => g.exceptions, /has been disposed/);
  assert.equal(py.memory().objects, 0);
  py.close();
});

function release(v) {
  if (v && typeof v.dispose === 'function') v.dispose();
  else if (Array.isArray(v)) v.forEach(release);
}

test('a disposed object passed as an argument throws, and nothing leaks', async () => {
  const py = await load();
  const inner = py.new('ValueError', 'inner');
  inner.dispose();
  const before = py.memory();
  refError(() => py.new('Exception', 'a', [1, 2], inner), /has been disposed/);
  refError(() => py.new('ExceptionGroup', 'm', [inner]), /has been disposed/);
  const after = py.memory();
  assert.equal(after.objects, 0);
  assert.equal(after.inUse, before.inUse, 'the arguments made before the failure were released');
  py.close();
});

test('dispose is idempotent, and [Symbol.dispose] is dispose', async () => {
  const py = await load();
  const e = py.new('KeyError', 'k');
  e.dispose();
  e.dispose();
  e[disposeSymbol]();
  assert.equal(e.disposed, true);
  assert.equal(py.memory().objects, 0);
  py[disposeSymbol]();
  assert.equal(py.closed, true);
  py.close();
});

test('wrappers read from an object outlive it', async () => {
  const py = await load();
  const made = [py.new('ValueError', 1), py.new('TypeError', 2)];
  const g = py.new('ExceptionGroup', 'm', made);
  made.forEach((m) => m.dispose());
  const members = g.exceptions;
  g.dispose();
  assert.deepEqual(members.map((m) => m.repr()), ['ValueError(1)', 'TypeError(2)']);
  members.forEach((m) => m.dispose());
  assert.equal(py.memory().objects, 0);
  py.close();
});

test('after py.close(): objects and the runtime throw ReferenceError', async () => {
  const py = await load({ python: '3.13', platform: 'emscripten' });
  const e = py.new('OSError', 2, 'x');
  const g = py.new('ExceptionGroup', 'm', [e]);
  let err;
  try {
    py.new('Nope');
  } catch (x) {
    err = x;
  }
  py.close();
  const closed = /^the pyexc runtime \(Python 3\.13, emscripten\) has been closed$/;
  for (const use of Object.values(uses)) {
    refError(() => use(e), closed);
    refError(() => use(g), closed);
    refError(() => use(err.exception), closed);
  }
  refError(() => g.message, closed);
  refError(() => py.new('ValueError'), closed);
  refError(() => py.isSubclass('ValueError', 'Exception'), closed);
  refError(() => py.hierarchy(), closed);
  refError(() => py.memory(), closed);
  refError(() => py.collect(), closed);
  assert.equal(e.disposed, true);
  // Still fine after close: dispose (a no-op), close again, the profile, printing.
  e.dispose();
  err.exception.dispose();
  py.close();
  assert.equal(py.python, '3.13');
  assert.equal(py.platform, 'emscripten');
  assert.equal(`${g}`, '<disposed PyExceptionGroup (ExceptionGroup)>');
  assert.equal(py.tuple(1).items[0], 1, 'markers need no runtime');
});

test('objects of another runtime are refused, and both runtimes keep working', async () => {
  const a = await load({ python: '3.14', platform: 'linux' });
  const b = await load({ python: '3.14', platform: 'linux' });
  const ea = a.new('ValueError', 'from a');
  const other = /^PyException \(ValueError\) belongs to another pyexc runtime \(Python 3\.14, linux\)$/;
  refError(() => b.new('Exception', ea), other);
  refError(() => b.new('ExceptionGroup', 'm', [ea]), other);
  refError(() => b.new('AttributeError', 'x', b.kw({ obj: ea })), other);
  assert.equal(b.memory().objects, 0);
  // Same-profile runtimes are still separate instances.
  const eb = b.new('ValueError', 'from b');
  const ga = a.new('ExceptionGroup', 'm', [ea]);
  assert.equal(ga.repr(), "ExceptionGroup('m', [ValueError('from a')])");
  assert.equal(eb.repr(), "ValueError('from b')");
  a.close();
  refError(() => b.new('Exception', ea), other);
  assert.equal(eb.str(), 'from b');
  eb.dispose();
  assert.equal(b.memory().objects, 0);
  b.close();
});

test('many runtimes opened and closed', async () => {
  const runtimes = [];
  for (let i = 0; i < 12; i++) {
    const py = await load({ python: ['3.11', '3.12', '3.13', '3.14'][i % 4], platform: ['linux', 'emscripten', 'wasi'][i % 3] });
    runtimes.push([py, py.new('ValueError', i)]);
  }
  for (const [py, e] of runtimes) {
    assert.equal(e.args[0], runtimes.findIndex(([p]) => p === py));
    py.close();
    refError(() => e.str(), /has been closed/);
  }
});

test('a closed runtime can be garbage-collected while its objects live on', async () => {
  // The runtime drops its wasm instance on close(); objects keep only the
  // small state that says it is closed.
  const py = await load();
  const e = py.new('ValueError');
  py.close();
  refError(() => e.repr(), /has been closed/);
  assert.equal(e.disposed, true);
});
