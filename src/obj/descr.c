/* descr.c: descriptors of built-in types (methods, members, getsets),
 * built-in functions and bound methods. */
#include "obj/type.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/gc.h"
#include "base/mem.h"

/* ---- built-in functions ------------------------------------------------------ */

Obj *cfunc_new(Rt *rt, const MethodDef *def, Obj *self, Obj *module) {
  CFunc *f = (CFunc *)obj_alloc(rt, &CFuncType, sizeof(CFunc));
  if (!f) return NULL;
  f->def = def;
  f->self = xincref(self);
  f->module = xincref(module);
  return (Obj *)f;
}

static Obj *cfunc_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  CFunc *f = (CFunc *)callee;
  if (rt_enter(rt, " while calling a Python object") < 0) return NULL;
  Obj *r = f->def->fn(rt, f->self, argv, argc, kwnames);
  rt_leave(rt);
  return r;
}

static Obj *cfunc_repr(Rt *rt, Obj *o) {
  CFunc *f = (CFunc *)o;
  if (!f->self || strcmp(type_name(f->self), "module") == 0)
    return str_fromf(rt, "<built-in function %s>", f->def->name);
  return str_fromf(rt, "<built-in method %s of %s object at %p>", f->def->name, type_name(f->self), (void *)f->self);
}

static void cfunc_dealloc(Obj *o) {
  CFunc *f = (CFunc *)o;
  CLEAR(f->self);
  CLEAR(f->module);
  obj_free_mem(o);
}

static int cfunc_traverse(Obj *o, VisitFn visit, void *arg) {
  CFunc *f = (CFunc *)o;
  if (f->self && visit(f->self, arg)) return 1;
  return f->module ? visit(f->module, arg) : 0;
}

static void cfunc_clear(Obj *o) { CLEAR(((CFunc *)o)->self); }

static Obj *cfunc_get_name(Rt *rt, Obj *o) { return str_from_c(rt, ((CFunc *)o)->def->name); }
/* A method bound to an object is qualified by its class ("str.upper"), a
 * class method by the class itself; functions of modules are not. */
static Obj *cfunc_get_qualname(Rt *rt, Obj *o) {
  CFunc *f = (CFunc *)o;
  if (!f->self || strcmp(type_name(f->self), "module") == 0) return str_from_c(rt, f->def->name);
  Type *t = IS_TYPE(f->self) ? AS_TYPE(f->self) : f->self->type;
  Obj *q = t->qualname ? incref(t->qualname) : str_from_c(rt, t->name);
  if (!q) return NULL;
  Obj *r = str_fromf(rt, "%U.%s", q, f->def->name);
  decref(q);
  return r;
}
static Obj *cfunc_get_self(Rt *rt, Obj *o) {
  (void)rt;
  Obj *s = ((CFunc *)o)->self;
  return incref(s ? s : None);
}
static const GetSetDef cfunc_getsets[] = {
  {"__name__", cfunc_get_name, NULL},
  {"__qualname__", cfunc_get_qualname, NULL},
  {"__self__", cfunc_get_self, NULL},
  {NULL, NULL, NULL}
};

Type CFuncType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "builtin_function_or_method",
  .basicsize = sizeof(CFunc),
  .flags = TF_GC,
  .dealloc = cfunc_dealloc,
  .traverse = cfunc_traverse,
  .clear = cfunc_clear,
  .repr = cfunc_repr,
  .call = cfunc_call,
  .getsets = cfunc_getsets,
};

/* ---- method descriptors ---------------------------------------------------------- */

/* Names CPython implements as slot wrappers (wrapper_descriptor), whose
 * message for a wrong self differs from a method descriptor's. */
static int is_slot_wrapper_name(const char *n) {
  static const char *const names[] = {
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
    "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
    "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__",
    "__xor__", "__rxor__", "__matmul__", "__rmatmul__", "__neg__", "__pos__", "__abs__", "__invert__",
    "__bool__", "__int__", "__float__", "__index__", "__iadd__", "__imul__", "__repr__", "__str__", "__hash__",
    "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__len__", "__iter__", "__next__", "__call__",
    "__init__", "__getattribute__", "__setattr__", "__delattr__", NULL};
  for (size_t i = 0; names[i]; i++)
    if (!strcmp(n, names[i])) return 1;
  return 0;
}

static Obj *descr_check(Rt *rt, Descr *d, Obj *self) {
  if (is_inst(self, d->owner)) return self;
  if (is_slot_wrapper_name(str_c(d->name)))
    return err_format(rt, EXC(TypeError), "descriptor '%U' requires a '%s' object but received a '%s'", d->name,
                      d->owner->name, type_name(self));
  return err_format(rt, EXC(TypeError), "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                    d->name, d->owner->name, type_name(self));
}

static Obj *method_get(Rt *rt, Obj *descr, Obj *obj, Type *type) {
  (void)type;
  Descr *d = (Descr *)descr;
  if (!obj) return incref(descr);
  if (!descr_check(rt, d, obj)) return NULL;
  return cfunc_new(rt, d->d.method, obj, NULL);
}

/* Calling an unbound method descriptor: str.upper('x'). */
static Obj *method_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  Descr *d = (Descr *)callee;
  if (argc < 1)
    return err_format(rt, EXC(TypeError), "unbound method %s.%U() needs an argument", d->owner->name, d->name);
  if (!descr_check(rt, d, argv[0])) return NULL;
  return d->d.method->fn(rt, argv[0], argv + 1, argc - 1, kwnames);
}

static Obj *method_repr(Rt *rt, Obj *o) {
  Descr *d = (Descr *)o;
  return str_fromf(rt, "<method '%U' of '%s' objects>", d->name, d->owner->name);
}

static Obj *classmethod_get(Rt *rt, Obj *descr, Obj *obj, Type *type) {
  Descr *d = (Descr *)descr;
  if (!type) type = obj->type;
  return cfunc_new(rt, d->d.method, (Obj *)type, NULL);
}

static Obj *descr_get_name(Rt *rt, Obj *o) { (void)rt; return incref(((Descr *)o)->name); }
static Obj *descr_get_objclass(Rt *rt, Obj *o) { (void)rt; return incref((Obj *)((Descr *)o)->owner); }
static const GetSetDef descr_getsets[] = {
  {"__name__", descr_get_name, NULL},
  {"__qualname__", descr_get_name, NULL},
  {"__objclass__", descr_get_objclass, NULL},
  {NULL, NULL, NULL}
};

/* Descriptors of static types are immortal and never get here; those made
 * for heap types are freed like any object. */
static void descr_dealloc(Obj *o) { obj_free_mem(o); }

Type MethodDescrType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "method_descriptor",
  .basicsize = sizeof(Descr),
  .dealloc = descr_dealloc,
  .repr = method_repr,
  .call = method_call,
  .descr_get = method_get,
  .getsets = descr_getsets,
};

Type ClassMethodDescrType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "classmethod_descriptor",
  .basicsize = sizeof(Descr),
  .dealloc = descr_dealloc,
  .repr = method_repr,
  .descr_get = classmethod_get,
  .getsets = descr_getsets,
};

/* ---- member descriptors ----------------------------------------------------------- */

static Obj **member_slot(Obj *obj, const MemberDef *m) { return (Obj **)((char *)obj + m->offset); }

static Obj *member_get(Rt *rt, Obj *descr, Obj *obj, Type *type) {
  (void)type;
  Descr *d = (Descr *)descr;
  if (!obj) return incref(descr);
  if (!descr_check(rt, d, obj)) return NULL;
  Obj *v = *member_slot(obj, d->d.member);
  if (v) return incref(v);
  if (d->d.member->kind == MEMBER_OBJ_EX)
    return err_format(rt, EXC(AttributeError), "'%s' object has no attribute '%U'", type_name(obj), d->name);
  return incref(None);
}

static int member_set(Rt *rt, Obj *descr, Obj *obj, Obj *value) {
  Descr *d = (Descr *)descr;
  if (!descr_check(rt, d, obj)) return -1;
  if (d->d.member->kind == MEMBER_OBJ_RO) return err_format_i(rt, EXC(AttributeError), "readonly attribute");
  Obj **slot = member_slot(obj, d->d.member);
  if (!value && d->d.member->kind == MEMBER_OBJ_EX && !*slot)
    return err_format_i(rt, EXC(AttributeError), "'%s' object has no attribute '%U'", type_name(obj), d->name);
  SETREF(*slot, xincref(value));
  return 0;
}

static Obj *member_repr(Rt *rt, Obj *o) {
  Descr *d = (Descr *)o;
  return str_fromf(rt, "<member '%U' of '%s' objects>", d->name, d->owner->name);
}

Type MemberDescrType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "member_descriptor",
  .basicsize = sizeof(Descr),
  .dealloc = descr_dealloc,
  .repr = member_repr,
  .descr_get = member_get,
  .descr_set = member_set,
  .getsets = descr_getsets,
};

/* ---- getset descriptors ------------------------------------------------------------- */

static Obj *getset_get(Rt *rt, Obj *descr, Obj *obj, Type *type) {
  (void)type;
  Descr *d = (Descr *)descr;
  if (!obj) return incref(descr);
  if (!descr_check(rt, d, obj)) return NULL;
  return d->d.getset->get(rt, obj);
}

static int getset_set(Rt *rt, Obj *descr, Obj *obj, Obj *value) {
  Descr *d = (Descr *)descr;
  if (!descr_check(rt, d, obj)) return -1;
  if (!d->d.getset->set)
    return err_format_i(rt, EXC(AttributeError), "attribute '%U' of '%s' objects is not writable", d->name,
                        d->owner->name);
  return d->d.getset->set(rt, obj, value);
}

static Obj *getset_repr(Rt *rt, Obj *o) {
  Descr *d = (Descr *)o;
  return str_fromf(rt, "<attribute '%U' of '%s' objects>", d->name, d->owner->name);
}

Type GetSetDescrType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "getset_descriptor",
  .basicsize = sizeof(Descr),
  .dealloc = descr_dealloc,
  .repr = getset_repr,
  .descr_get = getset_get,
  .descr_set = getset_set,
  .getsets = descr_getsets,
};

/* ---- bound methods ---------------------------------------------------------------------- */

Obj *bound_method_new(Rt *rt, Obj *func, Obj *self) {
  BoundMethod *m = (BoundMethod *)obj_alloc(rt, &BoundMethodType, sizeof(BoundMethod));
  if (!m) return NULL;
  m->func = incref(func);
  m->self = incref(self);
  return (Obj *)m;
}

static Obj *bound_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  BoundMethod *m = (BoundMethod *)callee;
  size_t total = argc + (kwnames ? tuple_len(kwnames) : 0);
  Obj *small[8], **args = small;
  if (total + 1 > 8) {
    args = mem_alloc((total + 1) * sizeof(Obj *));
    if (!args) return err_nomem(rt);
  }
  args[0] = m->self;
  for (size_t i = 0; i < total; i++) args[i + 1] = argv[i];
  Obj *r = obj_call(rt, m->func, args, argc + 1, kwnames);
  if (args != small) mem_free(args);
  return r;
}

static void bound_dealloc(Obj *o) {
  BoundMethod *m = (BoundMethod *)o;
  CLEAR(m->func);
  CLEAR(m->self);
  obj_free_mem(o);
}

static int bound_traverse(Obj *o, VisitFn visit, void *arg) {
  BoundMethod *m = (BoundMethod *)o;
  if (m->func && visit(m->func, arg)) return 1;
  return m->self ? visit(m->self, arg) : 0;
}

static void bound_clear(Obj *o) {
  BoundMethod *m = (BoundMethod *)o;
  CLEAR(m->func);
  CLEAR(m->self);
}

static Obj *bound_repr(Rt *rt, Obj *o) {
  BoundMethod *m = (BoundMethod *)o;
  Obj *qn = obj_lookup_attr(rt, m->func, str_static("__qualname__"));
  if (!qn) {
    if (err_occurred(rt)) return NULL;
    qn = str_from_c(rt, "?");
    if (!qn) return NULL;
  }
  Obj *sr = obj_repr(rt, m->self);
  if (!sr) { decref(qn); return NULL; }
  Obj *r = str_fromf(rt, "<bound method %U of %U>", qn, sr);
  decref(qn);
  decref(sr);
  return r;
}

static Obj *bound_getattr(Rt *rt, Obj *o, Obj *name) {
  Obj *r = obj_generic_getattr(rt, o, name);
  if (r || !err_matches(rt, EXC(AttributeError))) return r;
  err_clear(rt);
  return obj_getattr(rt, ((BoundMethod *)o)->func, name);
}

static Obj *bound_get_self(Rt *rt, Obj *o) { (void)rt; return incref(((BoundMethod *)o)->self); }
static Obj *bound_get_func(Rt *rt, Obj *o) { (void)rt; return incref(((BoundMethod *)o)->func); }
static const GetSetDef bound_getsets[] = {
  {"__self__", bound_get_self, NULL},
  {"__func__", bound_get_func, NULL},
  {NULL, NULL, NULL}
};

Type BoundMethodType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "method",
  .basicsize = sizeof(BoundMethod),
  .flags = TF_GC,
  .dealloc = bound_dealloc,
  .traverse = bound_traverse,
  .clear = bound_clear,
  .repr = bound_repr,
  .call = bound_call,
  .getattr = bound_getattr,
  .getsets = bound_getsets,
};
