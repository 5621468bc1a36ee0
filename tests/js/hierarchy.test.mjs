// hierarchy.test.mjs: py.hierarchy() is exactly the class tree CPython's docs
// print (tests/oracle/expected/hierarchy.<ver>.txt, no trailing newline), for
// every version, and the same on every platform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load, platforms } from '../../bindings/pyexc.mjs';

for (const python of ['3.11', '3.12', '3.13', '3.14']) {
  const expected = readFileSync(new URL(`../oracle/expected/hierarchy.${python}.txt`, import.meta.url), 'utf8');

  test(`hierarchy ${python} equals the oracle's tree on every platform`, async () => {
    assert.ok(expected.startsWith('BaseException\n'));
    assert.ok(!expected.endsWith('\n'));
    for (const platform of platforms) {
      const py = await load({ python, platform });
      try {
        const got = py.hierarchy();
        assert.equal(typeof got, 'string');
        if (got !== expected) {
          const g = got.split('\n'), e = expected.split('\n');
          const i = g.findIndex((line, k) => line !== e[k]);
          assert.fail(`${python}/${platform}: first difference at line ${i + 1}: expected ${JSON.stringify(e[i])}, got ${JSON.stringify(g[i])} (${g.length} lines vs ${e.length})`);
        }
        assert.equal(py.memory().objects, 0);
      } finally {
        py.close();
      }
    }
  });
}

test('hierarchy: PythonFinalizationError appears from 3.13 on, under RuntimeError', async () => {
  for (const [python, has] of [['3.12', false], ['3.13', true]]) {
    const py = await load({ python });
    try {
      const tree = py.hierarchy();
      assert.equal(tree.includes('PythonFinalizationError'), has, python);
      assert.equal(tree.includes('_IncompleteInputError'), false, 'private classes are left out');
      assert.match(tree, /\n      ├── RuntimeError\n/);
    } finally {
      py.close();
    }
  }
});
