/* seq.h: tuple, list, dict, set, range and slice values. */
#ifndef PX_SEQ_H
#define PX_SEQ_H
#include "obj/object.h"
#include "obj/runtime.h"

Obj *tuple_new(Rt *rt, size_t n);            /* items NULL: fill them all */
Obj *tuple_pack(Rt *rt, size_t n, ...);      /* borrowed items */
Obj *tuple_from(Rt *rt, Obj *const *items, size_t n);
Obj *tuple_empty(void);
static inline Obj *tuple_get(Obj *t, size_t i) { return ((Tuple *)t)->items[i]; }
static inline size_t tuple_len(Obj *t) { return ((Tuple *)t)->n; }

Obj *list_new(Rt *rt, size_t n);             /* n items, all NULL: fill them */
Obj *list_from(Rt *rt, Obj *const *items, size_t n);
int  list_append(Rt *rt, Obj *l, Obj *item); /* borrowed item */
int  list_insert(Rt *rt, Obj *l, int64_t i, Obj *item);
Obj *list_pop_last(Obj *l);                  /* owned, or NULL if empty */
int  list_sort(Rt *rt, Obj *l, Obj *key, int reverse);
static inline Obj *list_get(Obj *l, size_t i) { return ((List *)l)->items[i]; }
static inline size_t list_len(Obj *l) { return ((List *)l)->n; }

Obj *dict_new(Rt *rt);
/* Borrowed result; NULL with no error when missing, NULL + error if hashing fails. */
Obj *dict_get(Rt *rt, Obj *d, Obj *key);
Obj *dict_get_s(Rt *rt, Obj *d, const char *key);
int  dict_set(Rt *rt, Obj *d, Obj *key, Obj *value);
int  dict_set_s(Rt *rt, Obj *d, const char *key, Obj *value);
int  dict_del(Rt *rt, Obj *d, Obj *key);     /* KeyError when missing */
/* Iteration: *pos starts at 0; borrowed key/value. */
int  dict_next(Obj *d, size_t *pos, Obj **key, Obj **value);
int  dict_update(Rt *rt, Obj *d, Obj *other);
Obj *dict_copy(Rt *rt, Obj *d);
/* Room for n entries without growing (the order is kept). */
int  dict_presize(Rt *rt, Obj *d, size_t n);
static inline size_t dict_len(Obj *d) { return ((Dict *)d)->used; }

Obj *set_new(Rt *rt, Type *t, Obj *iterable);   /* t: set or frozenset; iterable may be NULL */
int  set_add(Rt *rt, Obj *s, Obj *key);
int  set_contains(Rt *rt, Obj *s, Obj *key);
int  set_discard(Rt *rt, Obj *s, Obj *key);      /* 1 found, 0 not, -1 error */
int  set_next(Obj *s, size_t *pos, Obj **key);
/* With a known hash (e.g. an entry's stored one); for the methods. */
int  set_add_hashed(Rt *rt, Obj *s, Obj *key, int64_t hash);
int  set_contains_hashed(Rt *rt, Obj *s, Obj *key, int64_t hash);
int  set_discard_hashed(Rt *rt, Obj *s, Obj *key, int64_t hash);
int64_t set_entry_hash(Obj *s, size_t pos);   /* of the entry set_next just gave */
int  set_update_from(Rt *rt, Obj *s, Obj *iterable);   /* CPython's set_update_internal */
int  set_shrink(Rt *rt, Obj *s);                /* resize away dummies if > 1/4 of the table */
Obj *set_pop_entry(Obj *s);                     /* owned key, or NULL if empty */

Obj *range_new(Rt *rt, int64_t start, int64_t stop, int64_t step);
Obj *slice_new(Rt *rt, Obj *start, Obj *stop, Obj *step);
/* Clamps a slice to a sequence of length len (CPython's PySlice_Unpack +
 * AdjustIndices). Returns the slice length, or -1 with an error. */
int64_t slice_indices(Rt *rt, Obj *slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);

/* A generic iterator over a tuple/list/str/bytes/range. */
Obj *seqiter_new(Rt *rt, Type *t, Obj *seq);

#endif
