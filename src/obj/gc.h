/* gc.h: object allocation and the cycle collector.
 * Container objects are allocated with a GcHead in front and linked into
 * their runtime's list. Collection uses CPython's method: copy each tracked
 * object's refcount, subtract references from other tracked objects; what
 * stays positive is reachable from outside (C stacks, globals), and everything
 * reachable from those survives; the rest is garbage and is cleared. */
#ifndef PX_GC_H
#define PX_GC_H
#include <stddef.h>
#include <stdint.h>

typedef struct Obj Obj;
typedef struct Type Type;
typedef struct Rt Rt;

typedef struct GcHead {
  struct GcHead *next, *prev;
  intptr_t refs;          /* scratch during collection */
} GcHead;

typedef struct GcState {
  GcHead list;            /* sentinel of the tracked list */
  GcHead frozen;          /* sentinel of the frozen list: tracked, never scanned (gc_freeze) */
  size_t count;           /* tracked objects at the last collection */
  size_t allocs_since;    /* container allocations since the last collection */
  size_t threshold;
  int collecting, enabled;
} GcState;

/* Allocates an object of `size` bytes (header included), rc 1, type set,
 * the rest zeroed. Tracked when the type has TF_GC. NULL + MemoryError. */
Obj *obj_alloc(Rt *rt, Type *t, size_t size);
/* The same, zeroing only the first `zeroed` bytes (the header and the
 * fields; the caller fills the rest, e.g. a str's bytes). */
Obj *obj_alloc_head(Rt *rt, Type *t, size_t size, size_t zeroed);
/* Releases the memory of an object (its dealloc calls this last). */
void obj_free_mem(Obj *o);
/* Resizes a non-GC variable-size object in place (str/bytes building). */
Obj *obj_resize(Rt *rt, Obj *o, size_t size);

void gc_init(GcState *gc);
size_t gc_collect(Rt *rt);   /* returns the number of objects freed */
/* Called at safe points (e.g. between statements): collects when due. */
void gc_maybe_collect(Rt *rt);
/* CPython's gc.freeze(): the objects tracked so far (the runtime's own:
 * builtins, modules' functions) are never scanned again, so collections
 * cost what the program allocated. References from frozen objects count as
 * external ones: what they hold stays alive. Freed as usual when their
 * count drops to zero; cycles among them live until teardown. */
void gc_freeze(Rt *rt);
/* Freezes o and the tracked objects reachable from it: for immutable
 * graphs kept across runs (cached code, source lines), which collections
 * then never scan. Best effort: without memory, some stay tracked. */
void gc_freeze_from(Rt *rt, Obj *o);
/* At runtime teardown: break every remaining cycle. */
void gc_clear_all(Rt *rt);

#endif
