/* builtin_types.c: the built-in classes the interpreter adds to the object
 * model: super, property, staticmethod, classmethod, the iterator types
 * (enumerate, zip, map, filter, reversed), and class creation. */
#include "lang/modules.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/args.h"
#include "obj/gc.h"
#include "obj/slots.h"
#include "exc/exc.h"

/* ---- a generic two-field object (most of these types) --------------------------------- */

typedef struct Pair { Obj ob; Obj *a, *b, *c; int64_t n; } Pair;

static void pair_dealloc(Obj *o) {
  Pair *p = (Pair *)o;
  CLEAR(p->a);
  CLEAR(p->b);
  CLEAR(p->c);
  obj_free_mem(o);
}
static int pair_traverse(Obj *o, VisitFn visit, void *arg) {
  Pair *p = (Pair *)o;
  if (p->a && visit(p->a, arg)) return 1;
  if (p->b && visit(p->b, arg)) return 1;
  return p->c ? visit(p->c, arg) : 0;
}
static void pair_clear(Obj *o) {
  Pair *p = (Pair *)o;
  CLEAR(p->a);
  CLEAR(p->b);
  CLEAR(p->c);
}
static Pair *pair_new(Rt *rt, Type *t, Obj *a, Obj *b) {
  Pair *p = (Pair *)obj_alloc(rt, t, sizeof(Pair));
  if (p) { p->a = xincref(a); p->b = xincref(b); }
  return p;
}
static Obj *self_iter(Rt *rt, Obj *o) { (void)rt; return incref(o); }

#define PAIR_TYPE(var, tname, ...) \
  Type var = {.ob = OBJ_HEAD_INIT(&TypeType), .name = tname, .basicsize = sizeof(Pair), \
              .flags = TF_GC | TF_BASETYPE, .dealloc = pair_dealloc, .traverse = pair_traverse, \
              .clear = pair_clear, __VA_ARGS__}

/* ---- staticmethod / classmethod ----------------------------------------------------------- */

static Obj *sm_get(Rt *rt, Obj *d, Obj *obj, Type *t) { (void)rt; (void)obj; (void)t; return incref(((Pair *)d)->a); }
static Obj *cm_get(Rt *rt, Obj *d, Obj *obj, Type *t) {
  return bound_method_new(rt, ((Pair *)d)->a, (Obj *)(t ? t : obj->type));
}
static Obj *wrap_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  if (kwargs && dict_len(kwargs)) return err_format(rt, EXC(TypeError), "%s() takes no keyword arguments", t->name);
  if (tuple_len(args) != 1)
    return err_format(rt, EXC(TypeError), "%s expected 1 argument, got %zu", t->name, tuple_len(args));
  return (Obj *)pair_new(rt, t, tuple_get(args, 0), NULL);
}
static Obj *wrap_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  return obj_call(rt, ((Pair *)callee)->a, argv, argc, kwnames);
}
static const MemberDef wrap_members[] = {{"__func__", MEMBER_OBJ_RO, offsetof(Pair, a)}, {NULL, 0, 0}};
PAIR_TYPE(StaticMethodType, "staticmethod", .descr_get = sm_get, .new_ = wrap_new, .call = wrap_call,
          .members = wrap_members);
PAIR_TYPE(ClassMethodType, "classmethod", .descr_get = cm_get, .new_ = wrap_new, .members = wrap_members);

Obj *staticmethod_new(Rt *rt, Obj *f) { return (Obj *)pair_new(rt, &StaticMethodType, f, NULL); }

/* ---- property ------------------------------------------------------------------------------- */

/* a: fget, b: fset, c: fdel */
static Obj *prop_get(Rt *rt, Obj *d, Obj *obj, Type *t) {
  (void)t;
  Pair *p = (Pair *)d;
  if (!obj) return incref(d);
  if (!p->a || p->a == None) return err_str(rt, EXC(AttributeError), "property has no getter");
  return obj_call1(rt, p->a, obj);
}
static int prop_set(Rt *rt, Obj *d, Obj *obj, Obj *v) {
  Pair *p = (Pair *)d;
  Obj *f = v ? p->b : p->c;
  if (!f || f == None) return err_format_i(rt, EXC(AttributeError), v ? "property has no setter" : "property has no deleter");
  Obj *r = v ? obj_call2(rt, f, obj, v) : obj_call1(rt, f, obj);
  if (!r) return -1;
  decref(r);
  return 0;
}
static Obj *prop_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  static const char *const names[] = {"fget", "fset", "fdel", "doc"};
  Obj *v[4] = {NULL, NULL, NULL, NULL};
  for (size_t i = 0; i < tuple_len(args) && i < 4; i++) v[i] = tuple_get(args, i);
  for (size_t i = 0; kwargs && i < 4; i++) {
    Obj *x = dict_get_s(rt, kwargs, names[i]);
    if (x) v[i] = x;
  }
  Pair *p = pair_new(rt, t, v[0], v[1]);
  if (p) p->c = xincref(v[2]);
  return (Obj *)p;
}
static Obj *prop_with(Rt *rt, Obj *self, int which, Obj *f) {
  Pair *p = (Pair *)self;
  Pair *n = pair_new(rt, self->type, which == 0 ? f : p->a, which == 1 ? f : p->b);
  if (n) n->c = xincref(which == 2 ? f : p->c);
  return (Obj *)n;
}
static Obj *m_getter(Rt *rt, Obj *s, Obj *const *a, size_t n, Obj *k) { (void)k; return n != 1 ? err_str(rt, EXC(TypeError), "getter() takes exactly one argument") : prop_with(rt, s, 0, a[0]); }
static Obj *m_setter(Rt *rt, Obj *s, Obj *const *a, size_t n, Obj *k) { (void)k; return n != 1 ? err_str(rt, EXC(TypeError), "setter() takes exactly one argument") : prop_with(rt, s, 1, a[0]); }
static Obj *m_deleter(Rt *rt, Obj *s, Obj *const *a, size_t n, Obj *k) { (void)k; return n != 1 ? err_str(rt, EXC(TypeError), "deleter() takes exactly one argument") : prop_with(rt, s, 2, a[0]); }
static const MethodDef prop_methods[] = {
  {"getter", m_getter, 0}, {"setter", m_setter, 0}, {"deleter", m_deleter, 0}, {NULL, NULL, 0}
};
static const MemberDef prop_members[] = {
  {"fget", MEMBER_OBJ_RO, offsetof(Pair, a)}, {"fset", MEMBER_OBJ_RO, offsetof(Pair, b)},
  {"fdel", MEMBER_OBJ_RO, offsetof(Pair, c)}, {NULL, 0, 0}
};
PAIR_TYPE(PropertyType, "property", .descr_get = prop_get, .descr_set = prop_set, .new_ = prop_new,
          .methods = prop_methods, .members = prop_members);

/* ---- super ----------------------------------------------------------------------------------- */

/* a: the class, b: the instance (or class), c: type to search from */
static Obj *super_getattr(Rt *rt, Obj *o, Obj *name) {
  Pair *s = (Pair *)o;
  Type *start = AS_TYPE(s->a);
  Obj *obj = s->b;
  Type *objtype = IS_TYPE(obj) && type_is_subtype(AS_TYPE(obj), start) ? AS_TYPE(obj) : obj->type;
  if (!str_eq_c(name, "__class__")) {
    Obj *mro = objtype->mro;
    size_t i = 0, n = tuple_len(mro);
    while (i < n && tuple_get(mro, i) != (Obj *)start) i++;
    for (i++; i < n; i++) {
      Obj *d = AS_TYPE(tuple_get(mro, i))->dict;
      Obj *v = d ? dict_get(rt, d, name) : NULL;
      if (!v) continue;
      if (v->type->descr_get) return v->type->descr_get(rt, v, obj == (Obj *)objtype ? NULL : obj, objtype);
      return incref(v);
    }
  }
  return obj_generic_getattr(rt, o, name);
}

static Obj *super_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)kwargs;
  Obj *cls = NULL, *obj = NULL;
  if (tuple_len(args) == 0) {
    Frame *f = LANG(rt)->frame;
    if (!f) return err_str(rt, EXC(RuntimeError), "super(): no arguments");
    cls = frame_super_args(rt, f, &obj);
    if (!cls) return NULL;
  } else {
    cls = incref(tuple_get(args, 0));
    obj = tuple_len(args) > 1 ? incref(tuple_get(args, 1)) : NULL;
    if (!IS_TYPE(cls)) {
      decref(cls);
      xdecref(obj);
      return err_format(rt, EXC(TypeError), "super() argument 1 must be a type, not %s", type_name(tuple_get(args, 0)));
    }
    if (obj && !(is_inst(obj, AS_TYPE(cls)) || (IS_TYPE(obj) && type_is_subtype(AS_TYPE(obj), AS_TYPE(cls))))) {
      decref(cls);
      decref(obj);
      return err_str(rt, EXC(TypeError), "super(type, obj): obj must be an instance or subtype of type");
    }
  }
  Pair *s = pair_new(rt, t, cls, obj);
  decref(cls);
  xdecref(obj);
  return (Obj *)s;
}

static Obj *super_repr(Rt *rt, Obj *o) {
  Pair *s = (Pair *)o;
  if (!s->b) return str_fromf(rt, "<super: <class '%s'>, NULL>", AS_TYPE(s->a)->name);
  return str_fromf(rt, "<super: <class '%s'>, <%s object>>", AS_TYPE(s->a)->name, type_name(s->b));
}

PAIR_TYPE(SuperType, "super", .getattr = super_getattr, .new_ = super_new, .repr = super_repr);

Obj *frame_super_args(Rt *rt, Frame *f, Obj **self) {
  Code *co = (Code *)f->base.code;
  if (co->argcount == 0 && !(co->flags & CO_VARARGS)) return err_str(rt, EXC(RuntimeError), "super(): no arguments");
  Obj *first = f->fast[0];
  for (size_t i = 0; !first && co->cell2arg && i < tuple_len(co->cellvars); i++)
    if (co->cell2arg[i] == 0) first = ((Cell *)f->fast[co->nlocals + (int)i])->ref;
  if (first && co->cell2arg) {
    for (size_t i = 0; i < tuple_len(co->cellvars); i++)
      if (co->cell2arg[i] == 0) first = ((Cell *)f->fast[co->nlocals + (int)i])->ref;
  }
  if (!first) return err_str(rt, EXC(RuntimeError), "super(): arg[0] deleted");
  size_t ncells = tuple_len(co->cellvars);
  for (size_t i = 0; i < tuple_len(co->freevars); i++) {
    if (!str_eq_c(tuple_get(co->freevars, i), "__class__")) continue;
    Obj *cls = ((Cell *)f->fast[co->nlocals + (int)(ncells + i)])->ref;
    if (!cls) return err_str(rt, EXC(RuntimeError), "super(): empty __class__ cell");
    if (!IS_TYPE(cls)) return err_str(rt, EXC(RuntimeError), "super(): __class__ is not a type (NoneType)");
    *self = incref(first);
    return incref(cls);
  }
  return err_str(rt, EXC(RuntimeError), "super(): __class__ cell not found");
}

/* ---- iterators ---------------------------------------------------------------------------------- */

/* enumerate: a iterator, b current count (int) */
static Obj *enumerate_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  static const char *const names[] = {"iterable", "start"};
  Obj *v[2] = {NULL, NULL};
  for (size_t i = 0; i < tuple_len(args) && i < 2; i++) v[i] = tuple_get(args, i);
  if (kwargs) {
    Obj *x = dict_get_s(rt, kwargs, "start");
    if (x) v[1] = x;
    x = dict_get_s(rt, kwargs, "iterable");
    if (x) v[0] = x;
  }
  (void)names;
  if (tuple_len(args) > 2) return err_format(rt, EXC(TypeError), "enumerate() takes at most 2 arguments (%zu given)", tuple_len(args));
  if (!v[0]) return err_str(rt, EXC(TypeError), "enumerate() missing required argument 'iterable' (pos 1)");
  Obj *it = obj_iter(rt, v[0]);
  if (!it) return NULL;
  Obj *start = v[1] ? num_index(rt, v[1]) : int_from_i64(rt, 0);
  if (!start) { decref(it); return NULL; }
  Pair *e = pair_new(rt, t, it, start);
  decref(it);
  decref(start);
  return (Obj *)e;
}
static Obj *enumerate_next(Rt *rt, Obj *o) {
  Pair *e = (Pair *)o;
  Obj *v = obj_next(rt, e->a);
  if (!v) return NULL;
  Obj *one = int_from_i64(rt, 1), *next = one ? num_binop(rt, e->b, one, OP_ADD) : NULL;
  xdecref(one);
  if (!next) { decref(v); return NULL; }
  Obj *t = tuple_pack(rt, 2, e->b, v);
  decref(v);
  SETREF(e->b, next);
  return t;
}
PAIR_TYPE(EnumerateType, "enumerate", .new_ = enumerate_new, .iter = self_iter, .next = enumerate_next);

/* zip: a tuple of iterators, n strict */
static Obj *zip_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  int strict = 0;
  if (kwargs) {
    Obj *s = dict_get_s(rt, kwargs, "strict");
    if (s) { strict = obj_truth(rt, s); if (strict < 0) return NULL; }
    if (dict_len(kwargs) > (s ? 1u : 0u)) return err_str(rt, EXC(TypeError), "zip() got an unexpected keyword argument");
  }
  Obj *its = tuple_new(rt, tuple_len(args));
  if (!its) return NULL;
  for (size_t i = 0; i < tuple_len(args); i++) {
    Obj *it = obj_iter(rt, tuple_get(args, i));
    if (!it) {
      if (err_matches(rt, EXC(TypeError))) {
        err_clear(rt);
        err_format(rt, EXC(TypeError), "zip argument #%zu must support iteration", i + 1);
      }
      decref(its);
      return NULL;
    }
    AS_TUPLE(its)->items[i] = it;
  }
  Pair *z = pair_new(rt, t, its, NULL);
  decref(its);
  if (z) z->n = strict;
  return (Obj *)z;
}
static Obj *zip_next(Rt *rt, Obj *o) {
  Pair *z = (Pair *)o;
  size_t n = tuple_len(z->a);
  if (!n) return NULL;
  Obj *t = tuple_new(rt, n);
  if (!t) return NULL;
  for (size_t i = 0; i < n; i++) {
    Obj *v = obj_next(rt, tuple_get(z->a, i));
    if (!v) {
      if (!err_occurred(rt) && z->n) {
        if (i > 0)
          err_format(rt, EXC(ValueError), "zip() argument %zu is shorter than argument%s%zu", i + 1, i == 1 ? " " : "s 1-", i);
        else {
          for (size_t j = 1; j < n; j++) {
            Obj *w = obj_next(rt, tuple_get(z->a, j));
            if (w) {
              decref(w);
              err_format(rt, EXC(ValueError), "zip() argument %zu is longer than argument%s%zu", j + 1, j == 1 ? " " : "s 1-", j);
              break;
            }
            if (err_occurred(rt)) break;
          }
        }
      }
      for (size_t k = 0; k < i; k++) CLEAR(AS_TUPLE(t)->items[k]);
      AS_TUPLE(t)->n = 0;
      decref(t);
      return NULL;
    }
    AS_TUPLE(t)->items[i] = v;
  }
  return t;
}
PAIR_TYPE(ZipType, "zip", .new_ = zip_new, .iter = self_iter, .next = zip_next);

/* map: a function, b tuple of iterators */
static Obj *map_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "map() takes no keyword arguments");
  if (tuple_len(args) < 2) return err_str(rt, EXC(TypeError), "map() must have at least two arguments.");
  Obj *its = tuple_new(rt, tuple_len(args) - 1);
  if (!its) return NULL;
  for (size_t i = 1; i < tuple_len(args); i++) {
    Obj *it = obj_iter(rt, tuple_get(args, i));
    if (!it) { decref(its); return NULL; }
    AS_TUPLE(its)->items[i - 1] = it;
  }
  Pair *m = pair_new(rt, t, tuple_get(args, 0), its);
  decref(its);
  return (Obj *)m;
}
static Obj *map_next(Rt *rt, Obj *o) {
  Pair *m = (Pair *)o;
  size_t n = tuple_len(m->b);
  Obj *small[8], **vals = small;
  if (n > 8) return err_str(rt, EXC(NotImplementedError), "map() with more than 8 iterables");
  size_t k;
  for (k = 0; k < n; k++) {
    vals[k] = obj_next(rt, tuple_get(m->b, k));
    if (!vals[k]) break;
  }
  Obj *r = NULL;
  if (k == n) r = obj_call(rt, m->a, vals, n, NULL);
  for (size_t i = 0; i < k; i++) decref(vals[i]);
  return r;
}
PAIR_TYPE(MapType, "map", .new_ = map_new, .iter = self_iter, .next = map_next);

/* filter: a function or None, b iterator */
static Obj *filter_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "filter() takes no keyword arguments");
  if (tuple_len(args) != 2) return err_format(rt, EXC(TypeError), "filter expected 2 arguments, got %zu", tuple_len(args));
  Obj *it = obj_iter(rt, tuple_get(args, 1));
  if (!it) return NULL;
  Pair *p = pair_new(rt, t, tuple_get(args, 0), it);
  decref(it);
  return (Obj *)p;
}
static Obj *filter_next(Rt *rt, Obj *o) {
  Pair *p = (Pair *)o;
  Obj *v;
  while ((v = obj_next(rt, p->b))) {
    Obj *r = p->a == None ? incref(v) : obj_call1(rt, p->a, v);
    int t = r ? obj_truth(rt, r) : -1;
    xdecref(r);
    if (t < 0) { decref(v); return NULL; }
    if (t) return v;
    decref(v);
  }
  return NULL;
}
PAIR_TYPE(FilterType, "filter", .new_ = filter_new, .iter = self_iter, .next = filter_next);

/* reversed: a the sequence, n the next index */
static Obj *reversed_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "reversed() takes no keyword arguments");
  if (tuple_len(args) != 1) return err_format(rt, EXC(TypeError), "reversed expected 1 argument, got %zu", tuple_len(args));
  Obj *seq = tuple_get(args, 0);
  Obj *rev = type_lookup_s(seq->type, "__reversed__");
  if (rev) return obj_call_method(rt, seq, "__reversed__", NULL, 0);
  if (!seq->type->getitem || !seq->type->len || IS_DICT(seq))
    return err_format(rt, EXC(TypeError), "'%s' object is not reversible", type_name(seq));
  int64_t n = obj_len(rt, seq);
  if (n < 0) return NULL;
  Pair *p = pair_new(rt, t, seq, NULL);
  if (p) p->n = n - 1;
  return (Obj *)p;
}
static Obj *reversed_next(Rt *rt, Obj *o) {
  Pair *p = (Pair *)o;
  if (p->n < 0 || !p->a) return NULL;
  Obj *k = int_from_i64(rt, p->n--);
  if (!k) return NULL;
  Obj *v = obj_getitem(rt, p->a, k);
  decref(k);
  if (!v && (err_matches(rt, EXC(IndexError)) || err_matches(rt, EXC(StopIteration)))) { err_clear(rt); p->n = -1; }
  return v;
}
PAIR_TYPE(ReversedType, "reversed", .new_ = reversed_new, .iter = self_iter, .next = reversed_next);

/* ---- class creation -------------------------------------------------------------------------------- */

/* The metaclass: the most derived of the bases' metaclasses. */
static Type *calculate_meta(Rt *rt, Obj *bases) {
  Type *winner = &TypeType;
  for (size_t i = 0; i < tuple_len(bases); i++) {
    Type *m = tuple_get(bases, i)->type;
    if (type_is_subtype(winner, m)) continue;
    if (type_is_subtype(m, winner)) { winner = m; continue; }
    err_str(rt, EXC(TypeError), "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                "subclass of the metaclasses of all its bases");
    return NULL;
  }
  return winner;
}

Obj *builtin_build_class(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)self;
  if (argc < 2) return err_str(rt, EXC(TypeError), "__build_class__: not enough arguments");
  Obj *func = argv[0], *name = argv[1];
  if (!is_type(func, &FunctionType)) return err_str(rt, EXC(TypeError), "__build_class__: func must be a function");
  if (!IS_STR(name)) return err_str(rt, EXC(TypeError), "__build_class__: name is not a string");
  Obj *bases = tuple_from(rt, argv + 2, argc - 2);
  if (!bases) return NULL;
  for (size_t i = 0; i < tuple_len(bases); i++)
    if (!IS_TYPE(tuple_get(bases, i))) {
      Obj *b = tuple_get(bases, i);
      decref(bases);
      if (is_type(b, &FunctionType) || is_type(b, &CFuncType))
        return err_format(rt, EXC(TypeError), "function() argument 'code' must be code, not str");
      return err_format(rt, EXC(TypeError), "bases must be types");
    }
  Obj *meta = NULL;
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nk; k++) {
    if (str_eq_c(tuple_get(kwnames, k), "metaclass")) meta = argv[argc + k];
    else {
      decref(bases);
      return err_format(rt, EXC(TypeError), "%U.__init_subclass__() takes no keyword arguments", name);
    }
  }
  Type *m = meta ? (IS_TYPE(meta) ? AS_TYPE(meta) : NULL) : calculate_meta(rt, bases);
  if (!m) { decref(bases); return meta ? err_str(rt, EXC(TypeError), "metaclass must be a type") : NULL; }
  Obj *ns = dict_new(rt);
  if (!ns) { decref(bases); return NULL; }
  /* run the body with ns as its locals */
  Function *fn = (Function *)func;
  Frame *f = frame_new(rt, (Code *)fn->code, fn->globals, fn->builtins ? fn->builtins : rt->builtins, ns);
  Obj *cell = NULL, *cls = NULL;
  if (f) {
    Code *co = (Code *)fn->code;
    size_t ncells = tuple_len(co->cellvars);
    int ok = 1;
    for (size_t i = 0; i < ncells && ok; i++) ok = (f->fast[co->nlocals + (int)i] = cell_new(rt, NULL)) != NULL;
    for (size_t i = 0; i < tuple_len(co->freevars) && ok; i++)
      f->fast[co->nlocals + (int)(ncells + i)] = incref(tuple_get(fn->closure, i));
    extern int vm_enter_frame(Rt *rt);
    if (ok && vm_enter_frame(rt) == 0) {
      f->depth_counted = 1;
      cell = vm_run(rt, f, 0);
    }
    decref((Obj *)f);
  }
  if (cell) {
    Obj *cargs[3] = {name, bases, ns};
    cls = obj_call(rt, (Obj *)m, cargs, 3, NULL);
    if (cls && is_type(cell, &CellType)) SETREF(((Cell *)cell)->ref, incref(cls));
    decref(cell);
  }
  decref(ns);
  decref(bases);
  return cls;
}

/* ---- registration ---------------------------------------------------------------------------------- */

int builtin_types_init(Rt *rt) {
  static Type *const types[] = {&StaticMethodType, &ClassMethodType, &PropertyType, &SuperType, &EnumerateType,
                                &ZipType, &MapType, &FilterType, &ReversedType};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
    if (type_ready(types[i]) < 0) return -1;
    if (dict_set_s(rt, rt->builtins, types[i]->name, (Obj *)types[i]) < 0) return -1;
  }
  return 0;
}
