/* set.c: set and frozenset. The table follows CPython's setobject.c
 * layout and probing exactly (linear probes, then perturbed steps; the same
 * growth rule), because iteration order, and so every repr, depends on it.
 * Entries: unused (key NULL, hash 0), dummy (key DUMMY, hash -1), active. */
#include "obj/seq.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/repr.h"
#include "base/mem.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static Obj dummy_obj = OBJ_HEAD_INIT(&NoneType);
#define DUMMY (&dummy_obj)

static int64_t elem_hash(Rt *rt, Obj *key) {
  if (is_type(key, &StrType)) return str_hash(rt, key);
  int64_t h = obj_hash(rt, key);
  if (h == -1) err_unhashable_context(rt, key, "set element");
  return h;
}

/* CPython probes with the hash as a size_t, which is as wide as Py_hash_t:
 * 32 bits on the wasm platforms. Hashes are stored sign-extended to int64,
 * and the perturbation shifts their high bits in, so the probe sequence
 * starts from the hash cut to the profile's width. (The table index and the
 * i*5+1 steps depend only on low bits, so size_t is wide enough for them.) */
static uint64_t probe_bits(const Rt *rt, int64_t hash) {
  return rt->hash_bits == 32 ? (uint64_t)(uint32_t)hash : (uint64_t)hash;
}

static void insert_clean(const Rt *rt, SetEntry *table, size_t mask, Obj *key, int64_t hash) {
  uint64_t perturb = probe_bits(rt, hash);
  size_t i = (size_t)perturb & mask;
  for (;;) {
    SetEntry *e = &table[i];
    if (!e->key) goto found;
    if (i + LINEAR_PROBES <= mask)
      for (int j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (!e->key) goto found;
      }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + (size_t)perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

static int table_resize(Rt *rt, Set *s, size_t minused) {
  size_t size = MINSIZE;
  while (size <= minused) size <<= 1;
  SetEntry *table = mem_calloc(size, sizeof(SetEntry));
  if (!table) { err_nomem(rt); return -1; }
  SetEntry *old = s->table;
  size_t oldsize = s->table ? s->mask + 1 : 0;
  for (size_t i = 0; i < oldsize; i++)
    if (old[i].key && old[i].key != DUMMY) insert_clean(rt, table, size - 1, old[i].key, old[i].hash);
  mem_free(old);
  s->table = table;
  s->mask = size - 1;
  s->fill = s->used;
  return 0;
}

/* The entry holding key, or NULL (error pending when one occurred). */
static SetEntry *lookkey(Rt *rt, Set *s, Obj *key, int64_t hash) {
restart:;
  uint64_t perturb = probe_bits(rt, hash);
  size_t mask = s->mask, i = (size_t)perturb & mask;
  for (;;) {
    SetEntry *e = &s->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (e->hash == 0 && !e->key) return NULL;
      if (e->hash == hash && e->key != DUMMY) {
        Obj *k = e->key;
        if (k == key) return e;
        if (is_type(k, &StrType) && is_type(key, &StrType)) {
          if (str_equal(k, key)) return e;
        } else {
          SetEntry *table = s->table;
          incref(k);
          int eq = obj_eq(rt, k, key);
          decref(k);
          if (eq < 0) return NULL;
          if (table != s->table || e->key != k) goto restart;
          if (eq) return e;
          mask = s->mask;
        }
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + (size_t)perturb) & mask;
  }
}

static int add_entry(Rt *rt, Set *s, Obj *key, int64_t hash) {
restart:;
  uint64_t perturb = probe_bits(rt, hash);
  size_t mask = s->mask, i = (size_t)perturb & mask;
  SetEntry *freeslot = NULL, *e;
  for (;;) {
    e = &s->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (e->hash == 0 && !e->key) goto found_unused_or_dummy;
      if (e->hash == hash && e->key != DUMMY) {
        Obj *k = e->key;
        if (k == key) return 0;
        if (is_type(k, &StrType) && is_type(key, &StrType)) {
          if (str_equal(k, key)) return 0;
        } else {
          SetEntry *table = s->table;
          incref(k);
          int eq = obj_eq(rt, k, key);
          decref(k);
          if (eq < 0) return -1;
          if (table != s->table || e->key != k) goto restart;
          if (eq) return 0;
          mask = s->mask;
        }
      } else if (e->hash == -1 && !freeslot) {
        freeslot = e;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + (size_t)perturb) & mask;
  }
found_unused_or_dummy:
  s->version++;
  if (freeslot) {
    s->used++;
    freeslot->key = incref(key);
    freeslot->hash = hash;
    return 0;
  }
  s->fill++;
  s->used++;
  e->key = incref(key);
  e->hash = hash;
  if (s->fill * 5 < mask * 3) return 0;
  return table_resize(rt, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

int set_add(Rt *rt, Obj *o, Obj *key) {
  int64_t h = elem_hash(rt, key);
  if (h == -1 && err_occurred(rt)) return -1;
  return add_entry(rt, (Set *)o, key, h);
}

int set_contains(Rt *rt, Obj *o, Obj *key) {
  int64_t h = elem_hash(rt, key);
  if (h == -1 && err_occurred(rt)) return -1;
  SetEntry *e = lookkey(rt, (Set *)o, key, h);
  if (!e) return err_occurred(rt) ? -1 : 0;
  return 1;
}

int set_discard(Rt *rt, Obj *o, Obj *key) {
  int64_t h = elem_hash(rt, key);
  if (h == -1 && err_occurred(rt)) return -1;
  Set *s = (Set *)o;
  SetEntry *e = lookkey(rt, s, key, h);
  if (!e) return err_occurred(rt) ? -1 : 0;
  Obj *k = e->key;
  e->key = DUMMY;
  e->hash = -1;
  s->used--;
  s->version++;
  decref(k);
  return 1;
}

int set_next(Obj *o, size_t *pos, Obj **key) {
  Set *s = (Set *)o;
  while (*pos <= s->mask) {
    SetEntry *e = &s->table[(*pos)++];
    if (e->key && e->key != DUMMY) {
      *key = e->key;
      return 1;
    }
  }
  return 0;
}

/* CPython's set_merge for a set source, and set_update_internal's presizing
 * for a dict source: both affect the resulting order. */
static int set_update(Rt *rt, Set *s, Obj *it) {
  if (is_inst(it, &SetType) || is_inst(it, &FrozenSetType)) {
    Set *o = (Set *)it;
    if ((s->fill + o->used) * 5 >= s->mask * 3 && table_resize(rt, s, (s->used + o->used) * 2) < 0) return -1;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
      for (size_t i = 0; i <= o->mask; i++)
        if (o->table[i].key) {
          s->table[i].key = incref(o->table[i].key);
          s->table[i].hash = o->table[i].hash;
        }
      s->fill = o->fill;
      s->used = o->used;
      return 0;
    }
    if (s->fill == 0) {
      s->fill = s->used = o->used;
      for (size_t i = 0; i <= o->mask; i++) {
        Obj *k = o->table[i].key;
        if (k && k != DUMMY) insert_clean(rt, s->table, s->mask, incref(k), o->table[i].hash);
      }
      return 0;
    }
    for (size_t i = 0; i <= o->mask; i++) {
      Obj *k = o->table[i].key;
      if (k && k != DUMMY && add_entry(rt, s, k, o->table[i].hash) < 0) return -1;
    }
    return 0;
  }
  if (is_type(it, &DictType)) {
    size_t n = dict_len(it);
    if ((s->fill + n) * 5 >= s->mask * 3 && table_resize(rt, s, (s->used + n) * 2) < 0) return -1;
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(it, &pos, &k, &v))
      if (set_add(rt, (Obj *)s, k) < 0) return -1;
    return 0;
  }
  Obj *iter = obj_iter(rt, it), *x;
  if (!iter) return -1;
  while ((x = obj_next(rt, iter))) {
    int r = set_add(rt, (Obj *)s, x);
    decref(x);
    if (r < 0) break;
  }
  decref(iter);
  return err_occurred(rt) ? -1 : 0;
}

Obj *set_new(Rt *rt, Type *t, Obj *iterable) {
  Set *s = (Set *)obj_alloc(rt, t, t->basicsize ? t->basicsize : sizeof(Set));
  if (!s) return NULL;
  s->hash = -1;
  if (table_resize(rt, s, 0) < 0 || (iterable && set_update(rt, s, iterable) < 0)) {
    decref((Obj *)s);
    return NULL;
  }
  return (Obj *)s;
}

/* For the methods (set_methods.c): the operations with a known hash (an
 * entry's stored hash, as CPython reuses it), the update of a set from any
 * iterable, and the resize that drops dummies after many discards. */
int set_add_hashed(Rt *rt, Obj *s, Obj *key, int64_t hash) { return add_entry(rt, (Set *)s, key, hash); }

int set_contains_hashed(Rt *rt, Obj *s, Obj *key, int64_t hash) {
  SetEntry *e = lookkey(rt, (Set *)s, key, hash);
  if (!e) return err_occurred(rt) ? -1 : 0;
  return 1;
}

int set_discard_hashed(Rt *rt, Obj *o, Obj *key, int64_t hash) {
  Set *s = (Set *)o;
  SetEntry *e = lookkey(rt, s, key, hash);
  if (!e) return err_occurred(rt) ? -1 : 0;
  Obj *k = e->key;
  e->key = DUMMY;
  e->hash = -1;
  s->used--;
  s->version++;
  decref(k);
  return 1;
}

int set_update_from(Rt *rt, Obj *s, Obj *iterable) { return set_update(rt, (Set *)s, iterable); }

int set_shrink(Rt *rt, Obj *o) {
  Set *s = (Set *)o;
  if (s->fill - s->used <= s->mask / 4) return 0;
  return table_resize(rt, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* set.pop(): the first active entry from the finger on (CPython's set_pop). */
Obj *set_pop_entry(Obj *o) {
  Set *s = (Set *)o;
  if (s->used == 0) return NULL;
  SetEntry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
  while (!e->key || e->key == DUMMY) {
    e++;
    if (e > limit) e = s->table;
  }
  Obj *key = e->key;
  e->key = DUMMY;
  e->hash = -1;
  s->used--;
  s->version++;
  s->finger = (size_t)(e - s->table) + 1;
  return key;
}

/* The stored hash of the entry set_next just returned (pos after it). */
int64_t set_entry_hash(Obj *s, size_t pos) { return ((Set *)s)->table[pos - 1].hash; }

/* ---- slots ---------------------------------------------------------------------------- */

static void set_clear_refs(Set *s) {
  SetEntry *t = s->table;
  size_t n = t ? s->mask + 1 : 0;
  s->table = NULL;
  s->used = s->fill = 0;
  s->version++;
  for (size_t i = 0; i < n; i++)
    if (t[i].key && t[i].key != DUMMY) decref(t[i].key);
  mem_free(t);
}

static void set_dealloc(Obj *o) {
  set_clear_refs((Set *)o);
  obj_free_mem(o);
}

static void set_clear_slot(Obj *o) {
  Set *s = (Set *)o;
  set_clear_refs(s);
  s->table = mem_calloc(MINSIZE, sizeof(SetEntry));
  s->mask = s->table ? MINSIZE - 1 : 0;
}

static int set_traverse(Obj *o, VisitFn visit, void *arg) {
  Set *s = (Set *)o;
  if (!s->table) return 0;
  for (size_t i = 0; i <= s->mask; i++)
    if (s->table[i].key && s->table[i].key != DUMMY && visit(s->table[i].key, arg)) return 1;
  return 0;
}

static Obj *set_repr(Rt *rt, Obj *o) {
  Set *s = (Set *)o;
  const char *tn = type_name(o);
  if (s->used == 0) return str_fromf(rt, "%s()", tn);
  int r = repr_enter(rt, o);
  if (r) return r < 0 ? NULL : str_fromf(rt, "%s(...)", tn);
  Obj *keys = list_new(rt, 0);
  size_t pos = 0;
  Obj *k;
  while (keys && set_next(o, &pos, &k))
    if (list_append(rt, keys, k) < 0) CLEAR(keys);
  StrBuf b = SB_INIT;
  int plain = is_type(o, &SetType);
  if (!plain) sb_addf(&b, "%s(", tn);
  sb_addc(&b, '{');
  int ok = keys && repr_items_to(rt, &b, AS_LIST(keys)->items, list_len(keys)) == 0;
  sb_addc(&b, '}');
  if (!plain) sb_addc(&b, ')');
  xdecref(keys);
  repr_leave(rt, o);
  if (!ok) { sb_free(&b); return NULL; }
  return str_from_buf(rt, &b);
}

static int is_anyset(Obj *o) { return is_inst(o, &SetType) || is_inst(o, &FrozenSetType); }

static int subset_of(Rt *rt, Obj *a, Obj *b) {
  if (((Set *)a)->used > ((Set *)b)->used) return 0;
  size_t pos = 0;
  Obj *k;
  while (set_next(a, &pos, &k)) {
    int r = set_contains(rt, b, k);
    if (r <= 0) return r;
  }
  return 1;
}

static Obj *set_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  if (!is_anyset(b)) return incref(NotImpl);
  size_t na = ((Set *)a)->used, nb = ((Set *)b)->used;
  int r;
  switch (op) {
  case CMP_EQ: r = na == nb ? subset_of(rt, a, b) : 0; break;
  case CMP_NE: r = na == nb ? subset_of(rt, a, b) : 0; if (r >= 0) r = !r; break;
  case CMP_LE: r = subset_of(rt, a, b); break;
  case CMP_GE: r = subset_of(rt, b, a); break;
  case CMP_LT: r = na < nb ? subset_of(rt, a, b) : 0; break;
  default: r = na > nb ? subset_of(rt, b, a) : 0; break;
  }
  return r < 0 ? NULL : incref(bool_obj(r));
}

static int64_t set_len_slot(Rt *rt, Obj *o) { (void)rt; return (int64_t)((Set *)o)->used; }

static int set_contains_slot(Rt *rt, Obj *o, Obj *key) {
  int r = set_contains(rt, o, key);
  if (r < 0 && is_inst(key, &SetType) && err_matches(rt, EXC(TypeError))) {
    err_clear(rt);
    Obj *tmp = set_new(rt, &FrozenSetType, key);
    if (!tmp) return -1;
    r = set_contains(rt, o, tmp);
    decref(tmp);
  }
  return r;
}

/* CPython's frozenset hash: shuffle each entry hash, xor, then mix, all in
 * Py_uhash_t. xor, << and * give the same low 32 bits in 64-bit arithmetic,
 * but the >> of the mixing step does not: on 32-bit profiles the value is
 * cut to 32 bits before it. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int64_t frozenset_hash(Rt *rt, Obj *o) {
  Set *s = (Set *)o;
  if (s->hash != -1) return s->hash;
  uint64_t hash = 0;
  for (size_t i = 0; i <= s->mask; i++)
    if (s->table[i].key && s->table[i].key != DUMMY) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
  hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
  if (rt->hash_bits == 32) hash = (uint32_t)hash;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  int64_t h = rt->hash_bits == 32 ? (int64_t)(int32_t)(uint32_t)hash : (int64_t)hash;
  if (h == -1) h = 590923713;
  s->hash = h;
  return h;
}

typedef struct SetIter { Obj ob; Obj *set; size_t pos, used; } SetIter;

static Obj *set_iter(Rt *rt, Obj *o) {
  SetIter *it = (SetIter *)obj_alloc(rt, &SetIterType, sizeof(SetIter));
  if (!it) return NULL;
  it->set = incref(o);
  it->used = ((Set *)o)->used;
  return (Obj *)it;
}

static Obj *setiter_next(Rt *rt, Obj *o) {
  SetIter *it = (SetIter *)o;
  if (!it->set) return NULL;
  if (((Set *)it->set)->used != it->used) {
    it->used = (size_t)-1;
    return err_str(rt, EXC(RuntimeError), "Set changed size during iteration");
  }
  Obj *k;
  if (!set_next(it->set, &it->pos, &k)) {
    CLEAR(it->set);
    return NULL;
  }
  return incref(k);
}

static void setiter_dealloc(Obj *o) {
  CLEAR(((SetIter *)o)->set);
  obj_free_mem(o);
}
static int setiter_traverse(Obj *o, VisitFn visit, void *arg) {
  Obj *s = ((SetIter *)o)->set;
  return s ? visit(s, arg) : 0;
}
static void setiter_clear(Obj *o) { CLEAR(((SetIter *)o)->set); }
static Obj *self_iter(Rt *rt, Obj *o) { (void)rt; return incref(o); }

Type SetIterType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "set_iterator",
  .basicsize = sizeof(SetIter),
  .flags = TF_GC,
  .dealloc = setiter_dealloc,
  .traverse = setiter_traverse,
  .clear = setiter_clear,
  .iter = self_iter,
  .next = setiter_next,
};

static Obj *set_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  const char *name = t == &FrozenSetType || type_is_subtype(t, &FrozenSetType) ? "frozenset" : "set";
  if (kwargs && dict_len(kwargs)) return err_format(rt, EXC(TypeError), "%s() takes no keyword arguments", name);
  if (tuple_len(args) > 1)
    return err_format(rt, EXC(TypeError), "%s expected at most 1 argument, got %zu", name, tuple_len(args));
  Obj *src = tuple_len(args) ? tuple_get(args, 0) : NULL;
  if (t == &FrozenSetType && src && is_type(src, &FrozenSetType)) return incref(src);
  return set_new(rt, t, src);
}

extern const MethodDef set_methods[];
extern const MethodDef frozenset_methods[];
extern const NumSlots set_num;

Type SetType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "set",
  .basicsize = sizeof(Set),
  .flags = TF_BASETYPE | TF_GC,
  .dealloc = set_dealloc,
  .traverse = set_traverse,
  .clear = set_clear_slot,
  .repr = set_repr,
  .hash = hash_unhashable,
  .richcmp = set_richcmp,
  .len = set_len_slot,
  .contains = set_contains_slot,
  .iter = set_iter,
  .num = &set_num,
  .new_ = set_new_slot,
  .methods = set_methods,
};

Type FrozenSetType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "frozenset",
  .basicsize = sizeof(Set),
  .flags = TF_BASETYPE | TF_GC,
  .dealloc = set_dealloc,
  .traverse = set_traverse,
  .clear = set_clear_slot,
  .repr = set_repr,
  .hash = frozenset_hash,
  .richcmp = set_richcmp,
  .len = set_len_slot,
  .contains = set_contains_slot,
  .iter = set_iter,
  .num = &set_num,
  .new_ = set_new_slot,
  .methods = frozenset_methods,
};
