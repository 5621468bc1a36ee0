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

Obj *err_nomem(Rt *rt) {
  if (rt->memory_error) err_set_obj(rt, rt->memory_error);
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

Obj *err_key(Rt *rt, Obj *key) { return err_set(rt, EXC(KeyError), key); }
