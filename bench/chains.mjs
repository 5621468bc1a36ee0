#!/usr/bin/env node
// bench/chains.mjs: chains of 10, 100, 1,000 and 10,000 exceptions, each
// raised `from` the previous one in a loop (so no recursion limit applies),
// the last one uncaught. Per exception of the chain, at each length:
//   run     py.run() of the snippet: build the chain, print its traceback;
//   format  py.format() of the chain (the traceback text only);
//   toJSON  toJSON() of the chain (its graph as plain objects).
// A linear operation keeps the time per exception flat as the chain grows
// (the last column: largest over smallest). Each run handles ~10^4 exceptions.
//
//   node --expose-gc bench/chains.mjs [--runs N] [--quick] [--json]
import { load } from '../bindings/pyexc.mjs';
import { arg, fmtNs, perElement } from './stats.mjs';

const quick = process.argv.includes('--quick');
const RUNS = Number(arg('runs', quick ? 1 : 7));
const SIZES = [10, 100, 1000, 10000];
const WORK = quick ? 1e3 : 1e4;

const py = await load({ python: arg('python', '3.14'), platform: arg('platform', 'emscripten') });

const chainSource = (n) => `\
prev = None
for i in range(${n}):
    try:
        raise ValueError(f'step {i}') from prev
    except ValueError as e:
        prev = e
raise RuntimeError('end of the chain') from prev
`;

function run(src) {
  const r = py.run(src, { filename: 'chain.py', fresh: true });
  if (!r.exception || !r.stderr.includes('end of the chain')) throw new Error(`chains: no traceback: ${r.stderr.slice(0, 300)}`);
  return r;
}

// Each chain is built once and shared by format and toJSON (neither changes it).
const chains = new Map();
const chain = (n) => {
  if (!chains.has(n)) chains.set(n, run(chainSource(n)).exception);
  return chains.get(n);
};

const OPS = [
  ['py.run(): build + traceback', (n) => chainSource(n), (src) => run(src).exception],
  ['py.format(chain)', chain, (e) => py.format(e)],
  ['chain.toJSON()', chain, (e) => e.toJSON()],
];

console.log(`chains: Python ${py.python} (${py.platform}), node ${process.version}; ${RUNS} runs of ~${WORK} exceptions each; time per exception: median [min-max]`);
const results = [];
for (const [name, setup, op] of OPS) {
  const r = perElement({ sizes: SIZES, work: WORK, runs: RUNS, warmup: !quick, setup, op, release: (x) => x?.dispose?.() });
  results.push({ op: name, unit: 'exception', ...r });
  const cells = SIZES.map((n) => {
    const s = r.sizes[n];
    return `${n}: ${fmtNs(s.median)} [${fmtNs(s.min)}-${fmtNs(s.max)}]`;
  });
  console.log(`${name}  |  ${cells.join('  |  ')}  |  largest/smallest x${r.growth.toFixed(2)}`);
}
for (const e of chains.values()) e.dispose();
py.close();
if (process.argv.includes('--json')) console.log(`BENCH-RESULT ${JSON.stringify({ bench: 'chains', runs: RUNS, work: WORK, results })}`);
