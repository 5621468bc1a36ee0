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

#endif
