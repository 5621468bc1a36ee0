// conformance.test.mjs: every conformance case (../shared/conformance and
// tests/conformance/cases) under each profile with an expected output, in
// the three builds, compared byte for byte with what CPython printed.
// Cases listed in tests/conformance/known_failures.txt still run; they are
// reported, and the test fails if one of them starts passing (so the list
// stays true). Run `node tests/conformance/run.mjs -v` for the differences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite, knownFailures, firstDifference, root, PROFILES } from '../conformance/harness.mjs';

const available = {
  native: existsSync(join(root, 'build', 'native', 'pyexc')),
  wasi: existsSync(join(root, 'dist', 'pyexc.wasm')),
  web: existsSync(join(root, 'dist', 'pyexc-core.wasm')),
};
const known = knownFailures();

for (const build of ['native', 'wasi', 'web']) {
  for (const version of Object.keys(PROFILES)) {
    test(`conformance ${build} ${version}`, { skip: !available[build] && `${build} build missing` }, async (t) => {
      const res = await runSuite(build, version);
      const isKnown = (r) => known.has(`${r.name}@${version}@${build}`) || known.has(`${r.name}@${version}`) || known.has(r.name);
      const unexpected = res.filter((r) => !r.ok && !isKnown(r));
      const fixed = res.filter((r) => r.ok && isKnown(r));
      const knownBad = res.filter((r) => !r.ok && isKnown(r));
      t.diagnostic(`${res.length - knownBad.length - unexpected.length}/${res.length} pass` +
        (knownBad.length ? `; known failures: ${knownBad.map((r) => r.name).join(', ')}` : ''));
      assert.deepEqual(unexpected.map((r) => `${r.name}: ${firstDifference(r.expected, r.got)}`), []);
      assert.deepEqual(fixed.map((r) => `${r.name} passes now: remove it from known_failures.txt`), []);
    });
  }
}
