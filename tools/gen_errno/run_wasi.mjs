// Runs a WASI (preview1) command module under Node's node:wasi, passing its
// stdout through; exits with the module's exit code. Used by gen_errno.py.
// usage: node run_wasi.mjs FILE.wasm
import { WASI } from 'node:wasi';
import fs from 'node:fs';

const wasi = new WASI({ version: 'preview1', args: [process.argv[2]], env: {} });
const module = await WebAssembly.compile(fs.readFileSync(process.argv[2]));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
