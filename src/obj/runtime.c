/* runtime.c: creating and destroying a runtime. */
#include "obj/runtime.h"
#include "obj/err.h"
#include "obj/type.h"
#include "obj/seq.h"
#include "base/mem.h"

Rt *rt_new(PyVersion v, Platform p) {
  if (obj_types_init() < 0) return NULL;
  Rt *rt = mem_calloc(1, sizeof(Rt));
  if (!rt) return NULL;
  rt->pyv = v;
  rt->platform = p;
  rt->hash_bits = p == PLAT_LINUX ? 64 : 32;
  rt->depth_limit = 900;
  gc_init(&rt->gc);
  rt->builtins = dict_new(rt);
  rt->repr_stack = list_new(rt, 0);
  if (!rt->builtins || !rt->repr_stack) { rt_free(rt); return NULL; }
  return rt;
}

void rt_free(Rt *rt) {
  if (!rt) return;
  CLEAR(rt->exc);
  CLEAR(rt->builtins);
  CLEAR(rt->repr_stack);
  CLEAR(rt->memory_error);
  gc_clear_all(rt);
  mem_free(rt);
}

int rt_enter(Rt *rt, const char *where) {
  if (++rt->depth > rt->depth_limit) {
    rt->depth--;
    err_format(rt, EXC(RecursionError), "maximum recursion depth exceeded%s", where ? where : "");
    return -1;
  }
  return 0;
}
