#!/usr/bin/env node
// build.mjs: bundles <pyexc-snippet> into ONE module file for documentation
// sites, beside the two wasm files it loads:
//   <outdir>/pyexc-snippet.js      (esbuild bundle of pyexc-snippet.mjs + bindings/pyexc.mjs)
//   <outdir>/pyexc-snippet.css     (the same CSS, for pre-rendered fragments)
//   <outdir>/pyexc-core.mjs, <outdir>/pyexc-core.wasm   (copied from dist/: scripts/build.sh wasm-web)
//   node web/element/build.mjs [OUTDIR]      (default dist/web)
// bindings/pyexc.mjs imports ../dist/pyexc-core.mjs statically; in the bundle
// that import becomes a dynamic import('./pyexc-core.mjs') made on the first
// load() (in the worker), so a page that only defines the element fetches
// nothing more, and the wasm is found beside the bundle.
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, writeFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { css } from './style.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));

// The core module, loaded lazily from beside the bundle.
const lazyCore = {
  name: 'pyexc-lazy-core',
  setup(b) {
    b.onResolve({ filter: /pyexc-core\.mjs$/ }, (args) => (args.namespace === 'pyexc-lazy'
      ? { path: './pyexc-core.mjs', external: true }
      : { path: 'pyexc-core', namespace: 'pyexc-lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'pyexc-lazy' }, () => ({
      contents: 'export default async function createPyexcCore(arg) {\n' +
        "  const m = await import('./pyexc-core.mjs');\n  return m.default(arg);\n}\n",
      loader: 'js',
    }));
  },
};

/** Builds the element into outdir; returns the files written. */
export async function build(outdir = join(root, 'dist', 'web')) {
  outdir = resolve(outdir);
  for (const f of ['pyexc-core.mjs', 'pyexc-core.wasm']) {
    try {
      await access(join(root, 'dist', f));
    } catch {
      throw new Error(`web/element/build.mjs: dist/${f} is missing: run bash scripts/build.sh wasm-web`);
    }
  }
  await mkdir(outdir, { recursive: true });
  await esbuild({
    entryPoints: [join(here, 'pyexc-snippet.mjs')],
    outfile: join(outdir, 'pyexc-snippet.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    external: ['node:*'],
    define: { PYEXC_BUNDLED: 'true' },
    plugins: [lazyCore],
    logLevel: 'warning',
  });
  await writeFile(join(outdir, 'pyexc-snippet.css'), css);
  for (const f of ['pyexc-core.mjs', 'pyexc-core.wasm']) await copyFile(join(root, 'dist', f), join(outdir, f));
  return ['pyexc-snippet.js', 'pyexc-snippet.css', 'pyexc-core.mjs', 'pyexc-core.wasm'].map((f) => join(outdir, f));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const f of await build(process.argv[2])) console.log(`web/element: ${f}`);
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
}
