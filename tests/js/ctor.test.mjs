// ctor.test.mjs: every case of the CPython oracle (tests/oracle/, see
// FINDINGS.md) through the JS API, for each stored profile: construct
// cls(*args, **kw) with py.new and compare type, str, repr, args and the
// listed attributes, or the raised error's type and message.
//
// Mismatches are collected per profile and reported together at the end
// (case id, field, expected, got), so one run shows all of them.
//
// Values are compared exactly: ints as numbers (|n| < 2**53) or BigInt,
// floats by value (NaN, ±inf and -0.0 included), tuples as frozen arrays and
// lists as plain arrays, bytes as Uint8Array, dicts as Map (in order),
// objects that the oracle could only show as {"repr": ...} as PyObjects with
// that repr(). For each attribute the Python type of the value is checked
// too (via getRaw(name).type), so an int where a float is expected shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { load, PyError, PyObject } from '../../bindings/pyexc.mjs';

const ORACLE = new URL('../oracle/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('ctor_cases.json', ORACLE), 'utf8'));
const PROFILES = ['3.11-linux', '3.12-emscripten', '3.13-emscripten', '3.14-emscripten'];

// No case is skipped: JS can express every input. The two with a lone
// surrogate (base.Exception.1.s_lone_surrogate, uencode.surrogate) pass too,
// because the binding moves strings as the core's generalized UTF-8.

function pyFloat(text) {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

// The input encoding of ctor_cases.json as py.new arguments. Exceptions
// made for {"exc": ...} are pushed on owned (to dispose).
function decode(py, v, owned) {
  if (Array.isArray(v)) return v.map((x) => decode(py, x, owned));
  if (v !== null && typeof v === 'object') {
    const [[k, x]] = Object.entries(v);
    switch (k) {
      case 'int': return BigInt(x);
      case 'float': return py.float(pyFloat(x));
      case 'bytes': return Uint8Array.from(x);
      case 'tuple': return py.tuple(...x.map((y) => decode(py, y, owned)));
      case 'dict': return new Map(x.map(([a, b]) => [decode(py, a, owned), decode(py, b, owned)]));
      case 'exc': {
        const e = py.new(x.cls, ...x.args.map((y) => decode(py, y, owned)));
        owned.push(e);
        return e;
      }
      default: throw new Error(`bad encoded value ${JSON.stringify(v)}`);
    }
  }
  return v;
}

function show(v) {
  const text = inspect(v, { depth: 8, breakLength: Infinity, maxArrayLength: 50, maxStringLength: 300 });
  if (Array.isArray(v)) return `${Object.isFrozen(v) ? 'tuple (frozen array)' : 'list (array)'} ${text}`;
  return text;
}

// Compares got (a JS value from the API) with the output encoding exp;
// returns a description of the first difference, or null.
function diff(exp, got, path = '') {
  const at = path ? ` at ${path}` : '';
  const bad = (what) => `${what}${at}`;
  if (exp === null || typeof exp === 'boolean' || typeof exp === 'string') {
    return Object.is(got, exp) ? null : bad(`expected ${JSON.stringify(exp)}, got ${show(got)}`);
  }
  if (typeof exp === 'number') {
    return typeof got === 'number' && got === exp ? null : bad(`expected int ${exp}, got ${show(got)}`);
  }
  if (Array.isArray(exp)) return seq(exp, got, false, path);
  const [[k, x]] = Object.entries(exp);
  switch (k) {
    case 'int':
      return typeof got === 'bigint' && got.toString() === x ? null : bad(`expected int ${x} (BigInt), got ${show(got)}`);
    case 'float': {
      const f = pyFloat(x);
      return typeof got === 'number' && Object.is(got, f) ? null : bad(`expected float ${x}, got ${show(got)}`);
    }
    case 'bytes':
      return got instanceof Uint8Array && got.length === x.length && x.every((b, i) => got[i] === b)
        ? null : bad(`expected bytes [${x}], got ${show(got)}`);
    case 'tuple': return seq(x, got, true, path);
    case 'dict': {
      if (!(got instanceof Map) || got.size !== x.length) return bad(`expected dict of ${x.length}, got ${show(got)}`);
      let i = 0;
      for (const [gk, gv] of got) {
        const d = diff(x[i][0], gk, `${path}{key ${i}}`) ?? diff(x[i][1], gv, `${path}[${show(gk)}]`);
        if (d) return d;
        i++;
      }
      return null;
    }
    case 'repr':
      if (!(got instanceof PyObject)) return bad(`expected an object with repr ${x}, got ${show(got)}`);
      return got.repr() === x ? null : bad(`expected repr ${JSON.stringify(x)}, got repr ${JSON.stringify(got.repr())}`);
    default:
      return bad(`unknown expected encoding ${JSON.stringify(exp)}`);
  }
}

function seq(items, got, tuple, path) {
  const what = tuple ? 'tuple (frozen array)' : 'list (array)';
  if (!Array.isArray(got) || Object.isFrozen(got) !== tuple) {
    return `expected ${what} ${JSON.stringify(items)}${path ? ` at ${path}` : ''}, got ${show(got)}`;
  }
  if (got.length !== items.length) {
    return `expected ${what} of ${items.length} ${JSON.stringify(items)}${path ? ` at ${path}` : ''}, got ${show(got)}`;
  }
  for (let i = 0; i < items.length; i++) {
    const d = diff(items[i], got[i], `${path}[${i}]`);
    if (d) return d;
  }
  return null;
}

// The Python type name an encoded value stands for (null when not known).
function typeOf(exp) {
  if (exp === null) return 'NoneType';
  if (typeof exp === 'boolean') return 'bool';
  if (typeof exp === 'string') return 'str';
  if (typeof exp === 'number') return 'int';
  if (Array.isArray(exp)) return 'list';
  const k = Object.keys(exp)[0];
  return { int: 'int', float: 'float', bytes: 'bytes', tuple: 'tuple', dict: 'dict' }[k] ?? null;
}

// Disposes every PyObject inside a converted value.
function release(v, seen = new Set()) {
  if (v instanceof PyObject) v.dispose();
  else if ((Array.isArray(v) || v instanceof Set || v instanceof Map) && !seen.has(v)) {
    seen.add(v);
    for (const x of v instanceof Map ? [...v.keys(), ...v.values()] : v) release(x, seen);
  }
}

// Runs fn and compares what it raised with {type, message}; returns a
// description of the difference or null.
function raises(fn, expErr) {
  try {
    const v = fn();
    const text = v instanceof PyObject ? v.repr() : show(v);
    release(v);
    return `expected ${expErr.type}: ${expErr.message}, got no error (${text})`;
  } catch (err) {
    if (!(err instanceof PyError)) return `expected ${expErr.type}: ${expErr.message}, got JS ${err}`;
    err.exception?.dispose();
    if (err.type !== expErr.type || err.message !== expErr.message) {
      return `expected ${expErr.type}: ${expErr.message}, got ${err.type}: ${err.message}`;
    }
    return null;
  }
}

function runCase(py, c, exp, report) {
  const owned = [];
  let e;
  try {
    const args = c.args.map((a) => decode(py, a, owned));
    const kwEntries = Object.entries(c.kw);
    if (kwEntries.length) {
      args.push(py.kw(Object.fromEntries(kwEntries.map(([k, v]) => [k, decode(py, v, owned)]))));
    }
    e = py.new(c.cls, ...args);
  } catch (err) {
    owned.forEach((o) => o.dispose());
    if (!(err instanceof PyError)) return report('construct', `JS error ${err}`);
    err.exception?.dispose();
    if (!exp.error) return report('construct', `expected success (${exp.repr}), got ${err.type}: ${err.message}`);
    if (err.type !== exp.error.type) report('error.type', `expected ${exp.error.type}, got ${err.type} (message ${JSON.stringify(err.message)})`);
    if (err.message !== exp.error.message) report('error.message', `expected ${JSON.stringify(exp.error.message)}, got ${JSON.stringify(err.message)}`);
    return;
  }
  try {
    if (exp.error) {
      return report('error', `expected ${exp.error.type}: ${exp.error.message}, got no error: ${e.type} ${e.repr()}`);
    }
    if (e.type !== exp.type) report('type', `expected ${exp.type}, got ${e.type}`);
    for (const f of ['str', 'repr']) {
      if (`${f}_error` in exp) {
        const d = raises(() => e[f](), exp[`${f}_error`]);
        if (d) report(f, d);
        continue;
      }
      let got;
      try {
        got = e[f]();
      } catch (err) {
        err.exception?.dispose();
        report(f, `expected ${JSON.stringify(exp[f])}, got ${err.type ?? 'JS'}: ${err.message}`);
        continue;
      }
      if (got !== exp[f]) report(f, `expected ${JSON.stringify(exp[f])}, got ${JSON.stringify(got)}`);
    }
    const args = e.args;
    const d = diff(exp.args, args);
    if (d) report('args', d);
    release(args);
    for (const [name, want] of Object.entries(exp.attrs)) {
      const field = `.${name}`;
      if (want.error) {
        const d = raises(() => e.get(name), want.error);
        if (d) report(field, d);
        continue;
      }
      let got;
      try {
        got = e.get(name);
      } catch (err) {
        err.exception?.dispose();
        report(field, `expected ${JSON.stringify(want.value ?? want)}, got ${err.type ?? 'JS'}: ${err.message}`);
        continue;
      }
      if ('repr' in want) {
        const d = diff({ repr: want.repr }, got);
        if (d) report(field, d);
      } else {
        const d = diff(want.value, got);
        if (d) report(field, d);
        const t = typeOf(want.value);
        if (!d && t) {
          const raw = e.getRaw(name);
          if (raw.type !== t) report(`${field} type`, `expected ${t}, got ${raw.type} (${raw.repr()})`);
          raw.dispose();
        }
      }
      release(got);
    }
  } finally {
    e.dispose();
    owned.forEach((o) => o.dispose());
  }
}

for (const profile of PROFILES) {
  const [python, platform] = profile.split('-');
  const expected = JSON.parse(readFileSync(new URL(`expected/ctor.${profile}.json`, ORACLE), 'utf8'));

  test(`ctor ${profile}: all ${cases.length} oracle cases through py.new`, async (t) => {
    const py = await load({ python, platform });
    assert.equal(py.python, python);
    assert.equal(py.platform, platform);
    const mismatches = [];
    const failedIds = new Set();
    let compared = 0;
    for (const c of cases) {
      const exp = expected[c.id];
      assert.ok(exp, `no expected record for ${c.id}`);
      compared++;
      runCase(py, c, exp, (field, text) => {
        failedIds.add(c.id);
        mismatches.push(`${c.id} [${field}] ${text}`);
      });
    }
    const objects = py.memory().objects;
    py.close();
    t.diagnostic(`${profile}: ${compared} cases compared, ${compared - failedIds.size} match, ${failedIds.size} differ`);
    assert.equal(objects, 0, 'every PyObject made by the test was disposed');
    assert.ok(compared > 800, 'the oracle has its cases');
    if (mismatches.length) {
      assert.fail(`${profile}: ${failedIds.size} of ${compared} cases differ from CPython (${mismatches.length} fields):\n  `
        + mismatches.join('\n  '));
    }
  });
}
