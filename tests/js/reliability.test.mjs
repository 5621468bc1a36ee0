// reliability.test.mjs: one runtime runs the conformance cases of one
// version over and over (10,000 runs by default; PYEXC_RELIABILITY_RUNS
// changes it), every output still exactly CPython's (stdout, stderr, exit
// status: the .out files, rendered as tests/conformance/harness.mjs does, with
// the case's file name), and the memory flat: after a collection, the bytes
// in use and the wasm heap after the last pass are those after the first.
// Cases listed in known_failures.txt must give their first output each time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCases, knownFailures, render, PROFILES } from '../conformance/harness.mjs';
import { load } from '../../bindings/pyexc.mjs';

const VERSION = '3.14';
const RUNS = Number(process.env.PYEXC_RELIABILITY_RUNS ?? 10_000);
// Growth allowed between the first and the last pass (after a collection):
// free lists and the allocator's fragmentation, not a leak of a byte a run.
const SLACK = 16 << 10;

test(`${RUNS} conformance runs in one runtime: exact outputs, flat memory`, async () => {
  const known = knownFailures();
  const cases = loadCases().filter((c) => VERSION in c.expected);
  assert.ok(cases.length > 200, `cases found (${cases.length})`);
  const isKnown = (c) => known.has(`${c.name}@${VERSION}@web`) || known.has(`${c.name}@${VERSION}`) || known.has(c.name);
  const py = await load(PROFILES[VERSION]);
  const first = new Map();   // known failures: their first output
  let runs = 0, firstPass, errors = 0;
  try {
    for (let pass = 0; runs < RUNS; pass++) {
      for (const c of cases) {
        if (runs === RUNS) break;
        const r = py.run(c.source.toString('utf8'), { filename: c.file, fresh: true });
        r.exception?.dispose();
        runs++;
        const got = render({ stdout: r.stdout, stderr: r.stderr, code: r.exitCode });
        let want = c.expected[VERSION];
        if (isKnown(c)) {
          if (!first.has(c.name)) first.set(c.name, got);
          want = first.get(c.name);
        }
        if (got !== want) {
          errors++;
          assert.equal(got, want, `${c.name}, run ${runs} (pass ${pass})`);
        }
      }
      if (pass === 0) {
        py.collect();
        firstPass = py.memory();
      }
    }
    py.collect();
    const last = py.memory();
    assert.equal(errors, 0);
    assert.equal(last.objects, 0, 'no PyObject left');
    assert.ok(last.inUse <= firstPass.inUse + SLACK,
      `bytes in use after the first pass ${firstPass.inUse}, after ${runs} runs ${last.inUse}`);
    assert.equal(last.heapSize, firstPass.heapSize, 'the wasm heap did not grow');
    // And the runtime still runs a new program exactly.
    const r = py.run('try:\n    {}["k"]\nexcept KeyError as e:\n    print(repr(e))\n', { filename: 'after.py' });
    assert.deepEqual([r.stdout, r.stderr, r.exitCode], ["KeyError('k')\n", '', 0]);
  } finally {
    py.close();
  }
});
