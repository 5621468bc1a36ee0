// worker.mjs: the playground's module Worker. It owns the pyexc runtimes
// (one per version/platform, loaded once, over one compiled wasm module) and
// answers each request with plain data only, so nothing Python crosses the
// worker boundary and every wrapper is disposed before the reply:
//   { id, op: 'run', code, python, platform, filename, color, stepBudget, split? }
//     -> { id, ok: true, stdout, stderr, exitCode, budgetExceeded, tree, split? }
//   { id, op: 'hierarchy', python, platform } -> { id, ok: true, text }
// split = { path: [step...], classes: [name...] } selects a group inside the
// uncaught exception (steps: member index, 'cause' or 'context') and splits
// it by the class names; its reply is { match, rest, error } (toJSON trees).
// A request that throws answers { id, ok: false, error }.
import { load } from '../../bindings/pyexc.mjs';

let wasmModule = null;        // Promise<WebAssembly.Module>, compiled once
const runtimes = new Map();   // 'python/platform' -> Promise<PyRuntime>

function compileWasm() {
  if (!wasmModule) {
    const url = new URL('./pyexc-core.wasm', import.meta.url);
    wasmModule = WebAssembly.compileStreaming(fetch(url));
    wasmModule.catch(() => { wasmModule = null; });
  }
  return wasmModule;
}

function runtime(python, platform) {
  const key = `${python}/${platform}`;
  if (!runtimes.has(key)) {
    const made = compileWasm().then((m) => load({ python, platform, wasmModule: m }));
    made.catch(() => runtimes.delete(key));   // a failed load is retried next time
    runtimes.set(key, made);
  }
  return runtimes.get(key);
}

// Follows path from the uncaught exception; returns a new wrapper (or null).
// Intermediate wrappers are disposed on the way.
function follow(exc, path) {
  let cur = exc;
  for (const step of path) {
    let next = null;
    if (step === 'cause') next = cur.cause;
    else if (step === 'context') next = cur.context;
    else if (Number.isInteger(step) && cur.exceptions) {
      const members = cur.exceptions;
      next = members[step] ?? null;
      members.forEach((m) => { if (m !== next) m.dispose(); });
    }
    if (cur !== exc) cur.dispose();
    if (!next) return null;
    cur = next;
  }
  return cur === exc ? null : cur;
}

function splitOf(exc, { path, classes }) {
  const target = path.length ? follow(exc, path) : exc;
  if (!target) return { error: 'The selected group is not in this run.' };
  try {
    if (!target.exceptions) return { error: `${target.type} is not an exception group.` };
    if (!classes.length) return { error: 'Pick at least one class to split by.' };
    const [match, rest] = target.split(classes.length === 1 ? classes[0] : classes);
    const out = { match: match ? match.toJSON() : null, rest: rest ? rest.toJSON() : null, group: target.toJSON() };
    match?.dispose();
    rest?.dispose();
    return out;
  } catch (err) {
    return { error: err.type ? `${err.type}: ${err.message}` : String(err.message ?? err) };
  } finally {
    if (target !== exc) target.dispose();
  }
}

async function handle(req) {
  const py = await runtime(req.python, req.platform);
  if (req.op === 'hierarchy') return { text: py.hierarchy() };
  const r = py.run(req.code, {
    filename: req.filename, fresh: true, color: req.color, stepBudget: req.stepBudget,
  });
  const exc = r.exception;
  try {
    const reply = {
      stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, budgetExceeded: r.budgetExceeded,
      tree: exc ? exc.toJSON() : null,
    };
    if (req.split && exc) reply.split = splitOf(exc, req.split);
    return reply;
  } finally {
    exc?.dispose();
  }
}

self.onmessage = async ({ data }) => {
  try {
    self.postMessage({ id: data.id, ok: true, ...(await handle(data)) });
  } catch (err) {
    self.postMessage({ id: data.id, ok: false, error: String(err?.message ?? err) });
  }
};
