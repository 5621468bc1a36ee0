#!/usr/bin/env node
// Run a WASI command module with node:wasi.
//   node tests/wasi-run.mjs MODULE.wasm [args...]
// The module sees argv = ['pyexc', ...args] (its file name without .wasm), the
// current directory preopened as '.' (and under its absolute path, so both
// relative and absolute paths below it work), this process's environment and
// stdio. The module's exit code becomes this process's exit code; a trap
// (e.g. stack overflow, unreachable) prints the error and exits with 134.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

// node:wasi is "experimental" in Node 18-22; keep its one-line warning out of
// the program's stderr so outputs can be compared exactly.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
  if (type === 'ExperimentalWarning' && /WASI/.test(String(warning))) return;
  return emitWarning.call(process, warning, ...rest);
};
const { WASI } = await import('node:wasi');

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node tests/wasi-run.mjs MODULE.wasm [args...]\n');
  process.exit(2);
}

const cwd = process.cwd();
const wasi = new WASI({
  version: 'preview1',
  args: [basename(file, '.wasm'), ...args],
  env: process.env,
  preopens: { '.': cwd, [cwd]: cwd },
  returnOnExit: true,
});

let code;
try {
  const module = await WebAssembly.compile(await readFile(file));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  code = wasi.start(instance) ?? 0;
} catch (err) {
  process.stderr.write(`wasi-run: ${file}: ${err?.stack ?? err}\n`);
  code = 134;
}
process.exitCode = code;
