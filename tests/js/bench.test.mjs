// bench.test.mjs: bench/run.mjs runs and prints its tables (no timing is
// asserted: speed lives in bench/, and its numbers here mean nothing), and
// bench/report.mjs renders figures, ratios and targets as it should.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { render, targets, TARGETS } from '../../bench/report.mjs';
import { SNIPPETS } from '../../bench/snippets.mjs';

const root = new URL('../../', import.meta.url);
const runMjs = fileURLToPath(new URL('bench/run.mjs', root));

test('bench: run.mjs --quick --only pyexc prints every table and writes results', () => {
  const out = mkdtempSync(join(tmpdir(), 'pyexc-bench-'));
  try {
    const r = spawnSync(process.execPath, [runMjs, '--quick', '--only', 'pyexc', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const md = r.stdout;
    assert.equal(readFileSync(join(out, 'RESULTS.md'), 'utf8'), md);
    for (const h of ['# pyexc benchmarks', '## Download size', '## Cold start', '## Time per snippet', '## Memory', '## Scale (pyexc)', '## Targets']) {
      assert.match(md, new RegExp(`^${h.replace(/[()]/g, '\\$&')}$`, 'm'), h);
    }
    assert.match(md, /^Machine: .+, \d+ cores, [\d.]+ GB RAM; Node v\d+/m);
    assert.match(md, /^\| pyexc \| pyexc-core\.wasm, pyexc-core\.mjs, pyexc\.mjs \| [\d.]+ KB \| [\d.]+ KB \| [\d.]+ KB \|$/m);
    for (const s of SNIPPETS) assert.match(md, new RegExp(`^\\| ${s.name.replace(/[+*]/g, '\\$&')} \\| [\\d.]+ (ns|µs|ms) \\|$`, 'm'), s.name);
    for (const op of ["split('ValueError')", "subgroup('KeyError')", 'toJSON()', 'py.run(): build + traceback', 'py.format(chain)', 'chain.toJSON()']) {
      assert.ok(md.split('\n').some((l) => l.startsWith(`| ${op} |`) && /\| [\d.]+x \|$/.test(l)), op);
    }
    for (const t of ['web build <= 150.0 KB gzip', 'cold start < 10 ms in Node', '< 10.00 MB memory over Node\'s baseline']) {
      assert.ok(md.split('\n').some((l) => l.startsWith(`| ${t} |`) && /\| (met|\*\*missed\*\*) \|/.test(l)), t);
    }
    assert.doesNotMatch(md, /Pyodide|MicroPython/);

    // The outputs are CPython 3.14's (as `python3 bench.py` prints them).
    const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const px = res.peers.pyexc;
    assert.equal(px.runs.length, 1);
    assert.equal(px.snippets['raise+catch'].stdout, 'ValueError bad value: 42\n');
    assert.equal(px.snippets['raise+catch'].stderr, '');
    assert.match(px.snippets.traceback.stderr, /^Traceback \(most recent call last\):\n {2}File "bench\.py", line 7, in <module>\n/);
    assert.match(px.snippets.traceback.stderr, /\nValueError: invalid literal for int\(\) with base 10: 'x'\n$/);
    assert.match(px.snippets['chain from'].stderr, /\nThe above exception was the direct cause of the following exception:\n/);
    assert.match(px.snippets.notes.stderr, /\nValueError: negative: -3\nn must be >= 0\ngot n = -3\n$/);
    assert.equal(px.snippets['group + except*'].stdout, 'handled 2 ValueError\n');
    assert.deepEqual(Object.keys(res.scale.groups.results[0].sizes), ['1000', '10000', '100000']);
    assert.deepEqual(Object.keys(res.scale.chains.results[0].sizes), ['10', '100', '1000', '10000']);
    assert.ok(px.size.gzip > 0 && px.size.gzip < px.size.raw);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

// Made-up figures: what the report makes of three peers.
function fake() {
  const s = (median, min = median, max = median) => ({ median, min, max });
  const peer = (version, size, cold, load, runs, us, out) => ({
    version,
    size: { files: [{ path: `x/${version}.wasm` }], raw: size * 3, gzip: size, brotli: size / 2 },
    coldMs: s(cold, cold - 1, cold + 1),
    memAfterLoadBytes: s(load),
    memAfterRunsBytes: s(runs),
    memRuns: 10000,
    snippets: Object.fromEntries(SNIPPETS.map((x, i) => [x.name, { usPerRun: s(us * (i + 1)), cpuUsPerRun: s((us * (i + 1)) / 2), stdout: out, stderr: '' }])),
    runs: [],
  });
  return {
    machine: { cpu: 'CPU', cores: 2, ramBytes: 2 ** 33, node: 'v20', platform: 'linux x64', date: 'today' },
    quick: false,
    runs: 5,
    filename: 'bench.py',
    snippets: SNIPPETS.map(({ name, what, nearest }) => ({ name, what, micropythonNearest: nearest })),
    peers: {
      pyexc: peer('pyexc', 200 * 1024, 5, 4 * 2 ** 20, 12 * 2 ** 20, 10, 'a\n'),
      pyodide: peer('pyodide', 8000 * 1024, 2000, 90 * 2 ** 20, 95 * 2 ** 20, 380, 'a\n'),
      micropython: peer('micropython', 200 * 1024, 30, 6 * 2 ** 20, 12 * 2 ** 20, 5, 'b\n'),
    },
  };
}

test('bench: report gives ratios to pyexc, output equality, nearest snippets', () => {
  const res = fake();
  res.peers.pyodide.snippets.split.stdout = 'different\n';
  const md = render(res);
  assert.match(md, /^\| Pyodide \| pyodide\.wasm \| 23\.44 MB \(40\.0x\) \| 7\.81 MB \(40\.0x\) \| 3\.91 MB \(40\.0x\) \|$/m);
  assert.match(md, /^\| Pyodide \| 2000 ms \[1999 ms-2001 ms\] \(400x\) \|$/m);
  assert.match(md, /^\| MicroPython \| 30\.0 ms \[29\.0 ms-31\.0 ms\] \(6\.00x\) \|$/m);
  assert.match(md, /^\| raise\+catch \| 10\.0 µs \| 380\.0 µs \(38\.0x\) \| 5\.00 µs \(0\.50x\) \| yes \|$/m);
  assert.match(md, /^\| split \| 70\.0 µs \| 2\.66 ms \(38\.0x\) \| 35\.0 µs \(0\.50x\) \(nearest: no groups: split nested lists of exceptions\) \| \*\*no\*\* \|$/m);
  // The CPU time table: the same rows without the output column.
  assert.match(md, /^\| raise\+catch \| 5\.00 µs \| 190\.0 µs \(38\.0x\) \| 2\.50 µs \(0\.50x\) \|$/m);
  assert.match(md, /^\| Pyodide \| 90\.00 MB \(22\.5x\) \| 95\.00 MB \(7\.92x\) \|$/m);
});

test('bench: targets say whether each is met and by how much it is missed', () => {
  const res = fake();
  const t = targets(res);
  assert.deepEqual(t.map((x) => x.met), [false, true, true, false]);
  assert.equal(t[0].by, '50.0 KB over (+33%)');
  assert.equal(t[2].measured, 'slowest: raise+catch 38.0x (CPU time 38.0x)');
  assert.equal(t[3].by, '2.00 MB over (+20%)');
  res.peers.pyodide.snippets.notes.usPerRun.median = 200;   // 4x pyexc's 50 µs
  res.peers.pyexc.coldMs.median = 25;
  const u = targets(res);
  assert.equal(u[1].by, '15.0 ms over (2.50x the target)');
  assert.equal(u[2].met, false);
  assert.equal(u[2].by, '1 of 7 under 10x: notes 4.00x');
  assert.equal(TARGETS.webGzipBytes, 150 * 1024);
});
