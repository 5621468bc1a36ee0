#!/usr/bin/env node
// bench/run.mjs: runs every benchmark in bench/ (bench/*.mjs but this file),
// each in its own node process, one after the other. Arguments filter by
// name: `node bench/run.mjs groups` runs bench/groups.mjs only.
// Speed is measured here only, never in the tests (tests/js count work instead).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, basename } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== basename(fileURLToPath(import.meta.url)))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
if (!files.length) {
  console.error(`bench: nothing matches ${only.join(' ')}`);
  process.exit(2);
}
let failed = 0;
for (const f of files) {
  console.log(`== bench ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`== bench ${f} failed (${r.signal ?? `exit ${r.status}`})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
