#!/usr/bin/env node
// bench/run.mjs (`npm run bench`): pyexc side by side with Pyodide and
// MicroPython, and pyexc's scaling.
//
//   node bench/run.mjs [--quick] [--only pyexc,pyodide,micropython] [--runs N] [--out DIR]
//
// - download sizes (bench/sizes.mjs), computed here;
// - per peer and run, one fresh `node --expose-gc bench/peer.mjs PEER`
//   process (cold start, time per snippet, memory); the peers take turns so
//   that machine noise spreads over all of them;
// - with pyexc: bench/groups.mjs and bench/chains.mjs (scale), one process each;
// - prints the tables (bench/report.mjs) and writes DIR/results.json and
//   DIR/RESULTS.md (DIR: bench/ by default; --quick writes only with --out).
// --quick: one run each, fewer iterations (a smoke test; its numbers mean little).
// Speed is measured here only, never in the tests.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { downloadSize } from './sizes.mjs';
import { PEERS } from './peers.mjs';
import { SNIPPETS, FILENAME } from './snippets.mjs';
import { summary, arg } from './stats.mjs';
import { render } from './report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const RUNS = Number(arg('runs', quick ? 1 : 5));
const only = arg('only', Object.keys(PEERS).join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
for (const p of only) {
  if (!PEERS[p]) {
    console.error(`bench: unknown peer '${p}' (${Object.keys(PEERS).join(', ')})`);
    process.exit(2);
  }
}
const outDir = arg('out', quick ? null : here);
if (only.includes('pyexc') && !existsSync(join(here, '../dist/pyexc-core.wasm'))) {
  console.error('bench: dist/pyexc-core.wasm is missing: run `bash scripts/build.sh wasm-web` first');
  process.exit(2);
}
const log = (s) => process.stderr.write(`${s}\n`);

// Runs `node --expose-gc bench/SCRIPT ARGS`; returns its BENCH-RESULT object.
function child(script, args) {
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('BENCH-RESULT '));
  if (r.status !== 0 || !line) {
    throw new Error(`bench: ${script} ${args.join(' ')} failed (${r.signal ?? `exit ${r.status}`}):\n${r.stderr}`);
  }
  return JSON.parse(line.slice('BENCH-RESULT '.length));
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m) cpu = m[1].trim();
  } catch {}
  return {
    cpu,
    cores: cpus().length,
    ramBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

const results = {
  machine: machine(),
  quick,
  runs: RUNS,
  filename: FILENAME,
  snippets: SNIPPETS.map(({ name, what, nearest }) => ({ name, what, micropythonNearest: nearest })),
  peers: {},
};
log(`bench: ${only.join(', ')}; ${RUNS} run(s) each${quick ? ' (quick)' : ''}`);

for (const p of only) {
  log(`bench: download size of ${p}`);
  results.peers[p] = { size: downloadSize(p), runs: [] };
}

for (let r = 0; r < RUNS; r++) {
  for (const p of only) {
    log(`bench: run ${r + 1}/${RUNS}: ${p}`);
    results.peers[p].runs.push(child('peer.mjs', [p, ...(quick ? ['--quick'] : [])]));
  }
}

// Median and range of every figure across the runs; outputs from the first run.
for (const p of only) {
  const peer = results.peers[p];
  const runs = peer.runs;
  peer.version = runs[0].version;
  peer.coldMs = summary(runs.map((x) => x.coldMs));
  peer.memAfterLoadBytes = summary(runs.map((x) => x.memAfterLoadBytes));
  peer.memAfterRunsBytes = summary(runs.map((x) => x.memAfterRunsBytes));
  peer.memRuns = runs[0].memRuns;
  peer.snippets = {};
  for (const s of SNIPPETS) {
    const { stdout, stderr } = runs[0].snippets[s.name];
    peer.snippets[s.name] = {
      usPerRun: summary(runs.map((x) => x.snippets[s.name].usPerRun)),
      cpuUsPerRun: summary(runs.map((x) => x.snippets[s.name].cpuUsPerRun)),
      stdout,
      stderr,
    };
  }
  for (const x of runs) delete x.snippets;   // outputs kept once, above
}

if (only.includes('pyexc')) {
  const extra = [...(quick ? ['--quick'] : []), '--json'];
  log('bench: scale: groups');
  const groups = child('groups.mjs', extra);
  log('bench: scale: chains');
  const chains = child('chains.mjs', extra);
  results.scale = { groups, chains };
}

const md = render(results);
process.stdout.write(md);
if (outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(outDir, 'RESULTS.md'), md);
  log(`bench: wrote ${join(outDir, 'results.json')} and ${join(outDir, 'RESULTS.md')}`);
}
