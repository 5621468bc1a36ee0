// pyexc-snippet.mjs: the entry of the bundle pyexc-snippet.js (build.mjs).
// On a page it defines <pyexc-snippet>; started as a module worker (by
// runner.mjs, from this same file) it runs snippets. Bundled, the wasm
// files pyexc-core.mjs/.wasm lie beside it; unbundled (web/element/ in the
// repository), bindings/pyexc.mjs finds them in dist/.
import { startWorker } from './worker.mjs';

/* global PYEXC_BUNDLED, WorkerGlobalScope */
const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;
if (inWorker) {
  startWorker();
} else {
  const { configure } = await import('./runner.mjs');
  const { defineElement } = await import('./element.mjs');
  configure(import.meta.url, typeof PYEXC_BUNDLED !== 'undefined' ? import.meta.url : undefined);
  defineElement();
}
