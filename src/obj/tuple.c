/* tuple.c: tuples, and the shared helpers for showing containers. */
#include "obj/seq.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/repr.h"
#include "base/mem.h"
#include <stdarg.h>

static Tuple empty_tuple = {OBJ_HEAD_INIT(&TupleType), 0};
Obj *tuple_empty(void) { return (Obj *)&empty_tuple; }

Obj *tuple_new(Rt *rt, size_t n) {
  if (n == 0) return tuple_empty();
  if (n > (SIZE_MAX - sizeof(Tuple)) / sizeof(Obj *)) return err_nomem(rt);
  Obj *t;
  if (rt) {
    t = obj_alloc(rt, &TupleType, sizeof(Tuple) + n * sizeof(Obj *));
  } else {
    /* a process-wide tuple for static types: untracked, made immortal by the caller */
    GcHead *h = mem_alloc_unlimited(sizeof(GcHead) + sizeof(Tuple) + n * sizeof(Obj *));
    if (!h) return NULL;
    memset(h, 0, sizeof(GcHead) + sizeof(Tuple) + n * sizeof(Obj *));
    t = (Obj *)(h + 1);
    t->rc = 1;
    t->type = &TupleType;
  }
  if (t) AS_TUPLE(t)->n = n;
  return t;
}

Obj *tuple_from(Rt *rt, Obj *const *items, size_t n) {
  Obj *t = tuple_new(rt, n);
  if (!t) return NULL;
  for (size_t i = 0; i < n; i++) AS_TUPLE(t)->items[i] = incref(items[i]);
  return t;
}

Obj *tuple_pack(Rt *rt, size_t n, ...) {
  Obj *t = tuple_new(rt, n);
  if (!t) return NULL;
  va_list ap;
  va_start(ap, n);
  for (size_t i = 0; i < n; i++) AS_TUPLE(t)->items[i] = incref(va_arg(ap, Obj *));
  va_end(ap);
  return t;
}

static void tuple_dealloc(Obj *o) {
  Tuple *t = AS_TUPLE(o);
  for (size_t i = 0; i < t->n; i++) xdecref(t->items[i]);
  obj_free_mem(o);
}

static int tuple_traverse(Obj *o, VisitFn visit, void *arg) {
  Tuple *t = AS_TUPLE(o);
  for (size_t i = 0; i < t->n; i++)
    if (t->items[i] && visit(t->items[i], arg)) return 1;
  return 0;
}

static void tuple_clear(Obj *o) {
  Tuple *t = AS_TUPLE(o);
  for (size_t i = 0; i < t->n; i++) CLEAR(t->items[i]);
}

/* ---- showing containers ----------------------------------------------------------------- */

int repr_enter(Rt *rt, Obj *o) {
  List *l = AS_LIST(rt->repr_stack);
  for (size_t i = 0; i < l->n; i++)
    if (l->items[i] == o) return 1;
  return list_append(rt, rt->repr_stack, o) < 0 ? -1 : 0;
}

void repr_leave(Rt *rt, Obj *o) {
  List *l = AS_LIST(rt->repr_stack);
  for (size_t i = l->n; i-- > 0;)
    if (l->items[i] == o) {
      decref(l->items[i]);
      memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Obj *));
      l->n--;
      return;
    }
}

int repr_items_to(Rt *rt, StrBuf *b, Obj *const *items, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i) sb_adds(b, ", ");
    if (obj_repr_to(rt, b, items[i]) < 0) return -1;
  }
  return 0;
}

static int tuple_repr_to(Rt *rt, StrBuf *b, Obj *o) {
  Tuple *t = AS_TUPLE(o);
  if (t->n == 0) { sb_add(b, "()", 2); return 0; }
  int r = repr_enter(rt, o);
  if (r) {
    if (r > 0) sb_add(b, "(...)", 5);
    return r < 0 ? -1 : 0;
  }
  sb_addc(b, '(');
  if (repr_items_to(rt, b, t->items, t->n) < 0) { repr_leave(rt, o); return -1; }
  if (t->n == 1) sb_addc(b, ',');
  sb_addc(b, ')');
  repr_leave(rt, o);
  return 0;
}

static Obj *tuple_repr(Rt *rt, Obj *o) {
  StrBuf b = SB_INIT;
  if (tuple_repr_to(rt, &b, o) < 0) { sb_free(&b); return NULL; }
  return str_from_buf(rt, &b);
}

/* CPython's tuplehash (xxHash-based), in the profile's hash width. */
static int64_t tuple_hash(Rt *rt, Obj *o) {
  Tuple *t = AS_TUPLE(o);
  if (rt->hash_bits == 32) {
    uint32_t acc = 374761393U;
    for (size_t i = 0; i < t->n; i++) {
      int64_t h = obj_hash(rt, t->items[i]);
      if (h == -1) return -1;
      acc += (uint32_t)h * 2246822519U;
      acc = (acc << 13) | (acc >> 19);
      acc *= 2654435761U;
    }
    acc += (uint32_t)t->n ^ (374761393U ^ 3527539UL);
    if (acc == (uint32_t)-1) return 1546275796;
    return (int64_t)(int32_t)acc;
  }
  uint64_t acc = 2870177450012600261ULL;
  for (size_t i = 0; i < t->n; i++) {
    int64_t h = obj_hash(rt, t->items[i]);
    if (h == -1) return -1;
    acc += (uint64_t)h * 14029467366897019727ULL;
    acc = (acc << 31) | (acc >> 33);
    acc *= 11400714785074694791ULL;
  }
  acc += (uint64_t)t->n ^ (2870177450012600261ULL ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (int64_t)acc;
}

/* Lexicographic comparison shared by tuples and lists. */
Obj *seq_richcmp(Rt *rt, Obj *const *a, size_t na, Obj *const *b, size_t nb, int op) {
  size_t i;
  for (i = 0; i < na && i < nb; i++) {
    int eq = obj_richcmp_bool(rt, a[i], b[i], CMP_EQ);
    if (eq < 0) return NULL;
    if (!eq) break;
  }
  if (i >= na || i >= nb) {
    int r;
    switch (op) {
    case CMP_LT: r = na < nb; break;
    case CMP_LE: r = na <= nb; break;
    case CMP_EQ: r = na == nb; break;
    case CMP_NE: r = na != nb; break;
    case CMP_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return incref(bool_obj(r));
  }
  if (op == CMP_EQ) return incref(Py_False);
  if (op == CMP_NE) return incref(Py_True);
  return obj_richcmp(rt, a[i], b[i], op);
}

static Obj *tuple_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  if (!IS_TUPLE(b)) return incref(NotImpl);
  return seq_richcmp(rt, AS_TUPLE(a)->items, AS_TUPLE(a)->n, AS_TUPLE(b)->items, AS_TUPLE(b)->n, op);
}

static int64_t tuple_len_slot(Rt *rt, Obj *o) { (void)rt; return (int64_t)AS_TUPLE(o)->n; }

Obj *seq_index_error(Rt *rt, const char *what) {
  return err_format(rt, EXC(IndexError), "%s index out of range", what);
}

static Obj *tuple_getitem(Rt *rt, Obj *o, Obj *key) {
  Tuple *t = AS_TUPLE(o);
  if (is_type(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(rt, key, (int64_t)t->n, &start, &stop, &step);
    if (n < 0) return NULL;
    if (step == 1 && n == (int64_t)t->n && is_type(o, &TupleType)) return incref(o);
    Obj *r = tuple_new(rt, (size_t)n);
    if (!r) return NULL;
    for (int64_t i = 0, k = start; i < n; i++, k += step) AS_TUPLE(r)->items[i] = incref(t->items[k]);
    return r;
  }
  if (!key->type->num || !key->type->num->index)
    return err_format(rt, EXC(TypeError), "tuple indices must be integers or slices, not %s", type_name(key));
  int64_t i;
  if (num_as_subscript(rt, key, &i) < 0) return NULL;
  if (i < 0) i += (int64_t)t->n;
  if (i < 0 || i >= (int64_t)t->n) return seq_index_error(rt, "tuple");
  return incref(t->items[i]);
}

static int tuple_contains(Rt *rt, Obj *o, Obj *item) {
  Tuple *t = AS_TUPLE(o);
  for (size_t i = 0; i < t->n; i++) {
    int r = obj_eq(rt, t->items[i], item);
    if (r) return r;
  }
  return 0;
}

static Obj *tuple_concat(Rt *rt, Obj *a, Obj *b) {
  if (!IS_TUPLE(b))
    return err_format(rt, EXC(TypeError), "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
  Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
  Obj *r = tuple_new(rt, x->n + y->n);
  if (!r) return NULL;
  for (size_t i = 0; i < x->n; i++) AS_TUPLE(r)->items[i] = incref(x->items[i]);
  for (size_t i = 0; i < y->n; i++) AS_TUPLE(r)->items[x->n + i] = incref(y->items[i]);
  return r;
}

static Obj *tuple_repeat(Rt *rt, Obj *o, int64_t n) {
  Tuple *t = AS_TUPLE(o);
  if (n <= 0 || t->n == 0) return tuple_empty();
  if ((uint64_t)n > (SIZE_MAX / sizeof(Obj *)) / t->n) return err_nomem(rt);
  Obj *r = tuple_new(rt, t->n * (size_t)n);
  if (!r) return NULL;
  for (size_t k = 0; k < (size_t)n; k++)
    for (size_t i = 0; i < t->n; i++) AS_TUPLE(r)->items[k * t->n + i] = incref(t->items[i]);
  return r;
}

static Obj *tuple_iter(Rt *rt, Obj *o) { return seqiter_new(rt, &TupleIterType, o); }

static Obj *tuple_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "tuple() takes no keyword arguments");
  if (tuple_len(args) > 1)
    return err_format(rt, EXC(TypeError), "tuple expected at most 1 argument, got %zu", tuple_len(args));
  Obj *r = tuple_len(args) ? obj_to_tuple(rt, tuple_get(args, 0)) : tuple_empty();
  if (!r || t == &TupleType) return r;
  size_t extra = t->dictoffset == DICT_AFTER_ITEMS ? DICT_AFTER_ITEMS_EXTRA : 0;
  Obj *s = obj_alloc(rt, t, t->basicsize + tuple_len(r) * sizeof(Obj *) + extra);
  if (s) {
    AS_TUPLE(s)->n = tuple_len(r);
    for (size_t i = 0; i < tuple_len(r); i++) AS_TUPLE(s)->items[i] = incref(tuple_get(r, i));
  }
  decref(r);
  return s;
}

extern const MethodDef tuple_methods[];

Type TupleType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "tuple",
  .basicsize = sizeof(Tuple),
  .itemsize = sizeof(Obj *),
  .flags = TF_BASETYPE | TF_GC,
  .dealloc = tuple_dealloc,
  .traverse = tuple_traverse,
  .clear = tuple_clear,
  .repr = tuple_repr,
  .repr_to = tuple_repr_to,
  .hash = tuple_hash,
  .richcmp = tuple_richcmp,
  .len = tuple_len_slot,
  .getitem = tuple_getitem,
  .contains = tuple_contains,
  .concat = tuple_concat,
  .repeat = tuple_repeat,
  .iter = tuple_iter,
  .new_ = tuple_new_slot,
  .methods = tuple_methods,
};
