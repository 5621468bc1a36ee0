/* gc.c: allocation and CPython-style cycle collection. */
#include "obj/gc.h"
#include "obj/object.h"
#include "obj/runtime.h"
#include "obj/err.h"
#include "base/mem.h"
#include <string.h>

#define HEAD(o) ((GcHead *)(o) - 1)
#define OBJ(h) ((Obj *)((GcHead *)(h) + 1))

static int is_gc(const Obj *o) { return (o->type->flags & TF_GC) != 0; }

void gc_init(GcState *gc) {
  gc->list.next = gc->list.prev = &gc->list;
  gc->frozen.next = gc->frozen.prev = &gc->frozen;
  gc->count = gc->allocs_since = 0;
  gc->threshold = 2000;
  gc->collecting = 0;
  gc->enabled = 1;
}

static void link_head(GcState *gc, GcHead *h) {
  h->next = &gc->list;
  h->prev = gc->list.prev;
  gc->list.prev->next = h;
  gc->list.prev = h;
  h->refs = 0;
  gc->allocs_since++;
}

static void unlink_head(GcHead *h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->next = h->prev = NULL;
}

Obj *obj_alloc(Rt *rt, Type *t, size_t size) { return obj_alloc_head(rt, t, size, size); }

Obj *obj_alloc_head(Rt *rt, Type *t, size_t size, size_t zeroed) {
  Obj *o;
  if (t->flags & TF_GC) {
    GcHead *h = mem_alloc(sizeof(GcHead) + size);
    if (!h) return err_nomem(rt);
    if (zeroed) memset(h + 1, 0, zeroed);
    link_head(&rt->gc, h);
    o = OBJ(h);
  } else {
    o = mem_alloc(size);
    if (!o) return err_nomem(rt);
    if (zeroed) memset(o, 0, zeroed);
  }
  o->rc = 1;
  o->type = t;
  if (t->flags & TF_HEAP) incref((Obj *)t);
  return o;
}

void obj_free_mem(Obj *o) {
  if (is_gc(o)) {
    GcHead *h = HEAD(o);
    if (h->next) unlink_head(h);
    mem_free(h);
  } else {
    mem_free(o);
  }
}

Obj *obj_resize(Rt *rt, Obj *o, size_t size) {
  Obj *n = mem_realloc(o, size);
  if (!n) return err_nomem(rt);
  return n;
}

/* ---- collection ----------------------------------------------------------- */

#define REACHED ((intptr_t)-1)
#define FROZEN INTPTR_MIN   /* refs of a frozen object: never changed by a collection */

/* The collector's work arrays (a pointer per tracked object, freed before it
 * returns) ignore the memory cap: collecting is how memory comes back, and
 * must not fail because a program filled the cap (a fresh run and
 * pyexc_close would then keep, or leak, everything it holds). */

static int tracked(const Obj *o) { return o && is_gc(o) && o->rc >= 0 && HEAD(o)->next && HEAD(o)->refs != FROZEN; }

static int visit_decref(Obj *o, void *arg) {
  (void)arg;
  if (tracked(o)) HEAD(o)->refs--;
  return 0;
}

typedef struct Stack { Obj **items; size_t n; } Stack;

static int visit_reach(Obj *o, void *arg) {
  Stack *st = arg;
  if (tracked(o) && HEAD(o)->refs != REACHED) {
    HEAD(o)->refs = REACHED;
    st->items[st->n++] = o;
  }
  return 0;
}

/* Snapshot of every tracked object, each increfed (so clearing one cannot
 * free another under our feet). */
static Obj **snapshot(GcState *gc, size_t *n, int only_unreached) {
  size_t count = 0;
  GcHead *l = &gc->list, *h;
  for (h = l->next; h != l; h = h->next) count++;
  Obj **arr = mem_alloc_unlimited((count ? count : 1) * sizeof(Obj *));
  if (!arr) return NULL;
  size_t k = 0;
  for (h = l->next; h != l; h = h->next)
    if (!only_unreached || h->refs != REACHED) arr[k++] = incref(OBJ(h));
  *n = k;
  return arr;
}

static void clear_and_release(Obj **arr, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (arr[i]->type->clear) arr[i]->type->clear(arr[i]);
  for (size_t i = 0; i < n; i++) decref(arr[i]);
  mem_free(arr);
}

size_t gc_collect(Rt *rt) {
  GcState *gc = &rt->gc;
  if (gc->collecting) return 0;
  GcHead *l = &gc->list, *h;
  size_t count = 0;
  for (h = l->next; h != l; h = h->next) count++;
  Stack st = {mem_alloc_unlimited((count ? count : 1) * sizeof(Obj *)), 0};
  if (!st.items) return 0;
  gc->collecting = 1;
  /* refs = references from outside the tracked set */
  for (h = l->next; h != l; h = h->next) h->refs = OBJ(h)->rc;
  for (h = l->next; h != l; h = h->next) {
    Obj *o = OBJ(h);
    if (o->type->traverse) o->type->traverse(o, visit_decref, NULL);
  }
  /* everything reachable from an externally referenced object survives */
  for (h = l->next; h != l; h = h->next)
    if (h->refs > 0) { h->refs = REACHED; st.items[st.n++] = OBJ(h); }
  while (st.n) {
    Obj *o = st.items[--st.n];
    if (o->type->traverse) o->type->traverse(o, visit_reach, &st);
  }
  mem_free(st.items);
  gc->count = count;
  size_t n = 0;
  Obj **garbage = snapshot(gc, &n, 1);
  if (garbage) clear_and_release(garbage, n);
  gc->allocs_since = 0;
  gc->collecting = 0;
  return n;
}

void gc_maybe_collect(Rt *rt) {
  if (rt->gc.enabled && rt->gc.allocs_since > rt->gc.threshold) {
    gc_collect(rt);
    size_t t = rt->gc.count / 2;   /* grow the threshold with the heap */
    rt->gc.threshold = t > 2000 ? t : 2000;
  }
}

/* Moves the whole list of src to the end of dst's. */
static void splice(GcHead *dst, GcHead *src) {
  if (src->next == src) return;
  src->next->prev = dst->prev;
  dst->prev->next = src->next;
  src->prev->next = dst;
  dst->prev = src->prev;
  src->next = src->prev = src;
}

void gc_freeze(Rt *rt) {
  GcState *gc = &rt->gc;
  for (GcHead *h = gc->list.next; h != &gc->list; h = h->next) h->refs = FROZEN;
  splice(&gc->frozen, &gc->list);
  gc->allocs_since = 0;
}

typedef struct FreezeStack { Obj **items; size_t n, cap; int failed; } FreezeStack;

static int visit_freeze(Obj *o, void *arg) {
  FreezeStack *st = arg;
  if (!tracked(o)) return 0;
  if (st->n == st->cap) {
    size_t cap = st->cap ? st->cap * 2 : 16;
    Obj **items = mem_realloc(st->items, cap * sizeof(Obj *));
    if (!items) { st->failed = 1; return 0; }
    st->items = items;
    st->cap = cap;
  }
  GcHead *h = HEAD(o);
  h->refs = FROZEN;   /* marked when pushed: each object once */
  st->items[st->n++] = o;
  return 0;
}

void gc_freeze_from(Rt *rt, Obj *o) {
  GcState *gc = &rt->gc;
  if (gc->collecting) return;
  FreezeStack st = {NULL, 0, 0, 0};
  visit_freeze(o, &st);
  while (st.n) {
    Obj *x = st.items[--st.n];
    GcHead *h = HEAD(x);
    unlink_head(h);
    h->next = &gc->frozen;   /* to the end of the frozen list */
    h->prev = gc->frozen.prev;
    gc->frozen.prev->next = h;
    gc->frozen.prev = h;
    if (x->type->traverse) x->type->traverse(x, visit_freeze, &st);
  }
  mem_free(st.items);
}

void gc_clear_all(Rt *rt) {
  GcHead *l = &rt->gc.list;
  for (GcHead *h = rt->gc.frozen.next; h != &rt->gc.frozen; h = h->next) h->refs = 0;
  splice(l, &rt->gc.frozen);
  for (int pass = 0; pass < 8 && l->next != l; pass++) {
    size_t n = 0;
    Obj **all = snapshot(&rt->gc, &n, 0);
    if (!all) return;
    clear_and_release(all, n);
  }
}
