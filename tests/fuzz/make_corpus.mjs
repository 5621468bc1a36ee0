#!/usr/bin/env node
// make_corpus.mjs OUTDIR: writes the seed corpora of the fuzz harnesses,
//   OUTDIR/fuzz_run/    every conformance case (ours and ../shared's) as a
//                       program, byte 0 choosing the profile it was made for
//   OUTDIR/fuzz_new/    constructor programs: every class of the table with
//                       several argument lists, then str/repr/attributes
//   OUTDIR/fuzz_graph/  graph programs: chains, cycles, groups, notes,
//                       tracebacks from programs, split/subgroup, rendering
// The op encodings are those of tests/fuzz/fuzz_values.h and fuzz_graph.c.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: make_corpus.mjs OUTDIR');
  process.exit(2);
}

function fresh(name) {
  const d = join(out, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  return d;
}

// Profile bytes: bits 0-1 the version, bits 2-3 the platform (0 linux, 1 emscripten, 2 wasi).
const PROFILE = { '3.11': 0, '3.12': 1 | 4, '3.13': 2 | 4, '3.14': 3 | 4 };
const profiles = Object.values(PROFILE);

// ---- fuzz_run ---------------------------------------------------------------
let n = 0;
{
  const d = fresh('fuzz_run');
  const dirs = [join(root, '..', 'shared', 'conformance', 'cases'), join(root, 'tests', 'conformance', 'cases')];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.py')) continue;
      const src = readFileSync(join(dir, f));
      const vers = Object.keys(PROFILE).filter((v) => existsSync(join(dir, f.replace(/\.py$/, `.${v}.out`))));
      const v = vers.length ? vers[n % vers.length] : '3.14';
      writeFileSync(join(d, `${n++}-${f}`), Buffer.concat([Buffer.from([PROFILE[v]]), src]));
    }
  }
}

// ---- op encodings (fuzz_values.h) --------------------------------------------
const table = readFileSync(join(root, 'src', 'exc', 'exc_table.h'), 'utf8');
const classes = [...table.matchAll(/^\s*X\((\w+),/gm)].map((m) => m[1]);
classes.push('EnvironmentError', 'IOError', 'MyError', 'NoInit', 'BadStr', 'BadRepr', 'MyGroup',
  'BadInit', 'Deep', 'NotAnException');
const attrs = ['args', 'errno', 'strerror', 'filename', 'filename2', 'winerror', 'characters_written', 'name',
  'obj', 'path', 'name_from', 'msg', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset',
  'print_file_and_line', 'code', 'value', 'encoding', 'object', 'start', 'end', 'reason',
  'message', 'exceptions', '__notes__', '__cause__', '__context__', '__traceback__',
  '__suppress_context__', '__dict__', '__class__', '__module__', '__qualname__', '__name__',
  '_metadata', 'x'];
const methods = ['add_note', 'with_traceback', '__reduce__', '__setstate__', '__str__', '__repr__', 'split',
  'subgroup', 'derive', '__init__', '__eq__', '__hash__', '__getattribute__', '__setattr__',
  '__delattr__', '__dir__', '__sizeof__', '__reduce_ex__', '__format__', '__class_getitem__',
  '__len__', '__getitem__', '__contains__', '__iter__', 'encode', 'decode', 'format', 'join'];
const idx = (list, name) => {
  const i = list.indexOf(name);
  if (i < 0) throw new Error(`unknown name ${name}`);
  return i;
};

const op = {
  small: (v) => [0, v & 255],
  str: (s) => {
    const b = [...Buffer.from(s, 'latin1')].filter((c) => c >= 0x20 && c < 0x7f);
    return [3, b.length, ...b];
  },
  bytes: (arr) => [4, arr.length, ...arr],
  none: () => [5, 0],
  bool: (v) => [5, 128 | (v ? 1 : 0)],
  float: (i) => [5, 192 | i],
  bigint: (digits) => [2, digits.length, ...digits.map((c) => Number(c))],
  tuple: (k) => [6, k],
  list: (k) => [7, k],
  show: (repr) => [11, 0, repr ? 1 : 0],
  get: (name) => [12, 0, idx(attrs, name), 0],
  set: (name) => [13, 1, 0, idx(attrs, name)],   // sets the item under the top to the top
  call: (name, k) => [14, 0, idx(methods, name), k],
  pop: () => [16],
  dup: () => [17, 0],
  isinst: (a, b) => [18, 0, idx(classes, a), idx(classes, b)],
  make: (cls, k, kw = []) => [19, idx(classes, cls), k, kw.length, ...kw.flatMap((a) => [idx(attrs, a), 0])],
};

const argLists = [
  [],
  [op.str('msg')],
  [op.small(2), op.str('No such file')],
  [op.small(2), op.str('No such file'), op.str('a.txt')],
  [op.small(13), op.str('denied'), op.str('a'), op.small(0), op.str('b')],
  [op.str('utf-8'), op.bytes([0xff, 0x61]), op.small(0), op.small(1), op.str('invalid start byte')],
  [op.str('ascii'), op.str('abc'), op.small(1), op.small(2), op.str('ordinal not in range')],
  [op.str('abc'), op.small(0), op.small(1), op.str('maps')],
  [op.str('invalid syntax'), op.str('f.py'), op.small(1), op.small(5), op.str('x = = 1'), op.small(1), op.small(7)],
  [op.str('m'), op.str('a'), op.small(1), op.list(1)],
  [op.str('eg'), op.str('x'), op.make('ValueError', 1), op.make('KeyError', 1), op.list(2)],
  [op.small(-1), op.bigint('123456789012345678901234567890'.split('')), op.float(3), op.none(), op.bool(1)],
  [op.str('a'), op.bytes([1, 2]), op.tuple(2)],
];

const prog = (profile, ...parts) => Buffer.from([profile, ...parts.flat(Infinity)]);

// ---- fuzz_new ------------------------------------------------------------------
{
  const d = fresh('fuzz_new');
  let i = 0;
  for (const cls of classes) {
    for (const [a, args] of argLists.entries()) {
      if ((classes.indexOf(cls) + a) % 3 && a > 1) continue;   // a third of the pairs, and every class with 0/1 args
      const k = Math.min(args.length, 5);
      const attrsOf = ['args', 'errno', 'filename', 'name', 'start', 'end', 'reason', 'exceptions', 'code', 'msg'];
      const p = prog(profiles[i % 4], args, op.make(cls, k), op.show(0), op.show(1),
        attrsOf.map((x) => op.get(x)), op.call('__reduce__', 0), op.show(1), op.pop(), op.call('add_note', 0));
      writeFileSync(join(d, `${i++}-${cls}-${a}`), p);
    }
  }
  // Attribute writes, then reads (UnicodeError start/end past the object, args replaced, ...).
  for (const [cls, name, value] of [
    ['UnicodeDecodeError', 'start', op.small(100)], ['UnicodeDecodeError', 'end', op.small(-5)],
    ['UnicodeEncodeError', 'object', op.str('')], ['UnicodeTranslateError', 'start', op.bigint(['9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9'])],
    ['OSError', 'args', op.none()], ['KeyError', 'args', op.str('x')], ['SyntaxError', 'lineno', op.str('x')],
    ['SystemExit', 'code', op.make('ValueError', 0)], ['ExceptionGroup', '__notes__', op.small(1)],
    ['AttributeError', 'obj', op.make('AttributeError', 0)], ['NameError', 'name', op.bytes([0x80])],
    ['BaseException', '__cause__', op.small(1)], ['Exception', '__traceback__', op.str('tb')],
  ]) {
    const a = argLists[cls.startsWith('Unicode') ? (cls.endsWith('DecodeError') ? 5 : cls.endsWith('EncodeError') ? 6 : 7)
      : cls === 'ExceptionGroup' ? 10 : 1];
    const p = prog(profiles[i % 4], a, op.make(cls, Math.min(a.length, 5)), value, op.set(name), op.pop(),
      op.show(0), op.show(1), op.get(name), op.get('args'), op.call('__reduce__', 0));
    writeFileSync(join(d, `${i++}-set-${cls}-${name}`), p);
  }
}

// ---- fuzz_graph (ops 19+ of fuzz_graph.c) ------------------------------------------
{
  const d = fresh('fuzz_graph');
  const g = {
    cause: (withValue) => [20, 0, withValue ? 1 : 0, 1],
    context: (withValue) => [21, 0, withValue ? 1 : 0, 1],
    suppress: (v) => [22, 0, v ? 1 : 0],
    chain: (n4, cause) => [24, n4, cause ? 1 : 0],
    group: (width, depth, base) => [25, width, depth, base ? 1 : 0],
    program: (i) => [26, i],
    render: () => [27, 0],
    split: (how, doSplit) => [28, 0, how, ...(how === 0 ? [idx(classes, 'ValueError')] : how === 1 ? [1] : []), doSplit ? 1 : 0],
    collect: () => [29, 0],
  };
  // note: op 23 reads the text first (length byte % 65, then bytes), then picks.
  g.note = (s) => [23, s.length, ...Buffer.from(s), 0];
  const seeds = {
    cycle: [op.make('ValueError', 0), op.make('TypeError', 0), g.context(true), op.dup(), g.render()],
    cause: [op.str('a'), op.make('KeyError', 1), op.str('b'), op.make('OSError', 1), g.cause(true), g.render()],
    suppressed: [op.make('ValueError', 0), op.make('TypeError', 0), g.cause(true), g.suppress(1), g.render()],
    longChain: [g.chain(80, 0), g.render()],
    longCause: [g.chain(40, 1), g.render()],
    wideGroup: [op.make('ValueError', 0), op.make('KeyError', 0), g.group(40, 1, 0), g.render()],
    deepGroup: [op.make('ValueError', 0), g.group(3, 30, 0), g.render()],
    baseGroup: [op.make('KeyboardInterrupt', 0), op.make('ValueError', 0), g.group(2, 3, 1), g.render()],
    notes: [op.make('ValueError', 0), g.note('first'), g.note('second\nline'), g.render()],
    programs: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [g.program(i), g.render()]),
    splitClass: [op.make('ValueError', 0), op.make('TypeError', 0), g.group(2, 2, 0), g.split(0, 1), g.render(), op.pop(), g.render()],
    splitHost: [op.make('ValueError', 0), op.make('TypeError', 0), g.group(3, 3, 0), g.split(2, 1), g.render(), g.split(2, 0), g.render()],
    groupCycle: [op.make('ValueError', 0), g.group(2, 2, 0), op.dup(), g.context(true), g.render(), g.collect()],
    mixed: [g.program(2), g.note('n'), g.chain(3, 0), g.cause(true), g.program(0), g.context(true), g.group(3, 4, 0), g.render(), g.collect()],
  };
  let i = 0;
  for (const [name, parts] of Object.entries(seeds)) {
    for (const p of profiles) writeFileSync(join(d, `${i++}-${name}`), prog(p, parts));
  }
}
console.log(`make_corpus: ${out}: fuzz_run ${n}, fuzz_new ${readdirSync(join(out, 'fuzz_new')).length}, fuzz_graph ${readdirSync(join(out, 'fuzz_graph')).length}`);
