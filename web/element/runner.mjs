// runner.mjs: the page side of the runs. One Runner per (python, platform)
// for the whole page, shared by every element: a module worker started from
// the bundle's own URL, fed one run at a time (a queue). A run that takes
// longer than its time limit (counted once the runtime is loaded) gets the
// worker terminated (the page never
// waits on it) and the next run starts a new worker. When no worker can start
// (the script was loaded from another origin, or worker-src forbids it) the
// runs happen on the page itself, bounded by the step budget only.
import { makeExecutor } from './worker.mjs';

const runners = new Map();
const LOAD_LIMIT = 60_000;   // ms to fetch, compile and open a runtime
// The script a worker starts (the bundle; it starts the worker loop when it
// finds itself in a worker) and where the wasm files are (undefined: beside
// dist/pyexc-core.mjs, as bindings/pyexc.mjs finds them unbundled).
const where = { script: null, wasmBase: undefined };

/** Set by the entry module: its own URL, and the base URL of the wasm files. */
export function configure(script, wasmBase) {
  where.script = script;
  where.wasmBase = wasmBase;
}

/** The shared runner of a profile. */
export function runnerFor(python, platform) {
  const key = `${python}/${platform}`;
  let r = runners.get(key);
  if (!r) runners.set(key, (r = new Runner(python, platform)));
  return r;
}

class Runner {
  constructor(python, platform) {
    this.python = python;
    this.platform = platform;
    this.queue = [];       // { job, resolve, reject, timeout }
    this.busy = false;
    this.worker = null;    // Promise<Worker | null>; null: run on the page
    this.inline = null;    // the on-page executor
    this.nextId = 1;
  }

  /** Runs code; resolves with { stdout, stderr, exitCode } or { timedOut: true }. */
  run(code, filename, timeout) {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { code, filename }, resolve, reject, timeout });
      this.pump();
    });
  }

  async pump() {
    if (this.busy || !this.queue.length) return;
    this.busy = true;
    const item = this.queue.shift();
    try {
      item.resolve(await this.runOne(item));
    } catch (e) {
      item.reject(e);
    } finally {
      this.busy = false;
      this.pump();
    }
  }

  async runOne({ job, timeout }) {
    this.worker ??= this.startWorker();
    const worker = await this.worker;
    if (!worker) {
      this.inline ??= makeExecutor(this.python, this.platform, where.wasmBase);
      return this.inline(job);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Until the run starts: loading the runtime has LOAD_LIMIT ms.
      let timer = setTimeout(() => {
        stop();
        this.kill(worker);
        reject(new Error(`the Python runtime did not load in ${LOAD_LIMIT / 1000} s`));
      }, LOAD_LIMIT);
      const stop = () => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      const onMessage = ({ data }) => {
        if (data.id !== id) return;
        if (data.started) {
          clearTimeout(timer);
          // The runtime is loaded (loading is not counted): the run has `timeout` ms.
          timer = setTimeout(() => {
            stop();
            this.kill(worker);
            resolve({ timedOut: true });
          }, timeout);
          return;
        }
        stop();
        if (data.error !== undefined) reject(new Error(data.error));
        else resolve(data);
      };
      const onError = (e) => {
        stop();
        this.kill(worker);
        reject(new Error(`the worker failed: ${e.message || 'error'}`));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ id, ...job });
    });
  }

  // Drops a worker; the next run starts another.
  kill(worker) {
    worker.terminate();
    this.worker = null;
  }

  // A started worker, or null when none can start here.
  startWorker() {
    let worker;
    try {
      worker = new Worker(where.script, { type: 'module', name: `pyexc ${this.python} ${this.platform}` });
    } catch {
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const done = (w) => {
        worker.removeEventListener('message', onReady);
        worker.removeEventListener('error', onFail);
        resolve(w);
      };
      const onReady = ({ data }) => data?.ready && done(worker);
      const onFail = (e) => {
        e.preventDefault?.();
        worker.terminate();
        done(null);
      };
      worker.addEventListener('message', onReady);
      worker.addEventListener('error', onFail);
      worker.postMessage({ python: this.python, platform: this.platform, wasmBase: where.wasmBase });
    });
  }
}
