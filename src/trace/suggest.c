/* suggest.c: "Did you mean: 'x'?" for NameError, AttributeError and
 * ImportError, as each CPython computes it:
 *   SG_C:  Python/suggestions.c (the C printer of 3.11/3.12, and
 *          _suggestions._generate_suggestions of 3.13+): UTF-8 bytes, fewer
 *          than 750 candidates, no first cap on the distance;
 *   SG_PY: traceback.py 3.12's _compute_suggestion_error: code points, at
 *          most 750 candidates, names of at most 40 characters, the distance
 *          capped below the name's length.
 * Both score with the same Levenshtein variant: a move costs 2, a change of
 * case 1. Candidates: dir(obj) for AttributeError, dir(module) for
 * ImportError, the frame's locals/globals/builtins for NameError. */
#include "trace/render_internal.h"
#include "trace/stdlib_names.h"
#include "exc/exc.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "base/mem.h"
#include "base/unicode.h"
#include <limits.h>

#define MAX_CANDIDATES 750
#define MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static int is_stdlib(const Render *r, const char *name) {
  return (stdlib_name_mask(name, strlen(name)) & r->st->width_bit) != 0;
}

/* ---- distances ------------------------------------------------------------------------------- */

static long sub_cost(uint32_t a, uint32_t b, int bytes) {
  if (a == b) return 0;
  if (bytes) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
  }
  uint32_t la[3], lb[3];
  int na = uni_tolower(a, la), nb = uni_tolower(b, lb);
  return na == nb && !memcmp(la, lb, (size_t)na * sizeof(uint32_t)) ? CASE_COST : MOVE_COST;
}

/* levenshtein_distance over units (bytes or code points). */
static long distance(const uint32_t *a, size_t an, const uint32_t *b, size_t bn, long max_cost, int bytes) {
  while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
  while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
  if (!an || !bn) return (long)(an + bn) * MOVE_COST;
  if (an > MAX_STRING || bn > MAX_STRING) return max_cost + 1;
  if (bn < an) {
    const uint32_t *t = a; a = b; b = t;
    size_t tn = an; an = bn; bn = tn;
  }
  if ((long)(bn - an) * MOVE_COST > max_cost) return max_cost + 1;
  long row[MAX_STRING], result = 0;
  for (size_t i = 0; i < an; i++) row[i] = (long)(i + 1) * MOVE_COST;
  for (size_t bi = 0; bi < bn; bi++) {
    long dist = result = (long)bi * MOVE_COST, minimum = LONG_MAX;
    for (size_t i = 0; i < an; i++) {
      long substitute = dist + sub_cost(b[bi], a[i], bytes);
      dist = row[i];
      long insert_delete = (result < dist ? result : dist) + MOVE_COST;
      result = insert_delete < substitute ? insert_delete : substitute;
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

/* A name as units: bytes (SG_C) or code points. */
static uint32_t *units(Obj *s, size_t *n, int bytes) {
  const char *p = str_c(s);
  uint32_t *u = mem_alloc((str_len(s) + 1) * sizeof(uint32_t));
  if (!u) return NULL;
  *n = 0;
  if (bytes) {
    for (size_t i = 0; i < str_len(s); i++) u[(*n)++] = (unsigned char)p[i];
    return u;
  }
  U d;
  if (u_decode(&d, p, str_len(s)) < 0) { mem_free(u); return NULL; }
  memcpy(u, d.c, d.n * sizeof(uint32_t));
  *n = d.n;
  u_free(&d);
  return u;
}

/* The best candidate of a list, or NULL (borrowed). */
static Obj *closest(Obj *names, Obj *wrong, int bytes) {
  size_t n = list_len(names), wn, cn;
  if (bytes ? n >= MAX_CANDIDATES : n > MAX_CANDIDATES) return NULL;
  uint32_t *w = units(wrong, &wn, bytes);
  if (!w || (!bytes && wn > MAX_STRING)) { mem_free(w); return NULL; }
  long best = bytes ? LONG_MAX : (long)wn;
  Obj *sugg = NULL;
  for (size_t i = 0; i < n; i++) {
    Obj *cand = list_get(names, i);
    if (!IS_STR(cand) || str_equal(cand, wrong)) continue;
    uint32_t *c = units(cand, &cn, bytes);
    if (!c) continue;
    long maxd = (long)(cn + wn + 3) * MOVE_COST / 6;
    if (best - 1 < maxd) maxd = best - 1;
    long d = distance(w, wn, c, cn, maxd, bytes);
    mem_free(c);
    if (d > maxd) continue;
    if (!sugg || d < best) { sugg = cand; best = d; }
  }
  mem_free(w);
  return sugg;
}

static Obj *best_of(Render *r, Obj *names, Obj *wrong) {
  return closest(names, wrong, r->st->suggest == SG_C);
}

Obj *trace_suggest_closest(Obj *names, Obj *wrong) { return closest(names, wrong, 1); }

/* ---- candidates --------------------------------------------------------------------------------- */

static Obj *call_builtin(Rt *rt, const char *name, Obj *arg) {
  Obj *f = dict_get_s(rt, rt->builtins, name);
  if (!f) { err_clear(rt); return NULL; }
  Obj *v = obj_call1(rt, f, arg);
  if (!v) err_clear(rt);
  return v;
}

/* dir(o) as a list of str, without _names unless the wrong name has one. */
static Obj *dir_names(Render *r, Obj *o, Obj *wrong, int hide) {
  Obj *d = call_builtin(r->rt, "dir", o);
  if (!d || !IS_LIST(d)) { xdecref(d); return NULL; }
  if (!hide || str_c(wrong)[0] == '_') return d;
  Obj *l = list_new(r->rt, 0);
  for (size_t i = 0; l && i < list_len(d); i++) {
    Obj *x = list_get(d, i);
    if (IS_STR(x) && str_c(x)[0] == '_') continue;
    if (list_append(r->rt, l, x) < 0) { err_clear(r->rt); CLEAR(l); }
  }
  decref(d);
  return l;
}

static Obj *keys_of(Rt *rt, Obj *d) {
  Obj *l = list_new(rt, 0);
  size_t pos = 0;
  Obj *k, *v;
  while (l && d && IS_DICT(d) && dict_next(d, &pos, &k, &v))
    if (list_append(rt, l, k) < 0) { err_clear(rt); CLEAR(l); }
  return l;
}

static Obj *last_frame(Obj *exc) {
  Traceback *tb = (Traceback *)AS_EXC(exc)->traceback;
  if (!tb) return NULL;
  while (tb->next) tb = tb->next;
  return (Obj *)tb->frame;
}

/* "self.x" when the frame's self has the attribute. */
static Obj *self_hint(Render *r, Obj *locals, Obj *wrong) {
  Obj *self = locals && IS_DICT(locals) ? dict_get_s(r->rt, locals, "self") : NULL;
  if (!self) { err_clear(r->rt); return NULL; }
  Obj *v = obj_lookup_attr(r->rt, self, wrong);
  if (!v) { err_clear(r->rt); return NULL; }
  decref(v);
  return str_fromf(r->rt, "self.%U", wrong);
}

static Obj *name_error(Render *r, Obj *exc, Obj *wrong) {
  Rt *rt = r->rt;
  Obj *frame = last_frame(exc);
  if (!frame) return NULL;
  Obj *locals = obj_getattr_s(rt, frame, "f_locals");
  if (!locals) err_clear(rt);
  Obj *res = NULL;
  if (r->st->name_split) {
    /* suggestions.c: the code's variable names, then the globals, then
     * the builtins, each on its own */
    Obj *code = obj_getattr_s(rt, frame, "f_code");
    Obj *vn = code ? obj_getattr_s(rt, code, "co_varnames") : NULL;
    xdecref(code);
    Obj *names = vn ? obj_to_list(rt, vn) : NULL;
    xdecref(vn);
    if (!names) err_clear(rt);
    Obj *s = names ? best_of(r, names, wrong) : NULL;
    if (s) res = incref(s);
    int has_self = 0;
    for (size_t i = 0; names && i < list_len(names); i++) has_self |= str_eq_c(list_get(names, i), "self");
    xdecref(names);
    if (!res && r->st->self_hint && has_self) res = self_hint(r, locals, wrong);
    Obj *dicts[2] = {((TFrame *)frame)->globals, rt->builtins};
    for (int k = 0; k < 2 && !res; k++) {
      Obj *l = keys_of(rt, dicts[k]);
      s = l ? best_of(r, l, wrong) : NULL;
      if (s) res = incref(s);
      xdecref(l);
    }
  } else {
    if (r->st->self_hint) res = self_hint(r, locals, wrong);
    if (!res) {
      const TraceHooks *h = trace_hooks(rt);
      Obj *l = h->frame_names ? h->frame_names(rt, frame) : NULL;
      if (!l) err_clear(rt);
      Obj *s = l ? best_of(r, l, wrong) : NULL;
      if (s) res = incref(s);
      xdecref(l);
    }
  }
  xdecref(locals);
  return res;
}

static Obj *compute(Render *r, Obj *exc, Obj *wrong) {
  Rt *rt = r->rt;
  if (is_inst(exc, EXC(AttributeError))) {
    Obj *obj = ((AttributeErrorObj *)exc)->obj;
    if (!obj && r->st->suggest == SG_C && r->st->printer == PR_C) return NULL;
    int hide = r->st->hide_private;
    if (hide && exc->type && AS_EXC(exc)->traceback && str_c(wrong)[0] != '_') {
      /* a method may look up its own private names */
      Obj *frame = last_frame(exc);
      Obj *loc = frame ? obj_getattr_s(rt, frame, "f_locals") : NULL;
      if (!loc) err_clear(rt);
      Obj *self = loc && IS_DICT(loc) ? dict_get_s(rt, loc, "self") : NULL;
      if (!self) err_clear(rt);
      if (self && self == (obj ? obj : None)) hide = 0;
      xdecref(loc);
    }
    Obj *d = dir_names(r, obj ? obj : None, wrong, hide);
    Obj *s = d ? best_of(r, d, wrong) : NULL;
    s = xincref(s);
    xdecref(d);
    return s;
  }
  if (is_inst(exc, EXC(ImportError))) {
    Obj *name = ((ImportErrorObj *)exc)->name;
    if (!name || !IS_STR(name)) return NULL;
    Obj *mod = call_builtin(rt, "__import__", name);
    Obj *d = mod ? dir_names(r, mod, wrong, r->st->hide_private) : NULL;
    xdecref(mod);
    Obj *s = d ? best_of(r, d, wrong) : NULL;
    s = xincref(s);
    xdecref(d);
    return s;
  }
  return name_error(r, exc, wrong);
}

void suggest_append(Render *r, StrBuf *b, Obj *exc) {
  Rt *rt = r->rt;
  if (r->st->suggest == SG_NONE) return;
  Obj *saved = err_fetch(rt);
  Obj *wrong = NULL;
  int is_name = is_inst(exc, EXC(NameError));
  if (is_inst(exc, EXC(ImportError))) wrong = r->st->suggest_import ? ((ImportErrorObj *)exc)->name_from : NULL;
  else if (is_name) wrong = ((NameErrorObj *)exc)->name;
  else if (is_inst(exc, EXC(AttributeError))) wrong = ((AttributeErrorObj *)exc)->name;
  if (wrong && IS_STR(wrong) && !(r->st->printer == PR_C && wrong->type != &StrType)) {
    Obj *s = compute(r, exc, wrong);
    if (err_occurred(rt)) err_clear(rt);
    if (s) sb_addf(b, ". Did you mean: '%s'?", str_c(s));
    if (is_name && r->st->stdlib_hint && is_stdlib(r, str_c(wrong)))
      sb_addf(b, s ? r->st->stdlib_hint_or : r->st->stdlib_hint, str_c(wrong));
    xdecref(s);
  }
  err_restore(rt, saved);
}
