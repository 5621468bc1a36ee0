/* slots.c: special methods <-> slots. */
#include "obj/slots.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/args.h"
#include "obj/repr.h"
#include "base/mem.h"

/* ---- calling dunders ------------------------------------------------------------------ */

/* The method `name` of self's class, bound to self; NULL (no error) if none. */
static Obj *bound_dunder(Rt *rt, Obj *self, const char *name) {
  Obj *m = type_lookup_s(self->type, name);
  if (!m) return NULL;
  if (m->type->descr_get) return m->type->descr_get(rt, m, self, self->type);
  return incref(m);
}

static Obj *call_dunder(Rt *rt, Obj *self, const char *name, Obj *const *argv, size_t argc) {
  Obj *m = bound_dunder(rt, self, name);
  if (!m) {
    /* CPython's lookup_method(): AttributeError(name) */
    if (!err_occurred(rt)) err_format(rt, EXC(AttributeError), "%s", name);
    return NULL;
  }
  Obj *r = obj_call(rt, m, argv, argc, NULL);
  decref(m);
  return r;
}

/* ---- unary slots --------------------------------------------------------------------------- */

static Obj *slot_repr(Rt *rt, Obj *self) { return call_dunder(rt, self, "__repr__", NULL, 0); }
static Obj *slot_str(Rt *rt, Obj *self) { return call_dunder(rt, self, "__str__", NULL, 0); }

static int64_t slot_hash(Rt *rt, Obj *self) {
  Obj *m = type_lookup_s(self->type, "__hash__");
  if (m == None) return hash_unhashable(rt, self);
  Obj *r = call_dunder(rt, self, "__hash__", NULL, 0);
  if (!r) return -1;
  if (!IS_INT(r)) {
    decref(r);
    err_str(rt, EXC(TypeError), "__hash__ method should return an integer");
    return -1;
  }
  int64_t h;
  if (int_as_i64(r, &h) < 0 || (rt->hash_bits == 32 && (h < INT32_MIN || h > INT32_MAX))) h = int_hash_value(rt, r);
  decref(r);
  return h == -1 ? -2 : h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static Obj *slot_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  Obj *m = bound_dunder(rt, a, cmp_names[op]);
  if (!m) return err_occurred(rt) ? NULL : incref(NotImpl);
  Obj *r = obj_call1(rt, m, b);
  decref(m);
  return r;
}

static Obj *slot_call(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  Obj *m = bound_dunder(rt, self, "__call__");
  if (!m) return err_occurred(rt) ? NULL : err_format(rt, EXC(TypeError), "'%s' object is not callable", type_name(self));
  Obj *r = obj_call(rt, m, argv, argc, kwnames);
  decref(m);
  return r;
}

static Obj *slot_iter(Rt *rt, Obj *self) {
  Obj *m = type_lookup_s(self->type, "__iter__");
  if (m == None) return err_format(rt, EXC(TypeError), "'%s' object is not iterable", type_name(self));
  Obj *r = call_dunder(rt, self, "__iter__", NULL, 0);
  if (r && !r->type->next) {
    err_format(rt, EXC(TypeError), "iter() returned non-iterator of type '%s'", type_name(r));
    CLEAR(r);
  }
  return r;
}

static Obj *slot_next(Rt *rt, Obj *self) {
  Obj *r = call_dunder(rt, self, "__next__", NULL, 0);
  if (!r && err_matches(rt, EXC(StopIteration))) {
    /* a StopIteration carrying a value keeps it for yield from; a bare one ends iteration */
    Obj *e = rt->exc;
    Obj *args = obj_lookup_attr(rt, e, str_static("args"));
    int bare = args && IS_TUPLE(args) && tuple_len(args) == 0;
    xdecref(args);
    if (bare) err_clear(rt);
  }
  return r;
}

static int64_t slot_len(Rt *rt, Obj *self) {
  Obj *r = call_dunder(rt, self, "__len__", NULL, 0);
  if (!r) return -1;
  int64_t n;
  int ok = num_as_ssize(rt, r, &n, NULL);
  decref(r);
  if (ok < 0) return -1;
  if (n < 0) {
    err_str(rt, EXC(ValueError), "__len__() should return >= 0");
    return -1;
  }
  return n;
}

static int slot_bool(Rt *rt, Obj *self) {
  Obj *m = bound_dunder(rt, self, "__bool__");
  if (m) {
    Obj *r = obj_call0(rt, m);
    decref(m);
    if (!r) return -1;
    if (!is_type(r, &BoolType)) {
      err_format(rt, EXC(TypeError), "__bool__ should return bool, returned %s", type_name(r));
      decref(r);
      return -1;
    }
    decref(r);
    return r == Py_True;
  }
  if (err_occurred(rt)) return -1;
  if (type_lookup_s(self->type, "__len__")) {
    int64_t n = slot_len(rt, self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

static Obj *slot_getitem(Rt *rt, Obj *self, Obj *key) { return call_dunder(rt, self, "__getitem__", &key, 1); }

static int slot_setitem(Rt *rt, Obj *self, Obj *key, Obj *value) {
  Obj *argv[2] = {key, value};
  Obj *r = value ? call_dunder(rt, self, "__setitem__", argv, 2) : call_dunder(rt, self, "__delitem__", &key, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

static int slot_contains(Rt *rt, Obj *self, Obj *item) {
  Obj *r = call_dunder(rt, self, "__contains__", &item, 1);
  if (!r) return -1;
  int t = obj_truth(rt, r);
  decref(r);
  return t;
}

/* ---- attributes ----------------------------------------------------------------------------- */

static int defined_in_heap(Type *t, const char *name);

static Obj *slot_getattr(Rt *rt, Obj *self, Obj *name) {
  Obj *r;
  if (defined_in_heap(self->type, "__getattribute__")) r = call_dunder(rt, self, "__getattribute__", &name, 1);
  else r = obj_generic_getattr(rt, self, name);
  if (r || !err_matches(rt, EXC(AttributeError))) return r;
  Obj *ga = type_lookup_s(self->type, "__getattr__");
  if (!ga) return NULL;
  err_clear(rt);
  return call_dunder(rt, self, "__getattr__", &name, 1);
}

static int slot_setattr(Rt *rt, Obj *self, Obj *name, Obj *value) {
  Obj *argv[2] = {name, value};
  Obj *r = value ? call_dunder(rt, self, "__setattr__", argv, 2) : call_dunder(rt, self, "__delattr__", &name, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

/* ---- construction -------------------------------------------------------------------------- */

static int slot_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  Obj *m = bound_dunder(rt, self, "__init__");
  if (!m) return err_occurred(rt) ? -1 : 0;
  Obj *r = obj_call_tuple(rt, m, args, kwargs);
  decref(m);
  if (!r) return -1;
  if (r != None) {
    err_format(rt, EXC(TypeError), "__init__() should return None, not '%s'", type_name(r));
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

static Obj *slot_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  Obj *m = type_lookup_s(t, "__new__");
  if (!m) return err_format(rt, EXC(TypeError), "cannot create '%s' instances", t->name);
  Obj *f = m->type->descr_get ? m->type->descr_get(rt, m, NULL, t) : incref(m);
  if (!f) return NULL;
  size_t n = tuple_len(args);
  Obj *full = tuple_new(rt, n + 1);
  if (!full) { decref(f); return NULL; }
  AS_TUPLE(full)->items[0] = incref((Obj *)t);
  for (size_t i = 0; i < n; i++) AS_TUPLE(full)->items[i + 1] = incref(tuple_get(args, i));
  Obj *r = obj_call_tuple(rt, f, full, kwargs);
  decref(full);
  decref(f);
  return r;
}

static Obj *slot_descr_get(Rt *rt, Obj *self, Obj *obj, Type *type) {
  Obj *argv[2] = {obj ? obj : None, type ? (Obj *)type : None};
  return call_dunder(rt, self, "__get__", argv, 2);
}

static int slot_descr_set(Rt *rt, Obj *self, Obj *obj, Obj *value) {
  Obj *argv[2] = {obj, value};
  Obj *r = value ? call_dunder(rt, self, "__set__", argv, 2) : call_dunder(rt, self, "__delete__", &obj, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

/* ---- number slots ----------------------------------------------------------------------------- */

/* a op b for a heap type: a.__op__(b), then b.__rop__(a); the right
 * operand goes first when its class is a subclass overriding __rop__. */
static Obj *binop(Rt *rt, Obj *a, Obj *b, const char *name, const char *rname) {
  int b_heap = (b->type->flags & TF_HEAP) && a->type != b->type && type_lookup_s(b->type, rname);
  if (b_heap && type_is_subtype(b->type, a->type) && defined_in_heap(b->type, rname)) {
    Obj *r = call_dunder(rt, b, rname, &a, 1);
    if (r != NotImpl) return r;
    decref(r);
    b_heap = 0;
  }
  if ((a->type->flags & TF_HEAP) && type_lookup_s(a->type, name)) {
    Obj *r = call_dunder(rt, a, name, &b, 1);
    if (r != NotImpl) return r;
    decref(r);
  }
  if (b_heap) return call_dunder(rt, b, rname, &a, 1);
  return incref(NotImpl);
}

#define BINSLOT(fn, name) \
  static Obj *slot_##fn(Rt *rt, Obj *a, Obj *b) { return binop(rt, a, b, "__" name "__", "__r" name "__"); }
BINSLOT(add, "add") BINSLOT(sub, "sub") BINSLOT(mul, "mul") BINSLOT(truediv, "truediv")
BINSLOT(floordiv, "floordiv") BINSLOT(mod, "mod") BINSLOT(divmod, "divmod") BINSLOT(lshift, "lshift")
BINSLOT(rshift, "rshift") BINSLOT(and_, "and") BINSLOT(or_, "or") BINSLOT(xor_, "xor") BINSLOT(matmul, "matmul")
static Obj *slot_pow(Rt *rt, Obj *a, Obj *b, Obj *m) { (void)m; return binop(rt, a, b, "__pow__", "__rpow__"); }

#define UNSLOT(fn, name) static Obj *slot_##fn(Rt *rt, Obj *a) { return call_dunder(rt, a, "__" name "__", NULL, 0); }
UNSLOT(neg, "neg") UNSLOT(pos, "pos") UNSLOT(abs, "abs") UNSLOT(invert, "invert") UNSLOT(to_int, "int")
UNSLOT(to_float, "float") UNSLOT(index, "index")

/* ---- installing slots on heap types ------------------------------------------------------------- */

static int defined_in_heap(Type *t, const char *name) {
  Obj *key = str_static(name), *mro = t->mro;
  for (size_t i = 0; mro && i < tuple_len(mro); i++) {
    Type *c = AS_TYPE(tuple_get(mro, i));
    if (!(c->flags & TF_HEAP)) return 0;
    if (c->dict && dict_get(NULL, c->dict, key)) return 1;
  }
  return 0;
}

static int any_in_heap(Type *t, const char *const *names) {
  for (; *names; names++)
    if (defined_in_heap(t, *names)) return 1;
  return 0;
}

static Obj *dict_getset(Rt *rt, Obj *self) {
  Obj **d = obj_dict_slot(self);
  if (!*d && !(*d = dict_new(rt))) return NULL;
  return incref(*d);
}
static int dict_setset(Rt *rt, Obj *self, Obj *v) {
  if (!v || !IS_DICT(v)) return err_format_i(rt, EXC(TypeError), "__dict__ must be set to a dictionary, not a '%s'", v ? type_name(v) : "NoneType");
  SETREF(*obj_dict_slot(self), incref(v));
  return 0;
}
static const GetSetDef dict_getsetdef = {"__dict__", dict_getset, dict_setset};

int type_fixup_slots(Rt *rt, Type *t) {
  if (t->dict && dict_get_s(rt, t->dict, "__eq__") && !dict_get_s(rt, t->dict, "__hash__"))
    if (dict_set_s(rt, t->dict, "__hash__", None) < 0) return -1;
  if (defined_in_heap(t, "__repr__")) t->repr = slot_repr;
  if (defined_in_heap(t, "__str__")) t->str = slot_str;
  if (defined_in_heap(t, "__hash__")) t->hash = slot_hash;
  static const char *const cmps[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", NULL};
  if (any_in_heap(t, cmps)) t->richcmp = slot_richcmp;
  static const char *const attrs[] = {"__getattr__", "__getattribute__", NULL};
  if (any_in_heap(t, attrs)) t->getattr = slot_getattr;
  static const char *const sets[] = {"__setattr__", "__delattr__", NULL};
  if (any_in_heap(t, sets)) t->setattr = slot_setattr;
  if (defined_in_heap(t, "__call__")) t->call = slot_call;
  if (defined_in_heap(t, "__iter__")) t->iter = slot_iter;
  if (defined_in_heap(t, "__next__")) t->next = slot_next;
  if (defined_in_heap(t, "__len__")) t->len = slot_len;
  if (defined_in_heap(t, "__getitem__")) t->getitem = slot_getitem;
  static const char *const items[] = {"__setitem__", "__delitem__", NULL};
  if (any_in_heap(t, items)) t->setitem = slot_setitem;
  if (defined_in_heap(t, "__contains__")) t->contains = slot_contains;
  if (defined_in_heap(t, "__init__")) t->init = slot_init;
  if (defined_in_heap(t, "__new__")) t->new_ = slot_new;
  if (defined_in_heap(t, "__get__")) t->descr_get = slot_descr_get;
  static const char *const dsets[] = {"__set__", "__delete__", NULL};
  if (any_in_heap(t, dsets)) t->descr_set = slot_descr_set;
  static const char *const nums[] = {
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
    "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
    "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__",
    "__xor__", "__rxor__", "__matmul__", "__rmatmul__", "__neg__", "__pos__", "__abs__", "__invert__", "__int__",
    "__float__", "__index__", "__bool__", "__len__", NULL};
  if (any_in_heap(t, nums)) {
    NumSlots *ns = mem_calloc(1, sizeof(NumSlots));
    if (!ns) { err_nomem(rt); return -1; }
    if (t->num) *ns = *t->num;
#define SET(field, base, fn) \
    if (defined_in_heap(t, "__" base "__") || defined_in_heap(t, "__r" base "__")) ns->field = fn
    SET(add, "add", slot_add); SET(sub, "sub", slot_sub); SET(mul, "mul", slot_mul);
    SET(truediv, "truediv", slot_truediv); SET(floordiv, "floordiv", slot_floordiv);
    SET(mod, "mod", slot_mod); SET(divmod, "divmod", slot_divmod); SET(lshift, "lshift", slot_lshift);
    SET(rshift, "rshift", slot_rshift); SET(and_, "and", slot_and_); SET(or_, "or", slot_or_);
    SET(xor_, "xor", slot_xor_); SET(matmul, "matmul", slot_matmul);
#undef SET
    if (defined_in_heap(t, "__pow__") || defined_in_heap(t, "__rpow__")) ns->pow = slot_pow;
    if (defined_in_heap(t, "__neg__")) ns->neg = slot_neg;
    if (defined_in_heap(t, "__pos__")) ns->pos = slot_pos;
    if (defined_in_heap(t, "__abs__")) ns->abs = slot_abs;
    if (defined_in_heap(t, "__invert__")) ns->invert = slot_invert;
    if (defined_in_heap(t, "__int__")) ns->to_int = slot_to_int;
    if (defined_in_heap(t, "__float__")) ns->to_float = slot_to_float;
    if (defined_in_heap(t, "__index__")) ns->index = slot_index;
    if (defined_in_heap(t, "__bool__") || defined_in_heap(t, "__len__")) ns->to_bool = slot_bool;
    t->num = ns;
    t->flags |= TF_OWNS_NUM;
  }
  /* instances with their own __dict__ slot show it as an attribute */
  if (t->dictoffset && !dict_get_s(rt, t->dict, "__dict__")) {
    Type *sb = type_solid_base(t);
    if (!sb->dictoffset) {
      Descr *d = (Descr *)obj_alloc(rt, &GetSetDescrType, sizeof(Descr));
      if (!d) return -1;
      d->owner = t;
      d->name = str_static("__dict__");
      d->d.getset = &dict_getsetdef;
      int r = dict_set_s(rt, t->dict, "__dict__", (Obj *)d);
      decref((Obj *)d);
      if (r < 0) return -1;
    }
  }
  return 0;
}

void type_free_slots(Type *t) {
  if (t->flags & TF_OWNS_NUM) {
    mem_free((void *)t->num);
    t->num = NULL;
    t->flags &= ~(unsigned)TF_OWNS_NUM;
  }
}

/* ---- wrapper descriptors for static types ---------------------------------------------------------- */

enum SlotKind {
  SK_INIT, SK_REPR, SK_STR, SK_HASH, SK_LT, SK_LE, SK_EQ, SK_NE, SK_GT, SK_GE, SK_GETATTRIBUTE, SK_SETATTR,
  SK_DELATTR, SK_LEN, SK_GETITEM, SK_SETITEM, SK_DELITEM, SK_CONTAINS, SK_ITER, SK_NEXT, SK_CALL, SK_COUNT
};

static const char *const slot_names[SK_COUNT] = {
  "__init__", "__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
  "__getattribute__", "__setattr__", "__delattr__", "__len__", "__getitem__", "__setitem__", "__delitem__",
  "__contains__", "__iter__", "__next__", "__call__",
};

static const MethodDef slot_defs[SK_COUNT];   /* only the name is used; kind = index */

static int want_args(Rt *rt, const char *name, size_t argc, size_t n) {
  (void)name;
  if (argc == n) return 0;
  return err_format_i(rt, EXC(TypeError), "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", argc);
}

static int attr_name_check(Rt *rt, Obj *name) {
  if (IS_STR(name)) return 0;
  err_format(rt, EXC(TypeError), "attribute name must be string, not '%s'", type_name(name));
  return -1;
}

static Obj *wrapper_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  Descr *d = (Descr *)callee;
  Type *t = d->owner;
  int kind = (int)(d->d.method - slot_defs);
  if (argc < 1)
    return err_format(rt, EXC(TypeError), "descriptor '%U' of '%s' object needs an argument", d->name, t->name);
  Obj *self = argv[0];
  if (!is_inst(self, t))
    return err_format(rt, EXC(TypeError), "descriptor '%U' requires a '%s' object but received a '%s'", d->name,
                      t->name, type_name(self));
  argv++;
  argc--;
  if (kind != SK_INIT && kind != SK_CALL && args_no_kw(rt, str_c(d->name), kwnames) < 0) return NULL;
  switch (kind) {
  case SK_INIT: {
    Obj *args, *kwargs;
    if (args_pack(rt, argv, argc, kwnames, &args, &kwargs) < 0) return NULL;
    int r = t->init(rt, self, args, kwargs);
    decref(args);
    xdecref(kwargs);
    return r < 0 ? NULL : incref(None);
  }
  case SK_REPR: return want_args(rt, "", argc, 0) < 0 ? NULL : t->repr(rt, self);
  case SK_STR: return want_args(rt, "", argc, 0) < 0 ? NULL : t->str(rt, self);
  case SK_HASH: {
    if (want_args(rt, "", argc, 0) < 0) return NULL;
    int64_t h = t->hash(rt, self);
    return h == -1 && err_occurred(rt) ? NULL : int_from_i64(rt, h);
  }
  case SK_LT: case SK_LE: case SK_EQ: case SK_NE: case SK_GT: case SK_GE:
    return want_args(rt, "", argc, 1) < 0 ? NULL : t->richcmp(rt, self, argv[0], kind - SK_LT);
  /* The getattr/setattr slots take a str name (they hash it as one). */
  case SK_GETATTRIBUTE:
    if (want_args(rt, "", argc, 1) < 0 || attr_name_check(rt, argv[0]) < 0) return NULL;
    return t->getattr(rt, self, argv[0]);
  case SK_SETATTR:
    if (want_args(rt, "", argc, 2) < 0 || attr_name_check(rt, argv[0]) < 0) return NULL;
    return t->setattr(rt, self, argv[0], argv[1]) < 0 ? NULL : incref(None);
  case SK_DELATTR:
    if (want_args(rt, "", argc, 1) < 0 || attr_name_check(rt, argv[0]) < 0) return NULL;
    return t->setattr(rt, self, argv[0], NULL) < 0 ? NULL : incref(None);
  case SK_LEN: {
    if (want_args(rt, "", argc, 0) < 0) return NULL;
    int64_t n = t->len(rt, self);
    return n < 0 ? NULL : int_from_i64(rt, n);
  }
  case SK_GETITEM: return want_args(rt, "", argc, 1) < 0 ? NULL : t->getitem(rt, self, argv[0]);
  case SK_SETITEM:
    if (want_args(rt, "", argc, 2) < 0) return NULL;
    return t->setitem(rt, self, argv[0], argv[1]) < 0 ? NULL : incref(None);
  case SK_DELITEM:
    if (want_args(rt, "", argc, 1) < 0) return NULL;
    return t->setitem(rt, self, argv[0], NULL) < 0 ? NULL : incref(None);
  case SK_CONTAINS: {
    if (want_args(rt, "", argc, 1) < 0) return NULL;
    int r = t->contains(rt, self, argv[0]);
    return r < 0 ? NULL : incref(bool_obj(r));
  }
  case SK_ITER: return want_args(rt, "", argc, 0) < 0 ? NULL : t->iter(rt, self);
  case SK_NEXT: {
    if (want_args(rt, "", argc, 0) < 0) return NULL;
    Obj *r = t->next(rt, self);
    if (!r && !err_occurred(rt)) err_set(rt, EXC(StopIteration), NULL);
    return r;
  }
  case SK_CALL: return t->call(rt, self, argv, argc, kwnames);
  default: return err_str(rt, EXC(SystemError), "bad slot wrapper");
  }
}

static Obj *wrapper_get(Rt *rt, Obj *descr, Obj *obj, Type *type) {
  (void)type;
  if (!obj) return incref(descr);
  return bound_method_new(rt, descr, obj);
}

static Obj *wrapper_repr(Rt *rt, Obj *o) {
  Descr *d = (Descr *)o;
  return str_fromf(rt, "<slot wrapper '%U' of '%s' objects>", d->name, d->owner->name);
}

static void wrapper_dealloc(Obj *o) { (void)o; }

Type SlotWrapperType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "wrapper_descriptor",
  .basicsize = sizeof(Descr),
  .dealloc = wrapper_dealloc,
  .repr = wrapper_repr,
  .call = wrapper_call,
  .descr_get = wrapper_get,
};

/* __new__ of a static type: a built-in bound to the type, called as
 * T.__new__(cls, *args). */
static Obj *tp_new_wrapper(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  Type *t = AS_TYPE(self);
  if (argc < 1) return err_format(rt, EXC(TypeError), "%s.__new__(): not enough arguments", t->name);
  Obj *cls = argv[0];
  if (!IS_TYPE(cls))
    return err_format(rt, EXC(TypeError), "%s.__new__(X): X is not a type object (%s)", t->name, type_name(cls));
  if (!type_is_subtype(AS_TYPE(cls), t))
    return err_format(rt, EXC(TypeError), "%s.__new__(%s): %s is not a subtype of %s", t->name, AS_TYPE(cls)->name,
                      AS_TYPE(cls)->name, t->name);
  Obj *args, *kwargs;
  if (args_pack(rt, argv + 1, argc - 1, kwnames, &args, &kwargs) < 0) return NULL;
  Obj *r = t->new_(rt, AS_TYPE(cls), args, kwargs);
  decref(args);
  xdecref(kwargs);
  return r;
}
static const MethodDef new_def = {"__new__", tp_new_wrapper, 0};

static void *slot_of(const Type *t, int kind) {
  switch (kind) {
  case SK_INIT: return (void *)t->init;
  case SK_REPR: return (void *)t->repr;
  case SK_STR: return (void *)t->str;
  case SK_HASH: return (void *)t->hash;
  case SK_LT: case SK_LE: case SK_EQ: case SK_NE: case SK_GT: case SK_GE: return (void *)t->richcmp;
  case SK_GETATTRIBUTE: return (void *)t->getattr;
  case SK_SETATTR: case SK_DELATTR: return (void *)t->setattr;
  case SK_LEN: return (void *)t->len;
  case SK_GETITEM: return (void *)t->getitem;
  case SK_SETITEM: case SK_DELITEM: return (void *)t->setitem;
  case SK_CONTAINS: return (void *)t->contains;
  case SK_ITER: return (void *)t->iter;
  case SK_NEXT: return (void *)t->next;
  case SK_CALL: return (void *)t->call;
  default: return NULL;
  }
}

int type_add_slot_wrappers(Type *t) {
  Type *b = t->base;
  for (int k = 0; k < SK_COUNT; k++) {
    void *mine = slot_of(t, k);
    if (!mine || (b && slot_of(b, k) == mine)) continue;
    if (k == SK_HASH && t->hash == hash_unhashable) {
      if (dict_set(NULL, t->dict, str_static("__hash__"), None) < 0) return -1;
      continue;
    }
    if (dict_get(NULL, t->dict, str_static(slot_names[k]))) continue;
    Descr *d = mem_alloc_unlimited(sizeof(Descr));
    if (!d) return -1;
    memset(d, 0, sizeof *d);
    d->ob.rc = IMMORTAL_RC;
    d->ob.type = &SlotWrapperType;
    d->owner = t;
    d->name = str_static(slot_names[k]);
    d->d.method = &slot_defs[k];
    if (dict_set(NULL, t->dict, d->name, (Obj *)d) < 0) return -1;
  }
  if (t->new_ && (!b || b->new_ != t->new_) && !dict_get(NULL, t->dict, str_static("__new__"))) {
    CFunc *f = mem_alloc_unlimited(sizeof(CFunc));
    if (!f) return -1;
    memset(f, 0, sizeof *f);
    f->ob.rc = IMMORTAL_RC;
    f->ob.type = &CFuncType;
    f->def = &new_def;
    f->self = (Obj *)t;
    if (dict_set(NULL, t->dict, str_static("__new__"), (Obj *)f) < 0) return -1;
  }
  return 0;
}
