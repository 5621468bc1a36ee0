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

/* ---- suggestions in messages -------------------------------------------------------------- */

/* Python/suggestions.c: Levenshtein over UTF-8 bytes, a move costing 2 and
 * a change of case 1, giving up past max_cost. */
#define SUG_MOVE 2
#define SUG_CASE 1
#define SUG_MAX_STRING 40

static size_t sug_cost(char a, char b) {
  if (a == b) return 0;
  if ((a & 31) != (b & 31)) return SUG_MOVE;
  if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
  return a == b ? SUG_CASE : SUG_MOVE;
}

static size_t sug_distance(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
  while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
  while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
  if (!an || !bn) return (an + bn) * SUG_MOVE;
  if (an > SUG_MAX_STRING || bn > SUG_MAX_STRING) return max_cost + 1;
  if (bn < an) {
    const char *t = a; a = b; b = t;
    size_t tn = an; an = bn; bn = tn;
  }
  if ((bn - an) * SUG_MOVE > max_cost) return max_cost + 1;
  size_t row[SUG_MAX_STRING], result = 0;
  for (size_t i = 0; i < an; i++) row[i] = (i + 1) * SUG_MOVE;
  for (size_t bi = 0; bi < bn; bi++) {
    size_t dist = result = bi * SUG_MOVE, minimum = SIZE_MAX;
    for (size_t i = 0; i < an; i++) {
      size_t substitute = dist + sug_cost(b[bi], a[i]);
      dist = row[i];
      size_t insert_delete = (result < dist ? result : dist) + SUG_MOVE;
      result = insert_delete < substitute ? insert_delete : substitute;
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

Obj *lang_suggest(Obj *const *names, size_t n, Obj *wrong) {
  if (n >= 750) return NULL;
  size_t best = SIZE_MAX;
  Obj *sugg = NULL;
  for (size_t i = 0; i < n; i++) {
    Obj *cand = names[i];
    if (!IS_STR(cand) || str_equal(cand, wrong)) continue;
    size_t maxd = (str_len(wrong) + str_len(cand) + 3) * SUG_MOVE / 6;
    if (best - 1 < maxd) maxd = best - 1;
    size_t d = sug_distance(str_c(wrong), str_len(wrong), str_c(cand), str_len(cand), maxd);
    if (d > maxd) continue;
    if (!sugg || d < best) { sugg = cand; best = d; }
  }
  return sugg;
}
