// memory.test.mjs: objects released with dispose() (or by the
// FinalizationRegistry after garbage collection) give their memory back:
// after a warm-up, 100,000 constructions leave pyexc_memory_in_use and the
// wasm heap exactly where they were. Also: growing the wasm memory in the
// middle of a call (a big string) keeps every value intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { setImmediate as tick } from 'node:timers/promises';
import { load, PyError } from '../../bindings/pyexc.mjs';

// Runs body(i) n times after a warm-up of 1,000, and checks the memory
// figures are the same before and after.
async function flat(name, body, n = 100_000) {
  const py = await load();
  try {
    for (let i = 0; i < 1000; i++) body(py, i);
    const before = py.memory();
    for (let i = 0; i < n; i++) body(py, i);
    const after = py.memory();
    assert.equal(after.objects, 0, `${name}: no PyObject left`);
    assert.equal(after.inUse, before.inUse, `${name}: pyexc_memory_in_use is flat`);
    assert.equal(after.heapSize, before.heapSize, `${name}: the wasm heap did not grow`);
    return after;
  } finally {
    py.close();
  }
}

test('100,000 constructions with dispose keep the heap flat', async () => {
  let checked = 0;
  const m = await flat('OSError', (py, i) => {
    const e = py.new('OSError', 2, 'No such file or directory', `file${i % 100}.txt`);
    if (e.type !== 'FileNotFoundError' || e.str() !== `[Errno 2] No such file or directory: 'file${i % 100}.txt'`) {
      throw new Error(`wrong result at ${i}: ${e.repr()}`);
    }
    checked++;
    e.dispose();
  });
  assert.equal(checked, 101_000);
  assert.ok(m.inUse > 0);
});

test('100,000 mixed values (args read back, big ints, bytes, tuples, kw) keep the heap flat', async () => {
  await flat('mixed', (py, i) => {
    const e = py.new('ImportError', 'm', py.tuple(i, 2n ** 70n, 1.5, null), new Uint8Array([i & 255, 1]), [true, 'é😀'],
      py.kw({ name: 'n', path: 'p' }));
    const args = e.args;
    if (args.length !== 4 || args[1][1] !== 2n ** 70n || args[2][0] !== (i & 255)) throw new Error(`wrong args at ${i}`);
    if (e.get('name') !== 'n') throw new Error('wrong name');
    e.dispose();
  });
});

test('100,000 exception groups (members read back) keep the heap flat', async () => {
  await flat('groups', (py, i) => {
    const a = py.new('ValueError', i), b = py.new('KeyboardInterrupt');
    const g = py.new('BaseExceptionGroup', 'm', [a, b]);
    const ex = g.exceptions;
    if (ex.length !== 2 || ex[0].args[0] !== i) throw new Error(`wrong members at ${i}`);
    [...ex, g, a, b].forEach((o) => o.dispose());
  });
});

test('100,000 failing constructions (PyError) keep the heap flat', async () => {
  await flat('errors', (py, i) => {
    try {
      py.new('UnicodeDecodeError', 'utf-8', 'not bytes', i, 1, 'r');
      throw new Error('no error');
    } catch (err) {
      if (!(err instanceof PyError) || err.type !== 'TypeError') throw err;
      err.exception.dispose();
    }
  });
});

function getGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
}

test('objects never disposed are released by the FinalizationRegistry after GC', async () => {
  const gc = getGc();
  const py = await load();
  const make = (n) => {
    for (let i = 0; i < n; i++) py.new('OSError', 2, 'x', `f${i}`).str();  // dropped without dispose
  };
  make(100);
  // Let the first ones go, so that the baseline holds no collectable object.
  for (let i = 0; i < 50 && py.memory().objects; i++) {
    gc();
    await tick();
  }
  const before = py.memory();
  assert.equal(before.objects, 0, 'warm-up objects were collected');
  make(20_000);
  assert.equal(py.memory().objects, 20_000);
  assert.ok(py.memory().inUse > before.inUse + 20_000 * 32, 'they hold memory');
  for (let i = 0; i < 100 && py.memory().objects; i++) {
    gc();
    await tick();
  }
  const after = py.memory();
  assert.equal(after.objects, 0, 'every object was finalized');
  assert.equal(after.inUse, before.inUse, 'and its memory released');
  py.close();
});

test('the wasm memory growing during a call keeps values intact', async () => {
  const py = await load();
  const start = py.memory().heapSize;
  const big = 'é😀\0x'.repeat(1 << 20);   // 5 Mi UTF-16 units, 8 MiB of UTF-8
  const e = py.new('ValueError', big, new Uint8Array(1 << 20).fill(7));
  const grown = py.memory().heapSize;
  assert.ok(grown > start, `memory grew (${start} -> ${grown})`);
  assert.equal(e.str(), `('${'é😀\\x00x'.repeat(1 << 20)}', b'${'\\x07'.repeat(1 << 20)}')`);
  const [s, b] = e.args;
  assert.equal(s, big);
  assert.equal(b.length, 1 << 20);
  assert.ok(b.every((x) => x === 7));
  e.dispose();
  const small = py.new('KeyError', 'k');
  assert.equal(small.repr(), "KeyError('k')");
  small.dispose();
  assert.equal(py.memory().objects, 0);
  py.close();
});
