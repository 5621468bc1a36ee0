#!/usr/bin/env node
// Runs the conformance suite and prints pass counts, and the differences of
// failing cases with -v.
//   node tests/conformance/run.mjs [--build native|asan|wasi|web]... [--python X.Y]... [--only REGEX] [-v]
//   ... --write-known   rewrites known_failures.txt with the cases failing now
//                       (each with its first difference), for review
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite, firstDifference, knownFailures, PROFILES, RUNNERS, root } from './harness.mjs';

const args = process.argv.slice(2);
const builds = [], versions = [];
let only = null, verbose = false, writeKnown = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--build' && !(args[i + 1] in RUNNERS)) {
    console.error(`run.mjs: unknown build '${args[i + 1]}' (${Object.keys(RUNNERS).join(', ')})`);
    process.exit(2);
  }
  if (args[i] === '--build') builds.push(args[++i]);
  else if (args[i] === '--python') versions.push(args[++i]);
  else if (args[i] === '--only') only = new RegExp(args[++i]);
  else if (args[i] === '-v') verbose = true;
  else if (args[i] === '--write-known') writeKnown = true;
}
if (!builds.length) builds.push('native');
if (!versions.length) versions.push(...Object.keys(PROFILES));
const known = knownFailures();
let failed = 0;
const failing = new Map();   // case@version -> first difference
for (const b of builds) {
  for (const v of versions) {
    const res = await runSuite(b, v, { only });
    const bad = res.filter((r) => !r.ok);
    const isKnown = (r) => known.has(`${r.name}@${v}@${b}`) || known.has(`${r.name}@${v}`) || known.has(r.name);
    const unexpected = bad.filter((r) => !isKnown(r));
    failed += unexpected.length;
    console.log(`${b} ${v}: ${res.length - bad.length}/${res.length} pass` +
      (bad.length ? ` (${bad.length - unexpected.length} known, ${unexpected.length} unexpected)` : ''));
    for (const r of bad) {
      const diff = firstDifference(r.expected, r.got).split('\n')[0];
      if (!known.has(`${r.name}@${v}@${b}`)) failing.set(`${r.name}@${v}`, diff);
      console.log(`  FAIL ${r.name}${isKnown(r) ? ' (known)' : ''}`);
      if (verbose) console.log('    ' + firstDifference(r.expected, r.got).replace(/\n/g, '\n    '));
    }
  }
}
if (writeKnown) {
  const lines = ['# Conformance cases pyexc does not pass yet: NAME@VERSION and where the',
    '# output first differs. Written by `node tests/conformance/run.mjs --write-known`;',
    '# the suite fails when one of these starts passing, so the list stays true.'];
  for (const [k, d] of [...failing].sort()) lines.push(`${k}  # ${d}`);
  writeFileSync(join(root, 'tests', 'conformance', 'known_failures.txt'), lines.join('\n') + '\n');
}
process.exitCode = failed ? 1 : 0;
