// bench/report.mjs: bench/run.mjs's results as markdown tables (printed, and
// written to bench/RESULTS.md). Every figure of a peer is followed by its
// ratio to pyexc's ("38x": the peer's figure is 38 times pyexc's).
import { PEER_NAMES } from './peers.mjs';
import { fmtNs } from './stats.mjs';

const KB = 1024;
const MB = 1024 * 1024;

/** The targets of issue 6 (KB and MB are 1024 and 1024^2 bytes). */
export const TARGETS = {
  webGzipBytes: 150 * KB,
  coldMs: 10,
  speedup: 10,
  memBytes: 10 * MB,
};

const bytes = (n) => (n >= MB ? `${(n / MB).toFixed(2)} MB` : `${(n / KB).toFixed(1)} KB`);
const ms = (x) => `${x.toFixed(x < 10 ? 2 : x < 1000 ? 1 : 0)} ms`;
const us = (x) => fmtNs(x * 1000);
const times = (r) => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2));
const range = (s, f) => (s.min === s.max ? f(s.median) : `${f(s.median)} [${f(s.min)}-${f(s.max)}]`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

// "x (38x)": a peer's figure and its ratio to pyexc's (none for pyexc itself).
function vs(peer, text, value, base) {
  if (peer === 'pyexc' || base == null || !(base > 0)) return text;
  return `${text} (${times(value / base)}x)`;
}

function machine(res) {
  const m = res.machine;
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${(m.ramBytes / 2 ** 30).toFixed(1)} GB RAM; Node ${m.node} (${m.platform}); ${m.date}.`,
    `${res.runs} run${res.runs > 1 ? 's' : ''} per peer, each in a fresh Node process; figures are median [min-max] over the runs${res.quick ? ' (--quick: one run, few iterations; not meaningful)' : ''}.`,
    '',
    ...Object.entries(res.peers).map(([p, r]) => `- ${PEER_NAMES[p]}: ${r.version}`),
  ].join('\n');
}

function sizes(res) {
  const base = res.peers.pyexc?.size;
  const rows = Object.entries(res.peers).map(([p, { size }]) => {
    if (size.missing) return [PEER_NAMES[p], `missing: ${size.missing.join(', ')}`, '', '', ''];
    const cell = (k) => vs(p, bytes(size[k]), size[k], base?.[k]);
    return [PEER_NAMES[p], size.files.map((f) => f.path.split('/').pop()).join(', '), cell('raw'), cell('gzip'), cell('brotli')];
  });
  return table(['peer', 'files', 'raw', 'gzip -9', 'brotli q11'], rows);
}

function cold(res) {
  const base = res.peers.pyexc?.coldMs.median;
  const rows = Object.entries(res.peers).map(([p, r]) => [PEER_NAMES[p], vs(p, range(r.coldMs, ms), r.coldMs.median, base)]);
  return table(['peer', 'cold start: import to first output'], rows);
}

/** Whether pyexc's and Pyodide's outputs of a snippet are equal (null when one is missing). */
export function sameOutput(res, name) {
  const a = res.peers.pyexc?.snippets[name];
  const b = res.peers.pyodide?.snippets[name];
  if (!a || !b) return null;
  return a.stdout === b.stdout && a.stderr === b.stderr;
}

// The snippet table of one figure (key: usPerRun, wall time; cpuUsPerRun,
// CPU time); the wall table also says whether the outputs are equal.
function snippetTable(res, key, withOutput) {
  const peers = Object.keys(res.peers).filter((p) => res.peers[p].snippets[res.snippets[0].name][key]);
  const head = ['snippet', ...peers.map((p) => PEER_NAMES[p])];
  const compare = withOutput && peers.includes('pyexc') && peers.includes('pyodide');
  if (compare) head.push('output = Pyodide\'s');
  const rows = res.snippets.map((s) => {
    const base = res.peers.pyexc?.snippets[s.name][key]?.median;
    const cells = [s.name];
    for (const p of peers) {
      const t = res.peers[p].snippets[s.name][key];
      let text = vs(p, range(t, us), t.median, base);
      if (p === 'micropython' && s.micropythonNearest) text += ` (nearest: ${s.micropythonNearest})`;
      cells.push(text);
    }
    if (compare) cells.push(sameOutput(res, s.name) ? 'yes' : '**no**');
    return cells;
  });
  return table(head, rows);
}

function snippets(res) {
  const notes = res.snippets.map((s) => `- ${s.name}: ${s.what}`).join('\n');
  return [
    snippetTable(res, 'usPerRun', true),
    '',
    `Wall time per run after warm-up; "(Nx)": the peer's time over pyexc's. Output compared as text (stdout and stderr, file "${res.filename}" for both).`,
    '',
    notes,
    '',
    'CPU time per run (process.cpuUsage, all threads of the process; less disturbed than wall time by other processes on a busy machine):',
    '',
    snippetTable(res, 'cpuUsPerRun', false),
  ].join('\n');
}

function memory(res) {
  const b1 = res.peers.pyexc?.memAfterLoadBytes.median;
  const b2 = res.peers.pyexc?.memAfterRunsBytes.median;
  const n = Object.values(res.peers)[0].memRuns;
  const rows = Object.entries(res.peers).map(([p, r]) => [
    PEER_NAMES[p],
    vs(p, range(r.memAfterLoadBytes, bytes), r.memAfterLoadBytes.median, b1),
    vs(p, range(r.memAfterRunsBytes, bytes), r.memAfterRunsBytes.median, b2),
  ]);
  const core = res.peers.pyexc?.runs?.[0]?.core;
  const coreNote = core
    ? ` pyexc's core after those runs (first run): ${bytes(core.inUse)} in use, wasm memory ${bytes(core.heapSize)}, ${core.objects} PyObjects alive.`
    : '';
  return `${table(['peer', 'after loading', `after ${n.toLocaleString('en')} more runs`], rows)}\n\nResident memory (rss) over the process's baseline before the import, each after a gc.${coreNote}`;
}

function scaleTable(bench, label) {
  const sizes = Object.keys(bench.results[0].sizes).map(Number);
  const head = ['operation', ...sizes.map((n) => `${n.toLocaleString('en')} ${label}`), 'largest/smallest'];
  const rows = bench.results.map((r) => [
    r.op,
    ...sizes.map((n) => range(r.sizes[n], fmtNs)),
    `${r.growth.toFixed(2)}x`,
  ]);
  return table(head, rows);
}

function scale(res) {
  const { groups, chains } = res.scale;
  return [
    `Exception groups nested three deep (top, 10 groups, 10 groups each, the leaves), time per leaf; ${groups.runs} run(s) of ~${groups.work.toLocaleString('en')} leaves:`,
    '',
    scaleTable(groups, 'leaves'),
    '',
    `Chains built in a loop with \`raise ... from prev\`, the last one uncaught; time per exception; ${chains.runs} run(s) of ~${chains.work.toLocaleString('en')} exceptions:`,
    '',
    scaleTable(chains, 'exceptions'),
    '',
    'A linear operation keeps the time per element flat: largest/smallest stays near 1x.',
  ].join('\n');
}

/** The targets, measured: [{ target, measured, met, by }]. */
export function targets(res) {
  const px = res.peers.pyexc;
  if (!px) return [];
  const out = [];
  const check = (target, measured, met, by) => out.push({ target, measured, met, by: met ? '' : by });
  const gz = px.size.gzip;
  if (gz != null) {
    check(`web build <= ${bytes(TARGETS.webGzipBytes)} gzip`, bytes(gz), gz <= TARGETS.webGzipBytes,
      `${bytes(gz - TARGETS.webGzipBytes)} over (+${((gz / TARGETS.webGzipBytes - 1) * 100).toFixed(0)}%)`);
  }
  const c = px.coldMs.median;
  check(`cold start < ${TARGETS.coldMs} ms in Node`, ms(c), c < TARGETS.coldMs,
    `${ms(c - TARGETS.coldMs)} over (${times(c / TARGETS.coldMs)}x the target)`);
  const py = res.peers.pyodide;
  if (py) {
    const ratios = res.snippets.map((s) => ({
      name: s.name,
      r: py.snippets[s.name].usPerRun.median / px.snippets[s.name].usPerRun.median,
    }));
    const worst = ratios.reduce((a, b) => (b.r < a.r ? b : a));
    const slow = ratios.filter((x) => x.r < TARGETS.speedup).map((x) => `${x.name} ${times(x.r)}x`);
    const cpu = (name) => py.snippets[name].cpuUsPerRun?.median / px.snippets[name].cpuUsPerRun?.median;
    const cpuNote = Number.isFinite(cpu(worst.name)) ? ` (CPU time ${times(cpu(worst.name))}x)` : '';
    check(`each snippet >= ${TARGETS.speedup}x faster than Pyodide`, `slowest: ${worst.name} ${times(worst.r)}x${cpuNote}`,
      !slow.length, `${slow.length} of ${ratios.length} under ${TARGETS.speedup}x: ${slow.join(', ')}`);
  }
  const mem = Math.max(px.memAfterLoadBytes.median, px.memAfterRunsBytes.median);
  check(`< ${bytes(TARGETS.memBytes)} memory over Node's baseline`, bytes(mem), mem < TARGETS.memBytes,
    `${bytes(mem - TARGETS.memBytes)} over (+${((mem / TARGETS.memBytes - 1) * 100).toFixed(0)}%)`);
  return out;
}

function targetTable(res) {
  const rows = targets(res).map((t) => [t.target, t.measured, t.met ? 'met' : '**missed**', t.by]);
  return table(['target', 'pyexc', 'met?', 'missed by'], rows);
}

/** The whole report as markdown. */
export function render(res) {
  const parts = [
    '# pyexc benchmarks',
    '',
    machine(res),
    '',
    '## Download size',
    '',
    'The files a browser fetches to run a snippet; KB = 1024 bytes.',
    '',
    sizes(res),
    '',
    '## Cold start',
    '',
    'From the start of the dynamic import to the first snippet\'s output, in a fresh Node process.',
    '',
    cold(res),
    '',
    '## Time per snippet',
    '',
    snippets(res),
    '',
    '## Memory',
    '',
    memory(res),
  ];
  if (res.scale) parts.push('', '## Scale (pyexc)', '', scale(res));
  if (res.peers.pyexc) parts.push('', '## Targets', '', targetTable(res));
  return `${parts.join('\n')}\n`;
}
