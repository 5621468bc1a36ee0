// cli.test.mjs: bindings/cli.mjs, the `pyexc` command of the npm package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const cli = fileURLToPath(new URL('bindings/cli.mjs', root));
const nativeCli = fileURLToPath(new URL('build/native/pyexc', root));

function run(...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('cli: package.json bin.pyexc is bindings/cli.mjs, an executable node script', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  assert.equal(pkg.bin.pyexc, 'bindings/cli.mjs');
  assert.ok(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
  assert.ok(statSync(cli).mode & 0o111, 'executable');
});

test('cli: --help', () => {
  const r = run('--help');
  assert.equal(r.code, 0);
  assert.match(r.out, /^usage: pyexc \[--python X\.Y\] \[--platform P\] FILE\.py\n/);
  assert.match(r.out, /--hierarchy {5}print the built-in exception class tree/);
  assert.equal(r.err, '');
});

test('cli: --hierarchy prints the oracle tree for each version', () => {
  for (const v of ['3.11', '3.14']) {
    const r = run('--python', v, '--hierarchy');
    assert.equal(r.code, 0);
    assert.equal(r.out, readFileSync(new URL(`tests/oracle/expected/hierarchy.${v}.txt`, root), 'utf8') + '\n');
  }
});

test('cli: --demo shows types, str, repr and attributes per profile', () => {
  const linux = run('--demo');
  assert.equal(linux.code, 0);
  assert.equal(linux.err, '');
  assert.ok(linux.out.startsWith('pyexc 0.1.0: CPython 3.14 on linux\n\nValueError(...)\n  type  ValueError\n  str   something went wrong\n'));
  assert.match(linux.out, /OSError\(\.\.\.\)\n {2}type {2}FileNotFoundError\n {2}str {3}\[Errno 2\] No such file or directory: 'a\.txt'\n/);
  assert.match(linux.out, / {2}\.exceptions \(ValueError\(\), TypeError\(\)\)\n/);
  assert.ok(linux.out.endsWith('ExceptionGroup(...)\n  raises TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)\n'));
  const ems = run('--python', '3.12', '--platform', 'emscripten', '--demo');
  assert.equal(ems.code, 0);
  assert.ok(ems.out.startsWith('pyexc 0.1.0: CPython 3.12 on emscripten\n'));
  assert.match(ems.out, /OSError\(\.\.\.\)\n {2}type {2}PermissionError\n {2}str {3}\[Errno 2\] No such file or directory: 'a\.txt'\n/);
});

test('cli: --demo prints exactly what the native CLI prints', (t) => {
  if (!existsSync(nativeCli)) {
    t.skip('build/native/pyexc is not built (scripts/build.sh native)');
    return;
  }
  for (const args of [['--demo'], ['--python', '3.11', '--platform', 'emscripten', '--demo'], ['--python', '3.13', '--hierarchy']]) {
    const native = spawnSync(nativeCli, args, { encoding: 'utf8' });
    const js = run(...args);
    assert.equal(js.code, native.status, args.join(' '));
    assert.equal(js.out, native.stdout, args.join(' '));
  }
});

test('cli: FILE.py runs as python3 would: output, traceback, exit status', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyexc-cli-'));
  try {
    const file = join(dir, 'boom.py');
    writeFileSync(file, "print('before')\ndef f():\n    raise ValueError('bad value')\nf()\n");
    const r = spawnSync(process.execPath, [cli, '--python', '3.11', 'boom.py'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'before\n');
    assert.equal(r.stderr, [
      'Traceback (most recent call last):',
      '  File "boom.py", line 4, in <module>',
      '    f()',
      '  File "boom.py", line 3, in f',
      "    raise ValueError('bad value')",
      'ValueError: bad value',
      '',
    ].join('\n'));
    writeFileSync(file, 'import sys\nprint(1)\nsys.exit(3)\n');
    const e = spawnSync(process.execPath, [cli, 'boom.py'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual([e.status, e.stdout, e.stderr], [3, '1\n', '']);
    writeFileSync(file, "raise SystemExit('bye')\n");
    const m = spawnSync(process.execPath, [cli, 'boom.py'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual([m.status, m.stdout, m.stderr], [1, '', 'bye\n']);
    if (existsSync(nativeCli)) {
      const n = spawnSync(nativeCli, ['--python', '3.11', 'boom.py'], { cwd: dir, encoding: 'utf8' });
      assert.deepEqual([n.status, n.stdout, n.stderr], [m.status, m.stdout, m.stderr]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cli: a missing file is python3\'s message and exit 2', () => {
  const r = run('no-such-file.py');
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.equal(r.err, "pyexc: can't open file 'no-such-file.py': [Errno 2] No such file or directory\n");
});

test('cli: bad usage exits 2', () => {
  const none = run();
  assert.equal(none.code, 2);
  assert.match(none.err, /^usage: pyexc/);
  const bad = run('--bogus');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^pyexc: unknown option --bogus\n/);
  const profile = run('--python', '3.9', '--demo');
  assert.equal(profile.code, 2);
  assert.equal(profile.err, 'pyexc: unknown profile: python 3.9, platform linux (3.11-3.14; linux, emscripten, wasi)\n');
  const platform = run('--platform', 'win32', '--hierarchy');
  assert.equal(platform.code, 2);
  assert.match(platform.err, /platform win32/);
});
