/* err.h: the pending exception. A failing function sets it and returns
 * NULL/-1; callers pass the failure up or handle it, as in CPython.
 *
 * The exception classes are defined in src/exc; lower layers raise them
 * through exc_types, which src/exc fills in at startup. */
#ifndef PX_ERR_H
#define PX_ERR_H
#include <stdarg.h>
#include "obj/object.h"

#define EXC_TYPES_USED_BELOW(X) \
  X(BaseException) X(Exception) X(TypeError) X(ValueError) X(IndexError) \
  X(KeyError) X(LookupError) X(AttributeError) X(OverflowError) \
  X(ZeroDivisionError) X(MemoryError) X(RecursionError) X(RuntimeError) \
  X(StopIteration) X(SystemError) X(NameError) X(UnboundLocalError) \
  X(UnicodeDecodeError) X(UnicodeEncodeError) X(NotImplementedError) \
  X(AssertionError) X(ImportError) X(ModuleNotFoundError) X(SyntaxError) \
  X(IndentationError) X(TabError) X(GeneratorExit) X(SystemExit) \
  X(KeyboardInterrupt) X(OSError) X(BaseExceptionGroup) X(ExceptionGroup) \
  X(StopAsyncIteration) X(DeprecationWarning) X(RuntimeWarning) X(SyntaxWarning)

typedef struct ExcTypes {
#define X(name) Type *name;
  EXC_TYPES_USED_BELOW(X)
#undef X
} ExcTypes;
extern ExcTypes exc_types;
#define EXC(name) (exc_types.name)

/* All return NULL so that `return err_format(...)` reads naturally. */
Obj *err_set_obj(Rt *rt, Obj *exc);                 /* exc: an instance (borrowed) */
Obj *err_set(Rt *rt, Type *t, Obj *arg);            /* t(arg), or t() when arg NULL */
Obj *err_str(Rt *rt, Type *t, const char *msg);     /* t(msg) */
/* printf-like, plus %R repr(o), %S str(o), %T type name of o, %U a str
 * object's text, %N a type's name (Type*). */
Obj *err_format(Rt *rt, Type *t, const char *fmt, ...);
Obj *err_vformat(Rt *rt, Type *t, const char *fmt, va_list ap);
Obj *err_nomem(Rt *rt);
/* -1 variants for int-returning functions. */
int  err_format_i(Rt *rt, Type *t, const char *fmt, ...);

static inline int err_occurred(const Rt *rt);
Obj *err_fetch(Rt *rt);            /* takes the pending exception (owned), or NULL */
void err_restore(Rt *rt, Obj *exc);/* steals exc; replaces any pending one */
void err_clear(Rt *rt);
/* 3.14's dict_unhashable_type/set_unhashable_type: a pending TypeError (of
 * exactly that type) from hashing key becomes "cannot use 'T' as a <what>
 * (<its message>)"; earlier versions leave it. */
void err_unhashable_context(Rt *rt, Obj *key, const char *what);
int  err_matches(Rt *rt, Type *t); /* pending exception is an instance of t */
/* KeyError(key) (key wrapped in a tuple as CPython does for tuple keys). */
Obj *err_key(Rt *rt, Obj *key);

#include "obj/runtime.h"
static inline int err_occurred(const Rt *rt) { return rt->exc != NULL; }

#endif
