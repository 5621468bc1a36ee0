// worker.mjs: the Python side of the element, run in a module worker (the
// bundle's own file started as a worker; see runner.mjs). One worker serves
// one (python, platform) profile with one runtime, loaded on the first run;
// every run is fresh (a new __main__). The wasm files lie beside the bundle:
// the page passes their base URL (the bundle's import.meta.url).
//   first message in: { python, platform, wasmBase }; the worker answers { ready: true }
//   then in: { id, code, filename }  out: { id, started: true } once the runtime is
//   loaded (the time limit counts from there), then { id, stdout, stderr,
//   exitCode, budgetExceeded } | { id, error }
import { load } from '../../bindings/pyexc.mjs';

/** A runner of snippets for one profile (used in a worker, or on the page when no worker can start). */
export function makeExecutor(python, platform, wasmBase) {
  let runtime = null;
  const locateFile = wasmBase ? (name) => new URL(name, wasmBase).href : undefined;
  // onStart() is called once the runtime is loaded, just before the run.
  return async function execute({ code, filename }, onStart = () => {}) {
    runtime ??= load({ python, platform, ...(locateFile ? { locateFile } : {}) });
    const py = await runtime.catch((e) => {
      runtime = null;   // try again next time
      throw e;
    });
    onStart();
    const r = py.run(code, { filename, fresh: true, color: true });
    r.exception?.dispose();
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, budgetExceeded: r.budgetExceeded };
  };
}

/** The worker's message loop. */
export function startWorker() {
  let execute = null;
  self.onmessage = async ({ data }) => {
    if (!execute) {
      execute = makeExecutor(data.python, data.platform, data.wasmBase);
      self.postMessage({ ready: true });
      return;
    }
    try {
      self.postMessage({ id: data.id, ...(await execute(data, () => self.postMessage({ id: data.id, started: true }))) });
    } catch (e) {
      self.postMessage({ id: data.id, error: String(e?.message ?? e) });
    }
  };
}
