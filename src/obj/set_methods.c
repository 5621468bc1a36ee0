/* set_methods.c: the methods of set and frozenset and their operators
 * (| & - ^ and the in-place forms), following CPython's setobject.c step
 * by step -- which set is iterated, which is probed, when the table is
 * resized -- since the iteration order of every result depends on it. Also
 * the set operators of dict key and item views. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include <stdio.h>

static int is_anyset(Obj *o) { return is_inst(o, &SetType) || is_inst(o, &FrozenSetType); }
static Type *base_type(Obj *so) { return is_inst(so, &FrozenSetType) ? &FrozenSetType : &SetType; }
static Obj *set_copy_of(Rt *rt, Obj *so) { return set_new(rt, base_type(so), so); }
static size_t set_size(Obj *s) { return ((Set *)s)->used; }

/* "set.add" or "frozenset.union" for the messages. */
static const char *qn(Obj *self, const char *name, char *buf, size_t n) {
  snprintf(buf, n, "%s.%s", base_type(self) == &FrozenSetType ? "frozenset" : "set", name);
  return buf;
}

/* ---- the algorithms ------------------------------------------------------------------------ */

static Obj *set_intersection(Rt *rt, Obj *so, Obj *other) {
  if (so == other) return set_copy_of(rt, so);
  Obj *result = set_new(rt, base_type(so), NULL), *key;
  if (!result) return NULL;
  if (is_anyset(other)) {
    if (set_size(other) > set_size(so)) { Obj *t = so; so = other; other = t; }
    size_t pos = 0;
    while (set_next(other, &pos, &key)) {
      int64_t h = set_entry_hash(other, pos);
      int r = set_contains_hashed(rt, so, key, h);
      if (r < 0 || (r && set_add_hashed(rt, result, key, h) < 0)) { decref(result); return NULL; }
    }
    return result;
  }
  Obj *it = obj_iter(rt, other);
  if (!it) { decref(result); return NULL; }
  while ((key = obj_next(rt, it))) {
    int r = set_contains(rt, so, key);
    if (r > 0) r = set_add(rt, result, key) < 0 ? -1 : 1;
    decref(key);
    if (r < 0) break;
  }
  decref(it);
  if (err_occurred(rt)) { decref(result); return NULL; }
  return result;
}

static int difference_update(Rt *rt, Obj *so, Obj *other) {
  Obj *key;
  if (so == other) { SetType.clear(so); return 0; }
  if (is_anyset(other)) {
    Obj *o = (set_size(other) >> 3) > set_size(so) ? set_intersection(rt, so, other) : incref(other);
    if (!o) return -1;
    size_t pos = 0;
    while (set_next(o, &pos, &key)) {
      incref(key);
      int r = set_discard_hashed(rt, so, key, set_entry_hash(o, pos));
      decref(key);
      if (r < 0) { decref(o); return -1; }
    }
    decref(o);
  } else {
    Obj *it = obj_iter(rt, other);
    if (!it) return -1;
    while ((key = obj_next(rt, it))) {
      int r = set_discard(rt, so, key);
      decref(key);
      if (r < 0) break;
    }
    decref(it);
    if (err_occurred(rt)) return -1;
  }
  return set_shrink(rt, so);
}

static Obj *set_difference(Rt *rt, Obj *so, Obj *other) {
  size_t other_size;
  if (is_anyset(other)) other_size = set_size(other);
  else if (is_type(other, &DictType)) other_size = dict_len(other);
  else goto copy_and_difference;
  if ((set_size(so) >> 2) > other_size) goto copy_and_difference;
  Obj *result = set_new(rt, base_type(so), NULL), *key;
  if (!result) return NULL;
  size_t pos = 0;
  while (set_next(so, &pos, &key)) {
    int64_t h = set_entry_hash(so, pos);
    int r;
    if (is_type(other, &DictType)) {
      Obj *v = dict_get(rt, other, key);
      r = v ? 1 : err_occurred(rt) ? -1 : 0;
    } else {
      r = set_contains_hashed(rt, other, key, h);
    }
    if (r < 0 || (!r && set_add_hashed(rt, result, key, h) < 0)) { decref(result); return NULL; }
  }
  return result;
copy_and_difference:;
  Obj *r = set_copy_of(rt, so);
  if (r && difference_update(rt, r, other) < 0) CLEAR(r);
  return r;
}

static int symmetric_difference_update(Rt *rt, Obj *so, Obj *other) {
  Obj *key, *value;
  if (so == other) { SetType.clear(so); return 0; }
  if (is_type(other, &DictType)) {
    size_t pos = 0;
    while (dict_next(other, &pos, &key, &value)) {
      incref(key);
      int r = set_discard(rt, so, key);
      if (r == 0) r = set_add(rt, so, key);
      decref(key);
      if (r < 0) return -1;
    }
    return 0;
  }
  Obj *o = is_anyset(other) ? incref(other) : set_new(rt, base_type(so), other);
  if (!o) return -1;
  size_t pos = 0;
  while (set_next(o, &pos, &key)) {
    int64_t h = set_entry_hash(o, pos);
    incref(key);
    int r = set_discard_hashed(rt, so, key, h);
    if (r == 0) r = set_add_hashed(rt, so, key, h);
    decref(key);
    if (r < 0) { decref(o); return -1; }
  }
  decref(o);
  return 0;
}

static Obj *set_symmetric_difference(Rt *rt, Obj *so, Obj *other) {
  Obj *r = set_new(rt, base_type(so), other);
  if (r && symmetric_difference_update(rt, r, so) < 0) CLEAR(r);
  return r;
}

/* Replaces so's table by tmp's (CPython's set_swap_bodies); tmp gets so's. */
static void swap_bodies(Obj *a, Obj *b) {
  Set *x = (Set *)a, *y = (Set *)b, t = *x;
  x->fill = y->fill; x->used = y->used; x->mask = y->mask; x->table = y->table; x->finger = y->finger;
  y->fill = t.fill; y->used = t.used; y->mask = t.mask; y->table = t.table; y->finger = t.finger;
  x->version++;
  y->version++;
}

static int is_subset(Rt *rt, Obj *so, Obj *other, int *out) {
  if (!is_anyset(other)) {
    Obj *tmp = set_new(rt, &SetType, other);
    if (!tmp) return -1;
    int r = is_subset(rt, so, tmp, out);
    decref(tmp);
    return r;
  }
  *out = 0;
  if (set_size(so) > set_size(other)) return 0;
  size_t pos = 0;
  Obj *key;
  while (set_next(so, &pos, &key)) {
    int r = set_contains_hashed(rt, other, key, set_entry_hash(so, pos));
    if (r <= 0) return r;
  }
  *out = 1;
  return 0;
}

/* ---- methods ----------------------------------------------------------------------------------- */

METHOD(set_add_m) {
  if (args_one(rt, "set.add", argc, kwnames) < 0) return NULL;
  return set_add(rt, self, argv[0]) < 0 ? NULL : incref(None);
}

/* discard/remove of a key; a set key stands for its frozenset. */
static int discard_key(Rt *rt, Obj *self, Obj *key) {
  int r = set_discard(rt, self, key);
  if (r < 0 && is_inst(key, &SetType) && err_matches(rt, EXC(TypeError))) {
    err_clear(rt);
    Obj *tmp = set_new(rt, &FrozenSetType, key);
    if (!tmp) return -1;
    r = set_discard(rt, self, tmp);
    decref(tmp);
  }
  return r;
}

METHOD(set_remove_m) {
  if (args_one(rt, "set.remove", argc, kwnames) < 0) return NULL;
  int r = discard_key(rt, self, argv[0]);
  if (r < 0) return NULL;
  if (r == 0) return err_key(rt, argv[0]);
  return incref(None);
}

METHOD(set_discard_m) {
  if (args_one(rt, "set.discard", argc, kwnames) < 0) return NULL;
  return discard_key(rt, self, argv[0]) < 0 ? NULL : incref(None);
}

METHOD(set_pop_m) {
  (void)argv;
  if (args_none(rt, "set.pop", argc, kwnames) < 0) return NULL;
  Obj *k = set_pop_entry(self);
  if (!k) return err_str(rt, EXC(KeyError), "pop from an empty set");
  return k;
}

METHOD(set_clear_m) {
  (void)argv;
  if (args_none(rt, "set.clear", argc, kwnames) < 0) return NULL;
  SetType.clear(self);
  return incref(None);
}

METHOD(set_copy_m) {
  (void)argv;
  char b[40];
  if (args_none(rt, qn(self, "copy", b, sizeof b), argc, kwnames) < 0) return NULL;
  if (is_type(self, &FrozenSetType)) return incref(self);
  return set_copy_of(rt, self);
}

static int no_kw(Rt *rt, Obj *self, const char *name, Obj *kwnames) {
  char b[48];
  return args_no_kw(rt, qn(self, name, b, sizeof b), kwnames);
}

METHOD(set_update_m) {
  if (no_kw(rt, self, "update", kwnames) < 0) return NULL;
  for (size_t i = 0; i < argc; i++)
    if (set_update_from(rt, self, argv[i]) < 0) return NULL;
  return incref(None);
}

METHOD(set_union_m) {
  if (no_kw(rt, self, "union", kwnames) < 0) return NULL;
  Obj *r = set_copy_of(rt, self);
  for (size_t i = 0; r && i < argc; i++) {
    if (argv[i] == self) continue;
    if (set_update_from(rt, r, argv[i]) < 0) CLEAR(r);
  }
  return r;
}

static Obj *intersection_multi(Rt *rt, Obj *self, Obj *const *argv, size_t argc) {
  if (argc == 0) return set_copy_of(rt, self);
  Obj *r = incref(self);
  for (size_t i = 0; i < argc; i++) {
    Obj *n = set_intersection(rt, r, argv[i]);
    decref(r);
    if (!n) return NULL;
    r = n;
  }
  return r;
}

METHOD(set_intersection_m) {
  if (no_kw(rt, self, "intersection", kwnames) < 0) return NULL;
  return intersection_multi(rt, self, argv, argc);
}

METHOD(set_intersection_update_m) {
  if (no_kw(rt, self, "intersection_update", kwnames) < 0) return NULL;
  Obj *tmp = intersection_multi(rt, self, argv, argc);
  if (!tmp) return NULL;
  swap_bodies(self, tmp);
  decref(tmp);
  return incref(None);
}

METHOD(set_difference_m) {
  if (no_kw(rt, self, "difference", kwnames) < 0) return NULL;
  if (argc == 0) return set_copy_of(rt, self);
  Obj *r = set_difference(rt, self, argv[0]);
  for (size_t i = 1; r && i < argc; i++)
    if (difference_update(rt, r, argv[i]) < 0) CLEAR(r);
  return r;
}

METHOD(set_difference_update_m) {
  if (no_kw(rt, self, "difference_update", kwnames) < 0) return NULL;
  for (size_t i = 0; i < argc; i++)
    if (difference_update(rt, self, argv[i]) < 0) return NULL;
  return incref(None);
}

METHOD(set_symmetric_difference_m) {
  char b[48];
  if (args_one(rt, qn(self, "symmetric_difference", b, sizeof b), argc, kwnames) < 0) return NULL;
  return set_symmetric_difference(rt, self, argv[0]);
}

METHOD(set_symmetric_difference_update_m) {
  if (args_one(rt, "set.symmetric_difference_update", argc, kwnames) < 0) return NULL;
  return symmetric_difference_update(rt, self, argv[0]) < 0 ? NULL : incref(None);
}

METHOD(set_issubset_m) {
  char b[40];
  if (args_one(rt, qn(self, "issubset", b, sizeof b), argc, kwnames) < 0) return NULL;
  int r;
  return is_subset(rt, self, argv[0], &r) < 0 ? NULL : incref(bool_obj(r));
}

METHOD(set_issuperset_m) {
  char b[40];
  if (args_one(rt, qn(self, "issuperset", b, sizeof b), argc, kwnames) < 0) return NULL;
  Obj *other = argv[0], *key;
  int r;
  if (is_anyset(other)) return is_subset(rt, other, self, &r) < 0 ? NULL : incref(bool_obj(r));
  Obj *it = obj_iter(rt, other);
  if (!it) return NULL;
  r = 1;
  while (r == 1 && (key = obj_next(rt, it))) {
    r = set_contains(rt, self, key);
    decref(key);
  }
  decref(it);
  if (r < 0 || err_occurred(rt)) return NULL;
  return incref(bool_obj(r));
}

METHOD(set_isdisjoint_m) {
  char b[40];
  if (args_one(rt, qn(self, "isdisjoint", b, sizeof b), argc, kwnames) < 0) return NULL;
  Obj *so = self, *other = argv[0], *key;
  if (so == other) return incref(bool_obj(set_size(so) == 0));
  if (is_type(other, &SetType) || is_type(other, &FrozenSetType)) {
    if (set_size(other) > set_size(so)) { Obj *t = so; so = other; other = t; }
    size_t pos = 0;
    while (set_next(other, &pos, &key)) {
      int r = set_contains_hashed(rt, so, key, set_entry_hash(other, pos));
      if (r) return r < 0 ? NULL : incref(Py_False);
    }
    return incref(Py_True);
  }
  Obj *it = obj_iter(rt, other);
  if (!it) return NULL;
  int r = 0;
  while (!r && (key = obj_next(rt, it))) {
    r = set_contains(rt, so, key);
    decref(key);
  }
  decref(it);
  if (r < 0 || err_occurred(rt)) return NULL;
  return incref(bool_obj(!r));
}

/* ---- operators --------------------------------------------------------------------------------- */

static Obj *set_or(Rt *rt, Obj *a, Obj *b) {
  if (!is_anyset(a) || !is_anyset(b)) return incref(NotImpl);
  Obj *r = set_copy_of(rt, a);
  if (r && a != b && set_update_from(rt, r, b) < 0) CLEAR(r);
  return r;
}
static Obj *set_and(Rt *rt, Obj *a, Obj *b) {
  if (!is_anyset(a) || !is_anyset(b)) return incref(NotImpl);
  return set_intersection(rt, a, b);
}
static Obj *set_sub(Rt *rt, Obj *a, Obj *b) {
  if (!is_anyset(a) || !is_anyset(b)) return incref(NotImpl);
  return set_difference(rt, a, b);
}
static Obj *set_xor(Rt *rt, Obj *a, Obj *b) {
  if (!is_anyset(a) || !is_anyset(b)) return incref(NotImpl);
  return set_symmetric_difference(rt, a, b);
}

const NumSlots set_num = {.sub = set_sub, .and_ = set_and, .or_ = set_or, .xor_ = set_xor};

#define OP_METHOD(fn, name, expr) \
  METHOD(fn) { \
    if (args_wrapper(rt, name, argc, kwnames, 1) < 0) return NULL; \
    return expr; \
  }
OP_METHOD(set_or_m, "__or__", set_or(rt, self, argv[0]))
OP_METHOD(set_ror_m, "__ror__", set_or(rt, argv[0], self))
OP_METHOD(set_and_m, "__and__", set_and(rt, self, argv[0]))
OP_METHOD(set_rand_m, "__rand__", set_and(rt, argv[0], self))
OP_METHOD(set_sub_m, "__sub__", set_sub(rt, self, argv[0]))
OP_METHOD(set_rsub_m, "__rsub__", set_sub(rt, argv[0], self))
OP_METHOD(set_xor_m, "__xor__", set_xor(rt, self, argv[0]))
OP_METHOD(set_rxor_m, "__rxor__", set_xor(rt, argv[0], self))

METHOD(set_ior_m) {
  if (args_wrapper(rt, "__ior__", argc, kwnames, 1) < 0) return NULL;
  if (!is_anyset(argv[0])) return incref(NotImpl);
  return set_update_from(rt, self, argv[0]) < 0 ? NULL : incref(self);
}

METHOD(set_iand_m) {
  if (args_wrapper(rt, "__iand__", argc, kwnames, 1) < 0) return NULL;
  if (!is_anyset(argv[0])) return incref(NotImpl);
  Obj *tmp = set_intersection(rt, self, argv[0]);
  if (!tmp) return NULL;
  swap_bodies(self, tmp);
  decref(tmp);
  return incref(self);
}

METHOD(set_isub_m) {
  if (args_wrapper(rt, "__isub__", argc, kwnames, 1) < 0) return NULL;
  if (!is_anyset(argv[0])) return incref(NotImpl);
  return difference_update(rt, self, argv[0]) < 0 ? NULL : incref(self);
}

METHOD(set_ixor_m) {
  if (args_wrapper(rt, "__ixor__", argc, kwnames, 1) < 0) return NULL;
  if (!is_anyset(argv[0])) return incref(NotImpl);
  return symmetric_difference_update(rt, self, argv[0]) < 0 ? NULL : incref(self);
}

Obj *class_getitem_m(Rt *, Obj *, Obj *const *, size_t, Obj *);   /* generic_alias.c */

#define COMMON_METHODS \
  {"__class_getitem__", class_getitem_m, METH_CLASS}, \
  {"copy", set_copy_m, 0}, {"difference", set_difference_m, 0}, {"intersection", set_intersection_m, 0}, \
  {"isdisjoint", set_isdisjoint_m, 0}, {"issubset", set_issubset_m, 0}, {"issuperset", set_issuperset_m, 0}, \
  {"symmetric_difference", set_symmetric_difference_m, 0}, {"union", set_union_m, 0}, \
  {"__or__", set_or_m, 0}, {"__ror__", set_ror_m, 0}, {"__and__", set_and_m, 0}, {"__rand__", set_rand_m, 0}, \
  {"__sub__", set_sub_m, 0}, {"__rsub__", set_rsub_m, 0}, {"__xor__", set_xor_m, 0}, {"__rxor__", set_rxor_m, 0}

const MethodDef set_methods[] = {
  {"add", set_add_m, 0},
  {"clear", set_clear_m, 0},
  {"discard", set_discard_m, 0},
  {"difference_update", set_difference_update_m, 0},
  {"intersection_update", set_intersection_update_m, 0},
  {"pop", set_pop_m, 0},
  {"remove", set_remove_m, 0},
  {"symmetric_difference_update", set_symmetric_difference_update_m, 0},
  {"update", set_update_m, 0},
  {"__ior__", set_ior_m, 0},
  {"__iand__", set_iand_m, 0},
  {"__isub__", set_isub_m, 0},
  {"__ixor__", set_ixor_m, 0},
  COMMON_METHODS,
  {NULL, NULL, 0}
};

const MethodDef frozenset_methods[] = {
  COMMON_METHODS,
  {NULL, NULL, 0}
};

/* ---- dict views as sets: set(a) then a.<op>_update(b) (CPython's dictviews_*) ------------------ */

static Obj *view_op(Rt *rt, Obj *a, Obj *b, int op) {
  Obj *r = set_new(rt, &SetType, a);
  if (!r) return NULL;
  int ok;
  switch (op) {
  case '|': ok = set_update_from(rt, r, b); break;
  case '-': ok = difference_update(rt, r, b); break;
  case '^': ok = symmetric_difference_update(rt, r, b); break;
  default: {
    Obj *tmp = set_intersection(rt, r, b);
    ok = tmp ? 0 : -1;
    if (tmp) { swap_bodies(r, tmp); decref(tmp); }
    break;
  }
  }
  if (ok < 0) CLEAR(r);
  return r;
}
static Obj *view_or(Rt *rt, Obj *a, Obj *b) { return view_op(rt, a, b, '|'); }
static Obj *view_and(Rt *rt, Obj *a, Obj *b) { return view_op(rt, a, b, '&'); }
static Obj *view_sub(Rt *rt, Obj *a, Obj *b) { return view_op(rt, a, b, '-'); }
static Obj *view_xor(Rt *rt, Obj *a, Obj *b) { return view_op(rt, a, b, '^'); }

const NumSlots dictview_num = {.sub = view_sub, .and_ = view_and, .or_ = view_or, .xor_ = view_xor};

/* Keys and items views compare with sets and views as sets do (by size,
 * then containment); anything else is NotImplemented. */
Obj *dictview_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  int b_setlike = is_anyset(b) || is_type(b, &DictKeysType) || is_type(b, &DictItemsType);
  if (!b_setlike) return incref(NotImpl);
  int64_t na = obj_len(rt, a), nb = obj_len(rt, b);
  if (na < 0 || nb < 0) return NULL;
  int r;
  Obj *small = a, *big = b;
  switch (op) {
  case CMP_EQ: case CMP_NE: r = na == nb; break;
  case CMP_LT: r = na < nb; break;
  case CMP_LE: r = na <= nb; break;
  case CMP_GT: r = na > nb; small = b; big = a; break;
  default: r = na >= nb; small = b; big = a; break;
  }
  if (r) {
    Obj *it = obj_iter(rt, small), *x;
    if (!it) return NULL;
    while (r == 1 && (x = obj_next(rt, it))) {
      r = obj_contains(rt, big, x);
      decref(x);
    }
    decref(it);
    if (r < 0 || err_occurred(rt)) return NULL;
  }
  if (op == CMP_NE) r = !r;
  return incref(bool_obj(r));
}
