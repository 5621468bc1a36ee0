#!/usr/bin/env node
// bench/groups.mjs: split(), subgroup() and toJSON() on exception groups of
// 10^3, 10^4 and 10^5 leaves nested three deep (top -> 10 groups -> 10 groups
// each -> n/100 leaves each; a third of the leaves ValueError, the rest
// TypeError and KeyError). Prints the time per leaf at each size: the median
// of RUNS runs and their min-max, after a warm-up. A linear operation keeps
// the time per leaf flat as the size grows (the last column says by how much
// it grew from the smallest size to the largest).
//
// Each run processes about 10^5 leaves: at the smaller sizes the operation is
// repeated (10^5 / n times) and the time divided, so timer resolution and
// call overheads weigh the same at every size.
//
//   node bench/groups.mjs [--runs N] [--python 3.14] [--platform linux]
import { load } from '../bindings/pyexc.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(arg('runs', 7));
const SIZES = [1e3, 1e4, 1e5];
const WORK = 1e5;   // leaves per run

const py = await load({ python: arg('python', '3.14'), platform: arg('platform', 'linux') });

// The group, built in Python (fast, and the way a program would make it).
py.run(`
def build(n):
    kinds = [ValueError, TypeError, KeyError]
    per = n // 100
    k = 0
    mids = []
    for a in range(10):
        lows = []
        for b in range(10):
            leaves = []
            for c in range(per):
                leaves.append(kinds[k % 3](k))
                k += 1
            lows.append(ExceptionGroup(f'low {a}.{b}', leaves))
        mids.append(ExceptionGroup(f'mid {a}', lows))
    return ExceptionGroup('top', mids)
`);

function build(n) {
  const r = py.run(`raise Exception(build(${n}))`);
  const [g] = r.exception.args;
  r.exception.dispose();
  return g;
}

const release = (x) => {
  if (Array.isArray(x)) x.forEach(release);
  else x?.dispose?.();
};

const OPS = [
  ["split('ValueError')", (g) => g.split('ValueError')],
  ["subgroup('KeyError')", (g) => g.subgroup('KeyError')],
  ["split(['KeyError', 'TypeError'])", (g) => g.split(['KeyError', 'TypeError'])],
  ['split((e) => ...) JS function', (g) => g.split((e) => e.type === 'ValueError')],
  ['toJSON()', (g) => g.toJSON()],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);

console.log(`groups: Python ${py.python} (${py.platform}), node ${process.version}; ${RUNS} runs of ~${WORK} leaves each; time per leaf: median [min-max]`);
const table = [];
for (const [name, op] of OPS) {
  const row = { op: name };
  const medians = [];
  for (const n of SIZES) {
    const g = build(n);
    const reps = Math.max(1, Math.round(WORK / n));
    release(op(g));     // warm-up
    const perLeaf = [];
    for (let r = 0; r < RUNS; r++) {
      globalThis.gc?.();
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) release(op(g));
      perLeaf.push(((performance.now() - t0) * 1e6) / (reps * n));
    }
    g.dispose();
    const m = median(perLeaf);
    medians.push(m);
    row[`10^${Math.log10(n)}`] = `${fmt(m)} [${fmt(Math.min(...perLeaf))}-${fmt(Math.max(...perLeaf))}]`;
  }
  row['10^5 / 10^3'] = `x${(medians[medians.length - 1] / medians[0]).toFixed(2)}`;
  table.push(row);
  console.log(Object.values(row).join('  |  '));
}
console.table(table);
const m = py.memory();
console.log(`memory after: ${m.inUse} bytes in use, wasm heap ${m.heapSize} bytes, ${m.objects} PyObjects alive`);
py.close();
