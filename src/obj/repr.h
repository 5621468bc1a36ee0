/* repr.h: helpers shared by the container types. */
#ifndef PX_REPR_H
#define PX_REPR_H
#include "obj/object.h"
#include "obj/runtime.h"
#include "base/strbuf.h"

/* Recursion guard for showing self-containing containers ([...]):
 * returns 1 when o is already being shown, 0 when entered, -1 on error. */
int  repr_enter(Rt *rt, Obj *o);
void repr_leave(Rt *rt, Obj *o);
/* "a, b, c" from the reprs of the items. */
int  repr_items_to(Rt *rt, StrBuf *b, Obj *const *items, size_t n);
/* Lexicographic comparison of two item arrays. */
Obj *seq_richcmp(Rt *rt, Obj *const *a, size_t na, Obj *const *b, size_t nb, int op);
Obj *seq_index_error(Rt *rt, const char *what);
/* For unhashable types. */
int64_t hash_unhashable(Rt *rt, Obj *o);

#endif
