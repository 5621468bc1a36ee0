/// <reference lib="esnext.disposable" />
// Types of bindings/pyexc.mjs: CPython's built-in exceptions (3.11-3.14 on
// linux, emscripten and wasi) as WebAssembly.

/** The package version. */
export const VERSION: string;

/** `Symbol.dispose` where the engine has it, else `Symbol.for('nodejs.dispose')` (Node 18/20). */
export const disposeSymbol: symbol;

/** The Python versions load() accepts. */
export const pythons: readonly ['3.11', '3.12', '3.13', '3.14'];
/** The platforms load() accepts. */
export const platforms: readonly ['linux', 'emscripten', 'wasi'];

export type PythonVersion = (typeof pythons)[number];
export type Platform = (typeof platforms)[number];

export interface LoadOptions {
  /** The CPython version to model (default '3.14'). */
  python?: PythonVersion | string;
  /** The platform to model (default 'linux'); it decides which errno picks which OSError subclass. */
  platform?: Platform | string;
  /** The compiled dist/pyexc-core.wasm, reused across loads. */
  wasmModule?: WebAssembly.Module;
  /** The bytes of dist/pyexc-core.wasm. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Emscripten's hook: where to fetch 'pyexc-core.wasm' from (browsers). */
  locateFile?: (path: string, scriptDirectory: string) => string;
  /** Emscripten's output hooks (the core prints nothing by itself). */
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}

/**
 * Makes a runtime for one profile, in a wasm instance of its own. In Node the
 * wasm is read from dist/pyexc-core.wasm beside the package (compiled once);
 * in browsers it is fetched beside dist/pyexc-core.mjs unless wasmModule,
 * wasmBinary or locateFile say otherwise.
 * Rejects with a RangeError for an unknown profile.
 */
export function load(options?: LoadOptions): Promise<PyRuntime>;

/** A JS value that py.new() converts to Python. */
export type PyArg =
  | null                  // None
  | boolean               // bool
  | number                // int when integral (any size; -0 is the float -0.0), else float
  | bigint                // int (any size)
  | string                // str (lone surrogates included)
  | Uint8Array            // bytes
  | PyArg[]               // list
  | PyTuple               // tuple: py.tuple(...)
  | PyFloat               // float, also integral: py.float(2)
  | Map<PyArg, PyArg>     // dict (keys must be hashable in Python)
  | PyObject;             // the object itself (it must belong to the same runtime)

/**
 * A Python value converted to JS (by .args, .get(), toJS()).
 * None → null; bool → boolean; int → number when |n| ≤ 2**53-1, else bigint;
 * float → number; str → string; bytes/bytearray → Uint8Array;
 * tuple → frozen array; list → array; dict → Map; set/frozenset → Set;
 * exceptions and any other object → a PyObject wrapper (PyException,
 * PyExceptionGroup) that the caller owns and may dispose.
 */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | readonly PyValue[]
  | PyValue[]
  | Map<PyValue, PyValue>
  | Set<PyValue>
  | PyObject;

/** A tuple argument (made by py.tuple()). */
export class PyTuple {
  private constructor(items: Iterable<PyArg>);
  readonly items: readonly PyArg[];
}

/** Keyword arguments, the last argument of py.new() (made by py.kw()). */
export class PyKwargs {
  private constructor(entries: Record<string, PyArg>);
  readonly entries: readonly (readonly [string, PyArg])[];
}

/** A float argument (made by py.float()). */
export class PyFloat {
  private constructor(value: number);
  readonly value: number;
}

/**
 * Thrown where Python raises. `type` is the Python class name and `message`
 * its str(); `exception` is the Python exception (dispose it when done).
 * The binding's own lifetime errors (an object used after dispose(), after
 * py.close(), or with another runtime) are PyErrors of type 'ReferenceError'
 * with `exception` null.
 */
export class PyError extends Error {
  constructor(type: string, message: string, exception?: PyException | null);
  readonly name: 'PyError';
  /** The Python exception class name, e.g. 'TypeError'. */
  type: string;
  /** The Python exception, or null for the binding's own errors. */
  exception: PyException | null;
}

/** One CPython profile in its own wasm instance. */
export class PyRuntime {
  private constructor();
  /** '3.11' .. '3.14'. */
  readonly python: PythonVersion;
  /** 'linux', 'emscripten' or 'wasi'. */
  readonly platform: Platform;
  /** True after close(). */
  readonly closed: boolean;

  /**
   * className(*args, **kw) for any built-in class: a PyException for
   * exceptions (PyExceptionGroup for groups). A trailing py.kw({...}) gives
   * keyword arguments. Throws PyError where Python raises (NameError for an
   * unknown class), a JS TypeError for a value that has no Python equivalent.
   */
  new(className: 'BaseExceptionGroup' | 'ExceptionGroup', ...args: (PyArg | PyKwargs)[]): PyExceptionGroup;
  new(className: string, ...args: (PyArg | PyKwargs)[]): PyException;
  /** A tuple argument: py.tuple(1, 'a') is (1, 'a'). */
  tuple(...items: PyArg[]): PyTuple;
  /** Keyword arguments for new() (its last argument). */
  kw(entries: Record<string, PyArg>): PyKwargs;
  /** A float argument, also when integral: py.float(2) is 2.0. */
  float(value: number): PyFloat;
  /** issubclass(a, b) by class names; PyError NameError for an unknown class. */
  isSubclass(a: string, b: string): boolean;
  /** The built-in exception class tree as the Python docs print it (no trailing newline). */
  hierarchy(): string;
  /**
   * Runs source as `python3 filename` would. exception is the uncaught
   * exception (dispose it) or null. The __main__ namespace (whose classes
   * new() and split() conditions can name) persists between runs unless
   * fresh is true; stepBudget bounds the instructions run; color prints the
   * uncaught traceback in ANSI colours as CPython 3.13+ does on a terminal
   * (3.11 and 3.12 never colour).
   */
  run(source: string, options?: { filename?: string; fresh?: boolean; stepBudget?: number; color?: boolean }): RunResult;
  /** The traceback text of an exception, as traceback.format_exception(exc) joins it. */
  format(exc: PyException): string;
  /** Frees unreachable reference cycles now; returns how many objects. */
  collect(): number;
  /**
   * inUse: bytes allocated by the C core (pyexc_memory_in_use);
   * heapSize: bytes of wasm memory; objects: PyObjects not yet released.
   */
  memory(): { inUse: number; heapSize: number; objects: number };
  /** Releases the runtime and its wasm instance; its objects become unusable. Idempotent.
   * Throws (PyError 'RuntimeError') when called inside a split()/subgroup() condition. */
  close(): void;
  [Symbol.dispose](): void;
}

/**
 * A Python object, holding one reference. Release it with dispose() (or
 * `using`); otherwise a FinalizationRegistry releases it after garbage
 * collection. After dispose() or py.close(), every method but dispose()
 * throws a PyError of type 'ReferenceError'.
 */
export class PyObject {
  protected constructor();
  /** The name of its class, e.g. 'FileNotFoundError'. */
  readonly type: string;
  /** True once disposed or once its runtime is closed. */
  readonly disposed: boolean;
  /** str(o). */
  str(): string;
  /** repr(o). */
  repr(): string;
  /** getattr(o, name) converted to JS; PyError AttributeError when missing. */
  get(name: string): PyValue;
  /** getattr(o, name) as a PyObject, unconverted (e.g. to read its .type). */
  getRaw(name: string): PyObject;
  /** isinstance(o, className); PyError NameError for an unknown class. */
  isinstance(className: string): boolean;
  /** The object as a JS value; exceptions and other objects return this wrapper. */
  toJS(): PyValue;
  /** Releases the reference. Idempotent; never throws. */
  dispose(): void;
  [Symbol.dispose](): void;
  /** str(o), or a placeholder once disposed. */
  toString(): string;
}

/** What run() returns. */
export interface RunResult {
  stdout: string;
  stderr: string;
  /** The status python3 would exit with. */
  exitCode: number;
  /** The uncaught exception (yours to dispose), or null. */
  exception: PyException | null;
  /** Stopped by the step budget. */
  budgetExceeded: boolean;
}

/** One traceback entry. Columns count code points from 0 (the end exclusive); -1 when unknown. */
export interface TracebackEntry {
  filename: string;
  /** The function's name, '<module>' at top level. */
  name: string;
  lineno: number;
  endLineno: number;
  colno: number;
  endColno: number;
  /** The source line (without its newline), or null when unknown. */
  line: string | null;
}

/** A Python exception. */
export class PyException extends PyObject {
  /** e.args as a frozen array (a tuple). */
  readonly args: readonly PyValue[];
  /** e.__cause__, or null. */
  readonly cause: PyException | null;
  /** e.__context__, or null. */
  readonly context: PyException | null;
  /** e.__suppress_context__. */
  readonly suppressContext: boolean;
  /** e.__notes__ (empty when it has none). */
  readonly notes: PyValue[];
  /** e.__traceback__, outermost frame first. */
  readonly traceback: readonly TracebackEntry[];
  /**
   * The exception and everything it leads to, as a tree of plain objects for
   * drawing (JSON.stringify(e) calls it): see ExceptionJSON. Linear in the
   * size of the exception graph; no recursion that grows with it.
   */
  toJSON(): ExceptionJSON;
}

/**
 * The condition of split() and subgroup(), as CPython takes it:
 * - a class name (looked up in __main__ first, then the builtins), or an
 *   array of them (a tuple of classes); PyObjects that are classes work too;
 * - a function (exc) => truthy, called by the core for every exception and
 *   nested group that is not inside a group already matched, top first. Its
 *   argument is valid during the call only (disposed when it returns). JS
 *   truthiness decides. What it throws, split()/subgroup() throws (the same
 *   value); it may use the runtime, but not close() it.
 */
export type SplitCondition =
  | string
  | PyObject
  | readonly (string | PyObject)[]
  | ((exc: PyException) => unknown);

/** A BaseExceptionGroup or ExceptionGroup. */
export class PyExceptionGroup extends PyException {
  /** e.message. */
  readonly message: string;
  /** e.exceptions (a tuple of exceptions). */
  readonly exceptions: readonly PyException[];
  /**
   * e.split(cond): [match, rest], null for an empty side. The parts keep the
   * nesting and get e's traceback, cause and context (the same objects) and
   * a copy of its notes; a subclass's derive() makes them. Throws PyError
   * where Python raises (TypeError for a bad condition, NameError for an
   * unknown class name), a JS TypeError for a condition of the wrong JS type.
   */
  split(cond: SplitCondition): [PyExceptionGroup | null, PyExceptionGroup | null];
  /** e.subgroup(cond): the matching part, or null. */
  subgroup(cond: SplitCondition): PyExceptionGroup | null;
  /** e.derive(excs): a group with e's message wrapping excs (what split() uses). */
  derive(excs: PyArg): PyExceptionGroup;
}

/**
 * One exception in a toJSON() tree. Each exception of the graph appears once
 * in full (with its id); elsewhere (shared, or in a cycle) it is
 * { ref: id }. The full one sits where a breadth-first walk from the root
 * meets it first: through a group's exceptions, then __cause__, then
 * __context__, then values in args, attributes and notes.
 */
export interface ExceptionJSON {
  /** 0 for the root, then breadth-first. */
  id: number;
  /** __name__ of its class. */
  type: string;
  /** str(e) ('<exception str() failed>' when it raises). */
  str: string;
  /** repr(e) ('<exception repr() failed>' when it raises). */
  repr: string;
  args: JSONValue[];
  /**
   * The data attributes of its classes (errno, strerror, filename,
   * filename2; name, obj; msg, lineno, offset, text, end_lineno, end_offset;
   * encoding, object, start, end, reason; code; value; message; ...) that it
   * has, then those of its __dict__ (not __notes__).
   */
  attributes: Record<string, JSONValue>;
  notes: JSONValue[];
  traceback: TracebackEntry[];
  cause: ExceptionJSON | ExceptionRef | null;
  context: ExceptionJSON | ExceptionRef | null;
  suppressContext: boolean;
  /** Groups only. */
  exceptions?: (ExceptionJSON | ExceptionRef)[];
}

/** An exception that is in full elsewhere in the tree. */
export interface ExceptionRef {
  ref: number;
}

/** A value JSON has no form for (bytes, dict, set, an int beyond ±(2**53-1), nan, ...). */
export interface OpaqueValue {
  type: string;
  repr: string;
}

/** A value in a toJSON() tree: lists and tuples become arrays (32 levels deep at most). */
export type JSONValue = null | boolean | number | string | JSONValue[] | ExceptionJSON | ExceptionRef | OpaqueValue;
