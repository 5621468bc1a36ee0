#!/usr/bin/env node
// cli.mjs: the `pyexc` command of the npm package, over bindings/pyexc.mjs
// (the JS twin of src/api/cli.c; --demo prints the same as the native CLI).
//   pyexc [--python X.Y] [--platform P] --demo
//   pyexc [--python X.Y] --hierarchy
//   pyexc [--python X.Y] [--platform P] FILE.py
//   pyexc render ...   (static HTML of snippets: web/element/prerender.mjs)
import { readFileSync } from 'node:fs';
import { load, PyError, VERSION, pythons, platforms } from './pyexc.mjs';

const usage = `usage: pyexc [--python X.Y] [--platform P] FILE.py
       pyexc [--python X.Y] [--platform P] --demo
       pyexc [--python X.Y] --hierarchy
       pyexc render [--python X.Y] [--platform P] [--out DIR] FILE.py|DIR...

Runs FILE.py and prints exactly what CPython would print: its output, and
the traceback of an uncaught exception, exiting with python3's status.

  --python X.Y    the CPython version to model: 3.11, 3.12, 3.13, 3.14 (default)
  --platform P    linux (default), emscripten or wasi: decides OS error numbers
  --demo          construct a few exceptions and show them
  --hierarchy     print the built-in exception class tree
  render          write static HTML of snippets and their output (render --help)
  --help          this text
`;

const out = (s) => process.stdout.write(s);
// A closed pipe (pyexc --hierarchy | head) ends the program quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// Builds cls(...args) and shows type, str, repr and the attributes' repr.
function demoOne(py, cls, args, attrs = []) {
  out(`${cls}(...)\n`);
  let e;
  try {
    e = py.new(cls, ...args);
  } catch (err) {
    if (!(err instanceof PyError)) throw err;
    out(`  raises ${err.type}: ${err.message}\n`);
    err.exception?.dispose();
    return;
  }
  try {
    out(`  type  ${e.type}\n  str   ${e.str()}\n  repr  ${e.repr()}\n`);
    for (const name of attrs) {
      out(`  .${name.padEnd(11)}`);
      try {
        const v = e.getRaw(name);
        out(v.repr());
        v.dispose();
      } catch (err) {
        if (!(err instanceof PyError)) throw err;
        out(`${err.type}: ${err.message}`);
        err.exception?.dispose();
      }
      out('\n');
    }
  } finally {
    e.dispose();
  }
}

function demo(py) {
  out(`pyexc ${VERSION}: CPython ${py.python} on ${py.platform}\n\n`);
  const osAttrs = ['errno', 'strerror', 'filename'];
  demoOne(py, 'ValueError', ['something went wrong']);
  demoOne(py, 'KeyError', ['missing']);
  demoOne(py, 'OSError', [2, 'No such file or directory', 'a.txt'], osAttrs);
  demoOne(py, 'OSError', [13, 'Permission denied', 'a', null, 'b'], osAttrs);
  demoOne(py, 'SyntaxError', ['invalid syntax', py.tuple('app.py', 3, 5, 'x = = 1\n')], ['lineno', 'offset', 'text']);
  demoOne(py, 'UnicodeDecodeError', ['utf-8', new Uint8Array([0xff]), 0, 1, 'invalid start byte'], ['start', 'end', 'reason']);
  const members = [py.new('ValueError'), py.new('TypeError')];
  demoOne(py, 'BaseExceptionGroup', ['there were problems', members], ['message', 'exceptions']);
  members.forEach((m) => m.dispose());
  demoOne(py, 'ExceptionGroup', ['x']);
}

// Runs FILE under its name as given, printing what CPython would print.
async function runFile(file, python, platform) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`pyexc: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const py = await load({ python, platform });
  try {
    const budget = process.env.PYEXC_STEP_BUDGET;
    const r = py.run(source, { filename: file, ...(budget ? { stepBudget: Number(budget) } : {}) });
    r.exception?.dispose();
    out(r.stdout);
    process.stderr.write(r.stderr);
    return r.exitCode;
  } finally {
    py.close();
  }
}

async function main(argv) {
  if (argv[0] === 'render') return (await import('../web/element/prerender.mjs')).main(argv.slice(1));
  let python, platform, file;
  let wantDemo = false, wantTree = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      out(usage);
      return 0;
    }
    if (a === '--python' && i + 1 < argv.length) python = argv[++i];
    else if (a === '--platform' && i + 1 < argv.length) platform = argv[++i];
    else if (a === '--demo') wantDemo = true;
    else if (a === '--hierarchy') wantTree = true;
    else if (a.startsWith('-') && a.length > 1) {
      process.stderr.write(`pyexc: unknown option ${a}\n\n${usage}`);
      return 2;
    } else file = a;
  }
  if ((python !== undefined && !pythons.includes(python)) || (platform !== undefined && !platforms.includes(platform))) {
    process.stderr.write(`pyexc: unknown profile: python ${python ?? '3.14'}, platform ${platform ?? 'linux'} (3.11-3.14; linux, emscripten, wasi)\n`);
    return 2;
  }
  if (!wantTree && !wantDemo) {
    if (file === undefined) {
      process.stderr.write(usage);
      return 2;
    }
    return runFile(file, python, platform);
  }
  const py = await load({ python, platform });
  try {
    if (wantTree) out(`${py.hierarchy()}\n`);
    else demo(py);
  } finally {
    py.close();
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
