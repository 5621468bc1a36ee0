/* dict.c: insertion-ordered hash tables (CPython's compact layout: an
 * index table of slots pointing into a dense entry array), their views and
 * iterators. Methods live in dict_methods.c. */
#include "obj/seq.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/repr.h"
#include "base/mem.h"

#define EMPTY (-1)
#define DUMMY (-2)
#define MIN_SIZE 8

static int64_t key_hash(Rt *rt, Obj *key) {
  if (is_type(key, &StrType)) return str_hash(rt, key);
  int64_t h = obj_hash(rt, key);
  /* 3.14 says what the key was for, on every path that hashes one */
  if (h == -1) err_unhashable_context(rt, key, "dict key");
  return h;
}

/* The slot of key, or the empty slot where it would go. *ix gets the entry
 * number or EMPTY. Returns -1 on a comparison error. */
static int lookup(Rt *rt, Dict *d, Obj *key, int64_t hash, size_t *slot, int32_t *ix) {
restart:;
  uint64_t version = d->version;
  size_t mask = d->mask, i = (size_t)hash & mask;
  uint64_t perturb = (uint64_t)hash;
  size_t first_dummy = SIZE_MAX;
  for (;;) {
    int32_t e = d->index[i];
    if (e == EMPTY) {
      *slot = first_dummy != SIZE_MAX ? first_dummy : i;
      *ix = EMPTY;
      return 0;
    }
    if (e == DUMMY) {
      if (first_dummy == SIZE_MAX) first_dummy = i;
    } else {
      DictEntry *en = &d->entries[e];
      if (en->key == key) { *slot = i; *ix = e; return 0; }
      if (en->hash == hash) {
        if (is_type(key, &StrType) && is_type(en->key, &StrType)) {
          if (str_equal(key, en->key)) { *slot = i; *ix = e; return 0; }
        } else {
          Obj *k = incref(en->key);
          int eq = obj_eq(rt, k, key);
          decref(k);
          if (eq < 0) return -1;
          if (d->version != version) goto restart;
          if (eq) { *slot = i; *ix = e; return 0; }
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + (size_t)perturb + 1) & mask;
  }
}

static int resize(Rt *rt, Dict *d, size_t min_used) {
  size_t size = MIN_SIZE;
  while (size * 2 < min_used * 3) size <<= 1;
  size_t cap = size * 2 / 3;
  int32_t *index = rt ? mem_alloc(size * sizeof(int32_t)) : mem_alloc_unlimited(size * sizeof(int32_t));
  DictEntry *entries = rt ? mem_alloc(cap * sizeof(DictEntry)) : mem_alloc_unlimited(cap * sizeof(DictEntry));
  if (!index || !entries) {
    mem_free(index);
    mem_free(entries);
    if (rt) err_nomem(rt);
    return -1;
  }
  for (size_t i = 0; i < size; i++) index[i] = EMPTY;
  size_t n = 0;
  for (size_t i = 0; i < d->nentries; i++) {
    DictEntry *e = &d->entries[i];
    if (!e->key) continue;
    entries[n] = *e;
    size_t j = (size_t)e->hash & (size - 1);
    uint64_t perturb = (uint64_t)e->hash;
    while (index[j] != EMPTY) {
      perturb >>= 5;
      j = (j * 5 + (size_t)perturb + 1) & (size - 1);
    }
    index[j] = (int32_t)n++;
  }
  mem_free(d->index);
  mem_free(d->entries);
  d->index = index;
  d->entries = entries;
  d->mask = size - 1;
  d->cap = cap;
  d->nentries = n;
  return 0;
}

Obj *dict_new(Rt *rt) {
  Dict *d;
  if (rt) {
    d = (Dict *)obj_alloc(rt, &DictType, sizeof(Dict));
  } else {
    GcHead *h = mem_alloc_unlimited(sizeof(GcHead) + sizeof(Dict));
    if (!h) return NULL;
    memset(h, 0, sizeof(GcHead) + sizeof(Dict));
    d = (Dict *)(h + 1);
    d->ob.rc = 1;
    d->ob.type = &DictType;
  }
  if (!d) return NULL;
  if (resize(rt, d, 0) < 0) { if (rt) decref((Obj *)d); return NULL; }
  return (Obj *)d;
}

Obj *dict_get(Rt *rt, Obj *o, Obj *key) {
  Dict *d = AS_DICT(o);
  int64_t h = key_hash(rt, key);
  if (h == -1 && rt && err_occurred(rt)) return NULL;
  size_t slot;
  int32_t ix;
  if (lookup(rt, d, key, h, &slot, &ix) < 0 || ix == EMPTY) return NULL;
  return d->entries[ix].value;
}

Obj *dict_get_s(Rt *rt, Obj *d, const char *key) {
  Obj *k = str_static(key);
  return k ? dict_get(rt, d, k) : NULL;
}

int dict_set(Rt *rt, Obj *o, Obj *key, Obj *value) {
  Dict *d = AS_DICT(o);
  int64_t h = key_hash(rt, key);
  if (h == -1 && rt && err_occurred(rt)) return -1;
  size_t slot;
  int32_t ix;
  if (lookup(rt, d, key, h, &slot, &ix) < 0) return -1;
  if (ix != EMPTY) {
    SETREF(d->entries[ix].value, incref(value));
    return 0;
  }
  if (d->nentries == d->cap) {
    if (resize(rt, d, d->used + 1) < 0) return -1;
    if (lookup(rt, d, key, h, &slot, &ix) < 0) return -1;
  }
  DictEntry *e = &d->entries[d->nentries];
  e->hash = h;
  e->key = incref(key);
  e->value = incref(value);
  d->index[slot] = (int32_t)d->nentries++;
  d->used++;
  d->version++;
  return 0;
}

int dict_set_s(Rt *rt, Obj *d, const char *key, Obj *value) {
  Obj *k = str_static(key);
  if (!k) { err_nomem(rt); return -1; }
  return dict_set(rt, d, k, value);
}

int dict_del(Rt *rt, Obj *o, Obj *key) {
  Dict *d = AS_DICT(o);
  int64_t h = key_hash(rt, key);
  if (h == -1 && err_occurred(rt)) return -1;
  size_t slot;
  int32_t ix;
  if (lookup(rt, d, key, h, &slot, &ix) < 0) return -1;
  if (ix == EMPTY) { err_key(rt, key); return -1; }
  DictEntry *e = &d->entries[ix];
  Obj *k = e->key, *v = e->value;
  e->key = e->value = NULL;
  d->index[slot] = DUMMY;
  d->used--;
  d->version++;
  decref(k);
  decref(v);
  return 0;
}

int dict_next(Obj *o, size_t *pos, Obj **key, Obj **value) {
  Dict *d = AS_DICT(o);
  while (*pos < d->nentries) {
    DictEntry *e = &d->entries[(*pos)++];
    if (e->key) {
      if (key) *key = e->key;
      if (value) *value = e->value;
      return 1;
    }
  }
  return 0;
}

int dict_update(Rt *rt, Obj *d, Obj *other) {
  if (IS_DICT(other)) {
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(other, &pos, &k, &v))
      if (dict_set(rt, d, k, v) < 0) return -1;
    return 0;
  }
  Obj *keys = obj_lookup_attr(rt, other, str_static("keys"));
  if (keys) {
    Obj *ks = obj_call0(rt, keys);
    decref(keys);
    Obj *list = ks ? obj_to_list(rt, ks) : NULL;
    xdecref(ks);
    if (!list) return -1;
    for (size_t i = 0; i < list_len(list); i++) {
      Obj *v = obj_getitem(rt, other, list_get(list, i));
      int r = v ? dict_set(rt, d, list_get(list, i), v) : -1;
      xdecref(v);
      if (r < 0) { decref(list); return -1; }
    }
    decref(list);
    return 0;
  }
  if (err_occurred(rt)) return -1;
  Obj *it = obj_iter(rt, other), *item;
  if (!it) return -1;
  for (size_t n = 0; (item = obj_next(rt, it)); n++) {
    Obj *pair = obj_to_tuple(rt, item);
    decref(item);
    if (!pair) {
      if (err_matches(rt, EXC(TypeError))) {
        err_clear(rt);
        if (rt->pyv >= PY314) err_str(rt, EXC(TypeError), "object is not iterable");
        else err_format(rt, EXC(TypeError), "cannot convert dictionary update sequence element #%zu to a sequence", n);
      }
      break;
    }
    if (tuple_len(pair) != 2) {
      err_format(rt, EXC(ValueError), "dictionary update sequence element #%zu has length %zu; 2 is required", n,
                 tuple_len(pair));
      decref(pair);
      break;
    }
    int r = dict_set(rt, d, tuple_get(pair, 0), tuple_get(pair, 1));
    decref(pair);
    if (r < 0) break;
  }
  decref(it);
  return err_occurred(rt) ? -1 : 0;
}

int dict_presize(Rt *rt, Obj *o, size_t n) {
  Dict *d = AS_DICT(o);
  return n > d->cap ? resize(rt, d, n) : 0;
}

/* An exact dict is cloned: the same index and entries (deleted ones
 * included), so the same order and layout; no key is hashed again. */
static Obj *dict_clone(Rt *rt, Dict *s) {
  Dict *d = (Dict *)obj_alloc(rt, &DictType, sizeof(Dict));
  if (!d) return NULL;
  size_t size = s->mask + 1;
  d->index = mem_alloc(size * sizeof(int32_t));
  d->entries = mem_alloc(s->cap * sizeof(DictEntry));
  if (!d->index || !d->entries) {
    decref((Obj *)d);   /* dict_clear_refs frees what was allocated (nentries is 0) */
    return err_nomem(rt);
  }
  memcpy(d->index, s->index, size * sizeof(int32_t));
  if (s->nentries) memcpy(d->entries, s->entries, s->nentries * sizeof(DictEntry));
  for (size_t i = 0; i < s->nentries; i++)
    if (d->entries[i].key) {
      incref(d->entries[i].key);
      incref(d->entries[i].value);
    }
  d->mask = s->mask;
  d->cap = s->cap;
  d->used = s->used;
  d->nentries = s->nentries;
  return (Obj *)d;
}

Obj *dict_copy(Rt *rt, Obj *o) {
  if (rt && is_type(o, &DictType)) return dict_clone(rt, AS_DICT(o));
  Obj *d = dict_new(rt);
  if (d && dict_update(rt, d, o) < 0) CLEAR(d);
  return d;
}

/* ---- slots ------------------------------------------------------------------------- */

static void dict_clear_refs(Dict *d) {
  DictEntry *entries = d->entries;
  size_t n = d->nentries;
  int32_t *index = d->index;
  d->entries = NULL;
  d->index = NULL;
  d->nentries = d->used = d->cap = 0;
  d->version++;
  for (size_t i = 0; i < n; i++) {
    xdecref(entries[i].key);
    xdecref(entries[i].value);
  }
  mem_free(entries);
  mem_free(index);
}

static void dict_dealloc(Obj *o) {
  dict_clear_refs(AS_DICT(o));
  obj_free_mem(o);
}

/* Clearing for the collector keeps a valid empty table. */
static void dict_clear_slot(Obj *o) {
  Dict *d = AS_DICT(o);
  dict_clear_refs(d);
  if (resize(NULL, d, 0) < 0) { d->mask = 0; }
}

static int dict_traverse(Obj *o, VisitFn visit, void *arg) {
  Dict *d = AS_DICT(o);
  for (size_t i = 0; i < d->nentries; i++) {
    DictEntry *e = &d->entries[i];
    if (!e->key) continue;
    if (visit(e->key, arg) || visit(e->value, arg)) return 1;
  }
  return 0;
}

static Obj *dict_repr(Rt *rt, Obj *o) {
  Dict *d = AS_DICT(o);
  if (d->used == 0) return str_from_c(rt, "{}");
  int r = repr_enter(rt, o);
  if (r) return r < 0 ? NULL : str_from_c(rt, "{...}");
  StrBuf b = SB_INIT;
  sb_addc(&b, '{');
  int first = 1;
  for (size_t i = 0; i < d->nentries; i++) {
    DictEntry *e = &d->entries[i];
    if (!e->key) continue;
    if (!first) sb_adds(&b, ", ");
    first = 0;
    Obj *k = incref(e->key), *v = incref(e->value);
    Obj *ks = obj_repr(rt, k), *vs = ks ? obj_repr(rt, v) : NULL;
    decref(k);
    decref(v);
    if (!vs) { xdecref(ks); repr_leave(rt, o); sb_free(&b); return NULL; }
    sb_add(&b, str_c(ks), str_len(ks));
    sb_adds(&b, ": ");
    sb_add(&b, str_c(vs), str_len(vs));
    decref(ks);
    decref(vs);
  }
  sb_addc(&b, '}');
  repr_leave(rt, o);
  return str_from_buf(rt, &b);
}

static Obj *dict_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  if (!IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) return incref(NotImpl);
  int eq = dict_len(a) == dict_len(b);
  size_t pos = 0;
  Obj *k, *v;
  while (eq && dict_next(a, &pos, &k, &v)) {
    incref(k);
    incref(v);
    Obj *w = dict_get(rt, b, k);
    if (!w) {
      eq = err_occurred(rt) ? -1 : 0;
    } else {
      incref(w);
      eq = obj_eq(rt, v, w);
      decref(w);
    }
    decref(k);
    decref(v);
  }
  if (eq < 0) return NULL;
  return incref(bool_obj(op == CMP_EQ ? eq : !eq));
}

static int64_t dict_len_slot(Rt *rt, Obj *o) { (void)rt; return (int64_t)AS_DICT(o)->used; }

/* 3.14 says what the key was for. */
static void unhashable_key(Rt *rt, Obj *key) {
  (void)rt; (void)key;   /* key_hash() has said already (3.14) */
}

static Obj *dict_getitem(Rt *rt, Obj *o, Obj *key) {
  Obj *v = dict_get(rt, o, key);
  if (v) return incref(v);
  if (err_occurred(rt)) { unhashable_key(rt, key); return NULL; }
  if (!is_type(o, &DictType)) {
    Obj *missing = type_lookup_s(o->type, "__missing__");
    if (missing) return obj_call_method(rt, o, "__missing__", &key, 1);
  }
  return err_key(rt, key);
}

static int dict_setitem(Rt *rt, Obj *o, Obj *key, Obj *value) {
  int r = value ? dict_set(rt, o, key, value) : dict_del(rt, o, key);
  if (r < 0) unhashable_key(rt, key);
  return r;
}

static int dict_contains(Rt *rt, Obj *o, Obj *key) {
  Obj *v = dict_get(rt, o, key);
  if (v) return 1;
  if (err_occurred(rt)) { unhashable_key(rt, key); return -1; }
  return 0;
}

/* ---- views and iterators --------------------------------------------------------------- */

typedef struct DictView { Obj ob; Obj *dict; } DictView;
typedef struct DictIter { Obj ob; Obj *dict; size_t pos, used; uint64_t version; int kind; } DictIter;
enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS };

static Obj *view_new(Rt *rt, Obj *d, Type *t) {
  DictView *v = (DictView *)obj_alloc(rt, t, sizeof(DictView));
  if (v) v->dict = incref(d);
  return (Obj *)v;
}
Obj *dict_keys_view(Rt *rt, Obj *d) { return view_new(rt, d, &DictKeysType); }
Obj *dict_values_view(Rt *rt, Obj *d) { return view_new(rt, d, &DictValuesType); }
Obj *dict_items_view(Rt *rt, Obj *d) { return view_new(rt, d, &DictItemsType); }

static Obj *dict_iter_new(Rt *rt, Obj *d, int kind) {
  DictIter *it = (DictIter *)obj_alloc(rt, &DictIterType, sizeof(DictIter));
  if (!it) return NULL;
  it->dict = incref(d);
  it->used = AS_DICT(d)->used;
  it->kind = kind;
  return (Obj *)it;
}

static Obj *dict_iter(Rt *rt, Obj *o) { return dict_iter_new(rt, o, VIEW_KEYS); }

static Obj *dictiter_next(Rt *rt, Obj *o) {
  DictIter *it = (DictIter *)o;
  if (!it->dict) return NULL;
  Dict *d = AS_DICT(it->dict);
  if (d->used != it->used) {
    it->used = (size_t)-1;
    return err_str(rt, EXC(RuntimeError), "dictionary changed size during iteration");
  }
  Obj *k, *v;
  if (!dict_next(it->dict, &it->pos, &k, &v)) {
    CLEAR(it->dict);
    return NULL;
  }
  if (it->kind == VIEW_KEYS) return incref(k);
  if (it->kind == VIEW_VALUES) return incref(v);
  return tuple_pack(rt, 2, k, v);
}

static void view_dealloc(Obj *o) {
  CLEAR(((DictView *)o)->dict);
  obj_free_mem(o);
}
static int view_traverse(Obj *o, VisitFn visit, void *arg) {
  Obj *d = ((DictView *)o)->dict;
  return d ? visit(d, arg) : 0;
}
static void view_clear(Obj *o) { CLEAR(((DictView *)o)->dict); }

static int64_t view_len(Rt *rt, Obj *o) { (void)rt; return (int64_t)AS_DICT(((DictView *)o)->dict)->used; }

static Obj *view_iter(Rt *rt, Obj *o) {
  int kind = o->type == &DictKeysType ? VIEW_KEYS : o->type == &DictValuesType ? VIEW_VALUES : VIEW_ITEMS;
  return dict_iter_new(rt, ((DictView *)o)->dict, kind);
}

static Obj *view_repr(Rt *rt, Obj *o) {
  Obj *l = obj_to_list(rt, o);
  if (!l) return NULL;
  Obj *r = str_fromf(rt, "%s(%R)", type_name(o), l);
  decref(l);
  return r;
}

static int view_contains(Rt *rt, Obj *o, Obj *item) {
  Obj *d = ((DictView *)o)->dict;
  if (o->type == &DictKeysType) return dict_contains(rt, d, item);
  if (o->type == &DictItemsType) {
    if (!IS_TUPLE(item) || tuple_len(item) != 2) return 0;
    Obj *v = dict_get(rt, d, tuple_get(item, 0));
    if (!v) return err_occurred(rt) ? -1 : 0;
    return obj_eq(rt, v, tuple_get(item, 1));
  }
  Obj *it = view_iter(rt, o), *x;
  if (!it) return -1;
  int found = 0;
  while (!found && (x = obj_next(rt, it))) {
    found = obj_eq(rt, x, item);
    decref(x);
  }
  decref(it);
  return found;
}

/* Their methods and set operators: dict_methods.c, set_methods.c. */
extern const MethodDef dictview_methods[], dictvalues_methods[];
extern const GetSetDef dictview_getsets[];
extern const NumSlots dictview_num;
Obj *dictview_richcmp(Rt *rt, Obj *a, Obj *b, int op);

#define VIEW_TYPE(var, tname, ...) \
  Type var = { \
    .ob = OBJ_HEAD_INIT(&TypeType), .name = tname, .basicsize = sizeof(DictView), .flags = TF_GC, \
    .dealloc = view_dealloc, .traverse = view_traverse, .clear = view_clear, .repr = view_repr, \
    .len = view_len, .iter = view_iter, .contains = view_contains, .getsets = dictview_getsets, __VA_ARGS__ \
  }
VIEW_TYPE(DictKeysType, "dict_keys", .methods = dictview_methods, .num = &dictview_num, .richcmp = dictview_richcmp);
VIEW_TYPE(DictValuesType, "dict_values", .methods = dictvalues_methods);
VIEW_TYPE(DictItemsType, "dict_items", .methods = dictview_methods, .num = &dictview_num, .richcmp = dictview_richcmp);

static Obj *self_iter(Rt *rt, Obj *o) { (void)rt; return incref(o); }

Type DictIterType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "dict_keyiterator",
  .basicsize = sizeof(DictIter),
  .flags = TF_GC,
  .dealloc = view_dealloc,
  .traverse = view_traverse,
  .clear = view_clear,
  .iter = self_iter,
  .next = dictiter_next,
};

static Obj *dict_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)args;
  (void)kwargs;
  Dict *d = (Dict *)obj_alloc(rt, t, t->basicsize);
  if (d && resize(rt, d, 0) < 0) CLEAR(d);
  return (Obj *)d;
}

static int dict_init_slot(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  if (tuple_len(args) > 1)
    return err_format_i(rt, EXC(TypeError), "dict expected at most 1 argument, got %zu", tuple_len(args));
  if (tuple_len(args) && dict_update(rt, self, tuple_get(args, 0)) < 0) return -1;
  if (kwargs && dict_update(rt, self, kwargs) < 0) return -1;
  return 0;
}

extern const MethodDef dict_methods[];
extern const NumSlots dict_num;   /* dict_methods.c: | */

Type DictType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "dict",
  .basicsize = sizeof(Dict),
  .flags = TF_BASETYPE | TF_GC,
  .dealloc = dict_dealloc,
  .traverse = dict_traverse,
  .clear = dict_clear_slot,
  .repr = dict_repr,
  .hash = hash_unhashable,
  .richcmp = dict_richcmp,
  .len = dict_len_slot,
  .getitem = dict_getitem,
  .setitem = dict_setitem,
  .contains = dict_contains,
  .iter = dict_iter,
  .new_ = dict_new_slot,
  .init = dict_init_slot,
  .num = &dict_num,
  .methods = dict_methods,
};
