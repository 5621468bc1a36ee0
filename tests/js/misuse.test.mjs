// misuse.test.mjs: the JS API used wrongly, beyond lifetime.test.mjs (which
// covers dispose/close/another runtime for the object methods and new()):
// the group methods (split, subgroup, derive), format(), toJSON(), run()
// results and the exception accessors with disposed objects, objects of
// another runtime and closed runtimes; a condition that disposes, closes or
// throws. Each gives a PyError of a clear type (never a crash or a wrong
// answer), and the runtimes keep working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load, PyError } from '../../bindings/pyexc.mjs';

function refError(fn, re) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof PyError, `a PyError, not ${err}`);
    assert.equal(err.type, 'ReferenceError');
    assert.equal(err.exception, null);
    assert.match(err.message, re);
    return true;
  });
}

// A group of ValueError(1), TypeError(2) and its members (to dispose).
function group(py) {
  const a = py.new('ValueError', 1), b = py.new('TypeError', 2);
  const g = py.new('ExceptionGroup', 'eg', [a, b]);
  a.dispose();
  b.dispose();
  return g;
}

// The runtime still works: a group split, a run, and nothing left over.
function stillWorks(py) {
  const g = group(py);
  const [m, r] = g.split('ValueError');
  assert.equal(m.repr(), "ExceptionGroup('eg', [ValueError(1)])");
  assert.equal(r.repr(), "ExceptionGroup('eg', [TypeError(2)])");
  [g, m, r].forEach((o) => o.dispose());
  const res = py.run('print(1 + 1)\n', { fresh: true });
  assert.deepEqual([res.stdout, res.stderr, res.exitCode, res.exception], ['2\n', '', 0, null]);
  assert.equal(py.memory().objects, 0);
}

test('objects of another runtime: split/subgroup conditions, derive lists, format', async () => {
  const a = await load(), b = await load();
  const other = /belongs to another pyexc runtime/;
  const ga = group(a), gb = group(b);
  const ea = a.new('ValueError', 'a');
  refError(() => gb.split(ea), other);
  refError(() => gb.subgroup([ea]), other);
  refError(() => gb.split(['ValueError', ea]), other);
  refError(() => gb.derive([ea]), other);
  refError(() => gb.derive([b.new('KeyError', 'k'), ea]), other);
  refError(() => b.format(ea), other);
  refError(() => b.format(ga), other);
  refError(() => b.new('ExceptionGroup', 'm', [ga]), other);
  // Nothing of b's was left behind by the failed calls (the KeyError made for
  // the derive list is b's own and still alive: dispose it via its group).
  assert.equal(a.format(ea), "ValueError: a\n");
  [ea, ga].forEach((o) => o.dispose());
  gb.dispose();
  assert.equal(a.memory().objects, 0);
  assert.ok(b.memory().objects <= 1);
  a.close();
  b.close();
});

test('disposed objects: group methods, format, toJSON, accessors', async () => {
  const py = await load();
  const g = group(py), e = py.new('OSError', 2, 'x');
  g.dispose();
  e.dispose();
  const gone = /has been disposed/;
  refError(() => g.split('ValueError'), gone);
  refError(() => g.subgroup(() => true), gone);
  refError(() => g.derive([]), gone);
  refError(() => g.toJSON(), gone);
  refError(() => py.format(g), gone);
  refError(() => e.cause, gone);
  refError(() => e.context, gone);
  refError(() => e.notes, gone);
  refError(() => e.traceback, gone);
  refError(() => e.suppressContext, gone);
  const live = group(py);
  refError(() => live.split(e), gone);
  refError(() => live.split(['ValueError', e]), gone);
  refError(() => live.derive([e]), gone);
  live.dispose();
  stillWorks(py);
  py.close();
});

test('a run() exception used after close, and run/format on a closed runtime', async () => {
  const py = await load({ python: '3.12', platform: 'emscripten' });
  const r = py.run('raise ExceptionGroup("eg", [ValueError(1)])\n', { filename: 'x.py' });
  assert.equal(r.exitCode, 1);
  const exc = r.exception;
  assert.equal(exc.type, 'ExceptionGroup');
  py.close();
  const closed = /has been closed/;
  refError(() => exc.split('ValueError'), closed);
  refError(() => exc.traceback, closed);
  refError(() => exc.toJSON(), closed);
  refError(() => py.run('print(1)\n'), closed);
  refError(() => py.format(exc), closed);
  assert.equal(exc.disposed, true);
});

test('conditions that misbehave: dispose the group, close the runtime, throw, return junk', async () => {
  const py = await load();
  // Disposing the group (and the argument) inside the condition: the split
  // still finishes on the group it started with.
  const g = group(py);
  const [m, r] = g.split((x) => {
    g.dispose();
    const is = x.type === 'ValueError';
    x.dispose();
    return is;
  });
  assert.equal(m.repr(), "ExceptionGroup('eg', [ValueError(1)])");
  assert.equal(r.repr(), "ExceptionGroup('eg', [TypeError(2)])");
  m.dispose();
  r.dispose();
  // close() inside a condition is refused (and the split goes on).
  const g2 = group(py);
  let refused = null;
  const sub = g2.subgroup((x) => {
    try {
      py.close();
    } catch (err) {
      refused = err;
    }
    return true;
  });
  assert.ok(refused instanceof PyError);
  assert.equal(refused.type, 'RuntimeError');
  assert.equal(py.closed, false);
  assert.equal(sub.repr(), "ExceptionGroup('eg', [ValueError(1), TypeError(2)])");
  sub.dispose();
  // A condition that throws: split throws that error.
  const boom = new Error('boom');
  assert.throws(() => g2.split(() => { throw boom; }), (err) => err === boom);
  // Junk results are truthy/falsy as Python's bool() would see them.
  const [m2, r2] = g2.split((x) => (x.type === 'TypeError' ? 'yes' : 0));
  assert.equal(m2.repr(), "ExceptionGroup('eg', [TypeError(2)])");
  assert.equal(r2.repr(), "ExceptionGroup('eg', [ValueError(1)])");
  [m2, r2, g2].forEach((o) => o.dispose());
  // A condition using another runtime's object inside: refused, split fails clearly.
  const other = await load();
  const oe = other.new('ValueError');
  const g3 = group(py);
  assert.throws(() => g3.split(() => py.new('Exception', oe)), (err) => err instanceof PyError && err.type === 'ReferenceError');
  g3.dispose();
  oe.dispose();
  other.close();
  stillWorks(py);
  py.close();
});

test('wrong kinds of arguments: clear TypeErrors', async () => {
  const py = await load();
  const g = group(py);
  // A JS TypeError, or a PyError of Python type TypeError (its exception disposed).
  const typeError = (err) => {
    if (err instanceof PyError) {
      assert.equal(err.type, 'TypeError', err.message);
      err.exception?.dispose();
      return true;
    }
    return err instanceof TypeError;
  };
  for (const bad of [null, 42, {}, [[]], [null], Symbol('s')]) {
    assert.throws(() => g.split(bad), typeError, `split(${typeof bad})`);
  }
  for (const bad of ['not a list', [1, 2]]) {
    assert.throws(() => g.derive(bad), (err) => {   // as CPython (asked the oracle)
      assert.ok(err instanceof PyError);
      assert.equal(err.type, 'ValueError');
      assert.equal(err.message, 'Item 0 of second argument (exceptions) is not an exception');
      err.exception.dispose();
      return true;
    });
  }
  assert.throws(() => py.format('ValueError'), typeError);
  assert.throws(() => py.run(42), TypeError);
  assert.throws(() => py.run('x', { filename: 'a\0b' }), typeError);
  g.dispose();
  stillWorks(py);
  py.close();
});
