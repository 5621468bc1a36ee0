/* list_methods.c: the methods of list and tuple (sort: list_sort.c), the
 * list reverse iterator, and the sequence dunders snippets call directly. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "base/mem.h"

/* 3.14: list.index says "list.index(x): x not in list" instead of "%R is
 * not in list"; 3.12 made sort's reverse a bool (any object) instead of an
 * int. */
static const unsigned char index_plain_msg[PY_NVERSIONS] = {0, 0, 0, 1};
static const unsigned char reverse_is_bool[PY_NVERSIONS] = {0, 1, 1, 1};

/* ---- shared with tuple -------------------------------------------------------------------- */

int64_t items_index(Rt *rt, Obj *const *items, size_t n, Obj *x, int64_t start, int64_t stop) {
  adjust_indices(&start, &stop, (int64_t)n);
  for (int64_t i = start; i < stop && i < (int64_t)n; i++) {
    int r = obj_eq(rt, items[i], x);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}

int64_t items_count(Rt *rt, Obj *const *items, size_t n, Obj *x) {
  int64_t c = 0;
  for (size_t i = 0; i < n; i++) {
    int r = obj_eq(rt, items[i], x);
    if (r < 0) return -1;
    c += r;
  }
  return c;
}

/* (value[, start[, stop]]) of index(). */
static int index_args(Rt *rt, const char *qname, Obj *const *argv, size_t argc, Obj *kwnames, int64_t *start,
                      int64_t *stop) {
  if (args_pos(rt, qname, argc, kwnames, 1, 3) < 0) return -1;
  *start = 0;
  *stop = INT64_MAX;
  if (argc > 1 && arg_slice_index(rt, argv[1], start, 0) < 0) return -1;
  if (argc > 2 && arg_slice_index(rt, argv[2], stop, 0) < 0) return -1;
  return 0;
}

/* ---- list ------------------------------------------------------------------------------------ */

METHOD(list_append_m) {
  if (args_one(rt, "list.append", argc, kwnames) < 0) return NULL;
  return list_append(rt, self, argv[0]) < 0 ? NULL : incref(None);
}

static int list_extend_with(Rt *rt, Obj *self, Obj *it) {
  Obj *items = obj_to_list(rt, it);
  if (!items) return -1;
  int r = 0;
  for (size_t i = 0; r == 0 && i < list_len(items); i++) r = list_append(rt, self, list_get(items, i));
  decref(items);
  return r;
}

METHOD(list_extend_m) {
  if (args_one(rt, "list.extend", argc, kwnames) < 0) return NULL;
  return list_extend_with(rt, self, argv[0]) < 0 ? NULL : incref(None);
}

METHOD(list_insert_m) {
  if (args_pos(rt, "list.insert", argc, kwnames, 2, 2) < 0) return NULL;
  int64_t i;
  if (arg_ssize(rt, argv[0], &i) < 0) return NULL;
  return list_insert(rt, self, i, argv[1]) < 0 ? NULL : incref(None);
}

METHOD(list_pop_m) {
  if (args_pos(rt, "list.pop", argc, kwnames, 0, 1) < 0) return NULL;
  int64_t i = -1;
  if (argc && arg_ssize(rt, argv[0], &i) < 0) return NULL;
  List *l = AS_LIST(self);
  if (l->n == 0) return err_str(rt, EXC(IndexError), "pop from empty list");
  if (i < 0) i += (int64_t)l->n;
  if (i < 0 || i >= (int64_t)l->n) return err_str(rt, EXC(IndexError), "pop index out of range");
  Obj *v = l->items[i];
  memmove(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1) * sizeof(Obj *));
  l->n--;
  return v;
}

METHOD(list_remove_m) {
  if (args_one(rt, "list.remove", argc, kwnames) < 0) return NULL;
  List *l = AS_LIST(self);
  for (size_t i = 0; i < l->n; i++) {
    Obj *item = incref(l->items[i]);
    int r = obj_eq(rt, item, argv[0]);
    decref(item);
    if (r < 0) return NULL;
    if (r && i < l->n) {
      Obj *v = l->items[i];
      memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Obj *));
      l->n--;
      decref(v);
      return incref(None);
    }
  }
  return err_str(rt, EXC(ValueError), "list.remove(x): x not in list");
}

METHOD(list_index_m) {
  int64_t start, stop;
  if (index_args(rt, "list.index", argv, argc, kwnames, &start, &stop) < 0) return NULL;
  List *l = AS_LIST(self);
  adjust_indices(&start, &stop, (int64_t)l->n);
  for (int64_t i = start; i < stop && i < (int64_t)l->n; i++) {
    Obj *item = incref(l->items[i]);
    int r = obj_eq(rt, item, argv[0]);
    decref(item);
    if (r < 0) return NULL;
    if (r) return int_from_i64(rt, i);
  }
  if (index_plain_msg[rt->pyv]) return err_str(rt, EXC(ValueError), "list.index(x): x not in list");
  return err_format(rt, EXC(ValueError), "%R is not in list", argv[0]);
}

METHOD(list_count_m) {
  if (args_one(rt, "list.count", argc, kwnames) < 0) return NULL;
  List *l = AS_LIST(self);
  int64_t c = 0;
  for (size_t i = 0; i < l->n; i++) {
    Obj *item = incref(l->items[i]);
    int r = obj_eq(rt, item, argv[0]);
    decref(item);
    if (r < 0) return NULL;
    c += r;
  }
  return int_from_i64(rt, c);
}

METHOD(list_sort_m) {
  static const char *const names[] = {"key", "reverse"};
  KwSpec spec = {"sort", names, 2, 0, 0, 0};
  Obj *a[2];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int reverse = 0;
  if (a[1]) {
    if (reverse_is_bool[rt->pyv]) reverse = obj_truth(rt, a[1]);
    else if (arg_int(rt, a[1], &reverse) < 0) return NULL;
    if (reverse < 0) return NULL;
  }
  return list_sort(rt, self, a[0] && a[0] != None ? a[0] : NULL, reverse) < 0 ? NULL : incref(None);
}

METHOD(list_reverse_m) {
  (void)argv;
  if (args_none(rt, "list.reverse", argc, kwnames) < 0) return NULL;
  List *l = AS_LIST(self);
  for (size_t i = 0, j = l->n; i + 1 < j; i++, j--) {
    Obj *t = l->items[i];
    l->items[i] = l->items[j - 1];
    l->items[j - 1] = t;
  }
  return incref(None);
}

METHOD(list_copy_m) {
  (void)argv;
  if (args_none(rt, "list.copy", argc, kwnames) < 0) return NULL;
  return list_from(rt, AS_LIST(self)->items, AS_LIST(self)->n);
}

METHOD(list_clear_m) {
  (void)argv;
  if (args_none(rt, "list.clear", argc, kwnames) < 0) return NULL;
  List *l = AS_LIST(self);
  Obj **items = l->items;
  size_t n = l->n;
  l->items = NULL;
  l->n = l->cap = 0;
  for (size_t i = 0; i < n; i++) decref(items[i]);
  mem_free(items);
  return incref(None);
}

/* list_reverseiterator: walks back from the end; stops for good when the
 * index leaves the list. */
typedef struct RevIter { Obj ob; Obj *seq; int64_t i; } RevIter;

static Obj *reviter_next(Rt *rt, Obj *o) {
  (void)rt;
  RevIter *it = (RevIter *)o;
  if (!it->seq) return NULL;
  if (it->i >= 0 && it->i < (int64_t)list_len(it->seq)) return incref(list_get(it->seq, (size_t)it->i--));
  CLEAR(it->seq);
  return NULL;
}
static void reviter_dealloc(Obj *o) { CLEAR(((RevIter *)o)->seq); obj_free_mem(o); }
static int reviter_traverse(Obj *o, VisitFn visit, void *arg) {
  Obj *s = ((RevIter *)o)->seq;
  return s ? visit(s, arg) : 0;
}
static void reviter_clear(Obj *o) { CLEAR(((RevIter *)o)->seq); }
static Obj *self_iter(Rt *rt, Obj *o) { (void)rt; return incref(o); }

Type ListRevIterType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "list_reverseiterator",
  .basicsize = sizeof(RevIter),
  .flags = TF_GC,
  .dealloc = reviter_dealloc,
  .traverse = reviter_traverse,
  .clear = reviter_clear,
  .iter = self_iter,
  .next = reviter_next,
};

METHOD(list_reversed_m) {
  (void)argv;
  if (args_none(rt, "list.__reversed__", argc, kwnames) < 0) return NULL;
  if (!(ListRevIterType.flags & TF_READY) && type_ready(&ListRevIterType) < 0) return err_nomem(rt);
  RevIter *it = (RevIter *)obj_alloc(rt, &ListRevIterType, sizeof(RevIter));
  if (!it) return NULL;
  it->seq = incref(self);
  it->i = (int64_t)list_len(self) - 1;
  return (Obj *)it;
}

METHOD(list_iadd_m) {
  if (args_wrapper(rt, "__iadd__", argc, kwnames, 1) < 0) return NULL;
  return list_extend_with(rt, self, argv[0]) < 0 ? NULL : incref(self);
}

METHOD(list_imul_m) {
  if (args_wrapper(rt, "__imul__", argc, kwnames, 1) < 0) return NULL;
  int64_t k;
  if (arg_ssize(rt, argv[0], &k) < 0) return NULL;
  Obj *r = ListType.repeat(rt, self, k);
  if (!r) return NULL;
  List *l = AS_LIST(self), *x = AS_LIST(r);
  Obj **old = l->items;
  size_t n = l->n;
  l->items = x->items;
  l->n = x->n;
  l->cap = x->cap;
  x->items = old;
  x->n = n;
  x->cap = n;
  decref(r);
  return incref(self);
}

/* __add__ / __mul__ / __rmul__ of the sequences: the concat and repeat
 * slots' wrappers (shared with bytes_methods.c). */
Obj *seq_add_m(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (args_wrapper(rt, "__add__", argc, kwnames, 1) < 0) return NULL;
  return self->type->concat(rt, self, argv[0]);
}

Obj *seq_mul_m(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (args_wrapper(rt, "__mul__", argc, kwnames, 1) < 0) return NULL;
  int64_t k;
  if (arg_ssize(rt, argv[0], &k) < 0) return NULL;
  return self->type->repeat(rt, self, k);
}

Obj *class_getitem_m(Rt *, Obj *, Obj *const *, size_t, Obj *);   /* generic_alias.c */

const MethodDef list_methods[] = {
  {"__class_getitem__", class_getitem_m, METH_CLASS},
  {"__reversed__", list_reversed_m, 0},
  {"clear", list_clear_m, 0},
  {"copy", list_copy_m, 0},
  {"append", list_append_m, 0},
  {"insert", list_insert_m, 0},
  {"extend", list_extend_m, 0},
  {"pop", list_pop_m, 0},
  {"remove", list_remove_m, 0},
  {"index", list_index_m, 0},
  {"count", list_count_m, 0},
  {"reverse", list_reverse_m, 0},
  {"sort", list_sort_m, 0},
  {"__add__", seq_add_m, 0},
  {"__mul__", seq_mul_m, 0},
  {"__rmul__", seq_mul_m, 0},
  {"__iadd__", list_iadd_m, 0},
  {"__imul__", list_imul_m, 0},
  {NULL, NULL, 0}
};

/* ---- tuple ----------------------------------------------------------------------------------- */

METHOD(tuple_index_m) {
  int64_t start, stop;
  if (index_args(rt, "tuple.index", argv, argc, kwnames, &start, &stop) < 0) return NULL;
  int64_t i = items_index(rt, AS_TUPLE(self)->items, tuple_len(self), argv[0], start, stop);
  if (i == -2) return NULL;
  if (i < 0) return err_str(rt, EXC(ValueError), "tuple.index(x): x not in tuple");
  return int_from_i64(rt, i);
}

METHOD(tuple_count_m) {
  if (args_one(rt, "tuple.count", argc, kwnames) < 0) return NULL;
  int64_t c = items_count(rt, AS_TUPLE(self)->items, tuple_len(self), argv[0]);
  return c < 0 ? NULL : int_from_i64(rt, c);
}

METHOD(tuple_getnewargs_m) {
  (void)argv;
  if (args_none(rt, "tuple.__getnewargs__", argc, kwnames) < 0) return NULL;
  Obj *t = tuple_from(rt, AS_TUPLE(self)->items, tuple_len(self));
  Obj *r = t ? tuple_pack(rt, 1, t) : NULL;
  xdecref(t);
  return r;
}

const MethodDef tuple_methods[] = {
  {"__class_getitem__", class_getitem_m, METH_CLASS},
  {"__getnewargs__", tuple_getnewargs_m, 0},
  {"index", tuple_index_m, 0},
  {"count", tuple_count_m, 0},
  {"__add__", seq_add_m, 0},
  {"__mul__", seq_mul_m, 0},
  {"__rmul__", seq_mul_m, 0},
  {NULL, NULL, 0}
};
