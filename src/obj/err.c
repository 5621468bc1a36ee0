/* err.c: setting, fetching and matching the pending exception. */
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "base/strbuf.h"

ExcTypes exc_types;

Obj *err_set_obj(Rt *rt, Obj *exc) {
  incref(exc);
  if (rt->on_raise) rt->on_raise(rt, exc);
  SETREF(rt->exc, exc);
  return NULL;
}

Obj *err_set(Rt *rt, Type *t, Obj *arg) {
  Obj *exc = arg ? obj_call1(rt, (Obj *)t, arg) : obj_call0(rt, (Obj *)t);
  if (!exc) return NULL;   /* the constructor's own error is pending */
  err_set_obj(rt, exc);
  decref(exc);
  return NULL;
}

Obj *err_str(Rt *rt, Type *t, const char *msg) {
  Obj *s = str_from_c(rt, msg);
  if (!s) return NULL;
  err_set(rt, t, s);
  decref(s);
  return NULL;
}

Obj *err_vformat(Rt *rt, Type *t, const char *fmt, va_list ap) {
  StrBuf b = SB_INIT;
  if (str_vformat_to(rt, &b, fmt, ap) < 0) { sb_free(&b); return NULL; }
  Obj *s = str_from_buf(rt, &b);
  if (!s) return NULL;
  err_set(rt, t, s);
  decref(s);
  return NULL;
}

Obj *err_format(Rt *rt, Type *t, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  err_vformat(rt, t, fmt, ap);
  va_end(ap);
  return NULL;
}

int err_format_i(Rt *rt, Type *t, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  err_vformat(rt, t, fmt, ap);
  va_end(ap);
  return -1;
}

/* A new MemoryError when a small allocation still succeeds (the usual case:
 * one huge request failed); else the preallocated one, its traceback reset. */
Obj *err_nomem(Rt *rt) {
  if (!rt) return NULL;
  if (!rt->in_nomem && exc_types.MemoryError) {
    rt->in_nomem = 1;
    Obj *e = obj_call0(rt, (Obj *)exc_types.MemoryError);
    rt->in_nomem = 0;
    if (e) {
      err_set_obj(rt, e);
      decref(e);
      return NULL;
    }
    err_clear(rt);
  }
  if (rt->memory_error) {
    Obj *me = rt->memory_error;
    rt->in_nomem = 1;
    if (obj_setattr_s(rt, me, "__traceback__", None) < 0 || obj_setattr_s(rt, me, "__context__", None) < 0) err_clear(rt);
    rt->in_nomem = 0;
    err_set_obj(rt, me);
  }
  return NULL;
}

Obj *err_fetch(Rt *rt) {
  Obj *e = rt->exc;
  rt->exc = NULL;
  return e;
}

void err_restore(Rt *rt, Obj *exc) { SETREF(rt->exc, exc); }

void err_clear(Rt *rt) { CLEAR(rt->exc); }

int err_matches(Rt *rt, Type *t) { return rt->exc && is_inst(rt->exc, t); }

void err_unhashable_context(Rt *rt, Obj *key, const char *what) {
  if (!rt || rt->pyv < PY314 || !rt->exc || rt->exc->type != EXC(TypeError)) return;
  Obj *e = err_fetch(rt), *msg = obj_str(rt, e);
  if (!msg) { decref(e); return; }
  if (!strncmp(str_c(msg), "cannot use '", 12)) err_restore(rt, e);   /* said already */
  else {
    err_format(rt, EXC(TypeError), "cannot use '%s' as a %s (%U)", type_name(key), what, msg);
    decref(e);
  }
  decref(msg);
}

Obj *err_key(Rt *rt, Obj *key) { return err_set(rt, EXC(KeyError), key); }
