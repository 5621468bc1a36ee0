/* args.c: argument checks for built-in functions, with CPython's wording. */
#include "obj/args.h"
#include "obj/err.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/ops.h"

int args_no_kw(Rt *rt, const char *fname, Obj *kwnames) {
  if (kwnames && tuple_len(kwnames))
    return err_format_i(rt, EXC(TypeError), "%s() takes no keyword arguments", fname);
  return 0;
}

int args_count(Rt *rt, const char *fname, size_t argc, size_t min, size_t max) {
  if (argc >= min && argc <= max) return 0;
  if (min == max) {
    if (min == 0) return err_format_i(rt, EXC(TypeError), "%s() takes no arguments (%zu given)", fname, argc);
    if (min == 1) return err_format_i(rt, EXC(TypeError), "%s() takes exactly one argument (%zu given)", fname, argc);
    return err_format_i(rt, EXC(TypeError), "%s expected %zu arguments, got %zu", fname, min, argc);
  }
  if (argc < min)
    return err_format_i(rt, EXC(TypeError), "%s expected at least %zu argument%s, got %zu", fname, min,
                        min == 1 ? "" : "s", argc);
  return err_format_i(rt, EXC(TypeError), "%s expected at most %zu argument%s, got %zu", fname, max,
                      max == 1 ? "" : "s", argc);
}

int args_bind(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames,
              const char *const *names, size_t nnames, size_t required, Obj **out) {
  for (size_t i = 0; i < nnames; i++) out[i] = NULL;
  if (argc > nnames)
    return err_format_i(rt, EXC(TypeError), "%s() takes at most %zu argument%s (%zu given)", fname, nnames,
                        nnames == 1 ? "" : "s", argc);
  for (size_t i = 0; i < argc; i++) out[i] = argv[i];
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nk; k++) {
    Obj *name = tuple_get(kwnames, k);
    size_t i = 0;
    while (i < nnames && !str_eq_c(name, names[i])) i++;
    if (i == nnames)
      return err_format_i(rt, EXC(TypeError), "%s() got an unexpected keyword argument '%U'", fname, name);
    if (out[i])
      return err_format_i(rt, EXC(TypeError), "argument for %s() given by name ('%s') and position (%zu)", fname,
                          names[i], i + 1);
    out[i] = argv[argc + k];
  }
  for (size_t i = 0; i < required; i++)
    if (!out[i])
      return err_format_i(rt, EXC(TypeError), "%s() missing required argument '%s' (pos %zu)", fname, names[i],
                          i + 1);
  return 0;
}

int args_pack(Rt *rt, Obj *const *argv, size_t argc, Obj *kwnames, Obj **args, Obj **kwargs) {
  *args = tuple_from(rt, argv, argc);
  *kwargs = NULL;
  if (!*args) return -1;
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  if (!nk) return 0;
  *kwargs = dict_new(rt);
  if (!*kwargs) { CLEAR(*args); return -1; }
  for (size_t k = 0; k < nk; k++)
    if (dict_set(rt, *kwargs, tuple_get(kwnames, k), argv[argc + k]) < 0) {
      CLEAR(*args);
      CLEAR(*kwargs);
      return -1;
    }
  return 0;
}

/* ---- the calling conventions of built-in methods ------------------------------------------ */

static const char *short_name(const char *qname) {
  const char *dot = strrchr(qname, '.');
  return dot ? dot + 1 : qname;
}

static int no_kw_q(Rt *rt, const char *qname, Obj *kwnames) {
  if (kwnames && tuple_len(kwnames))
    return err_format_i(rt, EXC(TypeError), "%s() takes no keyword arguments", qname);
  return 0;
}

int args_none(Rt *rt, const char *qname, size_t argc, Obj *kwnames) {
  if (no_kw_q(rt, qname, kwnames) < 0) return -1;
  if (argc) return err_format_i(rt, EXC(TypeError), "%s() takes no arguments (%zu given)", qname, argc);
  return 0;
}

int args_one(Rt *rt, const char *qname, size_t argc, Obj *kwnames) {
  if (no_kw_q(rt, qname, kwnames) < 0) return -1;
  if (argc != 1) return err_format_i(rt, EXC(TypeError), "%s() takes exactly one argument (%zu given)", qname, argc);
  return 0;
}

int args_pos(Rt *rt, const char *qname, size_t argc, Obj *kwnames, size_t min, size_t max) {
  if (no_kw_q(rt, qname, kwnames) < 0) return -1;
  return args_count(rt, short_name(qname), argc, min, max);
}

int args_tuple(Rt *rt, const char *qname, size_t argc, Obj *kwnames, size_t min, size_t max) {
  if (no_kw_q(rt, short_name(qname), kwnames) < 0) return -1;
  if (argc >= min && argc <= max) return 0;
  size_t n = argc < min ? min : max;
  return err_format_i(rt, EXC(TypeError), "%s() takes %s %zu argument%s (%zu given)", short_name(qname),
                      min == max ? "exactly" : argc < min ? "at least" : "at most", n, n == 1 ? "" : "s", argc);
}

int args_wrapper(Rt *rt, const char *name, size_t argc, Obj *kwnames, size_t n) {
  if (kwnames && tuple_len(kwnames))
    return err_format_i(rt, EXC(TypeError), "wrapper %s() takes no keyword arguments", name);
  if (argc != n)
    return err_format_i(rt, EXC(TypeError), "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", argc);
  return 0;
}

/* 3.14 words the ternary wrappers' count (__pow__) as "1 or 2". */
static const unsigned char wrapper_or_range[PY_NVERSIONS] = {0, 0, 0, 1};

int args_wrapper_range(Rt *rt, const char *name, size_t argc, Obj *kwnames, size_t min, size_t max) {
  if (kwnames && tuple_len(kwnames))
    return err_format_i(rt, EXC(TypeError), "wrapper %s() takes no keyword arguments", name);
  if (argc >= min && argc <= max) return 0;
  if (wrapper_or_range[rt->pyv])
    return err_format_i(rt, EXC(TypeError), "expected %zu or %zu arguments, got %zu", min, max, argc);
  size_t n = argc < min ? min : max;
  return err_format_i(rt, EXC(TypeError), " expected %s %zu argument%s, got %zu", argc < min ? "at least" : "at most",
                      n, n == 1 ? "" : "s", argc);
}

/* 3.13 reworded the unknown-keyword error of Argument Clinic functions and
 * added CPython's "Did you mean" suggestion (_Py_CalculateSuggestions). */
static const unsigned char kw_got_unexpected[PY_NVERSIONS] = {0, 0, 1, 1};

enum { MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40 };

static size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return MOVE_COST;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
  if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
  return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
  size_t buffer[MAX_STRING_SIZE];
  while (an && bn && a[0] == b[0]) { a++; an--; b++; bn--; }
  while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
  if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
  if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
  if (bn < an) { const char *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
  if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
  for (size_t i = 0, t = MOVE_COST; i < an; i++, t += MOVE_COST) buffer[i] = t;
  size_t result = 0;
  for (size_t bi = 0; bi < bn; bi++) {
    size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
    for (size_t i = 0; i < an; i++) {
      size_t substitute = distance + substitution_cost(b[bi], a[i]);
      distance = buffer[i];
      size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
      result = insert_delete < substitute ? insert_delete : substitute;
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

/* The closest of names[0..n) to name, or NULL. */
static const char *suggest(const char *const *names, size_t n, Obj *name) {
  const char *best = NULL;
  size_t best_d = SIZE_MAX, nn = str_len(name);
  for (size_t i = 0; i < n; i++) {
    size_t in = strlen(names[i]);
    if (in == nn && memcmp(names[i], str_c(name), nn) == 0) continue;
    size_t max_d = (nn + in + 3) * MOVE_COST / 6;
    if (best_d - 1 < max_d) max_d = best_d - 1;
    size_t d = levenshtein(str_c(name), nn, names[i], in, max_d);
    if (d > max_d) continue;
    if (!best || d < best_d) { best = names[i]; best_d = d; }
  }
  return best;
}

static Obj *find_kw(Obj *kwnames, Obj *const *kwvals, const char *name) {
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nk; k++)
    if (str_eq_c(tuple_get(kwnames, k), name)) return kwvals[k];
  return NULL;
}

int args_kw(Rt *rt, const KwSpec *s, Obj *const *argv, size_t argc, Obj *kwnames, Obj **out) {
  size_t nk = kwnames ? tuple_len(kwnames) : 0, n = s->n;
  size_t minposonly = s->posonly < s->minpos ? s->posonly : s->minpos;
  Obj *const *kwvals = argv + argc;
  for (size_t i = 0; i < n; i++) out[i] = NULL;
  if (argc + nk > n)
    return err_format_i(rt, EXC(TypeError), "%s() takes at most %zu %sargument%s (%zu given)", s->fname, n,
                        argc == 0 ? "keyword " : "", n == 1 ? "" : "s", argc + nk);
  if (argc > s->maxpos) {
    if (s->maxpos == 0) return err_format_i(rt, EXC(TypeError), "%s() takes no positional arguments", s->fname);
    return err_format_i(rt, EXC(TypeError), "%s() takes %s %d positional argument%s (%zu given)", s->fname,
                        s->minpos < s->maxpos ? "at most" : "exactly", s->maxpos, s->maxpos == 1 ? "" : "s", argc);
  }
  if (argc < minposonly)
    return err_format_i(rt, EXC(TypeError), "%s() takes %s %zu positional argument%s (%zu given)", s->fname,
                        minposonly < s->maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
                        argc);
  for (size_t i = 0; i < argc; i++) out[i] = argv[i];
  size_t left = nk;
  for (size_t i = argc > s->posonly ? argc : s->posonly; i < n; i++) {
    Obj *v = left ? find_kw(kwnames, kwvals, s->names[i]) : NULL;
    out[i] = v;
    if (v) left--;
    else if (i < s->minpos)
      return err_format_i(rt, EXC(TypeError), "%s() missing required argument '%s' (pos %zu)", s->fname,
                          s->names[i], i + 1);
  }
  if (!left) return 0;
  for (size_t i = s->posonly; i < argc; i++)
    if (find_kw(kwnames, kwvals, s->names[i]))
      return err_format_i(rt, EXC(TypeError), "argument for %s() given by name ('%s') and position (%zu)",
                          s->fname, s->names[i], i + 1);
  for (size_t k = 0; k < nk; k++) {
    Obj *name = tuple_get(kwnames, k);
    size_t i = s->posonly;
    while (i < n && !str_eq_c(name, s->names[i])) i++;
    if (i < n) continue;
    if (kw_got_unexpected[rt->pyv]) {
      const char *hint = suggest(s->names + s->posonly, n - s->posonly, name);
      if (hint)
        return err_format_i(rt, EXC(TypeError), "%s() got an unexpected keyword argument '%U'. Did you mean '%s'?",
                            s->fname, name, hint);
      return err_format_i(rt, EXC(TypeError), "%s() got an unexpected keyword argument '%U'", s->fname, name);
    }
    return err_format_i(rt, EXC(TypeError), "'%U' is an invalid keyword argument for %s()", name, s->fname);
  }
  return 0;
}

/* ---- converters ------------------------------------------------------------------------------- */

static Obj *index_of(Rt *rt, Obj *o) {
  if (IS_INT(o)) return incref(o);
  if (!o->type->num || !o->type->num->index)
    return err_format(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(o));
  return o->type->num->index(rt, o);
}

int arg_ssize(Rt *rt, Obj *o, int64_t *out) {
  Obj *i = index_of(rt, o);
  if (!i) return -1;
  int r = int_as_i64(i, out);
  decref(i);
  if (r < 0) return err_format_i(rt, EXC(OverflowError), "Python int too large to convert to C ssize_t");
  return 0;
}

int arg_int(Rt *rt, Obj *o, int *out) {
  Obj *i = index_of(rt, o);
  if (!i) return -1;
  int64_t v;
  int r = int_as_i64(i, &v);
  decref(i);
  if (r < 0 || v < INT32_MIN || v > INT32_MAX)
    return err_format_i(rt, EXC(OverflowError), "Python int too large to convert to C int");
  *out = (int)v;
  return 0;
}

int arg_slice_index(Rt *rt, Obj *o, int64_t *out, int none_ok) {
  if (o == None && none_ok) return 0;
  if (!IS_INT(o) && (!o->type->num || !o->type->num->index))
    return err_format_i(rt, EXC(TypeError), none_ok ? "slice indices must be integers or None or have an __index__ method"
                                                    : "slice indices must be integers or have an __index__ method");
  Obj *i = index_of(rt, o);
  if (!i) return -1;
  if (int_as_i64(i, out) < 0) *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
  decref(i);
  return 0;
}

Obj *arg_bad(Rt *rt, const char *fname, const char *display, const char *expected, Obj *got) {
  return err_format(rt, EXC(TypeError), "%s() %s must be %s, not %s", fname, display, expected,
                    got == None ? "None" : type_name(got));
}
