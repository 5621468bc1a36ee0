/* pyexc.h: the public interface of pyexc, CPython's built-in exceptions
 * (and the Python that shows them) as a small C library.
 *
 * A runtime models one CPython version on one platform. Values are opaque
 * pyexc_obj handles; every function that returns one returns a NEW reference
 * that the caller releases with pyexc_decref. Functions that can fail return
 * NULL (or -1) and leave the Python exception pending in the runtime, to be
 * taken with pyexc_take_error. Nothing here aborts or longjmps. */
#ifndef PYEXC_H
#define PYEXC_H
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PYEXC_VERSION "0.1.0"

typedef struct pyexc_rt pyexc_rt;
typedef struct pyexc_obj pyexc_obj;

/* ---- runtimes --------------------------------------------------------------- */
/* python: "3.11" .. "3.14" (NULL: "3.14"); platform: "linux", "emscripten",
 * "wasi" (NULL: "linux"). NULL when the profile is unknown or memory runs out. */
pyexc_rt   *pyexc_open(const char *python, const char *platform);
void        pyexc_close(pyexc_rt *rt);
int         pyexc_profile_known(const char *python, const char *platform);
const char *pyexc_python(const pyexc_rt *rt);
const char *pyexc_platform(const pyexc_rt *rt);
/* Memory cap in bytes for the whole process (0: none); past it, MemoryError.
 * pyexc_open sets 256 MiB when no cap is set. */
void        pyexc_set_memory_limit(size_t bytes);
size_t      pyexc_memory_in_use(void);
/* Frees unreachable reference cycles now; returns how many objects. */
size_t      pyexc_collect(pyexc_rt *rt);

/* ---- references and errors --------------------------------------------------------- */
void       pyexc_incref(pyexc_obj *o);
void       pyexc_decref(pyexc_obj *o);
/* The pending exception (a new reference), clearing it; NULL if none. */
pyexc_obj *pyexc_take_error(pyexc_rt *rt);

/* ---- making values ----------------------------------------------------------------- */
pyexc_obj *pyexc_none(pyexc_rt *rt);
pyexc_obj *pyexc_bool(pyexc_rt *rt, int v);
pyexc_obj *pyexc_int(pyexc_rt *rt, int64_t v);
/* Decimal digits with an optional '-' (any size). */
pyexc_obj *pyexc_int_text(pyexc_rt *rt, const char *digits, size_t len);
pyexc_obj *pyexc_float(pyexc_rt *rt, double v);
pyexc_obj *pyexc_str(pyexc_rt *rt, const char *utf8, size_t len);
pyexc_obj *pyexc_bytes(pyexc_rt *rt, const void *data, size_t len);
/* Containers borrow the items they are given. */
pyexc_obj *pyexc_tuple(pyexc_rt *rt, pyexc_obj *const *items, size_t n);
pyexc_obj *pyexc_list(pyexc_rt *rt, pyexc_obj *const *items, size_t n);
pyexc_obj *pyexc_dict(pyexc_rt *rt);
int        pyexc_dict_set(pyexc_rt *rt, pyexc_obj *dict, pyexc_obj *key, pyexc_obj *value);
pyexc_obj *pyexc_bytearray(pyexc_rt *rt, const void *data, size_t len);
/* set(items) / frozenset(items): the items are added in the order given, so
 * the iteration order is CPython's for the same list. */
pyexc_obj *pyexc_set(pyexc_rt *rt, pyexc_obj *const *items, size_t n);
pyexc_obj *pyexc_frozenset(pyexc_rt *rt, pyexc_obj *const *items, size_t n);

/* ---- inspecting values ------------------------------------------------------------------ */
typedef enum pyexc_kind {
  PYEXC_NONE, PYEXC_BOOL, PYEXC_INT, PYEXC_FLOAT, PYEXC_STR, PYEXC_BYTES, PYEXC_BYTEARRAY,
  PYEXC_TUPLE, PYEXC_LIST, PYEXC_DICT, PYEXC_SET, PYEXC_FROZENSET, PYEXC_EXCEPTION, PYEXC_TYPE,
  PYEXC_OTHER
} pyexc_kind;

pyexc_kind  pyexc_kind_of(const pyexc_obj *o);
const char *pyexc_type_name(const pyexc_obj *o);      /* __name__ of its class */
int         pyexc_as_bool(const pyexc_obj *o);
/* An int (or bool) as int64: 0, or -1 when it does not fit. */
int         pyexc_as_int64(const pyexc_obj *o, int64_t *out);
double      pyexc_as_double(const pyexc_obj *o);
/* The text of a str, or the bytes of bytes/bytearray; valid while o lives. */
const char *pyexc_str_data(const pyexc_obj *o, size_t *len);
const unsigned char *pyexc_bytes_data(const pyexc_obj *o, size_t *len);
/* Items of a tuple, list, set or frozenset (in iteration order), or dict
 * keys; pyexc_dict_value gives a dict's value at the same position. */
size_t     pyexc_len(const pyexc_obj *o);
pyexc_obj *pyexc_item(pyexc_rt *rt, pyexc_obj *o, size_t i);
pyexc_obj *pyexc_dict_value(pyexc_rt *rt, pyexc_obj *dict, size_t i);

/* ---- operations ------------------------------------------------------------------------ */
pyexc_obj *pyexc_to_str(pyexc_rt *rt, pyexc_obj *o);     /* str(o) */
pyexc_obj *pyexc_to_repr(pyexc_rt *rt, pyexc_obj *o);    /* repr(o) */
pyexc_obj *pyexc_getattr(pyexc_rt *rt, pyexc_obj *o, const char *name);
int        pyexc_setattr(pyexc_rt *rt, pyexc_obj *o, const char *name, pyexc_obj *value);
/* o(*args, **kwargs); args a tuple (NULL: none), kwargs a dict or NULL. */
pyexc_obj *pyexc_call(pyexc_rt *rt, pyexc_obj *callable, pyexc_obj *args, pyexc_obj *kwargs);
pyexc_obj *pyexc_call_method(pyexc_rt *rt, pyexc_obj *o, const char *name, pyexc_obj *args, pyexc_obj *kwargs);

/* ---- exceptions ------------------------------------------------------------------------- */
/* A class by name: __main__'s globals first, then the builtins
 * (NameError "name 'X' is not defined" otherwise). */
pyexc_obj *pyexc_lookup(pyexc_rt *rt, const char *name);
/* class_name(*args, **kwargs). */
pyexc_obj *pyexc_new(pyexc_rt *rt, const char *class_name, pyexc_obj *args, pyexc_obj *kwargs);
/* 1, 0, or -1 with an error (unknown class). */
int        pyexc_isinstance(pyexc_rt *rt, pyexc_obj *o, const char *class_name);
int        pyexc_issubclass(pyexc_rt *rt, const char *a, const char *b);
/* The class tree in the format of the docs (a str). */
pyexc_obj *pyexc_hierarchy(pyexc_rt *rt);
/* e.split(cond) / e.subgroup(cond): cond is a class, a tuple of classes or
 * a callable. split stores new references (None for an empty side). */
int        pyexc_split(pyexc_rt *rt, pyexc_obj *group, pyexc_obj *cond, pyexc_obj **match, pyexc_obj **rest);
pyexc_obj *pyexc_subgroup(pyexc_rt *rt, pyexc_obj *group, pyexc_obj *cond);

/* The exception graph of exc as JSON text (a str), for drawing it:
 *   {"nodes": [NODE, ...]}   node 0 is exc; the others in breadth-first order
 *   NODE = {"id": i, "type": __name__ of its class, "str": str(e), "repr": repr(e),
 *           "args": [VALUE...], "attributes": {name: VALUE}, "notes": [VALUE...],
 *           "traceback": [{"filename", "name", "lineno", "endLineno", "colno",
 *                          "endColno", "line"}...]  (as pyexc_traceback_entry; line null if unknown),
 *           "cause": REF, "context": REF, "suppressContext": bool,
 *           "exceptions": [REF...]  (groups only)}
 *   REF = null | {"node": i} | {"ref": i}
 *   VALUE = null, a bool, a number (ints within +-(2**53-1), finite floats),
 *           a string, an array (list, tuple), REF (an exception), or
 *           {"type": name, "repr": repr(v)} for anything else.
 * Each exception is {"node": i} at exactly one place (the first where a
 * breadth-first walk reaches it, through a group's exceptions, then
 * __cause__, then __context__, then values), so following "node" gives a
 * tree; {"ref": i} marks the other places (shared exceptions, cycles).
 * attributes: the members and getsets of the exception's classes (errno,
 * filename, msg, lineno, name, obj, code, value, message, ...) and its
 * __dict__ (without __notes__). Linear in the size of the graph. A failing
 * str()/repr() gives "<exception str() failed>" / "<exception repr() failed>",
 * a failing attribute is left out; only MemoryError fails the call. */
pyexc_obj *pyexc_exception_json(pyexc_rt *rt, pyexc_obj *exc);

/* ---- host functions --------------------------------------------------------------------- */
/* A callable Python object (a builtin_function_or_method called name) whose
 * calls run fn(ctx, rt, args, &result), args being the tuple of positional
 * arguments (keyword arguments are refused with TypeError). fn returns 0 with
 * *result a new reference, or -1 with an exception pending (pyexc_raise).
 * release(ctx), unless NULL, runs when the object is freed. */
typedef int (*pyexc_host_fn)(void *ctx, pyexc_rt *rt, pyexc_obj *args, pyexc_obj **result);
pyexc_obj *pyexc_host_function(pyexc_rt *rt, const char *name, pyexc_host_fn fn, void *ctx,
                               void (*release)(void *ctx));
/* Makes exc (an exception, or an exception class to instantiate) the pending
 * exception, as `raise exc` would; TypeError when it is neither. Returns -1. */
int        pyexc_raise(pyexc_rt *rt, pyexc_obj *exc);

/* ---- running programs ------------------------------------------------------------------ */
typedef struct pyexc_result {
  const char *out;          /* what the program printed to stdout (NUL-terminated; NULL after a failure) */
  size_t out_len;
  const char *err;          /* to stderr, tracebacks included */
  size_t err_len;
  int exit_code;            /* the status python3 would exit with */
  int budget_exceeded;      /* stopped by the step budget */
  pyexc_obj *exception;     /* the uncaught exception (owned by the result), or NULL */
} pyexc_result;

enum {
  PYEXC_RUN_FRESH = 1,   /* run in a new __main__ namespace */
  PYEXC_RUN_COLOR = 2,   /* uncaught tracebacks in ANSI colours, as 3.13+ prints them on a terminal */
};

/* Runs source as `python3 filename` would; fills res (free it with
 * pyexc_result_free). Returns 0, or -1 if the runtime ran out of memory. */
int  pyexc_run(pyexc_rt *rt, const char *source, size_t len, const char *filename, int flags, pyexc_result *res);
void pyexc_result_free(pyexc_result *res);
/* Instructions a run may execute before it is stopped (0: no limit). */
void pyexc_set_step_budget(pyexc_rt *rt, uint64_t steps);
/* traceback.format_exception(exc) as one str. */
pyexc_obj *pyexc_format_exception(pyexc_rt *rt, pyexc_obj *exc);

/* One entry of an exception's traceback. Columns count code points from 0
 * (-1 when unknown); the end is exclusive. */
typedef struct pyexc_frame_info {
  const char *filename;     /* valid while the exception lives */
  const char *name;         /* the function's name, "<module>" at top level */
  int lineno, end_lineno, col, end_col;
} pyexc_frame_info;
/* Entries of exc.__traceback__, outermost first. */
size_t pyexc_traceback_len(pyexc_obj *exc);
int    pyexc_traceback_entry(pyexc_rt *rt, pyexc_obj *exc, size_t i, pyexc_frame_info *out);
/* The source line an entry points at (a str without its newline), or None. */
pyexc_obj *pyexc_traceback_line(pyexc_rt *rt, pyexc_obj *exc, size_t i);

#ifdef __cplusplus
}
#endif
#endif
