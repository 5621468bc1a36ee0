/* runtime.h: the state of one interpreter. Every function that can raise or
 * allocate Python objects takes the runtime first, as Lua passes its state.
 * Types are static and shared; everything else belongs to one runtime. */
#ifndef PX_RUNTIME_H
#define PX_RUNTIME_H
#include "obj/object.h"
#include "obj/gc.h"

/* Python versions and platforms a runtime can model. Version differences are
 * data: each layer keeps tables indexed by PyVersion. */
typedef enum PyVersion { PY311, PY312, PY313, PY314, PY_NVERSIONS } PyVersion;
typedef enum Platform { PLAT_LINUX, PLAT_EMSCRIPTEN, PLAT_WASI, PLAT_N } Platform;

struct ExcState;   /* owned by src/exc */
struct TraceState; /* owned by src/trace */
struct LangState;  /* owned by src/lang */

struct Rt {
  PyVersion pyv;
  Platform platform;
  int hash_bits;            /* 64 on linux, 32 on the wasm platforms (Py_hash_t) */
  Obj *exc;                 /* the pending exception, or NULL */
  Obj *handled;             /* the exception being handled (sys.exception()), borrowed from the frame stack */
  /* Called whenever an exception becomes pending (context chaining). */
  void (*on_raise)(Rt *rt, Obj *exc);
  Obj *memory_error;        /* preallocated MemoryError instance */
  int in_nomem;             /* raising MemoryError (no recursion) */
  int depth, depth_limit;   /* C-level recursion guard */
  /* The step budget: steps counts VM instructions and items produced for C
   * loops (obj_next); past step_budget (0: none), on_budget raises. */
  uint64_t steps, step_budget;
  void (*on_budget)(Rt *rt);
  Obj *repr_stack;          /* list: containers whose repr is in progress */
  Obj *builtins;            /* dict */
  GcState gc;
  struct ExcState *excs;
  struct TraceState *trace;
  struct LangState *lang;
};

Rt  *rt_new(PyVersion v, Platform p);   /* NULL if memory runs out */
void rt_free(Rt *rt);

/* Guard for C recursion (repr of nested containers, calls):
 * returns -1 with RecursionError set when the limit is passed. */
int  rt_enter(Rt *rt, const char *where);
static inline void rt_leave(Rt *rt) { rt->depth--; }

/* One step of work: -1 with an error pending once the budget is spent. */
static inline int rt_tick(Rt *rt) {
  if (rt->step_budget && ++rt->steps > rt->step_budget) {
    if (rt->on_budget) rt->on_budget(rt);
    return -1;
  }
  return 0;
}

#endif
