/* args.h: checking the arguments of built-in functions, with CPython's
 * messages. */
#ifndef PX_ARGS_H
#define PX_ARGS_H
#include "obj/object.h"
#include "obj/runtime.h"

/* "f() takes no keyword arguments" when kwnames is non-empty. */
int args_no_kw(Rt *rt, const char *fname, Obj *kwnames);
/* Checks min <= argc <= max for a positional-only function, with CPython's
 * "f expected at most 2 arguments, got 3" style messages. */
int args_count(Rt *rt, const char *fname, size_t argc, size_t min, size_t max);
/* Binds positional and keyword arguments to names (keywords allowed from
 * index `first_kw` on; names after `kwonly` are keyword-only). out[] gets
 * borrowed references or NULL for missing optional ones. */
int args_bind(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames,
              const char *const *names, size_t nnames, size_t required, Obj **out);
/* argv/kwnames -> tuple and dict (NULL when no keywords). */
int args_pack(Rt *rt, Obj *const *argv, size_t argc, Obj *kwnames, Obj **args, Obj **kwargs);

/* ---- the calling conventions of CPython's built-in methods ----------------------------
 * qname is the qualified name ("str.upper"); the messages use it or the
 * part after the dot, as CPython does for each convention. */
/* METH_NOARGS: "str.upper() takes no arguments (1 given)". */
int args_none(Rt *rt, const char *qname, size_t argc, Obj *kwnames);
/* METH_O: "list.append() takes exactly one argument (0 given)". */
int args_one(Rt *rt, const char *qname, size_t argc, Obj *kwnames);
/* Argument Clinic, positional-only: "list.index() takes no keyword
 * arguments", "index expected at least 1 argument, got 0". */
int args_pos(Rt *rt, const char *qname, size_t argc, Obj *kwnames, size_t min, size_t max);
/* PyArg_ParseTuple (METH_VARARGS): "find() takes at least 1 argument (0 given)",
 * "find() takes no keyword arguments". */
int args_tuple(Rt *rt, const char *qname, size_t argc, Obj *kwnames, size_t min, size_t max);

/* Slot wrappers (int.__add__, str.__mod__, ...): "expected 1 argument, got 0",
 * "wrapper __add__() takes no keyword arguments". */
int args_wrapper(Rt *rt, const char *name, size_t argc, Obj *kwnames, size_t n);
int args_wrapper_range(Rt *rt, const char *name, size_t argc, Obj *kwnames, size_t min, size_t max);

/* Argument Clinic with keywords (_PyArg_UnpackKeywords): parameters
 * names[0..n), the first `posonly` positional-only (their names unused),
 * `minpos` required, the first `maxpos` accepted by position (the rest are
 * keyword-only). out[] gets borrowed references, NULL when not given. */
typedef struct KwSpec {
  const char *fname;                 /* "split" */
  const char *const *names;
  unsigned char n, posonly, minpos, maxpos;
} KwSpec;
int args_kw(Rt *rt, const KwSpec *s, Obj *const *argv, size_t argc, Obj *kwnames, Obj **out);

/* ---- converters ------------------------------------------------------------------------ */
/* Clinic's Py_ssize_t: "'str' object cannot be interpreted as an integer",
 * OverflowError "Python int too large to convert to C ssize_t". */
int arg_ssize(Rt *rt, Obj *o, int64_t *out);
/* C int: "Python int too large to convert to C int". */
int arg_int(Rt *rt, Obj *o, int *out);
/* _PyEval_SliceIndex: start/end of find, count, index...; huge values are
 * clamped. none_ok: None means "not given" (left unchanged). */
int arg_slice_index(Rt *rt, Obj *o, int64_t *out, int none_ok);
/* _PyArg_BadArgument: "replace() argument 1 must be str, not int" (display:
 * "argument 1", "argument 'encoding'", "argument"); None shows as "None". */
Obj *arg_bad(Rt *rt, const char *fname, const char *display, const char *expected, Obj *got);

#endif
