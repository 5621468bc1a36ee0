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
// Growth allowed between the second and the last complete pass (after a
// collection): free lists and the allocator's fragmentation, not a leak of a
// byte a run. Both passes end with the same cases, so the runtime's compile
// caches (src/lang/text_cache.c) hold the same programs at both points; the
// first pass fills them, and the wasm heap settles (grows once) in the second.
const SLACK = 16 << 10;

test(`${RUNS} conformance runs in one runtime: exact outputs, flat memory`, async () => {
  const known = knownFailures();
  const cases = loadCases().filter((c) => VERSION in c.expected);
  assert.ok(cases.length > 200, `cases found (${cases.length})`);
  const isKnown = (c) => known.has(`${c.name}@${VERSION}@web`) || known.has(`${c.name}@${VERSION}`) || known.has(c.name);
  const py = await load(PROFILES[VERSION]);
  const first = new Map();   // known failures: their first output
  let runs = 0, firstPass, lastPass, errors = 0;
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
      if (runs % cases.length === 0) {   // a complete pass
        py.collect();
        lastPass = py.memory();
        if (runs === 2 * cases.length) firstPass = lastPass;
      }
    }
    py.collect();
    const last = py.memory();
    assert.equal(errors, 0);
    assert.equal(last.objects, 0, 'no PyObject left');
    assert.ok(lastPass.inUse <= firstPass.inUse + SLACK,
      `bytes in use after the second pass ${firstPass.inUse}, after the last complete one (${runs} runs) ${lastPass.inUse}`);
    assert.equal(last.heapSize, firstPass.heapSize, 'the wasm heap did not grow');
    // And the runtime still runs a new program exactly.
    const r = py.run('try:\n    {}["k"]\nexcept KeyError as e:\n    print(repr(e))\n', { filename: 'after.py' });
    assert.deepEqual([r.stdout, r.stderr, r.exitCode], ["KeyError('k')\n", '', 0]);
  } finally {
    py.close();
  }
});

// ---- budgets: programs that never end or want too much ------------------------------
// What CPython prints, where it ends (the budget_* conformance cases: infinite
// recursion, 10,000 nested parentheses and lists, 1,000 nested calls in the
// source; [0] * 10**9 and 'x' * 10**10 on the 32-bit emscripten profiles),
// and pyexc's own clear ending where CPython would loop forever or take
// gigabytes: the step budget, or MemoryError at the 256 MiB cap. The native
// CLI, the WASI build and the web build; the web runtime runs them all in a
// row and must still run a normal program exactly afterwards.
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { RUNNERS, root } from '../conformance/harness.mjs';

const STOPPED = 'pyexc: stopped after 20000001 steps: the program ran past its step budget (an infinite loop?)\n';
const memoryError = (file, line, carets) =>
  `Traceback (most recent call last):\n  File "${file}", line ${line}, in <module>\n${carets}MemoryError\n`;
const OWN = [   // [name, source, profile version, expected {stdout, stderr, code}]
  ['loop', 'while True: pass\n', '3.14', { stdout: '', stderr: STOPPED, code: 124 }],
  ['loop', 'while True: pass\n', '3.11', { stdout: '', stderr: STOPPED, code: 124 }],
  ['growth', 'x = []\nwhile True: x.append(x[:])\n', '3.13',
    { stdout: '', stderr: memoryError('growth.py', 2, '    while True: x.append(x[:])\n                         ~^^^\n'), code: 1 }],
  ['big_list', 'x = [0] * 10**9\n', '3.11',
    { stdout: '', stderr: memoryError('big_list.py', 1, '    x = [0] * 10**9\n        ~~~~^~~~~~~\n'), code: 1 }],
  ['big_str', "x = 'x' * 10**10\n", '3.11',
    { stdout: '', stderr: memoryError('big_str.py', 1, "    x = 'x' * 10**10\n        ~~~~^~~~~~~~\n"), code: 1 }],
];

function budgetCases() {
  const dir = mkdtempSync(join(tmpdir(), 'pyexc-budget-'));
  const list = [];
  for (const [name, source, version, want] of OWN) {
    writeFileSync(join(dir, `${name}.py`), source);
    list.push({ name, file: `${name}.py`, dir, source: Buffer.from(source), version, want: render(want) });
  }
  for (const c of loadCases().filter((x) => x.name.startsWith('budget_'))) {
    for (const [version, want] of Object.entries(c.expected)) list.push({ ...c, version, want });
  }
  return { dir, list };
}

const NORMAL = { file: 'normal.py', source: 'try:\n    [][1]\nexcept IndexError as e:\n    print(e)\nprint(sum(range(10)))\n' };
const NORMAL_OUT = 'list index out of range\n45\n--- stderr ---\n--- rc 0 ---\n';

for (const build of ['native', 'wasi', 'web']) {
  const artifact = { native: join(root, 'build', 'native', 'pyexc'), wasi: join(root, 'dist', 'pyexc.wasm'),
    web: join(root, 'dist', 'pyexc-core.wasm') }[build];
  test(`budgets end clearly (${build})`, { skip: !existsSync(artifact) && `${artifact} not built` }, async () => {
    const { dir, list } = budgetCases();
    assert.ok(list.length >= 20, `${list.length} budget runs`);
    try {
      if (build === 'web') {
        // One runtime per version, each running all of its budget cases in a row.
        for (const version of Object.keys(PROFILES)) {
          const py = await load(PROFILES[version]);
          try {
            for (const c of list.filter((x) => x.version === version)) {
              const r = py.run(c.source.toString('utf8'), { filename: c.file, fresh: true });
              r.exception?.dispose();
              assert.equal(render({ stdout: r.stdout, stderr: r.stderr, code: r.exitCode }), c.want, `${c.name} ${version}`);
              assert.equal(r.budgetExceeded, c.name === 'loop');
            }
            const r = py.run(NORMAL.source, { filename: NORMAL.file });
            assert.equal(render({ stdout: r.stdout, stderr: r.stderr, code: r.exitCode }), NORMAL_OUT, `normal run after (${version})`);
            assert.equal(py.memory().objects, 0);
          } finally {
            py.close();
          }
        }
      } else {
        for (const c of list) {
          // KNOWN ISSUE (reported): under node:wasi the growth program prints
          // the right output, then node itself dies with SIGSEGV in about one
          // run in four (`node tests/wasi-run.mjs dist/pyexc.wasm growth.py`;
          // Node 20.20). Not run in the WASI build until that is understood.
          if (build === 'wasi' && c.name === 'growth') continue;
          const got = render(await RUNNERS[build](c, PROFILES[c.version]));
          assert.equal(got, c.want, `${c.name} ${c.version}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

// A subclass keeps its base alive through a reference of its own; the
// collector must see it, or a class cycle through the base's methods (their
// __globals__) stays forever (it did: 2.9 KB per run of this program).
test('class cycles through a base class are collected', async () => {
  const py = await load();
  try {
    const src = 'class A:\n    def f(self): return 1\nclass B(A):\n    pass\nprint(B().f())\n';
    const run = () => {
      const r = py.run(src, { filename: 'classes.py', fresh: true });
      assert.equal(r.stdout, '1\n');
      py.collect();
    };
    for (let i = 0; i < 5; i++) run();
    const before = py.memory().inUse;
    for (let i = 0; i < 100; i++) run();
    assert.equal(py.memory().inUse, before);
  } finally {
    py.close();
  }
});
