/* type.c: type objects, MRO, lookup, instance creation, and `object`. */
#include "obj/type.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/args.h"
#include "obj/gc.h"
#include "obj/slots.h"
#include "base/mem.h"

/* ---- MRO ------------------------------------------------------------------- */

int type_is_subtype(const Type *a, const Type *b) {
  if (a == b) return 1;
  if (a->mro) {
    Tuple *m = (Tuple *)a->mro;
    for (size_t i = 0; i < m->n; i++)
      if (m->items[i] == (Obj *)b) return 1;
    return 0;
  }
  for (; a; a = a->base)
    if (a == b) return 1;
  return 0;
}

static int in_tail(Obj *seq, size_t from, Obj *t) {
  List *l = (List *)seq;
  for (size_t i = from + 1; i < l->n; i++)
    if (l->items[i] == t) return 1;
  return 0;
}

/* C3: merge the MROs of the bases and the list of bases. */
Obj *type_compute_mro(Rt *rt, Type *t) {
  Tuple *bases = (Tuple *)t->bases;
  size_t nb = bases->n;
  for (size_t i = 0; i < nb; i++)
    for (size_t j = i + 1; j < nb; j++)
      if (bases->items[i] == bases->items[j])
        return err_format(rt, EXC(TypeError), "duplicate base class %s", AS_TYPE(bases->items[i])->name);
  Obj *seqs = list_new(rt, 0), *out = list_new(rt, 0);
  if (!seqs || !out) goto fail;
  if (list_append(rt, out, (Obj *)t) < 0) goto fail;
  for (size_t i = 0; i <= nb; i++) {
    Obj *src = i < nb ? AS_TYPE(bases->items[i])->mro : t->bases;
    Obj *l = obj_to_list(rt, src);
    if (!l) goto fail;
    int r = list_append(rt, seqs, l);
    decref(l);
    if (r < 0) goto fail;
  }
  size_t *heads = NULL;
  List *sl = (List *)seqs;
  for (;;) {
    int remaining = 0;
    Obj *cand = NULL;
    for (size_t i = 0; i < sl->n && !cand; i++) {
      List *s = (List *)sl->items[i];
      size_t h = 0;
      while (h < s->n && s->items[h] == NULL) h++;
      if (h == s->n) continue;
      remaining = 1;
      Obj *c = s->items[h];
      int bad = 0;
      for (size_t j = 0; j < sl->n && !bad; j++) {
        List *o = (List *)sl->items[j];
        size_t oh = 0;
        while (oh < o->n && o->items[oh] == NULL) oh++;
        if (oh < o->n && in_tail((Obj *)o, oh, c)) bad = 1;
      }
      if (!bad) cand = c;
    }
    if (!remaining) break;
    if (!cand) {
      /* CPython's set_mro_error: the heads still to merge, each once */
      StrBuf b = SB_INIT;
      sb_adds(&b, rt->pyv >= PY313 ? "Cannot create a consistent method resolution order (MRO) for bases"
                                   : "Cannot create a consistent method resolution\norder (MRO) for bases");
      Obj *shown[64];
      size_t nshown = 0;
      for (size_t i = 0; i < sl->n; i++) {
        List *s = (List *)sl->items[i];
        size_t h = 0;
        while (h < s->n && s->items[h] == NULL) h++;
        if (h == s->n) continue;
        size_t k = 0;
        while (k < nshown && shown[k] != s->items[h]) k++;
        if (k < nshown || nshown == 64) continue;
        shown[nshown++] = s->items[h];
        sb_adds(&b, nshown > 1 ? ", " : " ");
        sb_adds(&b, AS_TYPE(s->items[h])->name);
      }
      Obj *msg = str_from_buf(rt, &b);
      if (msg) { err_set(rt, EXC(TypeError), msg); decref(msg); }
      goto fail;
    }
    if (list_append(rt, out, cand) < 0) goto fail;
    for (size_t i = 0; i < sl->n; i++) {
      List *s = (List *)sl->items[i];
      size_t h = 0;
      while (h < s->n && s->items[h] == NULL) h++;
      if (h < s->n && s->items[h] == cand) {
        decref(s->items[h]);
        s->items[h] = NULL;
      }
    }
  }
  (void)heads;
  decref(seqs);
  Obj *res = obj_to_tuple(rt, out);
  decref(out);
  return res;
fail:
  xdecref(seqs);
  xdecref(out);
  return NULL;
}

Type *type_solid_base(Type *t) {
  while (t->flags & TF_HEAP) t = t->base;
  return t;
}

/* CPython's solid_base(): past the heap types, a built-in type whose
 * instances have its base's shape (Exception over BaseException) shares its
 * base's layout, so class C(BaseExceptionGroup, Exception) is no conflict. */
static Type *layout_base(Type *t) {
  t = type_solid_base(t);
  while (t->base && t->basicsize == t->base->basicsize && t->itemsize == t->base->itemsize) t = t->base;
  return t;
}

/* ---- lookup ----------------------------------------------------------------- */

Obj *type_lookup(Type *t, Obj *name) {
  Tuple *m = (Tuple *)t->mro;
  if (!m) return NULL;
  for (size_t i = 0; i < m->n; i++) {
    Obj *d = AS_TYPE(m->items[i])->dict;
    if (!d) continue;
    Obj *v = dict_get(NULL, d, name);
    if (v) return v;
  }
  return NULL;
}

Obj *type_lookup_s(Type *t, const char *name) { return type_lookup(t, str_static(name)); }

/* ---- readying static types ---------------------------------------------------- */

static Obj *descr_new(Type *dt, Type *owner, const char *name) {
  Descr *d = mem_calloc(1, sizeof(Descr));
  if (!d) return NULL;
  d->ob.rc = IMMORTAL_RC;
  d->ob.type = dt;
  d->owner = owner;
  d->name = str_static(name);
  return (Obj *)d;
}

/* Static types are shared by every runtime: their dicts and descriptors are
 * immortal and built once, without a runtime (dict_set never raises for str
 * keys except on memory exhaustion). */
int type_ready(Type *t) {
  if (t->flags & TF_READY) return 0;
  if (!t->base && t != &ObjectType) t->base = &ObjectType;
  if (t->base && type_ready(t->base) < 0) return -1;
  if (!t->module) t->module = str_static("builtins");
  if (!t->bases) {
    t->bases = t->base ? tuple_pack(NULL, 1, (Obj *)t->base) : tuple_empty();
    if (!t->bases) return -1;
    t->bases->rc = IMMORTAL_RC;
  }
  /* A static type's MRO is its single inheritance chain, unless the type
   * came with one (a static type with several bases sets bases and mro,
   * both immortal, before it is readied). */
  if (!t->mro) {
    size_t depth = 0;
    for (Type *b = t; b; b = b->base) depth++;
    Obj *mro = tuple_new(NULL, depth);
    if (!mro) return -1;
    size_t i = 0;
    for (Type *b = t; b; b = b->base) AS_TUPLE(mro)->items[i++] = (Obj *)b;
    mro->rc = IMMORTAL_RC;
    t->mro = mro;
  }
  Obj *d = dict_new(NULL);
  if (!d) return -1;
  d->rc = IMMORTAL_RC;
  t->dict = d;
  for (const MethodDef *m = t->methods; m && m->name; m++) {
    Obj *v;
    if (m->flags & METH_STATIC) {
      CFunc *f = mem_calloc(1, sizeof(CFunc));
      if (!f) return -1;
      f->ob.rc = IMMORTAL_RC;
      f->ob.type = &CFuncType;
      f->def = m;
      v = (Obj *)f;
    } else {
      v = descr_new(m->flags & METH_CLASS ? &ClassMethodDescrType : &MethodDescrType, t, m->name);
      if (!v) return -1;
      ((Descr *)v)->d.method = m;
    }
    if (dict_set(NULL, d, str_static(m->name), v) < 0) return -1;
  }
  for (const MemberDef *m = t->members; m && m->name; m++) {
    Obj *v = descr_new(&MemberDescrType, t, m->name);
    if (!v) return -1;
    ((Descr *)v)->d.member = m;
    if (dict_set(NULL, d, str_static(m->name), v) < 0) return -1;
  }
  for (const GetSetDef *g = t->getsets; g && g->name; g++) {
    Obj *v = descr_new(&GetSetDescrType, t, g->name);
    if (!v) return -1;
    ((Descr *)v)->d.getset = g;
    if (dict_set(NULL, d, str_static(g->name), v) < 0) return -1;
  }
  if (t->doc && dict_set(NULL, d, str_static("__doc__"), str_static(t->doc)) < 0) return -1;
  /* inherit the slots the type leaves empty */
  Type *b = t->base;
  if (b) {
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(dealloc); INHERIT(traverse); INHERIT(clear); INHERIT(repr); INHERIT(str);
    INHERIT(hash); INHERIT(richcmp); INHERIT(getattr); INHERIT(setattr); INHERIT(call);
    INHERIT(iter); INHERIT(next); INHERIT(len); INHERIT(getitem); INHERIT(setitem);
    INHERIT(contains); INHERIT(num); INHERIT(concat); INHERIT(repeat); INHERIT(new_); INHERIT(init); INHERIT(descr_get);
    INHERIT(descr_set); INHERIT(extra);
    if (!t->basicsize) t->basicsize = b->basicsize;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
    if (b->flags & TF_GC) t->flags |= TF_GC;
    if (b->flags & TF_EXC) t->flags |= TF_EXC;
#undef INHERIT
  }
  t->flags |= TF_READY;
  return type_add_slot_wrappers(t);
}

/* ---- calling a type ----------------------------------------------------------- */

Obj *type_generic_alloc(Rt *rt, Type *t) {
  return obj_alloc(rt, t, t->basicsize);
}

Obj *type_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  Type *t = AS_TYPE(callee);
  if (t == &TypeType && argc == 1 && (!kwnames || tuple_len(kwnames) == 0))
    return incref((Obj *)argv[0]->type);
  if (!t->new_) return err_format(rt, EXC(TypeError), "cannot create '%s' instances", t->name);
  Obj *args, *kwargs;
  if (args_pack(rt, argv, argc, kwnames, &args, &kwargs) < 0) return NULL;
  Obj *o = t->new_(rt, t, args, kwargs);
  if (o && t->init && is_inst(o, t)) {
    if (o->type->init(rt, o, args, kwargs) < 0) CLEAR(o);
  }
  decref(args);
  xdecref(kwargs);
  return o;
}

static int excess_args(Obj *args, Obj *kwargs) {
  return tuple_len(args) || (kwargs && dict_len(kwargs));
}

Obj *object_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  if (excess_args(args, kwargs)) {
    if (t->new_ != object_new)
      return err_str(rt, EXC(TypeError), "object.__new__() takes exactly one argument (the type to instantiate)");
    if (t->init == object_init)
      return err_format(rt, EXC(TypeError), "%s() takes no arguments", t->name);
  }
  if (t->flags & TF_ABSTRACT_NEW)
    return err_format(rt, EXC(TypeError), "cannot create '%s' instances", t->name);
  return type_generic_alloc(rt, t);
}

int object_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  Type *t = self->type;
  if (excess_args(args, kwargs)) {
    if (t->init != object_init)
      return err_format_i(rt, EXC(TypeError), "object.__init__() takes exactly one argument (the instance to initialize)");
    if (t->new_ == object_new)
      return err_format_i(rt, EXC(TypeError), "%s() takes no arguments", t->name);
  }
  return 0;
}

Obj *type_qualname(Rt *rt, Type *t) {
  if (t->flags & TF_HEAP) {
    Obj *m = t->module;
    if (m && IS_STR(m) && !str_eq_c(m, "builtins"))
      return str_fromf(rt, "%U.%U", m, t->qualname ? t->qualname : t->name_obj);
    return incref(t->qualname ? t->qualname : t->name_obj);
  }
  return str_from_c(rt, t->name);
}

Obj *object_repr(Rt *rt, Obj *o) {
  Obj *q = type_qualname(rt, o->type);
  if (!q) return NULL;
  Obj *r = str_fromf(rt, "<%U object at %p>", q, (void *)o);
  decref(q);
  return r;
}

Obj *object_str(Rt *rt, Obj *o) { return obj_repr(rt, o); }

static void object_dealloc(Obj *o) { obj_free_mem(o); }

/* ---- heap instances ------------------------------------------------------------- */

/* The instance dict slot belongs to the heap subclass when its static base
 * has none. */
static int owns_dict(Type *t) { return t->dictoffset && !type_solid_base(t)->dictoffset; }

void heap_instance_clear(Obj *o) {
  Type *t = o->type;
  if (owns_dict(t)) CLEAR(*obj_dict_slot(o));
  Type *sb = type_solid_base(t);
  if (sb->clear) sb->clear(o);
}

void heap_instance_dealloc(Obj *o) {
  Type *t = o->type;
  if (owns_dict(t)) CLEAR(*obj_dict_slot(o));
  type_solid_base(t)->dealloc(o);
}

int heap_instance_traverse(Obj *o, VisitFn visit, void *arg) {
  Type *t = o->type;
  if (owns_dict(t)) {
    Obj *d = *obj_dict_slot(o);
    if (d && visit(d, arg)) return 1;
  }
  if (visit((Obj *)t, arg)) return 1;
  Type *sb = type_solid_base(t);
  return sb->traverse ? sb->traverse(o, visit, arg) : 0;
}

/* ---- type objects --------------------------------------------------------------- */

static Obj *type_repr(Rt *rt, Obj *o) {
  Obj *q = type_qualname(rt, AS_TYPE(o));
  if (!q) return NULL;
  Obj *r = str_fromf(rt, "<class '%U'>", q);
  decref(q);
  return r;
}

/* Attribute lookup on a class: the metatype's data descriptors, then the
 * class's own MRO (descriptors bound with obj NULL), then the metatype. */
static Obj *type_getattr(Rt *rt, Obj *o, Obj *name) {
  Type *t = AS_TYPE(o), *meta = o->type;
  Obj *mattr = type_lookup(meta, name);
  if (mattr && mattr->type->descr_get && mattr->type->descr_set)
    return mattr->type->descr_get(rt, mattr, o, meta);
  Obj *attr = type_lookup(t, name);
  if (attr) {
    if (attr->type->descr_get) return attr->type->descr_get(rt, attr, NULL, t);
    return incref(attr);
  }
  if (mattr) {
    if (mattr->type->descr_get) return mattr->type->descr_get(rt, mattr, o, meta);
    return incref(mattr);
  }
  return err_format(rt, EXC(AttributeError), "type object '%s' has no attribute '%U'", t->name, name);
}

static int type_setattr(Rt *rt, Obj *o, Obj *name, Obj *value) {
  Type *t = AS_TYPE(o);
  if (!(t->flags & TF_HEAP))
    return err_format_i(rt, EXC(TypeError), "cannot set '%U' attribute of immutable type '%s'", name, t->name);
  Obj *meta_attr = type_lookup(o->type, name);
  if (meta_attr && meta_attr->type->descr_set) return meta_attr->type->descr_set(rt, meta_attr, o, value);
  if (!value) {
    Obj *v = dict_get(rt, t->dict, name);
    if (!v) return err_format_i(rt, EXC(AttributeError), "type object '%s' has no attribute '%U'", t->name, name);
    return dict_del(rt, t->dict, name);
  }
  return dict_set(rt, t->dict, name, value);
}

static void type_dealloc(Obj *o) {
  Type *t = AS_TYPE(o);
  CLEAR(t->name_obj);
  CLEAR(t->qualname);
  CLEAR(t->module);
  CLEAR(t->bases);
  CLEAR(t->mro);
  CLEAR(t->dict);
  if (t->base) decref((Obj *)t->base);
  type_free_slots(t);
  obj_free_mem(o);
}

static int type_traverse(Obj *o, VisitFn visit, void *arg) {
  Type *t = AS_TYPE(o);
  if (!(t->flags & TF_HEAP)) return 0;
  if (t->dict && visit(t->dict, arg)) return 1;
  if (t->bases && visit(t->bases, arg)) return 1;
  if (t->mro && visit(t->mro, arg)) return 1;
  /* base is a reference of its own (type_dealloc drops it): unvisited, a
   * subclass made its base look referenced from outside, and a class cycle
   * through a base's methods (their globals) was never collected. */
  if (t->base && visit((Obj *)t->base, arg)) return 1;
  return 0;
}

static void type_clear(Obj *o) {
  Type *t = AS_TYPE(o);
  if (!(t->flags & TF_HEAP)) return;
  CLEAR(t->dict);
  CLEAR(t->mro);
}

static Obj *type_get_name(Rt *rt, Obj *o) {
  Type *t = AS_TYPE(o);
  return t->name_obj ? incref(t->name_obj) : str_from_c(rt, t->name);
}
static Obj *type_get_qualname(Rt *rt, Obj *o) {
  Type *t = AS_TYPE(o);
  if (t->qualname) return incref(t->qualname);
  return type_get_name(rt, o);
}
static Obj *type_get_module(Rt *rt, Obj *o) {
  (void)rt;
  Type *t = AS_TYPE(o);
  if (t->flags & TF_HEAP) {
    Obj *m = dict_get(NULL, t->dict, str_static("__module__"));
    if (m) return incref(m);
  }
  return incref(t->module);
}
static Obj *type_get_mro(Rt *rt, Obj *o) { (void)rt; return incref(AS_TYPE(o)->mro); }
static Obj *type_get_bases(Rt *rt, Obj *o) { (void)rt; return incref(AS_TYPE(o)->bases); }
static Obj *type_get_base(Rt *rt, Obj *o) {
  (void)rt;
  Type *b = AS_TYPE(o)->base;
  return incref(b ? (Obj *)b : None);
}
static Obj *type_get_dict(Rt *rt, Obj *o) { return dict_copy(rt, AS_TYPE(o)->dict); }
static Obj *type_get_doc(Rt *rt, Obj *o) {
  (void)rt;
  Type *t = AS_TYPE(o);
  Obj *d = dict_get(NULL, t->dict, str_static("__doc__"));
  return incref(d ? d : None);
}

static Obj *type_mro_method(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)argv; (void)kwnames;
  if (args_count(rt, "mro", argc, 0, 0) < 0) return NULL;
  return obj_to_list(rt, AS_TYPE(self)->mro);
}

/* Heap types may be renamed and moved, as in CPython. */
static int heap_only(Rt *rt, Obj *o, const char *attr, Obj *v) {
  Type *t = AS_TYPE(o);
  if (!(t->flags & TF_HEAP))
    return err_format_i(rt, EXC(TypeError), "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
  if (!v) return err_format_i(rt, EXC(TypeError), "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
  return 0;
}
static int type_set_name(Rt *rt, Obj *o, Obj *v) {
  if (heap_only(rt, o, "__name__", v) < 0) return -1;
  if (!IS_STR(v))
    return err_format_i(rt, EXC(TypeError), "can only assign string to %s.__name__, not '%s'", AS_TYPE(o)->name, type_name(v));
  Type *t = AS_TYPE(o);
  SETREF(t->name_obj, incref(v));
  t->name = str_c(v);
  return 0;
}
static int type_set_qualname(Rt *rt, Obj *o, Obj *v) {
  if (heap_only(rt, o, "__qualname__", v) < 0) return -1;
  if (!IS_STR(v))
    return err_format_i(rt, EXC(TypeError), "can only assign string to %s.__qualname__, not '%s'", AS_TYPE(o)->name, type_name(v));
  SETREF(AS_TYPE(o)->qualname, incref(v));
  return 0;
}
static int type_set_module(Rt *rt, Obj *o, Obj *v) {
  if (heap_only(rt, o, "__module__", v) < 0) return -1;
  Type *t = AS_TYPE(o);
  SETREF(t->module, incref(v));
  return dict_set(rt, t->dict, str_static("__module__"), v);
}

/* C.__annotations__: the class's own (3.11-3.13: made by its body), or
 * computed once by its __annotate__ (3.14), or a new empty dict kept in
 * the class. Built-in classes have none. */
static Obj *type_get_annotations(Rt *rt, Obj *o) {
  Type *t = AS_TYPE(o);
  if (!(t->flags & TF_HEAP))
    return err_format(rt, EXC(AttributeError), "type object '%s' has no attribute '__annotations__'", t->name);
  Obj *d = dict_get(rt, t->dict, str_static("__annotations__"));
  if (!d) d = dict_get(rt, t->dict, str_static("__annotations_cache__"));
  if (d) return d->type->descr_get ? d->type->descr_get(rt, d, NULL, t) : incref(d);
  if (err_occurred(rt)) return NULL;
  Obj *annotate = dict_get(rt, t->dict, str_static("__annotate__"));
  Obj *r;
  const char *key = "__annotations__";
  if (annotate && annotate != None) {
    Obj *one = int_from_i64(rt, 1);
    r = one ? obj_call1(rt, annotate, one) : NULL;
    xdecref(one);
    if (!r) return NULL;
    if (!IS_DICT(r)) {
      err_format(rt, EXC(TypeError), "__annotate__ returned non-dict of type '%s'", type_name(r));
      decref(r);
      return NULL;
    }
    key = "__annotations_cache__";
  } else {
    r = dict_new(rt);
    if (!r) return NULL;
  }
  if (dict_set(rt, t->dict, str_static(key), r) < 0) { decref(r); return NULL; }
  return r;
}
static int type_set_annotations(Rt *rt, Obj *o, Obj *v) {
  Type *t = AS_TYPE(o);
  if (!(t->flags & TF_HEAP))
    return err_format_i(rt, EXC(TypeError), "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
  if (!v) return dict_del(rt, t->dict, str_static("__annotations__"));
  return dict_set(rt, t->dict, str_static("__annotations__"), v);
}

static const GetSetDef type_getsets[] = {
  {"__annotations__", type_get_annotations, type_set_annotations},
  {"__name__", type_get_name, type_set_name},
  {"__qualname__", type_get_qualname, type_set_qualname},
  {"__module__", type_get_module, type_set_module},
  {"__mro__", type_get_mro, NULL},
  {"__bases__", type_get_bases, NULL},
  {"__base__", type_get_base, NULL},
  {"__dict__", type_get_dict, NULL},
  {"__doc__", type_get_doc, NULL},
  {NULL, NULL, NULL}
};

static const MethodDef type_methods[] = {
  {"mro", type_mro_method, 0},
  {NULL, NULL, 0}
};

static int64_t identity_hash(Rt *rt, Obj *o) {
  (void)rt;
  uintptr_t p = (uintptr_t)o;
  int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
  return h == -1 ? -2 : h;
}

/* object.__eq__ is identity; object.__ne__ inverts the class's own __eq__. */
static Obj *identity_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  if (op == CMP_EQ) return incref(a == b ? Py_True : NotImpl);
  if (op == CMP_NE) {
    if (a->type->richcmp == identity_richcmp) return incref(a == b ? Py_False : NotImpl);
    Obj *r = a->type->richcmp(rt, a, b, CMP_EQ);
    if (!r || r == NotImpl) return r;
    int t = obj_truth(rt, r);
    decref(r);
    return t < 0 ? NULL : incref(bool_obj(!t));
  }
  return incref(NotImpl);
}

static Obj *object_get_class(Rt *rt, Obj *o) { (void)rt; return incref((Obj *)o->type); }
static int object_set_class(Rt *rt, Obj *o, Obj *v) {
  if (!v || !IS_TYPE(v))
    return err_format_i(rt, EXC(TypeError), "__class__ must be set to a class, not '%s' object", v ? type_name(v) : "NULL");
  Type *nt = AS_TYPE(v);
  if (!(nt->flags & TF_HEAP) || !(o->type->flags & TF_HEAP) || type_solid_base(nt) != type_solid_base(o->type) ||
      nt->basicsize != o->type->basicsize)
    return err_format_i(rt, EXC(TypeError), "__class__ assignment: '%s' object layout differs from '%s'", nt->name,
                        o->type->name);
  incref(v);
  Type *old = o->type;
  o->type = nt;
  decref((Obj *)old);
  return 0;
}
static const GetSetDef object_getsets[] = {
  {"__class__", object_get_class, object_set_class},
  {NULL, NULL, NULL}
};

static Obj *type_new_(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t;
  (void)kwargs;
  size_t n = tuple_len(args);
  if (n != 1 && n != 3) return err_str(rt, EXC(TypeError), "type() takes 1 or 3 arguments");
  if (n == 1) return incref((Obj *)tuple_get(args, 0)->type);
  static const char *const want[3] = {"str", "tuple", "dict"};
  for (size_t i = 0; i < 3; i++) {
    Obj *a = tuple_get(args, i);
    int ok = i == 0 ? IS_STR(a) : i == 1 ? IS_TUPLE(a) : IS_DICT(a);
    if (!ok)
      return err_format(rt, EXC(TypeError), "type.__new__() argument %zu must be %s, not %s", i + 1, want[i],
                        type_name(a));
  }
  return type_new_heap(rt, t, tuple_get(args, 0), tuple_get(args, 1), tuple_get(args, 2));
}

static int type_init_(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  (void)rt; (void)self; (void)args; (void)kwargs;
  return 0;
}

extern const MethodDef object_methods[];   /* object_methods.c: __format__ */

Type ObjectType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "object",
  .basicsize = sizeof(Obj),
  .flags = TF_BASETYPE,
  .doc = "The base class of the class hierarchy.",
  .dealloc = object_dealloc,
  .repr = object_repr,
  .str = object_str,
  .hash = identity_hash,
  .richcmp = identity_richcmp,
  .getattr = obj_generic_getattr,
  .setattr = obj_generic_setattr,
  .new_ = object_new,
  .init = object_init,
  .getsets = object_getsets,
  .methods = object_methods,
};

Type TypeType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "type",
  .basicsize = sizeof(Type),
  .flags = TF_BASETYPE | TF_GC,
  .dealloc = type_dealloc,
  .traverse = type_traverse,
  .clear = type_clear,
  .repr = type_repr,
  .getattr = type_getattr,
  .setattr = type_setattr,
  .call = type_call,
  .new_ = type_new_,
  .init = type_init_,
  .getsets = type_getsets,
  .methods = type_methods,
};

/* ---- heap types (class statements) ------------------------------------------------ */

Obj *type_new_heap(Rt *rt, Type *meta, Obj *name, Obj *bases, Obj *ns) {
  if (!IS_STR(name)) return err_str(rt, EXC(TypeError), "type.__new__() argument 1 must be str");
  Obj *b = tuple_len(bases) ? incref(bases) : tuple_pack(rt, 1, (Obj *)&ObjectType);
  if (!b) return NULL;
  for (size_t i = 0; i < tuple_len(b); i++) {
    Obj *bi = tuple_get(b, i);
    if (!IS_TYPE(bi)) {
      decref(b);
      return err_format(rt, EXC(TypeError), "bases must be types");
    }
    if (!(AS_TYPE(bi)->flags & TF_BASETYPE)) {
      decref(b);
      return err_format(rt, EXC(TypeError), "type '%s' is not an acceptable base type", AS_TYPE(bi)->name);
    }
  }
  /* the layout comes from the first base; other bases must share its solid base */
  Type *base = AS_TYPE(tuple_get(b, 0));
  Type *solid = layout_base(base);
  for (size_t i = 1; i < tuple_len(b); i++) {
    Type *s2 = layout_base(AS_TYPE(tuple_get(b, i)));
    if (!type_is_subtype(solid, s2) && !type_is_subtype(s2, solid)) {
      decref(b);
      return err_str(rt, EXC(TypeError), "multiple bases have instance lay-out conflict");
    }
    if (type_is_subtype(s2, solid) && s2 != solid) { base = AS_TYPE(tuple_get(b, i)); solid = s2; }
  }
  /* a metaclass (a heap subclass of type) may add a __dict__ slot */
  Type *t = (Type *)obj_alloc(rt, meta, meta->basicsize > sizeof(Type) ? meta->basicsize : sizeof(Type));
  if (!t) { decref(b); return NULL; }
  t->flags = TF_HEAP | TF_BASETYPE | TF_READY | (base->flags & (TF_GC | TF_EXC));
  t->name_obj = incref(name);
  t->name = str_c(name);
  t->qualname = incref(name);
  t->bases = b;
  t->base = (Type *)incref((Obj *)base);
  t->dict = dict_copy(rt, ns);
  if (!t->dict) goto fail;
  Obj *mod = dict_get(rt, t->dict, str_static("__module__"));
  t->module = mod ? incref(mod) : str_from_c(rt, "builtins");
  Obj *qn = dict_get(rt, t->dict, str_static("__qualname__"));
  if (qn && IS_STR(qn)) {
    SETREF(t->qualname, incref(qn));
    if (dict_del(rt, t->dict, str_static("__qualname__")) < 0) goto fail;
  }
  t->mro = type_compute_mro(rt, t);
  if (!t->mro) goto fail;
  /* layout: the base's, plus a __dict__ slot when the base has none */
  t->basicsize = base->basicsize;
  t->itemsize = base->itemsize;
  t->dictoffset = base->dictoffset;
  if (!t->dictoffset && t->itemsize) {
    t->dictoffset = DICT_AFTER_ITEMS;   /* the items run to the end of the object */
  } else if (!t->dictoffset) {
    t->dictoffset = t->basicsize;
    t->basicsize += sizeof(Obj *);
  }
  t->flags |= TF_GC;
  t->dealloc = heap_instance_dealloc;
  t->traverse = heap_instance_traverse;
  t->clear = heap_instance_clear;
#define INHERIT(f) t->f = base->f
  INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcmp); INHERIT(getattr);
  INHERIT(setattr); INHERIT(call); INHERIT(iter); INHERIT(next); INHERIT(len);
  INHERIT(getitem); INHERIT(setitem); INHERIT(contains); INHERIT(num); INHERIT(concat); INHERIT(repeat); INHERIT(new_);
  INHERIT(init); INHERIT(descr_get); INHERIT(descr_set); INHERIT(extra);
#undef INHERIT
  if (t->new_ == NULL) t->new_ = object_new;
  if (type_fixup_slots(rt, t) < 0) goto fail;
  return (Obj *)t;
fail:
  decref((Obj *)t);
  return NULL;
}

/* ---- process-wide initialization ---------------------------------------------------- */

int obj_types_init(void) {
  static int done;
  if (done) return 0;
  Type *all[] = {
    &ObjectType, &TypeType, &NoneType, &NotImplementedType, &EllipsisType, &IntType, &BoolType,
    &FloatType, &StrType, &BytesType, &ByteArrayType, &TupleType, &ListType, &DictType, &SetType,
    &FrozenSetType, &CFuncType, &MethodDescrType, &ClassMethodDescrType, &MemberDescrType,
    &GetSetDescrType, &BoundMethodType, &SliceType, &RangeType, &TupleIterType, &ListIterType,
    &StrIterType, &BytesIterType, &RangeIterType, &DictKeysType, &DictValuesType, &DictItemsType,
    &DictIterType, &SetIterType,
  };
  for (size_t i = 0; i < sizeof all / sizeof *all; i++)
    if (type_ready(all[i]) < 0) return -1;
  done = 1;
  return 0;
}
