#!/usr/bin/env node
// bench/peer.mjs: one measurement run of one peer, in this (fresh) process:
//
//   node --expose-gc bench/peer.mjs pyexc|pyodide|micropython [--quick]
//
// 1. baseline: process.memoryUsage().rss after a gc, before the import;
// 2. cold start: from the start of the peer's dynamic import to the first
//    snippet's output;
// 3. memory after loading (rss over the baseline, after a gc);
// 4. WARMUP runs of every snippet; then per snippet, runs in batches until
//    MIN_MS have passed: the time per run (wall and CPU), and the output
//    text of its first run;
// 5. memory after MEM_RUNS more runs (the snippets in turn).
// Prints one line `BENCH-RESULT {json}` for bench/run.mjs (and a readable
// summary before it).
import { PEERS } from './peers.mjs';
import { SNIPPETS } from './snippets.mjs';

const peer = process.argv[2];
const quick = process.argv.includes('--quick');
if (!PEERS[peer]) {
  console.error(`peer.mjs: unknown peer '${peer}' (${Object.keys(PEERS).join(' ')})`);
  process.exit(2);
}
const WARMUP = quick ? 5 : 50;
const MIN_MS = quick ? 10 : 200;
const MEM_RUNS = quick ? 1000 : 10000;

const rss = () => {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().rss;
};
const sourceOf = (s) => (peer === 'micropython' && s.micropython ? s.micropython : s.source);

const baseline = rss();
const t0 = performance.now();
const p = await PEERS[peer]();
const first = p.run(sourceOf(SNIPPETS[0]));
const coldMs = performance.now() - t0;
if (!first.stdout && !first.stderr) throw new Error(`${peer}: the first snippet printed nothing`);
const afterLoad = rss() - baseline;

// Warm-up of every snippet first, so that the engine's optimizing tier
// (V8 tiers hot wasm functions up in the background) serves all snippets
// alike, whatever their order.
const outputs = {};
for (const s of SNIPPETS) {
  const src = sourceOf(s);
  outputs[s.name] = p.run(src);
  for (let i = 0; i < WARMUP; i++) p.run(src);
}

// Runs in doubling batches until MIN_MS have passed. Wall time is the
// figure; CPU time (process.cpuUsage: user + system, all threads) is kept
// too, being less disturbed by other processes on a busy machine.
const snippets = {};
for (const s of SNIPPETS) {
  const src = sourceOf(s);
  let n = 0;
  let batch = 1;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (let i = 0; i < batch; i++) p.run(src);
    n += batch;
    batch *= 2;
    elapsed = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpu0);
  const { stdout, stderr } = outputs[s.name];
  snippets[s.name] = { usPerRun: (elapsed * 1000) / n, cpuUsPerRun: (cpu.user + cpu.system) / n, runs: n, stdout, stderr };
}

for (let i = 0; i < MEM_RUNS; i++) p.run(sourceOf(SNIPPETS[i % SNIPPETS.length]));
const afterRuns = rss() - baseline;
const core = p.memory?.() ?? null;
p.close();

const result = {
  peer,
  version: p.version,
  coldMs,
  baselineBytes: baseline,
  memAfterLoadBytes: afterLoad,
  memAfterRunsBytes: afterRuns,
  memRuns: MEM_RUNS,
  core,
  warmup: WARMUP,
  snippets,
};
console.log(`${p.version}: cold start ${coldMs.toFixed(1)} ms; rss +${(afterLoad / 2 ** 20).toFixed(1)} MB loaded, +${(afterRuns / 2 ** 20).toFixed(1)} MB after ${MEM_RUNS} runs`);
for (const [name, r] of Object.entries(snippets)) console.log(`  ${name}: ${r.usPerRun.toFixed(1)} µs/run (${r.runs} runs)`);
console.log(`BENCH-RESULT ${JSON.stringify(result)}`);
