#!/usr/bin/env node
// build.mjs: bundles the playground (web/playground/) into one static folder,
// dist/web/, that any static host can serve (no CDN, works offline):
//   index.html, playground.css, favicon.svg
//   app.js      the page (CodeMirror 6 and the playground modules)
//   worker.js   the module Worker (bindings/pyexc.mjs), importing
//   pyexc-core.mjs + pyexc-core.wasm   copies of dist/ (scripts/build.sh wasm-web)
//   node web/build.mjs [--outdir DIR] [--no-minify] [--sourcemap]
// Also importable: `await buildPlayground({ outdir })`.
import { build } from 'esbuild';
import { copyFile, mkdir, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'web/playground');
const STATIC = ['index.html', 'playground.css', 'favicon.svg'];
const CORE = ['pyexc-core.mjs', 'pyexc-core.wasm'];

// bindings/pyexc.mjs imports '../dist/pyexc-core.mjs' (Emscripten's loader);
// in dist/web it sits beside worker.js, so the import stays external.
const coreExternal = {
  name: 'pyexc-core-external',
  setup(b) {
    b.onResolve({ filter: /pyexc-core\.mjs$/ }, () => ({ path: './pyexc-core.mjs', external: true }));
  },
};

/** Builds dist/web (or outdir); resolves with the list of files written. */
export async function buildPlayground({ outdir = join(root, 'dist/web'), minify = true, sourcemap = false } = {}) {
  outdir = resolve(outdir);
  for (const f of CORE) {
    try {
      await access(join(root, 'dist', f));
    } catch {
      throw new Error(`web/build.mjs: dist/${f} is missing: run \`bash scripts/build.sh wasm-web\` first`);
    }
  }
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { app: join(src, 'app.mjs'), worker: join(src, 'worker.mjs') },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify,
    sourcemap: sourcemap ? 'linked' : false,
    legalComments: 'linked',
    plugins: [coreExternal],
    external: ['node:*'],   // bindings/pyexc.mjs reads the wasm file only under Node
    logLevel: 'warning',
  });
  for (const f of STATIC) await copyFile(join(src, f), join(outdir, f));
  for (const f of CORE) await copyFile(join(root, 'dist', f), join(outdir, f));
  return ['app.js', 'worker.js', ...STATIC, ...CORE].map((f) => join(outdir, f));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--outdir');
  const files = await buildPlayground({
    outdir: i >= 0 ? args[i + 1] : undefined,
    minify: !args.includes('--no-minify'),
    sourcemap: args.includes('--sourcemap'),
  });
  console.log(`web: ${files.length} files in ${resolve(files[0], '..')}`);
}
