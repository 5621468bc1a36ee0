/* host.c: pyexc_host_function and pyexc_raise, the two halves of calling
 * back into the program that embeds pyexc (the JS binding's split/subgroup
 * conditions, for instance).
 *
 * A host function is a small built-in callable, like a CFunc, whose code is
 * a C function pointer of the host plus an opaque context. Python sees a
 * builtin_function_or_method: repr <built-in function NAME>, __name__,
 * __qualname__, no keyword arguments. It holds no Python references besides
 * its name, so it is not tracked by the cycle collector. */
#include "api/pyexc.h"
#include "obj/object.h"
#include "obj/runtime.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "exc/exc.h"

typedef struct HostFunc {
  Obj ob;
  Obj *name;                   /* str */
  pyexc_host_fn fn;
  void *ctx;
  void (*release)(void *ctx);
} HostFunc;

static Obj *host_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  HostFunc *f = (HostFunc *)callee;
  if (kwnames && tuple_len(kwnames))
    return err_format(rt, EXC(TypeError), "%U() takes no keyword arguments", f->name);
  Obj *args = tuple_from(rt, argv, argc);
  if (!args) return NULL;
  if (rt_enter(rt, " while calling a Python object") < 0) { decref(args); return NULL; }
  pyexc_obj *result = NULL;
  int r = f->fn(f->ctx, (pyexc_rt *)rt, (pyexc_obj *)args, &result);
  rt_leave(rt);
  decref(args);
  Obj *res = (Obj *)result;
  if (r < 0 || !res) {
    xdecref(res);
    if (!err_occurred(rt))
      err_format(rt, EXC(SystemError), "<built-in function %U> returned NULL without setting an exception", f->name);
    return NULL;
  }
  if (err_occurred(rt)) {
    decref(res);
    Obj *cause = err_fetch(rt);
    err_format(rt, EXC(SystemError), "<built-in function %U> returned a result with an exception set", f->name);
    Obj *e = err_fetch(rt);
    if (e && is_exc(e)) exc_set_cause(e, cause);
    xdecref(cause);
    if (e) err_restore(rt, e);
    return NULL;
  }
  return res;
}

static Obj *host_repr(Rt *rt, Obj *o) { return str_fromf(rt, "<built-in function %U>", ((HostFunc *)o)->name); }

static void host_dealloc(Obj *o) {
  HostFunc *f = (HostFunc *)o;
  if (f->release) f->release(f->ctx);
  CLEAR(f->name);
  obj_free_mem(o);
}

static Obj *host_get_name(Rt *rt, Obj *o) { (void)rt; return incref(((HostFunc *)o)->name); }
static Obj *host_get_self(Rt *rt, Obj *o) { (void)rt; (void)o; return incref(None); }

static const GetSetDef host_getsets[] = {
  {"__name__", host_get_name, NULL},
  {"__qualname__", host_get_name, NULL},
  {"__self__", host_get_self, NULL},
  {NULL, NULL, NULL}
};

static Type HostFuncType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "builtin_function_or_method",
  .basicsize = sizeof(HostFunc),
  .dealloc = host_dealloc,
  .repr = host_repr,
  .call = host_call,
  .getsets = host_getsets,
};

pyexc_obj *pyexc_host_function(pyexc_rt *r, const char *name, pyexc_host_fn fn, void *ctx,
                               void (*release)(void *ctx)) {
  Rt *rt = (Rt *)r;
  if (!(HostFuncType.flags & TF_READY) && type_ready(&HostFuncType) < 0) return (pyexc_obj *)err_nomem(rt);
  if (!fn) return (pyexc_obj *)err_str(rt, EXC(TypeError), "pyexc_host_function: no function");
  Obj *n = str_from_c(rt, name ? name : "host_function");
  if (!n) return NULL;
  HostFunc *f = (HostFunc *)obj_alloc(rt, &HostFuncType, sizeof(HostFunc));
  if (!f) { decref(n); return NULL; }
  f->name = n;
  f->fn = fn;
  f->ctx = ctx;
  f->release = release;
  return (pyexc_obj *)f;
}

int pyexc_raise(pyexc_rt *r, pyexc_obj *p) {
  Rt *rt = (Rt *)r;
  Obj *o = (Obj *)p;
  if (o && is_exc(o)) {
    err_set_obj(rt, o);
  } else if (o && is_exc_type(o)) {
    Obj *e = obj_call0(rt, o);
    if (e) {
      if (is_exc(e)) err_set_obj(rt, e);
      else err_format(rt, EXC(TypeError), "calling %R should have returned an instance of BaseException, not %R", o,
                      (Obj *)e->type);
      decref(e);
    }
  } else {
    err_str(rt, EXC(TypeError), "exceptions must derive from BaseException");
  }
  return -1;
}
