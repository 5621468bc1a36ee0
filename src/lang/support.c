/* support.c: what other parts need from the interpreter: locals() of a
 * frame, format(), the names for tracebacks (the caret anchors are in
 * anchors.c), and frame accounting. */
#include "lang/modules.h"
#include "lang/ast.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/type.h"
#include "obj/format.h"
#include "obj/slots.h"
#include "exc/exc.h"

Obj *frame_locals_dict(Rt *rt, Frame *f) {
  if (f->locals) return incref(f->locals);
  Code *co = (Code *)f->base.code;
  Obj *d = dict_new(rt);
  if (!d) return NULL;
  for (int i = 0; i < co->nlocals; i++) {
    Obj *v = f->fast[i];
    if (v && dict_set(rt, d, tuple_get(co->varnames, (size_t)i), v) < 0) { decref(d); return NULL; }
  }
  size_t ncells = tuple_len(co->cellvars), nfree = tuple_len(co->freevars);
  for (size_t i = 0; i < ncells + nfree; i++) {
    Obj *cell = f->fast[co->nlocals + (int)i];
    Obj *v = cell ? ((Cell *)cell)->ref : NULL;
    Obj *name = i < ncells ? tuple_get(co->cellvars, i) : tuple_get(co->freevars, i - ncells);
    if (v && dict_set(rt, d, name, v) < 0) { decref(d); return NULL; }
  }
  return d;
}

Obj *builtin_format(Rt *rt, Obj *v, Obj *spec) {
  Obj *m = type_lookup_s(v->type, "__format__");
  if (m && (v->type->flags & TF_HEAP) && !is_type(m, &SlotWrapperType)) {
    Obj *r = obj_call_method(rt, v, "__format__", &spec, 1);
    if (r && !IS_STR(r)) {
      err_format(rt, EXC(TypeError), "__format__ must return a str, not %s", type_name(r));
      CLEAR(r);
    }
    return r;
  }
  if (err_occurred(rt)) return NULL;
  if (!IS_STR(v) && !IS_INT(v) && !is_inst(v, &FloatType) && str_len(spec))
    return err_format(rt, EXC(TypeError), "unsupported format string passed to %s.__format__", type_name(v));
  return format_value(rt, v, spec);
}

Obj *lang_frame_names(Rt *rt, Obj *frame) {
  Frame *f = (Frame *)frame;
  Obj *names = list_new(rt, 0), *loc = frame_locals_dict(rt, f);
  if (!names || !loc) { xdecref(names); xdecref(loc); return NULL; }
  Obj *dicts[3] = {loc, f->base.globals, f->builtins};
  for (int k = 0; k < 3; k++) {
    size_t pos = 0;
    Obj *key, *v;
    while (dicts[k] && dict_next(dicts[k], &pos, &key, &v))
      if (list_append(rt, names, key) < 0) { decref(loc); decref(names); return NULL; }
  }
  decref(loc);
  return names;
}
