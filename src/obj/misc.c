/* misc.c: the singletons (None, NotImplemented, Ellipsis), slices, ranges,
 * sequence iterators, and deallocation dispatch. */
#include "obj/object.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/repr.h"
#include "base/utf8.h"

/* The trashcan (as CPython's): freeing a deeply nested structure would
 * recurse once per level, so past a fixed depth objects are queued (chained
 * through their dead refcount field) and freed iteratively by the outermost
 * call. This keeps deallocation within a small C stack, on wasm too. */
#define DEALLOC_DEPTH_MAX 64
static int dealloc_depth;
static Obj *dealloc_queue;

static void dealloc_now(Obj *o) {
  Type *t = o->type;
  t->dealloc(o);
  if (t->flags & TF_HEAP) decref((Obj *)t);
}

void obj_dealloc(Obj *o) {
  if (dealloc_depth >= DEALLOC_DEPTH_MAX) {
    o->rc = (intptr_t)dealloc_queue;
    dealloc_queue = o;
    return;
  }
  dealloc_depth++;
  dealloc_now(o);
  dealloc_depth--;
  if (dealloc_depth == 0) {
    dealloc_depth++;
    while (dealloc_queue) {
      Obj *q = dealloc_queue;
      dealloc_queue = (Obj *)q->rc;
      q->rc = 0;
      dealloc_now(q);
    }
    dealloc_depth--;
  }
}

int64_t hash_unhashable(Rt *rt, Obj *o) {
  err_format(rt, EXC(TypeError), "unhashable type: '%s'", type_name(o));
  return -1;
}

/* ---- singletons ------------------------------------------------------------------ */

static void no_dealloc(Obj *o) { (void)o; }

static Obj *none_repr(Rt *rt, Obj *o) { (void)rt; (void)o; return str_static("None"); }
static int none_bool(Rt *rt, Obj *o) { (void)rt; (void)o; return 0; }
static const NumSlots none_num = {.to_bool = none_bool};
static Obj *none_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t;
  if (tuple_len(args) || (kwargs && dict_len(kwargs)))
    return err_str(rt, EXC(TypeError), "NoneType takes no arguments");
  return incref(None);
}
static int64_t const_hash(Rt *rt, Obj *o) {
  (void)rt;
  uintptr_t p = (uintptr_t)o;
  return (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4))) & 0x7fffffff;
}

/* hash(None): the object's address until 3.11; from 3.12 on the constant
 * 0xFCA86420 as a Py_hash_t, so negative on the 32-bit platforms. It decides
 * where None sits in a set. */
static const int none_hash_is_constant[PY_NVERSIONS] = {0, 1, 1, 1};
static int64_t none_hash(Rt *rt, Obj *o) {
  if (!none_hash_is_constant[rt->pyv]) return const_hash(rt, o);
  return rt->hash_bits == 32 ? (int64_t)(int32_t)0xFCA86420u : (int64_t)0xFCA86420u;
}

Type NoneType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "NoneType",
  .basicsize = sizeof(Obj),
  .dealloc = no_dealloc,
  .repr = none_repr,
  .hash = none_hash,
  .num = &none_num,
  .new_ = none_new,
};
Obj NoneObj = OBJ_HEAD_INIT(&NoneType);

static Obj *notimpl_repr(Rt *rt, Obj *o) { (void)rt; (void)o; return str_static("NotImplemented"); }
Type NotImplementedType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "NotImplementedType",
  .basicsize = sizeof(Obj),
  .dealloc = no_dealloc,
  .repr = notimpl_repr,
  .hash = const_hash,
};
Obj NotImplementedObj = OBJ_HEAD_INIT(&NotImplementedType);

static Obj *ellipsis_repr(Rt *rt, Obj *o) { (void)rt; (void)o; return str_static("Ellipsis"); }
Type EllipsisType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "ellipsis",
  .basicsize = sizeof(Obj),
  .dealloc = no_dealloc,
  .repr = ellipsis_repr,
  .hash = const_hash,
};
Obj EllipsisObj = OBJ_HEAD_INIT(&EllipsisType);

/* ---- slices ------------------------------------------------------------------------ */

Obj *slice_new(Rt *rt, Obj *start, Obj *stop, Obj *step) {
  Slice *s = (Slice *)obj_alloc(rt, &SliceType, sizeof(Slice));
  if (!s) return NULL;
  s->start = incref(start ? start : None);
  s->stop = incref(stop ? stop : None);
  s->step = incref(step ? step : None);
  return (Obj *)s;
}

static int slice_part(Rt *rt, Obj *v, int64_t *out) {
  if (!v->type->num || !v->type->num->index) {
    err_str(rt, EXC(TypeError), "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  Obj *i = num_index(rt, v);
  if (!i) return -1;
  if (int_as_i64(i, out) < 0) *out = int_sign(i) < 0 ? INT64_MIN + 1 : INT64_MAX;
  decref(i);
  return 0;
}

int64_t slice_indices(Rt *rt, Obj *o, int64_t len, int64_t *start, int64_t *stop, int64_t *step) {
  Slice *s = (Slice *)o;
  *step = 1;
  if (s->step != None) {
    if (slice_part(rt, s->step, step) < 0) return -1;
    if (*step == 0) { err_str(rt, EXC(ValueError), "slice step cannot be zero"); return -1; }
  }
  int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
  if (s->start == None) *start = *step < 0 ? hi : lo;
  else {
    if (slice_part(rt, s->start, start) < 0) return -1;
    if (*start < 0) { *start += len; if (*start < lo) *start = lo; }
    else if (*start > hi) *start = hi;
  }
  if (s->stop == None) *stop = *step < 0 ? lo : hi;
  else {
    if (slice_part(rt, s->stop, stop) < 0) return -1;
    if (*stop < 0) { *stop += len; if (*stop < lo) *stop = lo; }
    else if (*stop > hi) *stop = hi;
  }
  if (*step < 0) return *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
  return *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
}

static void slice_dealloc(Obj *o) {
  Slice *s = (Slice *)o;
  CLEAR(s->start);
  CLEAR(s->stop);
  CLEAR(s->step);
  obj_free_mem(o);
}
static int slice_traverse(Obj *o, VisitFn visit, void *arg) {
  Slice *s = (Slice *)o;
  if (s->start && visit(s->start, arg)) return 1;
  if (s->stop && visit(s->stop, arg)) return 1;
  return s->step ? visit(s->step, arg) : 0;
}
static Obj *slice_repr(Rt *rt, Obj *o) {
  Slice *s = (Slice *)o;
  return str_fromf(rt, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}
static Obj *slice_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t;
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "slice() takes no keyword arguments");
  size_t n = tuple_len(args);
  if (n == 0) return err_str(rt, EXC(TypeError), "slice expected at least 1 argument, got 0");
  if (n > 3) return err_format(rt, EXC(TypeError), "slice expected at most 3 arguments, got %zu", n);
  if (n == 1) return slice_new(rt, None, tuple_get(args, 0), None);
  return slice_new(rt, tuple_get(args, 0), tuple_get(args, 1), n > 2 ? tuple_get(args, 2) : None);
}
/* slice.indices(length) (lengths that fit in 64 bits) */
static Obj *slice_m_indices(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (kwnames && tuple_len(kwnames)) return err_str(rt, EXC(TypeError), "slice.indices() takes no keyword arguments");
  if (argc != 1) return err_format(rt, EXC(TypeError), "slice.indices() takes exactly one argument (%zu given)", argc);
  Obj *n = num_index(rt, argv[0]);
  if (!n) return NULL;
  int64_t len, start, stop, step;
  if (int_as_i64(n, &len) < 0) { decref(n); return err_str(rt, EXC(OverflowError), "Python int too large to convert to C ssize_t"); }
  decref(n);
  if (len < 0) return err_str(rt, EXC(ValueError), "length should not be negative");
  if (slice_indices(rt, self, len, &start, &stop, &step) < 0) return NULL;
  Obj *a = int_from_i64(rt, start), *b = int_from_i64(rt, stop), *c = int_from_i64(rt, step);
  Obj *r = a && b && c ? tuple_pack(rt, 3, a, b, c) : NULL;
  xdecref(a); xdecref(b); xdecref(c);
  return r;
}
static const MethodDef slice_methods[] = {{"indices", slice_m_indices, 0}, {NULL, NULL, 0}};
static const MemberDef slice_members[] = {
  {"start", MEMBER_OBJ_RO, offsetof(Slice, start)},
  {"stop", MEMBER_OBJ_RO, offsetof(Slice, stop)},
  {"step", MEMBER_OBJ_RO, offsetof(Slice, step)},
  {NULL, 0, 0}
};

Type SliceType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "slice",
  .basicsize = sizeof(Slice),
  .flags = TF_GC,
  .dealloc = slice_dealloc,
  .traverse = slice_traverse,
  .repr = slice_repr,
  .hash = hash_unhashable,
  .new_ = slice_new_slot,
  .methods = slice_methods,
  .members = slice_members,
};

/* ---- ranges -------------------------------------------------------------------------- */

Obj *range_new(Rt *rt, int64_t start, int64_t stop, int64_t step) {
  Range *r = (Range *)obj_alloc(rt, &RangeType, sizeof(Range));
  if (!r) return NULL;
  r->start = start;
  r->stop = stop;
  r->step = step;
  if (step > 0) r->len = start < stop ? (stop - start - 1) / step + 1 : 0;
  else r->len = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  return (Obj *)r;
}

static Obj *range_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t;
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "range() takes no keyword arguments");
  size_t n = tuple_len(args);
  if (n == 0) return err_str(rt, EXC(TypeError), "range expected at least 1 argument, got 0");
  if (n > 3) return err_format(rt, EXC(TypeError), "range expected at most 3 arguments, got %zu", n);
  int64_t v[3] = {0, 0, 1};
  for (size_t i = 0; i < n; i++) {
    Obj *a = tuple_get(args, i);
    if (!IS_INT(a) && (!a->type->num || !a->type->num->index))
      return err_format(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(a));
    if (num_as_i64(rt, a, &v[n == 1 ? 1 : i]) < 0) return NULL;
  }
  if (v[2] == 0) return err_str(rt, EXC(ValueError), "range() arg 3 must not be zero");
  return range_new(rt, v[0], v[1], v[2]);
}

static Obj *range_repr(Rt *rt, Obj *o) {
  Range *r = (Range *)o;
  if (r->step == 1) return str_fromf(rt, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  return str_fromf(rt, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}
/* len() is a Py_ssize_t: 32 bits on the wasm platforms (Rt.hash_bits). */
static int64_t range_len(Rt *rt, Obj *o) {
  int64_t n = ((Range *)o)->len;
  if (rt->hash_bits == 32 && n > INT32_MAX) {
    err_str(rt, EXC(OverflowError), "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}
static Obj *range_getitem(Rt *rt, Obj *o, Obj *key) {
  Range *r = (Range *)o;
  if (is_type(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(rt, key, r->len, &start, &stop, &step);
    if (n < 0) return NULL;
    int64_t s = r->start + start * r->step, st = r->step * step;
    return range_new(rt, s, s + n * st, st);
  }
  if (!key->type->num || !key->type->num->index)
    return err_format(rt, EXC(TypeError), "range indices must be integers or slices, not %s", type_name(key));
  int64_t i;
  if (num_as_i64(rt, key, &i) < 0) return NULL;
  if (i < 0) i += r->len;
  if (i < 0 || i >= r->len) return err_str(rt, EXC(IndexError), "range object index out of range");
  return int_from_i64(rt, r->start + i * r->step);
}
static int range_contains(Rt *rt, Obj *o, Obj *item) {
  Range *r = (Range *)o;
  int64_t v;
  if (!is_type(item, &IntType) && !is_type(item, &BoolType)) {
    for (int64_t i = 0; i < r->len; i++) {
      Obj *x = int_from_i64(rt, r->start + i * r->step);
      if (!x) return -1;
      int eq = obj_eq(rt, x, item);
      decref(x);
      if (eq) return eq;
    }
    return 0;
  }
  if (int_as_i64(item, &v) < 0 || r->len == 0) return 0;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
  return (v - r->start) % r->step == 0;
}
static Obj *range_iter(Rt *rt, Obj *o) { return seqiter_new(rt, &RangeIterType, o); }
static Obj *range_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  (void)rt;
  if (!is_type(b, &RangeType) || (op != CMP_EQ && op != CMP_NE)) return incref(NotImpl);
  Range *x = (Range *)a, *y = (Range *)b;
  int eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
  return incref(bool_obj(op == CMP_EQ ? eq : !eq));
}
static void plain_dealloc(Obj *o) { obj_free_mem(o); }
static Obj *range_get_start(Rt *rt, Obj *o) { return int_from_i64(rt, ((Range *)o)->start); }
static Obj *range_get_stop(Rt *rt, Obj *o) { return int_from_i64(rt, ((Range *)o)->stop); }
static Obj *range_get_step(Rt *rt, Obj *o) { return int_from_i64(rt, ((Range *)o)->step); }
static const GetSetDef range_getsets[] = {
  {"start", range_get_start, NULL}, {"stop", range_get_stop, NULL}, {"step", range_get_step, NULL}, {NULL, NULL, NULL}
};

Type RangeType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "range",
  .basicsize = sizeof(Range),
  .dealloc = plain_dealloc,
  .repr = range_repr,
  .richcmp = range_richcmp,
  .len = range_len,
  .getitem = range_getitem,
  .contains = range_contains,
  .iter = range_iter,
  .new_ = range_new_slot,
  .getsets = range_getsets,
};

/* ---- sequence iterators ----------------------------------------------------------------- */

Obj *seqiter_new(Rt *rt, Type *t, Obj *seq) {
  SeqIter *it = (SeqIter *)obj_alloc(rt, t, sizeof(SeqIter));
  if (!it) return NULL;
  it->seq = incref(seq);
  return (Obj *)it;
}

static Obj *seqiter_next(Rt *rt, Obj *o) {
  SeqIter *it = (SeqIter *)o;
  Obj *s = it->seq;
  if (!s) return NULL;
  Obj *r = NULL;
  if (is_inst(s, &TupleType) && o->type == &TupleIterType) {
    if (it->i < tuple_len(s)) r = incref(tuple_get(s, it->i));
  } else if (is_inst(s, &ListType)) {
    if (it->i < list_len(s)) r = incref(list_get(s, it->i));
  } else if (IS_STR(s)) {
    if (it->i < AS_STR(s)->cplen) {
      char tmp[4];
      r = str_new(rt, tmp, utf8_encode(str_char_at(s, it->i), tmp));
      if (!r) return NULL;
    }
  } else if (bytes_data(s, NULL)) {
    size_t n;
    const char *d = bytes_data(s, &n);
    if (it->i < n) r = int_from_i64(rt, (unsigned char)d[it->i]);
  } else if (is_type(s, &RangeType)) {
    Range *g = (Range *)s;
    if ((int64_t)it->i < g->len) r = int_from_i64(rt, g->start + (int64_t)it->i * g->step);
  } else {
    /* the old sequence protocol: __getitem__ until IndexError */
    Obj *k = int_from_i64(rt, (int64_t)it->i);
    if (!k) return NULL;
    r = obj_getitem(rt, s, k);
    decref(k);
    if (!r && (err_matches(rt, EXC(IndexError)) || err_matches(rt, EXC(StopIteration)))) err_clear(rt);
  }
  if (!r) {
    CLEAR(it->seq);
    return NULL;
  }
  it->i++;
  return r;
}

static void seqiter_dealloc(Obj *o) {
  CLEAR(((SeqIter *)o)->seq);
  obj_free_mem(o);
}
static int seqiter_traverse(Obj *o, VisitFn visit, void *arg) {
  Obj *s = ((SeqIter *)o)->seq;
  return s ? visit(s, arg) : 0;
}
static void seqiter_clear(Obj *o) { CLEAR(((SeqIter *)o)->seq); }
static Obj *self_iter(Rt *rt, Obj *o) { (void)rt; return incref(o); }

#define SEQITER_TYPE(var, tname) \
  Type var = { \
    .ob = OBJ_HEAD_INIT(&TypeType), .name = tname, .basicsize = sizeof(SeqIter), .flags = TF_GC, \
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .clear = seqiter_clear, .iter = self_iter, \
    .next = seqiter_next, \
  }
SEQITER_TYPE(TupleIterType, "tuple_iterator");
SEQITER_TYPE(ListIterType, "list_iterator");
SEQITER_TYPE(StrIterType, "str_ascii_iterator");
SEQITER_TYPE(BytesIterType, "bytes_iterator");
SEQITER_TYPE(RangeIterType, "range_iterator");
