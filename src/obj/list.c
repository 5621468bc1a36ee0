/* list.c: lists (core slots; methods in list_methods.c). */
#include "obj/seq.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/repr.h"
#include "base/mem.h"

static int list_reserve(Rt *rt, List *l, size_t n) {
  if (n <= l->cap) return 0;
  size_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
  if (cap < n) cap = n;
  if (cap > SIZE_MAX / sizeof(Obj *)) { err_nomem(rt); return -1; }
  Obj **items = mem_realloc(l->items, cap * sizeof(Obj *));
  if (!items) { err_nomem(rt); return -1; }
  l->items = items;
  l->cap = cap;
  return 0;
}

Obj *list_new(Rt *rt, size_t n) {
  List *l = (List *)obj_alloc(rt, &ListType, sizeof(List));
  if (!l) return NULL;
  if (n && list_reserve(rt, l, n) < 0) { decref((Obj *)l); return NULL; }
  for (size_t i = 0; i < n; i++) l->items[i] = NULL;
  l->n = n;
  return (Obj *)l;
}

Obj *list_from(Rt *rt, Obj *const *items, size_t n) {
  Obj *l = list_new(rt, n);
  if (!l) return NULL;
  for (size_t i = 0; i < n; i++) AS_LIST(l)->items[i] = incref(items[i]);
  return l;
}

int list_append(Rt *rt, Obj *o, Obj *item) {
  List *l = AS_LIST(o);
  if (list_reserve(rt, l, l->n + 1) < 0) return -1;
  l->items[l->n++] = incref(item);
  return 0;
}

int list_insert(Rt *rt, Obj *o, int64_t i, Obj *item) {
  List *l = AS_LIST(o);
  int64_t n = (int64_t)l->n;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  if (list_reserve(rt, l, l->n + 1) < 0) return -1;
  memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Obj *));
  l->items[i] = incref(item);
  l->n++;
  return 0;
}

Obj *list_pop_last(Obj *o) {
  List *l = AS_LIST(o);
  return l->n ? l->items[--l->n] : NULL;
}

static void list_dealloc(Obj *o) {
  List *l = AS_LIST(o);
  for (size_t i = 0; i < l->n; i++) xdecref(l->items[i]);
  mem_free(l->items);
  obj_free_mem(o);
}

static int list_traverse(Obj *o, VisitFn visit, void *arg) {
  List *l = AS_LIST(o);
  for (size_t i = 0; i < l->n; i++)
    if (l->items[i] && visit(l->items[i], arg)) return 1;
  return 0;
}

static void list_clear(Obj *o) {
  List *l = AS_LIST(o);
  size_t n = l->n;
  Obj **items = l->items;
  l->n = l->cap = 0;
  l->items = NULL;
  for (size_t i = 0; i < n; i++) xdecref(items[i]);
  mem_free(items);
}

/* repr(list) appended to b; items may change while their reprs run:
 * indexed afresh each time. */
static int list_repr_to(Rt *rt, StrBuf *b, Obj *o) {
  List *l = AS_LIST(o);
  if (l->n == 0) { sb_add(b, "[]", 2); return 0; }
  int r = repr_enter(rt, o);
  if (r) {
    if (r > 0) sb_add(b, "[...]", 5);
    return r < 0 ? -1 : 0;
  }
  sb_addc(b, '[');
  for (size_t i = 0; i < l->n; i++) {
    if (i) sb_add(b, ", ", 2);
    Obj *item = incref(l->items[i]);
    int e = obj_repr_to(rt, b, item);
    decref(item);
    if (e < 0) { repr_leave(rt, o); return -1; }
  }
  sb_addc(b, ']');
  repr_leave(rt, o);
  return 0;
}

static Obj *list_repr(Rt *rt, Obj *o) {
  StrBuf b = SB_INIT;
  if (list_repr_to(rt, &b, o) < 0) { sb_free(&b); return NULL; }
  return str_from_buf(rt, &b);
}

static Obj *list_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  if (!IS_LIST(b)) return incref(NotImpl);
  return seq_richcmp(rt, AS_LIST(a)->items, AS_LIST(a)->n, AS_LIST(b)->items, AS_LIST(b)->n, op);
}

static int64_t list_len_slot(Rt *rt, Obj *o) { (void)rt; return (int64_t)AS_LIST(o)->n; }

static int list_index(Rt *rt, Obj *o, Obj *key, int64_t *out, const char *verb) {
  if (!key->type->num || !key->type->num->index) {
    err_format(rt, EXC(TypeError), "list indices must be integers or slices, not %s", type_name(key));
    return -1;
  }
  int64_t i;
  if (num_as_subscript(rt, key, &i) < 0) return -1;
  int64_t n = (int64_t)AS_LIST(o)->n;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    err_format(rt, EXC(IndexError), "list %sindex out of range", verb);
    return -1;
  }
  *out = i;
  return 0;
}

static Obj *list_getitem(Rt *rt, Obj *o, Obj *key) {
  List *l = AS_LIST(o);
  if (is_type(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(rt, key, (int64_t)l->n, &start, &stop, &step);
    if (n < 0) return NULL;
    Obj *r = list_new(rt, (size_t)n);
    if (!r) return NULL;
    for (int64_t i = 0, k = start; i < n; i++, k += step) AS_LIST(r)->items[i] = incref(l->items[k]);
    return r;
  }
  int64_t i;
  if (list_index(rt, o, key, &i, "") < 0) return NULL;
  return incref(l->items[i]);
}

static int list_set_slice(Rt *rt, Obj *o, Obj *key, Obj *value) {
  List *l = AS_LIST(o);
  int64_t start, stop, step;
  int64_t n = slice_indices(rt, key, (int64_t)l->n, &start, &stop, &step);
  if (n < 0) return -1;
  Obj *src = NULL;
  size_t m = 0;
  if (value) {
    src = obj_to_list(rt, value);
    if (!src) {
      if (err_matches(rt, EXC(TypeError))) {
        err_clear(rt);
        return err_format_i(rt, EXC(TypeError), "must assign iterable to extended slice");
      }
      return -1;
    }
    m = list_len(src);
  }
  if (step == 1) {
    if (stop < start) stop = start;
    size_t old = (size_t)(stop - start);
    if (m > old && list_reserve(rt, l, l->n + m - old) < 0) { xdecref(src); return -1; }
    Obj **gone = mem_alloc((old ? old : 1) * sizeof(Obj *));
    if (!gone) { xdecref(src); err_nomem(rt); return -1; }
    memcpy(gone, l->items + start, old * sizeof(Obj *));
    memmove(l->items + start + m, l->items + stop, (l->n - (size_t)stop) * sizeof(Obj *));
    for (size_t i = 0; i < m; i++) l->items[start + (int64_t)i] = incref(list_get(src, i));
    l->n = l->n - old + m;
    for (size_t i = 0; i < old; i++) decref(gone[i]);
    mem_free(gone);
    xdecref(src);
    return 0;
  }
  if (!value) {
    /* delete an extended slice: compact the survivors */
    if (step < 0) { start = start + step * (n - 1); step = -step; }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < l->n; r++) {
      if ((int64_t)r < start + step * n && ((int64_t)r - start) % step == 0) { decref(l->items[r]); continue; }
      l->items[w++] = l->items[r];
    }
    l->n = w;
    return 0;
  }
  if ((int64_t)m != n) {
    xdecref(src);
    return err_format_i(rt, EXC(ValueError), "attempt to assign sequence of size %zu to extended slice of size %lld",
                        m, (long long)n);
  }
  for (int64_t i = 0, k = start; i < n; i++, k += step) SETREF(l->items[k], incref(list_get(src, (size_t)i)));
  decref(src);
  return 0;
}

static int list_setitem(Rt *rt, Obj *o, Obj *key, Obj *value) {
  if (is_type(key, &SliceType)) return list_set_slice(rt, o, key, value);
  List *l = AS_LIST(o);
  int64_t i;
  if (list_index(rt, o, key, &i, value ? "assignment " : "assignment ") < 0) return -1;
  if (value) {
    SETREF(l->items[i], incref(value));
  } else {
    Obj *old = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1) * sizeof(Obj *));
    l->n--;
    decref(old);
  }
  return 0;
}

static int list_contains(Rt *rt, Obj *o, Obj *item) {
  List *l = AS_LIST(o);
  for (size_t i = 0; i < l->n; i++) {
    Obj *x = incref(l->items[i]);
    int r = obj_eq(rt, x, item);
    decref(x);
    if (r) return r;
  }
  return 0;
}

static Obj *list_concat(Rt *rt, Obj *a, Obj *b) {
  if (!IS_LIST(b))
    return err_format(rt, EXC(TypeError), "can only concatenate list (not \"%s\") to list", type_name(b));
  List *x = AS_LIST(a), *y = AS_LIST(b);
  Obj *r = list_new(rt, x->n + y->n);
  if (!r) return NULL;
  for (size_t i = 0; i < x->n; i++) AS_LIST(r)->items[i] = incref(x->items[i]);
  for (size_t i = 0; i < y->n; i++) AS_LIST(r)->items[x->n + i] = incref(y->items[i]);
  return r;
}

static Obj *list_repeat(Rt *rt, Obj *o, int64_t n) {
  List *l = AS_LIST(o);
  if (n <= 0 || l->n == 0) return list_new(rt, 0);
  if ((uint64_t)n > (SIZE_MAX / sizeof(Obj *)) / l->n) return err_nomem(rt);
  Obj *r = list_new(rt, l->n * (size_t)n);
  if (!r) return NULL;
  for (size_t k = 0; k < (size_t)n; k++)
    for (size_t i = 0; i < l->n; i++) AS_LIST(r)->items[k * l->n + i] = incref(l->items[i]);
  return r;
}

static Obj *list_iter(Rt *rt, Obj *o) { return seqiter_new(rt, &ListIterType, o); }

static Obj *list_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)args;
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "list() takes no keyword arguments");
  return obj_alloc(rt, t, t->basicsize);
}

static int list_init_slot(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  (void)kwargs;
  if (tuple_len(args) > 1)
    return err_format_i(rt, EXC(TypeError), "list expected at most 1 argument, got %zu", tuple_len(args));
  list_clear(self);
  if (!tuple_len(args)) return 0;
  Obj *items = obj_to_list(rt, tuple_get(args, 0));
  if (!items) return -1;
  List *l = AS_LIST(self), *s = AS_LIST(items);
  l->items = s->items;
  l->n = s->n;
  l->cap = s->cap;
  s->items = NULL;
  s->n = s->cap = 0;
  decref(items);
  return 0;
}

extern const MethodDef list_methods[];

Type ListType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "list",
  .basicsize = sizeof(List),
  .flags = TF_BASETYPE | TF_GC,
  .dealloc = list_dealloc,
  .traverse = list_traverse,
  .clear = list_clear,
  .repr = list_repr,
  .repr_to = list_repr_to,
  .hash = hash_unhashable,
  .richcmp = list_richcmp,
  .len = list_len_slot,
  .getitem = list_getitem,
  .setitem = list_setitem,
  .contains = list_contains,
  .concat = list_concat,
  .repeat = list_repeat,
  .iter = list_iter,
  .new_ = list_new_slot,
  .init = list_init_slot,
  .methods = list_methods,
};
