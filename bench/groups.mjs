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
//   node --expose-gc bench/groups.mjs [--runs N] [--quick] [--json]
//        [--python 3.14] [--platform emscripten]
// --json prints one line `BENCH-RESULT {json}` last (for bench/run.mjs).
import { load } from '../bindings/pyexc.mjs';
import { arg, fmtNs, perElement } from './stats.mjs';

const quick = process.argv.includes('--quick');
const RUNS = Number(arg('runs', quick ? 1 : 7));
const SIZES = [1e3, 1e4, 1e5];
const WORK = quick ? 1e4 : 1e5;   // leaves per run

const py = await load({ python: arg('python', '3.14'), platform: arg('platform', 'emscripten') });

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

// Each size is built once and shared by the operations (none changes it).
const groups = new Map();
const group = (n) => {
  if (!groups.has(n)) groups.set(n, build(n));
  return groups.get(n);
};

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

console.log(`groups: Python ${py.python} (${py.platform}), node ${process.version}; ${RUNS} runs of ~${WORK} leaves each; time per leaf: median [min-max]`);
const results = [];
for (const [name, op] of OPS) {
  const r = perElement({ sizes: SIZES, work: WORK, runs: RUNS, warmup: !quick, setup: group, op, release });
  results.push({ op: name, unit: 'leaf', ...r });
  const cells = SIZES.map((n) => {
    const s = r.sizes[n];
    return `10^${Math.log10(n)}: ${fmtNs(s.median)} [${fmtNs(s.min)}-${fmtNs(s.max)}]`;
  });
  console.log(`${name}  |  ${cells.join('  |  ')}  |  largest/smallest x${r.growth.toFixed(2)}`);
}
for (const g of groups.values()) g.dispose();
const m = py.memory();
console.log(`memory after: ${m.inUse} bytes in use, wasm heap ${m.heapSize} bytes, ${m.objects} PyObjects alive`);
py.close();
if (process.argv.includes('--json')) console.log(`BENCH-RESULT ${JSON.stringify({ bench: 'groups', runs: RUNS, work: WORK, results })}`);
