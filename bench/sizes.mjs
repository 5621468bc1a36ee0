// bench/sizes.mjs: the download size of each peer: the files a browser
// fetches to run one snippet, raw, gzip -9 (zlib) and brotli q11.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PYODIDE = 'node_modules/pyodide/';
const MICROPYTHON = 'node_modules/@micropython/micropython-webassembly-pyscript/';

/** Per peer, the files (relative to the repository root). */
export const DOWNLOADS = {
  pyexc: ['dist/pyexc-core.wasm', 'dist/pyexc-core.mjs', 'bindings/pyexc.mjs'],
  pyodide: [
    `${PYODIDE}pyodide.mjs`,
    `${PYODIDE}pyodide.asm.mjs`,
    `${PYODIDE}pyodide.asm.wasm`,
    `${PYODIDE}python_stdlib.zip`,
    `${PYODIDE}pyodide-lock.json`,
  ],
  micropython: [`${MICROPYTHON}micropython.mjs`, `${MICROPYTHON}micropython.wasm`],
};

function sizeOf(path) {
  const bytes = readFileSync(root + path);
  return {
    path,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** { files: [{path, raw, gzip, brotli}], raw, gzip, brotli } for a peer, or null when a file is missing. */
export function downloadSize(peer) {
  const paths = DOWNLOADS[peer];
  const missing = paths.filter((p) => !existsSync(root + p));
  if (missing.length) return { missing };
  const files = paths.map(sizeOf);
  const sum = (k) => files.reduce((a, f) => a + f[k], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}
