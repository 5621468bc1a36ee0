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

typedef struct Prop {
  Obj ob;
  Obj *fget, *fset, *fdel, *doc, *name;   /* each may be NULL; name from __set_name__ */
  int getter_doc;                          /* doc came from fget.__doc__ */
} Prop;

static void prop_dealloc(Obj *o) {
  Prop *p = (Prop *)o;
  CLEAR(p->fget); CLEAR(p->fset); CLEAR(p->fdel); CLEAR(p->doc); CLEAR(p->name);
  obj_free_mem(o);
}
static int prop_traverse(Obj *o, VisitFn visit, void *arg) {
  Prop *p = (Prop *)o;
  Obj *f[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
  for (size_t i = 0; i < 5; i++)
    if (f[i] && visit(f[i], arg)) return 1;
  return 0;
}
static void prop_clear(Obj *o) {
  Prop *p = (Prop *)o;
  CLEAR(p->fget); CLEAR(p->fset); CLEAR(p->fdel); CLEAR(p->doc); CLEAR(p->name);
}

/* "property 'x' of 'C' object has no getter" (the name from __set_name__
 * or fget.__name__) */
static void prop_error(Rt *rt, Prop *p, Obj *obj, const char *what) {
  Obj *name = p->name ? incref(p->name) : NULL;
  if (!name && p->fget && p->fget != None) {
    name = obj_lookup_attr(rt, p->fget, str_static("__name__"));
    if (!name && err_occurred(rt)) return;
  }
  Obj *qn = obj_lookup_attr(rt, (Obj *)obj->type, str_static("__qualname__"));
  if (!qn && err_occurred(rt)) { xdecref(name); return; }
  if (name && qn) err_format(rt, EXC(AttributeError), "property %R of %R object has no %s", name, qn, what);
  else if (qn) err_format(rt, EXC(AttributeError), "property of %R object has no %s", qn, what);
  else err_format(rt, EXC(AttributeError), "property has no %s", what);
  xdecref(name);
  xdecref(qn);
}
static Obj *prop_get(Rt *rt, Obj *d, Obj *obj, Type *t) {
  (void)t;
  Prop *p = (Prop *)d;
  if (!obj || obj == None) return incref(d);
  if (!p->fget || p->fget == None) { prop_error(rt, p, obj, "getter"); return NULL; }
  return obj_call1(rt, p->fget, obj);
}
static int prop_set(Rt *rt, Obj *d, Obj *obj, Obj *v) {
  Prop *p = (Prop *)d;
  Obj *f = v ? p->fset : p->fdel;
  if (!f || f == None) { prop_error(rt, p, obj, v ? "setter" : "deleter"); return -1; }
  Obj *r = v ? obj_call2(rt, f, obj, v) : obj_call1(rt, f, obj);
  if (!r) return -1;
  decref(r);
  return 0;
}
static Obj *prop_make(Rt *rt, Type *t, Obj *fget, Obj *fset, Obj *fdel, Obj *doc) {
  Prop *p = (Prop *)obj_alloc(rt, t, sizeof(Prop));
  if (!p) return NULL;
  p->fget = fget == None ? NULL : xincref(fget);
  p->fset = fset == None ? NULL : xincref(fset);
  p->fdel = fdel == None ? NULL : xincref(fdel);
  if (doc && doc != None) {
    p->doc = incref(doc);
  } else if (p->fget) {
    /* as CPython: the getter's docstring */
    Obj *gd = obj_lookup_attr(rt, p->fget, str_static("__doc__"));
    if (!gd && err_occurred(rt)) { decref((Obj *)p); return NULL; }
    if (gd && gd != None) { p->doc = gd; p->getter_doc = 1; }
    else xdecref(gd);
  }
  return (Obj *)p;
}
static Obj *prop_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  static const char *const names[] = {"fget", "fset", "fdel", "doc"};
  static const KwSpec spec = {"property", names, 4, 0, 0, 4};
  Obj *v[4];
  size_t nk = kwargs ? dict_len(kwargs) : 0, n = tuple_len(args);
  Obj *argv[8], *kwn = NULL;
  if (n + nk > 8) return err_format(rt, EXC(TypeError), "property() takes at most 4 arguments (%zu given)", n + nk);
  for (size_t i = 0; i < n; i++) argv[i] = tuple_get(args, i);
  if (nk) {
    kwn = tuple_new(rt, nk);
    if (!kwn) return NULL;
    size_t pos = 0, i = 0;
    Obj *k, *val;
    while (dict_next(kwargs, &pos, &k, &val)) { AS_TUPLE(kwn)->items[i] = incref(k); argv[n + i] = val; i++; }
  }
  int r = args_kw(rt, &spec, argv, n, kwn, v);
  xdecref(kwn);
  if (r < 0) return NULL;
  return prop_make(rt, t, v[0], v[1], v[2], v[3]);
}
/* getter()/setter()/deleter(): a copy with one function replaced */
static Obj *prop_with(Rt *rt, Obj *self, int which, Obj *f) {
  Prop *p = (Prop *)self;
  Obj *doc = p->getter_doc && which == 0 ? NULL : p->doc;
  Prop *n = (Prop *)prop_make(rt, self->type, which == 0 ? f : p->fget, which == 1 ? f : p->fset,
                              which == 2 ? f : p->fdel, doc);
  if (n && p->name) n->name = incref(p->name);
  return (Obj *)n;
}
static Obj *m_getter(Rt *rt, Obj *s, Obj *const *a, size_t n, Obj *k) { return args_one(rt, "property.getter", n, k) < 0 ? NULL : prop_with(rt, s, 0, a[0]); }
static Obj *m_setter(Rt *rt, Obj *s, Obj *const *a, size_t n, Obj *k) { return args_one(rt, "property.setter", n, k) < 0 ? NULL : prop_with(rt, s, 1, a[0]); }
static Obj *m_deleter(Rt *rt, Obj *s, Obj *const *a, size_t n, Obj *k) { return args_one(rt, "property.deleter", n, k) < 0 ? NULL : prop_with(rt, s, 2, a[0]); }
static Obj *m_set_name(Rt *rt, Obj *s, Obj *const *a, size_t n, Obj *k) {
  if (args_no_kw(rt, "__set_name__", k) < 0 || args_count(rt, "__set_name__", n, 2, 2) < 0) return NULL;
  SETREF(((Prop *)s)->name, incref(a[1]));
  return incref(None);
}
static const MethodDef prop_methods[] = {
  {"getter", m_getter, 0}, {"setter", m_setter, 0}, {"deleter", m_deleter, 0}, {"__set_name__", m_set_name, 0},
  {NULL, NULL, 0}
};
static const MemberDef prop_members[] = {
  {"fget", MEMBER_OBJ_RO, offsetof(Prop, fget)}, {"fset", MEMBER_OBJ_RO, offsetof(Prop, fset)},
  {"fdel", MEMBER_OBJ_RO, offsetof(Prop, fdel)}, {"__doc__", MEMBER_OBJ, offsetof(Prop, doc)}, {NULL, 0, 0}
};
Type PropertyType = {.ob = OBJ_HEAD_INIT(&TypeType), .name = "property", .basicsize = sizeof(Prop),
                     .flags = TF_GC | TF_BASETYPE, .dealloc = prop_dealloc, .traverse = prop_traverse,
                     .clear = prop_clear, .descr_get = prop_get, .descr_set = prop_set, .new_ = prop_new,
                     .methods = prop_methods, .members = prop_members};

Obj *property_python_getter(Obj *descr) {
  if (!descr || !is_type(descr, &PropertyType)) return NULL;
  Obj *g = ((Prop *)descr)->fget;
  return g && is_type(g, &FunctionType) && !(((Code *)((Function *)g)->code)->flags & CO_GENERATOR) ? g : NULL;
}


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
      if (rt->pyv >= PY313)
        err_format(rt, EXC(TypeError),
                   "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).",
                   IS_TYPE(obj) ? "type" : "instance of", IS_TYPE(obj) ? AS_TYPE(obj)->name : type_name(obj),
                   AS_TYPE(cls)->name);
      else
        err_str(rt, EXC(TypeError), "super(type, obj): obj must be an instance or subtype of type");
      decref(cls);
      decref(obj);
      return NULL;
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
/* _PyType_CalculateMetaclass: the most derived of meta and the bases' types. */
static Obj *calculate_meta(Rt *rt, Type *meta, Obj *bases) {
  Type *winner = meta;
  for (size_t i = 0; i < tuple_len(bases); i++) {
    Type *m = tuple_get(bases, i)->type;
    if (type_is_subtype(winner, m)) continue;
    if (type_is_subtype(m, winner)) { winner = m; continue; }
    err_str(rt, EXC(TypeError), "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                "subclass of the metaclasses of all its bases");
    return NULL;
  }
  return incref((Obj *)winner);
}

/* type.__new__'s last steps: __set_name__ on the attributes that have it,
 * then the first base's __init_subclass__ (an implicit classmethod). */
static int class_ready(Rt *rt, Obj *cls) {
  Obj *items = obj_call_method(rt, AS_TYPE(cls)->dict, "items", NULL, 0);
  Obj *l = items ? obj_to_list(rt, items) : NULL;
  xdecref(items);
  if (!l) return -1;
  for (size_t i = 0; i < list_len(l); i++) {
    Obj *kv = list_get(l, i), *v = tuple_get(kv, 1);
    Obj *m = type_lookup_s(v->type, "__set_name__");
    if (!m) continue;
    Obj *args[2] = {cls, tuple_get(kv, 0)};
    Obj *r = obj_call_method(rt, v, "__set_name__", args, 2);
    if (!r) { decref(l); return -1; }
    decref(r);
  }
  decref(l);
  Obj *mro = AS_TYPE(cls)->mro;
  for (size_t i = 1; i < tuple_len(mro); i++) {
    Obj *d = AS_TYPE(tuple_get(mro, i))->dict;
    Obj *f = d ? dict_get_s(rt, d, "__init_subclass__") : NULL;
    if (!f) continue;
    if (!is_type(f, &FunctionType) && !is_type(f, &ClassMethodType)) break;   /* object's takes nothing */
    Obj *fn = is_type(f, &ClassMethodType) ? ((Pair *)f)->a : f;
    Obj *r = obj_call1(rt, fn, cls);
    if (!r) return -1;
    decref(r);
    break;
  }
  return 0;
}

Obj *builtin_build_class(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)self;
  if (argc < 2) return err_str(rt, EXC(TypeError), "__build_class__: not enough arguments");
  Obj *func = argv[0], *name = argv[1];
  if (!is_type(func, &FunctionType)) return err_str(rt, EXC(TypeError), "__build_class__: func must be a function");
  if (!IS_STR(name)) return err_str(rt, EXC(TypeError), "__build_class__: name is not a string");
  Obj *bases = tuple_from(rt, argv + 2, argc - 2);
  if (!bases) return NULL;
  Obj *meta = NULL;
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nk; k++) {
    if (str_eq_c(tuple_get(kwnames, k), "metaclass")) meta = argv[argc + k];
    else {
      decref(bases);
      return err_format(rt, EXC(TypeError), "%U.__init_subclass__() takes no keyword arguments", name);
    }
  }
  /* as CPython: the metaclass given, or the type of the first base, made
   * the most derived of the bases' types when it is a class */
  Obj *m;
  if (!meta) meta = tuple_len(bases) ? (Obj *)tuple_get(bases, 0)->type : (Obj *)&TypeType;
  m = IS_TYPE(meta) ? calculate_meta(rt, AS_TYPE(meta), bases) : incref(meta);
  if (!m) { decref(bases); return NULL; }
  Obj *ns = dict_new(rt);
  if (!ns) { decref(m); decref(bases); return NULL; }
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
    cls = obj_call(rt, m, cargs, 3, NULL);
    if (cls && is_type(cell, &CellType)) SETREF(((Cell *)cell)->ref, incref(cls));
    if (cls && IS_TYPE(cls) && (AS_TYPE(cls)->flags & TF_HEAP) && class_ready(rt, cls) < 0) CLEAR(cls);
    decref(cell);
  }
  decref(m);
  decref(ns);
  decref(bases);
  return cls;
}

/* ---- registration ---------------------------------------------------------------------------------- */

/* complex: a name so that isinstance(x, complex) works; making one says
 * that pyexc has no complex numbers. */
static Obj *complex_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t; (void)args; (void)kwargs;
  return err_str(rt, EXC(NotImplementedError), "pyexc does not support complex numbers");
}
static Type ComplexType = {.ob = OBJ_HEAD_INIT(&TypeType), .name = "complex", .basicsize = sizeof(Obj),
                           .new_ = complex_new};

int builtin_types_init(Rt *rt) {
  static Type *const types[] = {&StaticMethodType, &ClassMethodType, &PropertyType, &SuperType, &EnumerateType,
                                &ZipType, &MapType, &FilterType, &ReversedType, &ComplexType};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
    if (type_ready(types[i]) < 0) return -1;
    if (dict_set_s(rt, rt->builtins, types[i]->name, (Obj *)types[i]) < 0) return -1;
  }
  return 0;
}
