// harness.mjs: the conformance suite. Each case is a Python snippet with
// what real CPython printed for it (stdout, "--- stderr ---", stderr,
// "--- rc N ---"), per profile. The same cases run through three builds:
//   native: build/native/pyexc (the C CLI)
//   asan:   build/native-asan/pyexc (the same CLI under ASan+UBSan+LSan: a
//           sanitizer report or leak makes the case fail)
//   wasi:   dist/pyexc.wasm under node:wasi (one compile, one instance a case)
//   web:    the JS API of bindings/pyexc.mjs (py.run)
// Cases come from ../shared/conformance/cases (when present) and
// tests/conformance/cases (ours, made with ../shared/oracle).
import { readdirSync, readFileSync, existsSync, mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const PROFILES = {
  '3.11': { python: '3.11', platform: 'linux' },
  '3.12': { python: '3.12', platform: 'emscripten' },
  '3.13': { python: '3.13', platform: 'emscripten' },
  '3.14': { python: '3.14', platform: 'emscripten' },
};

function casesIn(dir, origin) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.py')) continue;
    const name = f.slice(0, -3);
    const expected = {};
    for (const v of Object.keys(PROFILES)) {
      const p = join(dir, `${name}.${v}.out`);
      if (existsSync(p)) expected[v] = readFileSync(p, 'utf8');
    }
    out.push({ name, origin, dir, file: f, source: readFileSync(join(dir, f)), expected });
  }
  return out;
}

export function loadCases() {
  return [
    ...casesIn(join(root, '..', 'shared', 'conformance', 'cases'), 'shared'),
    ...casesIn(join(root, 'tests', 'conformance', 'cases'), 'own'),
  ];
}

// Keys: NAME, NAME@VERSION, or NAME@VERSION@BUILD (a failure of one build only).
export function knownFailures() {
  const p = join(root, 'tests', 'conformance', 'known_failures.txt');
  if (!existsSync(p)) return new Map();
  const m = new Map();
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (!t) continue;
    const [key, ...why] = t.split(/\s+/);
    m.set(key, why.join(' '));
  }
  return m;
}

export function render({ stdout, stderr, code }) {
  return `${stdout}--- stderr ---\n${stderr}--- rc ${code} ---\n`;
}

// ---- runners: each returns { stdout, stderr, code } -------------------------------

export function runNative(c, profile, bin = process.env.PYEXC_NATIVE ?? join(root, 'build', 'native', 'pyexc')) {
  const r = spawnSync(bin, ['--python', profile.python, '--platform', profile.platform, c.file], {
    cwd: c.dir, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? 128 };
}

export function runAsan(c, profile) {
  return runNative(c, profile, process.env.PYEXC_ASAN ?? join(root, 'build', 'native-asan', 'pyexc'));
}

let wasiModule;
export async function runWasi(c, profile) {
  const { WASI } = await import('node:wasi');
  if (!wasiModule) wasiModule = await WebAssembly.compile(readFileSync(join(root, 'dist', 'pyexc.wasm')));
  const tmp = mkdtempSync(join(tmpdir(), 'pyexc-wasi-'));
  const outPath = join(tmp, 'out'), errPath = join(tmp, 'err');
  const out = openSync(outPath, 'w'), err = openSync(errPath, 'w');
  const wasi = new WASI({
    version: 'preview1',
    args: ['pyexc', '--python', profile.python, '--platform', profile.platform, c.file],
    preopens: { '.': c.dir },
    stdout: out, stderr: err, returnOnExit: true,
  });
  let code;
  try {
    const instance = await WebAssembly.instantiate(wasiModule, wasi.getImportObject());
    code = wasi.start(instance);
  } catch (e) {
    code = 134;
  }
  closeSync(out);
  closeSync(err);
  const r = { stdout: readFileSync(outPath, 'utf8'), stderr: readFileSync(errPath, 'utf8'), code };
  rmSync(tmp, { recursive: true, force: true });
  return r;
}

const runtimes = new Map();
export async function runWeb(c, profile) {
  const { load } = await import(join(root, 'bindings', 'pyexc.mjs'));
  const key = `${profile.python}/${profile.platform}`;
  if (!runtimes.has(key)) runtimes.set(key, await load(profile));
  const py = runtimes.get(key);
  const r = py.run(c.source.toString('utf8'), { filename: c.file, fresh: true });
  const result = { stdout: r.stdout, stderr: r.stderr, code: r.exitCode };
  r.exception?.dispose();
  return result;
}

export const RUNNERS = { native: runNative, asan: runAsan, wasi: runWasi, web: runWeb };

// Runs every case with an expectation for `version` through `build`.
export async function runSuite(build, version, { only } = {}) {
  const profile = PROFILES[version];
  const results = [];
  for (const c of loadCases()) {
    if (!(version in c.expected)) continue;
    if (only && !only.test(c.name)) continue;
    const got = render(await RUNNERS[build](c, profile));
    results.push({ name: c.name, origin: c.origin, ok: got === c.expected[version], got, expected: c.expected[version] });
  }
  return results;
}

// A short unified view of the first difference.
export function firstDifference(expected, got) {
  const a = expected.split('\n'), b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  expected: ${JSON.stringify(a[i])}\n  got:      ${JSON.stringify(b[i])}`;
  }
  return '(identical)';
}
