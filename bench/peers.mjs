// bench/peers.mjs: one adapter per peer. Each adapter's load() does the
// peer's dynamic import itself (cold start counts from its start) and
// resolves to { version, run(source) -> { stdout, stderr } }, where run()
// behaves as `python3 FILENAME` would: stdout, and the uncaught traceback on
// stderr (MicroPython: what it prints; see snippets.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FILENAME } from './snippets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * pyexc's web build (dist/pyexc-core.*) through bindings/pyexc.mjs, as
 * Pyodide: 3.14 on emscripten. Each run is fresh (a new __main__ and new
 * modules, as a new `python3` process), unless PYEXC_BENCH_FRESH=0 keeps
 * them between runs (Pyodide keeps its modules; its runner gives each run a
 * new __main__ namespace).
 */
async function loadPyexc() {
  const fresh = process.env.PYEXC_BENCH_FRESH !== '0';
  const { load, VERSION } = await import('../bindings/pyexc.mjs');
  const py = await load({ python: '3.14', platform: 'emscripten' });
  return {
    version: `pyexc ${VERSION} (Python ${py.python}, ${py.platform}${fresh ? '' : ', runs not fresh'})`,
    run(source) {
      const r = py.run(source, { filename: FILENAME, fresh });
      r.exception?.dispose();
      return { stdout: r.stdout, stderr: r.stderr };
    },
    // The core's own view: bytes in use, wasm heap size, live PyObjects.
    memory: () => py.memory(),
    close: () => py.close(),
  };
}

// Pyodide: the snippet is compiled as FILENAME (written to the virtual file
// system once, so linecache shows its lines) and exec'd in a fresh __main__
// namespace; an uncaught exception goes to sys.__excepthook__ (what
// `python3 file.py` calls) without the runner's own frame (dropped from its
// __traceback__, which the hook prints).
const PYODIDE_RUNNER = `
import sys
def _bench_run(src, filename):
    g = {'__name__': '__main__', '__builtins__': __builtins__}
    try:
        exec(compile(src, filename, 'exec'), g)
    except BaseException as e:
        if e.__traceback__ is not None:
            e.__traceback__ = e.__traceback__.tb_next
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
_bench_run
`;

async function loadPyodidePeer() {
  const { loadPyodide } = await import('pyodide');
  const out = [];
  const err = [];
  const py = await loadPyodide({ stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  py.setStdout({ batched: (s) => out.push(s) });
  py.setStderr({ batched: (s) => err.push(s) });
  const runner = py.runPython(PYODIDE_RUNNER);
  let written = null;
  return {
    version: `Pyodide ${py.version} (Python ${py.runPython('import sys; sys.version.split()[0]')}, emscripten)`,
    run(source) {
      if (written !== source) {
        py.FS.writeFile(FILENAME, source);
        written = source;
      }
      out.length = err.length = 0;
      runner(source, FILENAME);
      return { stdout: lines(out), stderr: lines(err) };
    },
    close: () => runner.destroy(),
  };
}

// MicroPython: line-buffered output; an uncaught exception rejects with a
// PythonError whose message is the traceback text.
async function loadMicroPythonPeer() {
  const mod = await import('@micropython/micropython-webassembly-pyscript/micropython.mjs');
  const out = [];
  const err = [];
  const mp = await mod.loadMicroPython({ stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  const pkg = JSON.parse(readFileSync(`${root}node_modules/@micropython/micropython-webassembly-pyscript/package.json`, 'utf8'));
  return {
    version: `MicroPython ${pkg.version} (webassembly-pyscript)`,
    run(source) {
      out.length = err.length = 0;
      let uncaught = '';
      try {
        mp.runPython(source);
      } catch (e) {
        uncaught = String(e.message ?? e);
      }
      return { stdout: lines(out), stderr: lines(err) + uncaught };
    },
    close() {},
  };
}

// Batched and line-buffered handlers get lines without their newline.
const lines = (xs) => xs.map((s) => `${s}\n`).join('');

export const PEERS = {
  pyexc: loadPyexc,
  pyodide: loadPyodidePeer,
  micropython: loadMicroPythonPeer,
};

export const PEER_NAMES = { pyexc: 'pyexc', pyodide: 'Pyodide', micropython: 'MicroPython' };
