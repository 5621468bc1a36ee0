/* dict_methods.c: the methods of dict (get, pop, popitem, setdefault,
 * update, fromkeys, copy, clear, keys/values/items, | and |=), the reverse
 * iterators of dicts and their views, and the views' methods. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/repr.h"

Obj *dict_keys_view(Rt *rt, Obj *d);
Obj *dict_values_view(Rt *rt, Obj *d);
Obj *dict_items_view(Rt *rt, Obj *d);

/* 3.14 says what an unhashable key was for. */
static void key_error_context(Rt *rt, Obj *key) {
  (void)rt; (void)key;   /* key_hash() has said already (3.14) */
}

/* A borrowed value, NULL without error when missing. */
static Obj *lookup(Rt *rt, Obj *d, Obj *key) {
  Obj *v = dict_get(rt, d, key);
  if (!v && err_occurred(rt)) key_error_context(rt, key);
  return v;
}

METHOD(dict_get_m) {
  if (args_pos(rt, "dict.get", argc, kwnames, 1, 2) < 0) return NULL;
  Obj *v = lookup(rt, self, argv[0]);
  if (v) return incref(v);
  if (err_occurred(rt)) return NULL;
  return incref(argc > 1 ? argv[1] : None);
}

METHOD(dict_setdefault_m) {
  if (args_pos(rt, "dict.setdefault", argc, kwnames, 1, 2) < 0) return NULL;
  Obj *v = lookup(rt, self, argv[0]);
  if (v) return incref(v);
  if (err_occurred(rt)) return NULL;
  Obj *dflt = argc > 1 ? argv[1] : None;
  if (dict_set(rt, self, argv[0], dflt) < 0) { key_error_context(rt, argv[0]); return NULL; }
  return incref(dflt);
}

METHOD(dict_pop_m) {
  if (args_pos(rt, "dict.pop", argc, kwnames, 1, 2) < 0) return NULL;
  if (dict_len(self) == 0) {   /* CPython answers an empty dict without hashing the key */
    if (argc > 1) return incref(argv[1]);
    return err_key(rt, argv[0]);
  }
  Obj *v = lookup(rt, self, argv[0]);
  if (!v) {
    if (err_occurred(rt)) return NULL;
    if (argc > 1) return incref(argv[1]);
    return err_key(rt, argv[0]);
  }
  incref(v);
  if (dict_del(rt, self, argv[0]) < 0) { decref(v); return NULL; }
  return v;
}

METHOD(dict_popitem_m) {
  (void)argv;
  if (args_none(rt, "dict.popitem", argc, kwnames) < 0) return NULL;
  Dict *d = AS_DICT(self);
  if (d->used == 0) return err_str(rt, EXC(KeyError), "popitem(): dictionary is empty");
  size_t i = d->nentries;
  while (i > 0 && !d->entries[i - 1].key) i--;
  DictEntry *e = &d->entries[i - 1];
  Obj *t = tuple_pack(rt, 2, e->key, e->value);
  if (!t) return NULL;
  if (dict_del(rt, self, tuple_get(t, 0)) < 0) { decref(t); return NULL; }
  /* CPython also drops the entry slot, so the next insertion reuses it */
  while (d->nentries > 0 && !d->entries[d->nentries - 1].key) d->nentries--;
  return t;
}

static int update_from(Rt *rt, Obj *self, Obj *other) {
  int r = dict_update(rt, self, other);
  return r;
}

METHOD(dict_update_m) {
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  if (argc > 1) return err_format(rt, EXC(TypeError), "update expected at most 1 argument, got %zu", argc);
  if (argc && update_from(rt, self, argv[0]) < 0) return NULL;
  for (size_t k = 0; k < nk; k++)
    if (dict_set(rt, self, tuple_get(kwnames, k), argv[argc + k]) < 0) return NULL;
  return incref(None);
}

METHOD(dict_copy_m) {
  (void)argv;
  if (args_none(rt, "dict.copy", argc, kwnames) < 0) return NULL;
  return dict_copy(rt, self);
}

METHOD(dict_clear_m) {
  (void)argv;
  if (args_none(rt, "dict.clear", argc, kwnames) < 0) return NULL;
  DictType.clear(self);   /* a fresh empty table, as CPython's dict.clear */
  if (!AS_DICT(self)->index) return err_nomem(rt);
  return incref(None);
}

#define VIEW_METHOD(fn, qname, make) \
  METHOD(fn) { \
    (void)argv; \
    if (args_none(rt, qname, argc, kwnames) < 0) return NULL; \
    return make(rt, self); \
  }
VIEW_METHOD(dict_keys_m, "dict.keys", dict_keys_view)
VIEW_METHOD(dict_values_m, "dict.values", dict_values_view)
VIEW_METHOD(dict_items_m, "dict.items", dict_items_view)

METHOD(dict_fromkeys_m) {
  if (args_pos(rt, "dict.fromkeys", argc, kwnames, 1, 2) < 0) return NULL;
  Obj *value = argc > 1 ? argv[1] : None;
  Obj *d = obj_call0(rt, self);
  if (!d) return NULL;
  Obj *it = obj_iter(rt, argv[0]), *k;
  if (!it) { decref(d); return NULL; }
  while ((k = obj_next(rt, it))) {
    int r = IS_DICT(d) && is_type(d, &DictType) ? dict_set(rt, d, k, value) : obj_setitem(rt, d, k, value);
    if (r < 0) key_error_context(rt, k);
    decref(k);
    if (r < 0) break;
  }
  decref(it);
  if (err_occurred(rt)) { decref(d); return NULL; }
  return d;
}

static Obj *dict_or_slot(Rt *rt, Obj *a, Obj *b) {
  if (!IS_DICT(a) || !IS_DICT(b)) return incref(NotImpl);
  Obj *d = dict_copy(rt, a);
  if (d && dict_update(rt, d, b) < 0) CLEAR(d);
  return d;
}

const NumSlots dict_num = {.or_ = dict_or_slot};

METHOD(dict_or_m) {
  if (args_wrapper(rt, "__or__", argc, kwnames, 1) < 0) return NULL;
  if (!IS_DICT(argv[0])) return incref(NotImpl);
  Obj *d = dict_copy(rt, self);
  if (d && dict_update(rt, d, argv[0]) < 0) CLEAR(d);
  return d;
}

METHOD(dict_ror_m) {
  if (args_wrapper(rt, "__ror__", argc, kwnames, 1) < 0) return NULL;
  if (!IS_DICT(argv[0])) return incref(NotImpl);
  Obj *d = dict_copy(rt, argv[0]);
  if (d && dict_update(rt, d, self) < 0) CLEAR(d);
  return d;
}

METHOD(dict_ior_m) {
  if (args_wrapper(rt, "__ior__", argc, kwnames, 1) < 0) return NULL;
  return update_from(rt, self, argv[0]) < 0 ? NULL : incref(self);
}

/* ---- reverse iterators ------------------------------------------------------------------------ */

enum { REV_KEYS, REV_VALUES, REV_ITEMS };
typedef struct RevDictIter { Obj ob; Obj *dict; int64_t pos; size_t used; int kind; } RevDictIter;

static Obj *revdict_next(Rt *rt, Obj *o) {
  RevDictIter *it = (RevDictIter *)o;
  if (!it->dict) return NULL;
  Dict *d = AS_DICT(it->dict);
  if (d->used != it->used) {
    it->used = (size_t)-1;
    CLEAR(it->dict);
    return err_str(rt, EXC(RuntimeError), "dictionary changed size during iteration");
  }
  while (it->pos >= 0 && ((size_t)it->pos >= d->nentries || !d->entries[it->pos].key)) it->pos--;
  if (it->pos < 0) { CLEAR(it->dict); return NULL; }
  DictEntry *e = &d->entries[it->pos--];
  if (it->kind == REV_KEYS) return incref(e->key);
  if (it->kind == REV_VALUES) return incref(e->value);
  return tuple_pack(rt, 2, e->key, e->value);
}
static void revdict_dealloc(Obj *o) { CLEAR(((RevDictIter *)o)->dict); obj_free_mem(o); }
static int revdict_traverse(Obj *o, VisitFn visit, void *arg) {
  Obj *d = ((RevDictIter *)o)->dict;
  return d ? visit(d, arg) : 0;
}
static void revdict_clear(Obj *o) { CLEAR(((RevDictIter *)o)->dict); }
static Obj *self_iter(Rt *rt, Obj *o) { (void)rt; return incref(o); }

#define REV_TYPE(var, tname) \
  Type var = { \
    .ob = OBJ_HEAD_INIT(&TypeType), .name = tname, .basicsize = sizeof(RevDictIter), .flags = TF_GC, \
    .dealloc = revdict_dealloc, .traverse = revdict_traverse, .clear = revdict_clear, .iter = self_iter, \
    .next = revdict_next, \
  }
REV_TYPE(DictRevKeyIterType, "dict_reversekeyiterator");
REV_TYPE(DictRevValueIterType, "dict_reversevalueiterator");
REV_TYPE(DictRevItemIterType, "dict_reverseitemiterator");

static Obj *rev_iter(Rt *rt, Obj *d, int kind) {
  Type *t = kind == REV_KEYS ? &DictRevKeyIterType : kind == REV_VALUES ? &DictRevValueIterType : &DictRevItemIterType;
  if (!(t->flags & TF_READY) && type_ready(t) < 0) return err_nomem(rt);
  RevDictIter *it = (RevDictIter *)obj_alloc(rt, t, sizeof(RevDictIter));
  if (!it) return NULL;
  it->dict = incref(d);
  it->pos = (int64_t)AS_DICT(d)->nentries - 1;
  it->used = AS_DICT(d)->used;
  it->kind = kind;
  return (Obj *)it;
}

METHOD(dict_reversed_m) {
  (void)argv;
  if (args_none(rt, "dict.__reversed__", argc, kwnames) < 0) return NULL;
  return rev_iter(rt, self, REV_KEYS);
}

Obj *class_getitem_m(Rt *, Obj *, Obj *const *, size_t, Obj *);   /* generic_alias.c */

const MethodDef dict_methods[] = {
  {"__class_getitem__", class_getitem_m, METH_CLASS},
  {"__reversed__", dict_reversed_m, 0},
  {"get", dict_get_m, 0},
  {"setdefault", dict_setdefault_m, 0},
  {"pop", dict_pop_m, 0},
  {"popitem", dict_popitem_m, 0},
  {"keys", dict_keys_m, 0},
  {"items", dict_items_m, 0},
  {"values", dict_values_m, 0},
  {"update", dict_update_m, 0},
  {"fromkeys", dict_fromkeys_m, METH_CLASS},
  {"clear", dict_clear_m, 0},
  {"copy", dict_copy_m, 0},
  {"__or__", dict_or_m, 0},
  {"__ror__", dict_ror_m, 0},
  {"__ior__", dict_ior_m, 0},
  {NULL, NULL, 0}
};

/* ---- views ------------------------------------------------------------------------------------ */

typedef struct DictViewLayout { Obj ob; Obj *dict; } DictViewLayout;
#define VIEW_DICT(o) (((DictViewLayout *)(o))->dict)

METHOD(view_reversed_m) {
  (void)argv;
  if (args_none(rt, "__reversed__", argc, kwnames) < 0) return NULL;
  int kind = self->type == &DictKeysType ? REV_KEYS : self->type == &DictValuesType ? REV_VALUES : REV_ITEMS;
  return rev_iter(rt, VIEW_DICT(self), kind);
}

METHOD(view_isdisjoint_m) {
  if (args_one(rt, "isdisjoint", argc, kwnames) < 0) return NULL;
  Obj *it = obj_iter(rt, argv[0]), *x;
  if (!it) return NULL;
  int disjoint = 1;
  while (disjoint && (x = obj_next(rt, it))) {
    int r = obj_contains(rt, self, x);
    decref(x);
    if (r < 0) { disjoint = -1; break; }
    if (r) disjoint = 0;
  }
  decref(it);
  if (disjoint < 0 || err_occurred(rt)) return NULL;
  return incref(bool_obj(disjoint));
}

extern const NumSlots dictview_num;   /* set_methods.c */

#define VIEW_OP(fn, name, field, swapped) \
  METHOD(fn) { \
    if (args_wrapper(rt, name, argc, kwnames, 1) < 0) return NULL; \
    return swapped ? dictview_num.field(rt, argv[0], self) : dictview_num.field(rt, self, argv[0]); \
  }
VIEW_OP(view_or_m, "__or__", or_, 0)
VIEW_OP(view_ror_m, "__ror__", or_, 1)
VIEW_OP(view_and_m, "__and__", and_, 0)
VIEW_OP(view_rand_m, "__rand__", and_, 1)
VIEW_OP(view_sub_m, "__sub__", sub, 0)
VIEW_OP(view_rsub_m, "__rsub__", sub, 1)
VIEW_OP(view_xor_m, "__xor__", xor_, 0)
VIEW_OP(view_rxor_m, "__rxor__", xor_, 1)

const MethodDef dictview_methods[] = {
  {"__reversed__", view_reversed_m, 0},
  {"isdisjoint", view_isdisjoint_m, 0},
  {"__or__", view_or_m, 0}, {"__ror__", view_ror_m, 0}, {"__and__", view_and_m, 0}, {"__rand__", view_rand_m, 0},
  {"__sub__", view_sub_m, 0}, {"__rsub__", view_rsub_m, 0}, {"__xor__", view_xor_m, 0}, {"__rxor__", view_rxor_m, 0},
  {NULL, NULL, 0}
};
const MethodDef dictvalues_methods[] = {
  {"__reversed__", view_reversed_m, 0},
  {NULL, NULL, 0}
};
const GetSetDef dictview_getsets[] = {
  {NULL, NULL, NULL}
};
