// pyexc.mjs: the JavaScript API of pyexc, CPython's built-in exceptions
// (constructors, str, repr, args, attributes) for Python 3.11-3.14 on linux,
// emscripten and wasi, running as WebAssembly.
//
//   import { load } from 'pyexc';
//   const py = await load({ python: '3.13', platform: 'emscripten' });
//   const e = py.new('OSError', 2, 'No such file', 'a.txt');
//   e.type;          // 'FileNotFoundError' on linux, 'PermissionError' on emscripten
//   e.str();         // "[Errno 2] No such file: 'a.txt'"
//   e.get('errno');  // 2
//   e.dispose();
//
// One JS class per concept, over the C API of src/api/pyexc.h (called through
// the thin layer bindings/binding.c, exported as listed in bindings/exports.txt):
//   PyRuntime         one CPython profile in its own wasm instance (load())
//   PyObject          a Python object owned by JS (one reference)
//   PyException       ... that is an exception (toJSON: its graph as a plain tree);
//                     PyExceptionGroup for groups (split, subgroup, derive: a JS
//                     function condition is called back from C, see hostCall)
//   PyError           the JS Error thrown where Python raises
//   PyTuple, PyKwargs, PyFloat   argument markers (py.tuple, py.kw, py.float)
//
// Lifetimes: every PyObject holds one reference into its runtime. Release it
// with .dispose() (or `using`); a FinalizationRegistry releases forgotten ones
// when they are garbage-collected. Using an object after its dispose(), after
// py.close(), or with another runtime throws a PyError of type
// 'ReferenceError' (a Python class name, as for a dead weakref) whose
// .exception is null. Nothing evaluates strings (strict CSP: no 'unsafe-eval').
import createPyexcCore from '../dist/pyexc-core.mjs';

export const VERSION = '0.1.0';

/** Symbol.dispose where the engine has it (Node 22+, new browsers), else Node 18/20's name for it. */
export const disposeSymbol = Symbol.dispose ?? Symbol.for('nodejs.dispose');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

// enum pyexc_kind of pyexc.h
const K_NONE = 0, K_BOOL = 1, K_INT = 2, K_FLOAT = 3, K_STR = 4, K_BYTES = 5, K_BYTEARRAY = 6,
  K_TUPLE = 7, K_LIST = 8, K_DICT = 9, K_SET = 10, K_FROZENSET = 11, K_EXCEPTION = 12;

const TOKEN = Symbol('pyexc.internal');
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
const LONE_SURROGATE = /\p{Surrogate}/u;   // with /u a well-formed pair is one code point
const TWO_53 = 2 ** 53;

// ------------------------------------------------------------------ text
// A Python str may hold lone surrogates, and so may a JS string. The core
// stores str as "generalized UTF-8" (src/base/utf8.h: UTF-8 in which a
// surrogate code point U+D800..U+DFFF is encoded as 3 bytes, i.e. WTF-8 for
// the strings JS makes), so strings pass both ways losslessly. TextEncoder
// and TextDecoder (which would turn surrogates into U+FFFD) handle every
// string without one.

// Writes s as generalized UTF-8 at heap[p..]; returns the byte count.
function wtf8Encode(s, heap, p) {
  const start = p;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) heap[p++] = c;
    else if (c < 0x800) {
      heap[p++] = 0xc0 | (c >> 6);
      heap[p++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      heap[p++] = 0xe0 | (c >> 12);
      heap[p++] = 0x80 | ((c >> 6) & 63);
      heap[p++] = 0x80 | (c & 63);
    } else {
      heap[p++] = 0xf0 | (c >> 18);
      heap[p++] = 0x80 | ((c >> 12) & 63);
      heap[p++] = 0x80 | ((c >> 6) & 63);
      heap[p++] = 0x80 | (c & 63);
    }
  }
  return p - start;
}

// True when bytes hold an encoded surrogate (0xED followed by 0xA0..0xBF).
function hasSurrogate(bytes) {
  for (let i = bytes.indexOf(0xed); i >= 0 && i + 1 < bytes.length; i = bytes.indexOf(0xed, i + 1)) {
    if (bytes[i + 1] >= 0xa0) return true;
  }
  return false;
}

// Decodes the core's generalized UTF-8.
function decodeText(bytes) {
  if (!hasSurrogate(bytes)) return decoder.decode(bytes);
  let out = '';
  const units = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let c;
    if (b < 0x80) c = b, i += 1;
    else if (b < 0xe0) c = ((b & 31) << 6) | (bytes[i + 1] & 63), i += 2;
    else if (b < 0xf0) c = ((b & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63), i += 3;
    else c = ((b & 7) << 18) | ((bytes[i + 1] & 63) << 12) | ((bytes[i + 2] & 63) << 6) | (bytes[i + 3] & 63), i += 4;
    if (c >= 0x10000) {
      c -= 0x10000;
      units.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
    } else units.push(c);
    if (units.length >= 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

// ------------------------------------------------------------------ errors

/** Thrown where Python raises. `type` is the Python class name, `message` its str(). */
export class PyError extends Error {
  constructor(type, message, exception = null) {
    super(message);
    /** The Python exception class name, e.g. 'TypeError'. */
    this.type = type;
    /** The Python exception itself (a PyException), or null for the binding's own errors. */
    this.exception = exception;
  }
}
PyError.prototype.name = 'PyError';

function lifetimeError(message) {
  return new PyError('ReferenceError', message, null);
}

// ------------------------------------------------------------------ argument markers

/** A Python tuple argument: py.tuple(1, 'a'). (Arrays become lists.) */
export class PyTuple {
  constructor(items) {
    this.items = Object.freeze([...items]);
    Object.freeze(this);
  }
}

/** Keyword arguments, the last argument of py.new: py.kw({ name: 'x' }). */
export class PyKwargs {
  constructor(entries) {
    if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
      throw new TypeError('pyexc: py.kw() takes a plain object of keyword arguments');
    }
    this.entries = Object.freeze(Object.entries(entries));
    Object.freeze(this);
  }
}

/** A Python float even when the number is integral: py.float(1) is 1.0. */
export class PyFloat {
  constructor(value) {
    if (typeof value !== 'number') throw new TypeError('pyexc: py.float() takes a number');
    this.value = value;
    Object.freeze(this);
  }
}

function checkName(s, what) {
  if (typeof s !== 'string') throw new TypeError(`pyexc: ${what} must be a string, not ${describe(s)}`);
  if (s.includes('\0')) throw new TypeError(`pyexc: ${what} must not contain NUL`);
  return s;
}

function describe(v) {
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (typeof v === 'object') return `an object (${v.constructor?.name ?? 'null prototype'})`;
  return typeof v;
}

// ------------------------------------------------------------------ the core of one runtime
// Internal: one wasm instance and the pyexc_rt opened in it. Every access to
// C memory reads M.HEAPU8/HEAP32/HEAPU32 afresh (they are replaced when the
// memory grows, which any call into C may do).

let handleFor;  // (PyObject, Core) -> pointer; set in PyObject's static block
let coreOf;     // PyObject -> Core

class Core {
  constructor(M, rt) {
    this.M = M;
    this.rt = rt;
    this.closed = false;
    this.why = null;               // the message for use after close / abort
    this.live = 0;                 // PyObjects not yet disposed or collected
    this.transfer = M._pyexc_js_transfer();
    this.python = M.UTF8ToString(M._pyexc_python(rt));
    this.platform = M.UTF8ToString(M._pyexc_platform(rt));
    this.groupName = this.staticName('BaseExceptionGroup');
    this.registry = new FinalizationRegistry((ptr) => {
      if (this.closed) return;
      this.live--;
      this.M._pyexc_decref(ptr);
    });
    // JS functions C can call (split/subgroup conditions): id -> Host.
    this.hosts = new Map();
    this.nextHost = 1;
    this.callbacks = 0;            // JS callbacks running (C is on the stack below them)
    M.pyexcHostCall = (id, rt, args, result) => this.hostCall(id, args, result);
    M.pyexcHostRelease = (id) => { this.hosts.delete(id); };
  }

  // A C string that lives as long as the instance.
  staticName(s) {
    const n = encoder.encode(s + '\0');
    const p = this.M._malloc(n.length);
    if (!p) throw new PyError('MemoryError', 'out of memory');
    this.M.HEAPU8.set(n, p);
    return p;
  }

  check() {
    if (this.closed) throw lifetimeError(this.why);
  }

  shutdown(why) {
    if (this.closed) return;
    this.closed = true;
    this.why = why;
    this.M = null;                 // lets the instance's memory go
  }

  // A wasm trap or abort leaves C in an unknown state: refuse further use.
  // (Not for what a split() condition threw and split() passes on.)
  trapped(e) {
    if (!this.closed && e instanceof WebAssembly.RuntimeError && !this.passedOn?.has(e)) {
      this.shutdown(`the pyexc runtime (Python ${this.python}, ${this.platform}) crashed: ${e.message}`);
    }
    return e;
  }

  // ---- C memory
  scratch(n) {
    const p = this.M._pyexc_js_scratch(n);
    if (!p) throw new PyError('MemoryError', 'out of memory (pyexc scratch buffer)');
    return p;
  }

  // Writes s (plus a NUL when nul) into the scratch buffer as the core's
  // generalized UTF-8; returns the pointer and leaves the byte length in
  // this.len.
  utf8(s, nul) {
    const cap = s.length * 3 + 1;
    const p = this.scratch(cap);
    const heap = this.M.HEAPU8;
    const n = LONE_SURROGATE.test(s) ? wtf8Encode(s, heap, p) : encoder.encodeInto(s, heap.subarray(p, p + cap)).written;
    if (nul) heap[p + n] = 0;
    this.len = n;
    return p;
  }

  // A class or attribute name as a C string (in the scratch buffer).
  cname(s, what) {
    return this.utf8(checkName(s, what), true);
  }

  // The text of a str object (borrowed).
  strText(o) {
    const M = this.M, t = this.transfer;
    const p = M._pyexc_str_data(o, t);
    const n = M.HEAPU32[t >> 2];
    return decodeText(M.HEAPU8.subarray(p, p + n));
  }

  // Consumes a new reference to a str (NULL: throws the pending error).
  takeText(s) {
    if (!s) throw this.error();
    try {
      return this.strText(s);
    } finally {
      this.M._pyexc_decref(s);
    }
  }

  typeName(o) {
    return this.M.UTF8ToString(this.M._pyexc_type_name(o));
  }

  // ---- errors
  // The pending Python exception as a PyError (the PyException in .exception).
  error() {
    return this.errorFrom(this.M._pyexc_take_error(this.rt));
  }

  // A PyError for the exception e (a taken reference, or 0).
  errorFrom(e) {
    const M = this.M;
    if (!e) return new PyError('SystemError', 'error return without exception set');
    const exc = this.wrap(e);
    const type = this.typeName(e);
    const s = M._pyexc_to_str(this.rt, e);
    let message;
    if (s) {
      message = this.strText(s);
      M._pyexc_decref(s);
    } else {
      M._pyexc_decref(M._pyexc_take_error(this.rt));
      message = `<exception str() failed>`;
    }
    return new PyError(type, message, exc);
  }

  // ---- C to JS
  // A new PyObject owning the reference o.
  wrap(o) {
    const M = this.M;
    let C = PyObject;
    if (M._pyexc_kind_of(o) === K_EXCEPTION) {
      const r = M._pyexc_isinstance(this.rt, o, this.groupName);
      if (r < 0) M._pyexc_decref(M._pyexc_take_error(this.rt));
      C = r === 1 ? PyExceptionGroup : PyException;
    }
    return new C(TOKEN, this, o);
  }

  intValue(o) {
    const M = this.M, t = this.transfer;
    if (M._pyexc_as_int64(o, t) === 0) {
      const lo = M.HEAPU32[t >> 2], hi = M.HEAP32[(t >> 2) + 1];
      const n = hi * 4294967296 + lo;       // exact whenever the result is safe
      if (Number.isSafeInteger(n)) return n;
      return (BigInt(hi) << 32n) + BigInt(lo);
    }
    return BigInt(this.takeText(M._pyexc_to_str(this.rt, o)));
  }

  // Converts the new reference o to a JS value, consuming it (or handing it
  // to a PyObject). stack maps containers being converted to their JS value.
  take(o, stack) {
    if (!o) throw this.error();
    const M = this.M;
    const kind = M._pyexc_kind_of(o);
    if (kind >= K_EXCEPTION) return this.wrap(o);
    if (kind >= K_TUPLE) {
      const seen = stack.get(o);
      if (seen !== undefined) {
        M._pyexc_decref(o);
        return seen;
      }
      try {
        return this.container(o, kind, stack);
      } finally {
        stack.delete(o);
        this.M._pyexc_decref(o);
      }
    }
    try {
      switch (kind) {
        case K_NONE: return null;
        case K_BOOL: return M._pyexc_as_bool(o) !== 0;
        case K_INT: return this.intValue(o);
        case K_FLOAT: return M._pyexc_as_double(o);
        case K_STR: return this.strText(o);
        case K_BYTES: case K_BYTEARRAY: {
          const t = this.transfer;
          const p = M._pyexc_bytes_data(o, t);
          const n = M.HEAPU32[t >> 2];
          return M.HEAPU8.slice(p, p + n);
        }
        default: throw new Error(`pyexc: unknown kind ${kind}`);
      }
    } finally {
      this.M._pyexc_decref(o);
    }
  }

  container(o, kind, stack) {
    const M = this.M, rt = this.rt;
    const n = M._pyexc_len(o);
    if (kind === K_DICT) {
      const map = new Map();
      stack.set(o, map);
      for (let i = 0; i < n; i++) {
        const k = this.take(M._pyexc_item(rt, o, i), stack);
        map.set(k, this.take(M._pyexc_dict_value(rt, o, i), stack));
      }
      return map;
    }
    if (kind === K_SET || kind === K_FROZENSET) {
      const set = new Set();
      stack.set(o, set);
      for (let i = 0; i < n; i++) set.add(this.take(M._pyexc_item(rt, o, i), stack));
      return set;
    }
    const arr = new Array(n);
    stack.set(o, arr);
    for (let i = 0; i < n; i++) arr[i] = this.take(M._pyexc_item(rt, o, i), stack);
    return kind === K_TUPLE ? Object.freeze(arr) : arr;
  }

  // ---- JS to C
  // A Python object for v: a new reference pushed on temps (released by the
  // caller after use), or a borrowed one for a PyObject.
  toPy(v, temps, stack) {
    const M = this.M, rt = this.rt;
    let h;
    switch (typeof v) {
      case 'string': {
        const p = this.utf8(v, false);
        h = M._pyexc_str(rt, p, this.len);
        break;
      }
      case 'number':
        if (Number.isInteger(v) && !Object.is(v, -0)) {
          h = Math.abs(v) <= TWO_53 ? M._pyexc_js_int(rt, v) : this.intText(BigInt(v).toString());
        } else {
          h = M._pyexc_float(rt, v);   // also NaN, ±Infinity and -0 (-0.0)
        }
        break;
      case 'bigint':
        h = this.intText(v.toString());
        break;
      case 'boolean':
        h = M._pyexc_bool(rt, v ? 1 : 0);
        break;
      case 'object':
        if (v === null) h = M._pyexc_none(rt);
        else if (v instanceof PyObject) return handleFor(v, this);
        else if (v instanceof Uint8Array) {
          const p = this.scratch(v.length);
          this.M.HEAPU8.set(v, p);
          h = M._pyexc_bytes(rt, p, v.length);
        } else if (Array.isArray(v)) h = this.sequence(v, false, temps, stack);
        else if (v instanceof PyTuple) h = this.sequence(v.items, true, temps, stack);
        else if (v instanceof PyFloat) h = M._pyexc_float(rt, v.value);
        else if (v instanceof Map) return this.dict(v, temps, stack);
        else if (v instanceof PyKwargs) throw new TypeError('pyexc: py.kw(...) must be the last argument of py.new');
        else throw new TypeError(`pyexc: cannot convert ${describe(v)} to a Python value`);
        break;
      default:
        throw new TypeError(`pyexc: cannot convert ${describe(v)} to a Python value`);
    }
    if (!h) throw this.error();
    temps.push(h);
    return h;
  }

  intText(digits) {
    const p = this.scratch(digits.length);
    const heap = this.M.HEAPU8;
    for (let i = 0; i < digits.length; i++) heap[p + i] = digits.charCodeAt(i);
    return this.M._pyexc_int_text(this.rt, p, digits.length);
  }

  // The pointers hs as a C array in the scratch buffer.
  pointers(hs) {
    const p = this.scratch(hs.length * 4);
    const u32 = this.M.HEAPU32;
    for (let i = 0; i < hs.length; i++) u32[(p >> 2) + i] = hs[i];
    return p;
  }

  sequence(items, tuple, temps, stack) {
    if (stack.has(items)) throw new TypeError('pyexc: cannot convert an array that contains itself');
    stack.add(items);
    const hs = new Array(items.length);
    for (let i = 0; i < items.length; i++) hs[i] = this.toPy(items[i], temps, stack);
    stack.delete(items);
    const p = this.pointers(hs);
    return tuple ? this.M._pyexc_tuple(this.rt, p, hs.length) : this.M._pyexc_list(this.rt, p, hs.length);
  }

  dict(entries, temps, stack) {
    if (stack.has(entries)) throw new TypeError('pyexc: cannot convert a Map that contains itself');
    const M = this.M;
    const d = M._pyexc_dict(this.rt);
    if (!d) throw this.error();
    temps.push(d);
    stack.add(entries);
    for (const [k, v] of entries) {
      const kh = this.toPy(k, temps, stack);
      const vh = this.toPy(v, temps, stack);
      if (M._pyexc_dict_set(this.rt, d, kh, vh) < 0) throw this.error();
    }
    stack.delete(entries);
    return d;
  }

  // ---- exception groups
  // The Python condition of split/subgroup for cond (a class name, an array
  // of them, a JS function, or a PyObject): a pointer, owned by temps unless
  // borrowed from a PyObject. A JS function becomes a host function.
  condition(cond, temps) {
    const M = this.M, rt = this.rt;
    const lookup = (name) => {
      const c = M._pyexc_lookup(rt, this.cname(name, 'the class name'));
      if (!c) throw this.error();
      temps.push(c);
      return c;
    };
    if (typeof cond === 'string') return lookup(cond);
    if (cond instanceof PyObject) return handleFor(cond, this);
    if (Array.isArray(cond)) {
      const hs = cond.map((x) => {
        if (typeof x === 'string') return lookup(x);
        if (x instanceof PyObject) return handleFor(x, this);
        throw new TypeError(`pyexc: a condition array holds class names (or PyObjects), not ${x === null ? 'null' : Array.isArray(x) ? 'an array' : describe(x)}`);
      });
      const t = M._pyexc_tuple(rt, this.pointers(hs), hs.length);
      if (!t) throw this.error();
      temps.push(t);
      return t;
    }
    if (typeof cond === 'function') {
      const id = this.nextHost++;
      const host = { fn: cond, thrown: null };
      this.hosts.set(id, host);
      const name = typeof cond.name === 'string' && cond.name && !cond.name.includes('\0') ? cond.name : 'condition';
      const f = M._pyexc_js_host_function(rt, this.cname(name, 'the function name'), id);
      if (!f) {
        this.hosts.delete(id);
        throw this.error();
      }
      temps.push(f);
      temps.host = host;
      return f;
    }
    throw new TypeError(`pyexc: a condition is a class name, an array of class names or a function, not ${cond === null ? 'null' : describe(cond)}`);
  }

  // g.split(cond) (withRest) or g.subgroup(cond): [match, rest], null for an empty side.
  split(g, cond, withRest) {
    const M = this.M, rt = this.rt, temps = [];
    M._pyexc_incref(g);            // the condition may dispose the group's wrapper meanwhile
    temps.push(g);
    try {
      const c = this.condition(cond, temps);
      const r = M._pyexc_js_split(rt, g, c, withRest ? 1 : 0);
      if (!r) throw this.conditionError(temps.host);
      const m = this.M.HEAPU32[r >> 2], rest = this.M.HEAPU32[(r >> 2) + 1];
      const match = this.take(m, new Map());
      return [match, rest ? this.take(rest, new Map()) : null];
    } finally {
      if (this.M) {
        for (const h of temps) this.M._pyexc_decref(h);
        if (temps.host?.thrown) this.M._pyexc_decref(temps.host.thrown.ptr);
      }
    }
  }

  // The error of a failed split: what the JS condition threw, if that is it.
  conditionError(host) {
    const e = this.M._pyexc_take_error(this.rt);
    if (host?.thrown && (e === host.thrown.ptr || !host.thrown.ptr)) {
      if (e) this.M._pyexc_decref(e);
      const err = host.thrown.error;
      if (err instanceof WebAssembly.RuntimeError) (this.passedOn ??= new WeakSet()).add(err);
      return err;
    }
    return this.errorFrom(e);
  }

  // C calling the JS function of host id with the arguments tuple args;
  // stores a new reference at result. 0, or -1 with a Python exception set.
  hostCall(id, args, result) {
    const host = this.hosts.get(id);
    if (this.closed || !host) throw new Error('pyexc: a host function was called after its runtime closed');
    const M = this.M, rt = this.rt, xs = [];
    this.callbacks++;
    try {
      const n = M._pyexc_len(args);
      for (let i = 0; i < n; i++) xs.push(this.take(M._pyexc_item(rt, args, i), new Map()));
      const v = host.fn(...xs);
      this.M.HEAPU32[result >> 2] = this.M._pyexc_bool(rt, v ? 1 : 0);   // truthiness, as JS sees it
      return 0;
    } catch (err) {
      if (this.closed) throw err;  // a crash: unwind through C
      this.raise(host, err);
      return -1;
    } finally {
      this.callbacks--;
      for (const x of xs) if (x instanceof PyObject) x.dispose();
    }
  }

  // Makes what a JS condition threw the pending Python exception: the
  // exception of a PyError of this runtime, else a RuntimeError standing for
  // it. The split rethrows err itself (see conditionError).
  raise(host, err) {
    const M = this.M, rt = this.rt;
    let ptr = 0;
    const exc = err instanceof PyError ? err.exception : null;
    if (exc instanceof PyObject && !exc.disposed && coreOf(exc) === this) {
      ptr = handleFor(exc, this);
      M._pyexc_incref(ptr);
    } else {
      let text;
      try {
        text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      } catch {
        text = 'a JavaScript value';
      }
      const s = M._pyexc_str(rt, this.utf8(`JavaScript error in a condition: ${text}`, false), this.len);
      const t = s ? M._pyexc_tuple(rt, this.pointers([s]), 1) : 0;
      if (t) ptr = M._pyexc_new(rt, this.cname('RuntimeError', 'the class name'), t, 0);
      if (s) M._pyexc_decref(s);
      if (t) M._pyexc_decref(t);
    }
    if (host.thrown) M._pyexc_decref(host.thrown.ptr);
    host.thrown = { error: err, ptr };
    if (ptr) M._pyexc_raise(rt, ptr);
  }

  // g.derive(excs).
  derive(g, excs) {
    const M = this.M, rt = this.rt, temps = [];
    try {
      const h = this.toPy(excs, temps, new Set());
      const t = M._pyexc_tuple(rt, this.pointers([h]), 1);
      if (!t) throw this.error();
      temps.push(t);
      return this.take(M._pyexc_call_method(rt, g, this.cname('derive', 'the method name'), t, 0), new Map());
    } finally {
      if (this.M) for (const h of temps) this.M._pyexc_decref(h);
    }
  }

  // The exception graph of e as a tree of plain objects (see PyException.toJSON).
  toJSON(e) {
    const { nodes } = JSON.parse(this.takeText(this.M._pyexc_exception_json(this.rt, e)));
    // {"node": i} marks the one place of node i in the tree: put it there.
    const slot = (r) => (r !== null && r.node !== undefined ? nodes[r.node] : r);
    const value = (v) => {
      if (v === null || typeof v !== 'object') return v;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) v[i] = value(v[i]);
        return v;
      }
      return slot(v);   // {node}, {ref} or {type, repr}
    };
    for (const n of nodes) {
      value(n.args);
      const a = n.attributes;
      for (const k of Object.keys(a)) {
        const v = a[k], w = value(v);
        // (defineProperty: an attribute may be called __proto__)
        if (w !== v) Object.defineProperty(a, k, { value: w, writable: true, enumerable: true, configurable: true });
      }
      value(n.notes);
      n.cause = slot(n.cause);
      n.context = slot(n.context);
      const x = n.exceptions;
      if (x) for (let i = 0; i < x.length; i++) x[i] = slot(x[i]);
    }
    return nodes[0];
  }

  // class_name(*args, **kw) as a PyObject.
  make(cls, args) {
    if (typeof cls !== 'string') throw new TypeError(`pyexc: the class name must be a string, not ${describe(cls)}`);
    let n = args.length, kw = null;
    if (n && args[n - 1] instanceof PyKwargs) kw = args[--n];
    const M = this.M, rt = this.rt, temps = [], stack = new Set();
    try {
      const hs = new Array(n);
      for (let i = 0; i < n; i++) hs[i] = this.toPy(args[i], temps, stack);
      const t = M._pyexc_tuple(rt, this.pointers(hs), n);
      if (!t) throw this.error();
      temps.push(t);
      let d = 0;
      if (kw && kw.entries.length) d = this.dict(new Map(kw.entries), temps, stack);
      const r = M._pyexc_new(rt, this.cname(cls, 'the class name'), t, d);
      if (!r) throw this.error();
      return this.wrap(r);
    } finally {
      // C may have trapped (then shutdown() dropped M): nothing to release.
      if (this.M) for (const h of temps) this.M._pyexc_decref(h);
    }
  }
}

// ------------------------------------------------------------------ objects

/** A Python object (one reference owned by this wrapper). */
export class PyObject {
  #core;
  #ptr;
  #type;

  /** @internal Objects come from PyRuntime.new and from values read from other objects. */
  constructor(token, core, ptr) {
    if (token !== TOKEN) throw new TypeError('pyexc: PyObjects are made by py.new(), not constructed');
    this.#core = core;
    this.#ptr = ptr;
    this.#type = core.typeName(ptr);
    core.live++;
    core.registry.register(this, ptr, this);
  }

  static {
    handleFor = (o, core) => o.#handle(core);
    coreOf = (o) => o.#core;
  }

  // The pointer, after checking that this object may be used (with core).
  #handle(core = this.#core) {
    const c = this.#core;
    if (core !== c) {
      throw lifetimeError(`${this.#what()} belongs to another pyexc runtime (Python ${c.python}, ${c.platform})`);
    }
    if (c.closed) throw lifetimeError(c.why);
    if (!this.#ptr) throw lifetimeError(`${this.#what()} has been disposed`);
    return this.#ptr;
  }

  #what() {
    return `${this.constructor.name} (${this.#type})`;
  }

  // Runs f(core, pointer) with the checks and the crash guard.
  #use(f) {
    const ptr = this.#handle();
    const core = this.#core;
    try {
      return f(core, ptr);
    } catch (e) {
      throw core.trapped(e);
    }
  }

  /** The name of its class (type(o).__name__), e.g. 'FileNotFoundError'. */
  get type() {
    this.#handle();
    return this.#type;
  }

  /** str(o). */
  str() {
    return this.#use((c, p) => c.takeText(c.M._pyexc_to_str(c.rt, p)));
  }

  /** repr(o). */
  repr() {
    return this.#use((c, p) => c.takeText(c.M._pyexc_to_repr(c.rt, p)));
  }

  /** getattr(o, name) converted to JS (see toJS). Throws PyError AttributeError when missing. */
  get(name) {
    return this.#use((c, p) => c.take(c.M._pyexc_getattr(c.rt, p, c.cname(name, 'the attribute name')), new Map()));
  }

  /** getattr(o, name) as a PyObject, whatever its type (no conversion). */
  getRaw(name) {
    return this.#use((c, p) => {
      const r = c.M._pyexc_getattr(c.rt, p, c.cname(name, 'the attribute name'));
      if (!r) throw c.error();
      return c.wrap(r);
    });
  }

  /** isinstance(o, className). Throws PyError NameError for an unknown class. */
  isinstance(className) {
    return this.#use((c, p) => {
      const r = c.M._pyexc_isinstance(c.rt, p, c.cname(className, 'the class name'));
      if (r < 0) throw c.error();
      return r === 1;
    });
  }

  /** This object as a JS value: None, bool, int, float, str, bytes and
   * containers convert; exceptions and other objects return this wrapper. */
  toJS() {
    return this.#use((c, p) => {
      const M = c.M;
      if (M._pyexc_kind_of(p) >= K_EXCEPTION) return this;
      M._pyexc_incref(p);
      return c.take(p, new Map());
    });
  }

  /** True once dispose() ran or its runtime was closed. */
  get disposed() {
    return !this.#ptr || this.#core.closed;
  }

  /** Releases the reference. Idempotent; never throws. */
  dispose() {
    const p = this.#ptr, c = this.#core;
    if (!p) return;
    this.#ptr = 0;
    c.registry.unregister(this);
    if (c.closed) return;
    c.live--;
    try {
      c.M._pyexc_decref(p);
    } catch (e) {
      c.trapped(e);
    }
  }

  [disposeSymbol]() {
    this.dispose();
  }

  /** str(o); a placeholder once disposed (so printing never throws). */
  toString() {
    if (this.disposed) return `<disposed ${this.#what()}>`;
    try {
      return this.str();
    } catch {
      return `<${this.#what()}: str() failed>`;
    }
  }

  [INSPECT]() {
    if (this.disposed) return `[${this.#what()} (disposed)]`;
    try {
      return `[${this.constructor.name} ${this.repr()}]`;
    } catch {
      return `[${this.#what()}]`;
    }
  }
}

/** A Python exception. */
export class PyException extends PyObject {
  /** e.args as a JS array (frozen: it is a tuple). */
  get args() {
    return this.get('args');
  }

  /** e.__cause__ (a PyException) or null. */
  get cause() {
    return this.get('__cause__');
  }

  /** e.__context__ (a PyException) or null. */
  get context() {
    return this.get('__context__');
  }

  /** e.__suppress_context__. */
  get suppressContext() {
    return this.get('__suppress_context__');
  }

  /** e.__notes__ as an array (empty when there are none). */
  get notes() {
    try {
      return this.get('__notes__');
    } catch (e) {
      if (e instanceof PyError && e.type === 'AttributeError') {
        e.exception?.dispose();
        return [];
      }
      throw e;
    }
  }

  /** The traceback, outermost frame first: { filename, name, lineno,
   * endLineno, colno, endColno, line } (columns count code points from 0,
   * the end exclusive; -1 when unknown). */
  get traceback() {
    return tracebackOf(this);
  }

  /**
   * The exception and all it leads to (sub-exceptions, cause, context,
   * exceptions in args/attributes/notes) as a tree of plain objects:
   * { id, type, str, repr, args, attributes, notes, traceback, cause,
   * context, suppressContext, exceptions (groups) }. An exception met again
   * (shared, or a cycle) is { ref: id } there. JSON.stringify(e) uses it.
   */
  toJSON() {
    return useExc(this, (c, p) => c.toJSON(p));
  }
}

/** A BaseExceptionGroup or ExceptionGroup. */
export class PyExceptionGroup extends PyException {
  /** e.message (a string). */
  get message() {
    return this.get('message');
  }

  /** e.exceptions as a (frozen) array of PyException. */
  get exceptions() {
    return this.get('exceptions');
  }

  /**
   * e.split(cond) as [match, rest], null for an empty side. cond: a class
   * name, an array of class names, or a function (exc) => boolean that the
   * core calls for every exception and nested group (as CPython does; its
   * argument is disposed when it returns; what it throws, split throws).
   */
  split(cond) {
    return useExc(this, (c, p) => c.split(p, cond, true));
  }

  /** e.subgroup(cond): the matching part, or null. cond as for split(). */
  subgroup(cond) {
    return useExc(this, (c, p) => c.split(p, cond, false)[0]);
  }

  /** e.derive(excs): a group with e's message (a subclass's own derive runs). */
  derive(excs) {
    return useExc(this, (c, p) => c.derive(p, excs));
  }
}

// Runs f(core, pointer) for the exception exc, with the lifetime checks and
// the crash guard.
function useExc(exc, f) {
  const c = coreOf(exc);
  const p = handleFor(exc, c);
  try {
    return f(c, p);
  } catch (e) {
    throw c.trapped(e);
  }
}

function tracebackOf(exc) {
  const c = coreOf(exc);
  const p = handleFor(exc, c);
  try {
    const M = c.M, n = M._pyexc_traceback_len(p) >>> 0, frames = [];
    for (let i = 0; i < n; i++) {
      const e = M._pyexc_js_traceback_entry(c.rt, p, i);
      if (!e) throw c.error();
      const w = e >> 2;
      const frame = {
        filename: M.UTF8ToString(M.HEAPU32[w]),
        name: M.UTF8ToString(M.HEAPU32[w + 1]),
        lineno: M.HEAP32[w + 2],
        endLineno: M.HEAP32[w + 3],
        colno: M.HEAP32[w + 4],
        endColno: M.HEAP32[w + 5],
        line: null,
      };
      const line = M._pyexc_traceback_line(c.rt, p, i);
      if (!line) throw c.error();
      frame.line = M._pyexc_kind_of(line) === K_STR ? c.takeText(line) : (M._pyexc_decref(line), null);
      frames.push(Object.freeze(frame));
    }
    return Object.freeze(frames);
  } catch (e) {
    throw c.trapped(e);
  }
}

// ------------------------------------------------------------------ runtime

/** One CPython profile (version and platform) in its own wasm instance. */
export class PyRuntime {
  #core;

  /** @internal Use load(). */
  constructor(token, core) {
    if (token !== TOKEN) throw new TypeError('pyexc: use load() to make a runtime');
    this.#core = core;
  }

  #use(f) {
    const c = this.#core;
    c.check();
    try {
      return f(c);
    } catch (e) {
      throw c.trapped(e);
    }
  }

  /** The CPython version modelled: '3.11' .. '3.14'. */
  get python() {
    return this.#core.python;
  }

  /** The platform modelled: 'linux', 'emscripten' or 'wasi'. */
  get platform() {
    return this.#core.platform;
  }

  /** True after close(). */
  get closed() {
    return this.#core.closed;
  }

  /** className(*args, **kw): an exception (or other object). Throws PyError where Python raises. */
  new(className, ...args) {
    return this.#use((c) => c.make(className, args));
  }

  /** A tuple argument for new(). */
  tuple(...items) {
    return new PyTuple(items);
  }

  /** Keyword arguments for new() (its last argument). */
  kw(entries) {
    return new PyKwargs(entries);
  }

  /** A float argument for new(), also when integral: py.float(2) is 2.0. */
  float(value) {
    return new PyFloat(value);
  }

  /** issubclass(a, b) for class names. Throws PyError NameError for an unknown class. */
  isSubclass(a, b) {
    return this.#use((c) => {
      // Both names in the scratch buffer, one after the other.
      const sa = encoder.encode(checkName(a, 'the class name') + '\0');
      const sb = encoder.encode(checkName(b, 'the class name') + '\0');
      const p = c.scratch(sa.length + sb.length);
      c.M.HEAPU8.set(sa, p);
      c.M.HEAPU8.set(sb, p + sa.length);
      const r = c.M._pyexc_issubclass(c.rt, p, p + sa.length);
      if (r < 0) throw c.error();
      return r === 1;
    });
  }

  /**
   * Runs source as `python3 filename` would. Returns { stdout, stderr,
   * exitCode, exception, budgetExceeded }: exception is the uncaught
   * PyException (dispose it) or null. The __main__ namespace persists between
   * runs unless fresh is true. color: uncaught tracebacks in ANSI colours
   * as CPython 3.13+ prints them on a terminal (no effect for 3.11/3.12).
   */
  run(source, { filename = '<string>', fresh = false, stepBudget, color = false } = {}) {
    if (typeof source !== 'string') throw new TypeError(`pyexc: run(): source must be a string, not ${describe(source)}`);
    return this.#use((c) => {
      const M = c.M;
      if (stepBudget !== undefined) M._pyexc_js_set_step_budget(c.rt, Number(stepBudget));
      const fname = checkName(String(filename), 'the filename');
      // UTF-8 (lone surrogates as U+FFFD) straight into wasm memory
      const cap = 3 * (source.length + fname.length) + 1;
      const p = c.scratch(cap);
      const heap = M.HEAPU8;
      const n = encoder.encodeInto(source, heap.subarray(p, p + cap)).written;
      const f = p + n + encoder.encodeInto(fname, heap.subarray(p + n, p + cap)).written;
      heap[f] = 0;
      const r = M._pyexc_js_run(c.rt, p, n, p + n, (fresh ? 1 : 0) | (color ? 2 : 0));
      if (!r) throw new PyError('MemoryError', 'out of memory running the program');
      try {
        const w = r >> 2, U = M.HEAPU32;
        const text = (ptr, n) => decodeText(M.HEAPU8.subarray(ptr, ptr + n));
        const exc = U[w + 6];
        return {
          stdout: text(U[w], U[w + 1]),
          stderr: text(U[w + 2], U[w + 3]),
          exitCode: M.HEAP32[w + 4],
          budgetExceeded: M.HEAP32[w + 5] !== 0,
          exception: exc ? c.wrap(exc) : null,
        };
      } finally {
        M._pyexc_js_run_free();
      }
    });
  }

  /** The traceback text of an exception, as traceback.format_exception(exc) joins it. */
  format(exc) {
    return this.#use((c) => c.takeText(c.M._pyexc_format_exception(c.rt, handleFor(exc, c))));
  }

  /** The built-in exception class tree, as in the Python docs (no trailing newline). */
  hierarchy() {
    return this.#use((c) => c.takeText(c.M._pyexc_hierarchy(c.rt)));
  }

  /** Frees unreachable reference cycles now; returns how many objects. */
  collect() {
    return this.#use((c) => c.M._pyexc_collect(c.rt) >>> 0);
  }

  /** Memory figures: inUse = bytes the C core has allocated (pyexc_memory_in_use),
   * heapSize = bytes of wasm memory, objects = PyObjects not yet released. */
  memory() {
    return this.#use((c) => ({
      inUse: c.M._pyexc_memory_in_use() >>> 0,
      heapSize: c.M.HEAPU8.length,
      objects: c.live,
    }));
  }

  /** Releases the runtime and its wasm instance; its objects become unusable. Idempotent.
   * Not allowed inside a split()/subgroup() condition (throws). */
  close() {
    const c = this.#core;
    if (c.closed) return;
    if (c.callbacks) throw new PyError('RuntimeError', 'pyexc: close() inside a split()/subgroup() condition', null);
    const M = c.M, rt = c.rt;
    c.shutdown(`the pyexc runtime (Python ${c.python}, ${c.platform}) has been closed`);
    try {
      M._pyexc_close(rt);
    } catch {
      // a crashed instance: it is dropped anyway
    }
  }

  [disposeSymbol]() {
    this.close();
  }

  [INSPECT]() {
    return `[PyRuntime Python ${this.python} ${this.platform}${this.closed ? ' (closed)' : ''}]`;
  }
}

// ------------------------------------------------------------------ load()

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';
let nodeWasm;   // Promise<WebAssembly.Module>: compiled once, instantiated per load()

function nodeModule() {
  nodeWasm ??= (async () => {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(new URL('../dist/pyexc-core.wasm', import.meta.url)));
  })();
  nodeWasm.catch(() => { nodeWasm = undefined; });   // try again on the next load()
  return nodeWasm;
}

/**
 * Makes a runtime in a new wasm instance (each runtime is independent).
 * options: python ('3.14'), platform ('linux'), and where the wasm comes from:
 * wasmModule (a compiled WebAssembly.Module), wasmBinary (bytes), locateFile
 * (Emscripten's hook). Default: in Node, dist/pyexc-core.wasm read from disk
 * (compiled once); in browsers, fetched beside dist/pyexc-core.mjs.
 */
export async function load(options = {}) {
  const python = options.python ?? '3.14';
  const platform = options.platform ?? 'linux';
  if (typeof python !== 'string' && typeof python !== 'number') {
    throw new TypeError(`pyexc: load(): python must be a string like '3.14', not ${describe(python)}`);
  }
  if (typeof platform !== 'string') {
    throw new TypeError(`pyexc: load(): platform must be a string, not ${describe(platform)}`);
  }
  let wasmModule = options.wasmModule;
  const arg = {};
  if (options.print) arg.print = options.print;
  if (options.printErr) arg.printErr = options.printErr;
  if (!wasmModule && options.wasmBinary) arg.wasmBinary = options.wasmBinary;
  else if (!wasmModule && options.locateFile) arg.locateFile = options.locateFile;
  else if (!wasmModule && isNode) wasmModule = await nodeModule();
  let failed;
  const failure = new Promise((_, reject) => { failed = reject; });
  if (wasmModule) {
    arg.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(wasmModule, imports).then((inst) => receive(inst, wasmModule), failed);
      return {};
    };
  }
  let core = null;
  arg.onAbort = (what) => core?.shutdown(`the pyexc runtime aborted: ${what}`);
  const M = await Promise.race([createPyexcCore(arg), failure]);

  const names = encoder.encode(`${python}\0${platform}\0`);
  const p = M._malloc(names.length);
  if (!p) throw new PyError('MemoryError', 'out of memory');
  M.HEAPU8.set(names, p);
  const pl = p + names.indexOf(0) + 1;
  let rt = 0;
  const known = M._pyexc_profile_known(p, pl);
  if (known) rt = M._pyexc_open(p, pl);
  M._free(p);
  if (!known) {
    throw new RangeError(`pyexc: unknown profile: python ${python}, platform ${platform} (3.11-3.14; linux, emscripten, wasi)`);
  }
  if (!rt) throw new PyError('MemoryError', 'out of memory opening the runtime');
  core = new Core(M, rt);
  return new PyRuntime(TOKEN, core);
}

/** Python versions and platforms that load() accepts. */
export const pythons = Object.freeze(['3.11', '3.12', '3.13', '3.14']);
export const platforms = Object.freeze(['linux', 'emscripten', 'wasi']);
