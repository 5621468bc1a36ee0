/* test_values.c: the value model through the public API (pyexc.h): type
 * name, repr and str of None, bools, ints of any size, floats (shortest
 * repr), str quoting and escapes, bytes, bytearray, tuples, lists, dicts,
 * sets and frozensets (CPython's iteration order, which depends on the
 * profile's hash width), exceptions inside values, and self-referencing
 * containers, in every oracle profile.
 *
 * The expected texts come from real CPython: tests/c/gen_values_cases.py
 * writes values_cases.inc (rerun it after changing the cases). A case is a
 * value in the oracle's input encoding (built by oracle_json.c) or a recipe:
 * a builder below that makes the same structure as the generator's Python.
 *
 * Usage: test_values [-p PROFILE] [-c ID-PREFIX]
 * Last line: "N passed, N failed"; exit status nonzero on any failure. */
#include "support.c"

#include <stdint.h>

typedef struct ValueCase {
  const char *id;
  const char *value;    /* input encoding (JSON text), or NULL for a recipe */
  const char *recipe;
  /* Per profile. type NULL: not checked; type "^": as the previous profile;
   * str NULL: the same as repr. */
  struct { const char *type, *repr, *str; } want[4];
} ValueCase;

#include "values_cases.inc"

/* ---- recipes: the same structures as RECIPES in gen_values_cases.py -------------------- */

static pyexc_obj *s_(pyexc_rt *rt, const char *s) { return pyexc_str(rt, s, strlen(s)); }

/* Sets d[key] = v and releases v (the dict holds it). */
static int put(pyexc_rt *rt, pyexc_obj *d, pyexc_obj *key, pyexc_obj *v) {
  int r = key && v ? pyexc_dict_set(rt, d, key, v) : -1;
  pyexc_decref(key);
  pyexc_decref(v);
  return r;
}

/* d = {}; d['self'] = d */
static pyexc_obj *r_dict_self(pyexc_rt *rt) {
  pyexc_obj *d = pyexc_dict(rt);
  if (d && put(rt, d, s_(rt, "self"), (pyexc_incref(d), d)) < 0) { pyexc_decref(d); return NULL; }
  return d;
}

/* d = {}; l = [d, 1]; d['l'] = l; v = l */
static pyexc_obj *r_dict_list_cycle(pyexc_rt *rt) {
  pyexc_obj *d = pyexc_dict(rt), *one = pyexc_int(rt, 1);
  pyexc_obj *items[2] = {d, one};
  pyexc_obj *l = d && one ? pyexc_list(rt, items, 2) : NULL;
  pyexc_decref(one);
  if (l && put(rt, d, s_(rt, "l"), (pyexc_incref(l), l)) < 0) { pyexc_decref(l); l = NULL; }
  pyexc_decref(d);
  return l;
}

/* d = {}; t = (d,); d[1] = t; v = t */
static pyexc_obj *r_dict_tuple_cycle(pyexc_rt *rt) {
  pyexc_obj *d = pyexc_dict(rt);
  pyexc_obj *t = d ? pyexc_tuple(rt, &d, 1) : NULL;
  if (t && put(rt, d, pyexc_int(rt, 1), (pyexc_incref(t), t)) < 0) { pyexc_decref(t); t = NULL; }
  pyexc_decref(d);
  return t;
}

/* inner = {'x': 1}; v = {'a': inner, 'b': inner} */
static pyexc_obj *r_dict_two_refs(pyexc_rt *rt) {
  pyexc_obj *inner = pyexc_dict(rt), *v = pyexc_dict(rt);
  int ok = inner && v && put(rt, inner, s_(rt, "x"), pyexc_int(rt, 1)) == 0 &&
           put(rt, v, s_(rt, "a"), (pyexc_incref(inner), inner)) == 0 &&
           put(rt, v, s_(rt, "b"), (pyexc_incref(inner), inner)) == 0;
  pyexc_decref(inner);
  if (!ok) { pyexc_decref(v); return NULL; }
  return v;
}

/* d = {}; v = ValueError(d); d['e'] = v */
static pyexc_obj *r_exc_dict_cycle(pyexc_rt *rt) {
  pyexc_obj *d = pyexc_dict(rt);
  pyexc_obj *args = d ? pyexc_tuple(rt, &d, 1) : NULL;
  pyexc_obj *v = args ? pyexc_new(rt, "ValueError", args, NULL) : NULL;
  pyexc_decref(args);
  if (v && put(rt, d, s_(rt, "e"), (pyexc_incref(v), v)) < 0) { pyexc_decref(v); v = NULL; }
  pyexc_decref(d);
  return v;
}

/* v = [KeyError('k'), OSError(2, 'x'), ValueError()] */
static pyexc_obj *r_exc_in_list(pyexc_rt *rt) {
  pyexc_obj *k = s_(rt, "k"), *two = pyexc_int(rt, 2), *x = s_(rt, "x");
  pyexc_obj *a1 = pyexc_tuple(rt, &k, 1), *os_items[2] = {two, x}, *a2 = pyexc_tuple(rt, os_items, 2);
  pyexc_obj *e[3] = {NULL, NULL, NULL}, *l = NULL;
  if (a1 && a2) {
    e[0] = pyexc_new(rt, "KeyError", a1, NULL);
    e[1] = e[0] ? pyexc_new(rt, "OSError", a2, NULL) : NULL;
    e[2] = e[1] ? pyexc_new(rt, "ValueError", NULL, NULL) : NULL;
    if (e[2]) l = pyexc_list(rt, e, 3);
  }
  pyexc_obj *all[] = {k, two, x, a1, a2, e[0], e[1], e[2]};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++) pyexc_decref(all[i]);
  return l;
}

/* sign, a 1, then zeros: 10**zeros or -10**zeros */
static pyexc_obj *power_of_ten(pyexc_rt *rt, int neg, size_t zeros) {
  char *t = malloc(zeros + 3), *p = t;
  if (neg) *p++ = '-';
  *p++ = '1';
  memset(p, '0', zeros);
  pyexc_obj *v = pyexc_int_text(rt, t, (size_t)(p - t) + zeros);
  free(t);
  return v;
}

/* v = -10**4299 (4300 digits: the most str() allows) */
static pyexc_obj *r_int_4300_digits(pyexc_rt *rt) { return power_of_ten(rt, 1, 4299); }
/* v = 10**4300 (4301 digits: str() and repr() raise ValueError) */
static pyexc_obj *r_int_4301_digits(pyexc_rt *rt) { return power_of_ten(rt, 0, 4300); }
/* v = ValueError(10**4300) */
static pyexc_obj *r_exc_int_4301_digits(pyexc_rt *rt) {
  pyexc_obj *i = power_of_ten(rt, 0, 4300), *args = i ? pyexc_tuple(rt, &i, 1) : NULL;
  pyexc_obj *v = args ? pyexc_new(rt, "ValueError", args, NULL) : NULL;
  pyexc_decref(args);
  pyexc_decref(i);
  return v;
}

static pyexc_obj *r_int64_min(pyexc_rt *rt) { return pyexc_int(rt, INT64_MIN); }
static pyexc_obj *r_int64_max(pyexc_rt *rt) { return pyexc_int(rt, INT64_MAX); }
static pyexc_obj *r_float_neg_nan(pyexc_rt *rt) { return pyexc_float(rt, -__builtin_nan("")); }

static const struct { const char *name; pyexc_obj *(*build)(pyexc_rt *rt); } recipes[] = {
  {"dict_self", r_dict_self},
  {"dict_list_cycle", r_dict_list_cycle},
  {"dict_tuple_cycle", r_dict_tuple_cycle},
  {"dict_two_refs", r_dict_two_refs},
  {"exc_dict_cycle", r_exc_dict_cycle},
  {"exc_in_list", r_exc_in_list},
  {"int64_min", r_int64_min},
  {"int64_max", r_int64_max},
  {"float_neg_nan", r_float_neg_nan},
  {"int_4300_digits", r_int_4300_digits},
  {"int_4301_digits", r_int_4301_digits},
  {"exc_int_4301_digits", r_exc_int_4301_digits},
};

/* ---- running a case ---------------------------------------------------------------------- */

static pyexc_obj *build(pyexc_rt *rt, const ValueCase *c, const char **why) {
  if (c->recipe) {
    for (size_t i = 0; i < sizeof recipes / sizeof *recipes; i++)
      if (strcmp(recipes[i].name, c->recipe) == 0) return recipes[i].build(rt);
    *why = "no C builder for this recipe";
    return NULL;
  }
  char err[200];
  Json *j = json_parse(c->value, strlen(c->value), err, sizeof err);
  if (!j) { *why = "bad JSON in values_cases.inc"; return NULL; }
  pyexc_obj *v = decode(rt, j, why);
  json_free(j);
  return v;
}

static void run_case(pyexc_rt *rt, size_t p, const ValueCase *c) {
  const char *why = NULL;
  pyexc_obj *v = build(rt, c, &why);
  if (!v) {
    pyexc_obj *e = pyexc_take_error(rt);
    char *msg = e ? text(rt, e, 1) : NULL;
    printf("FAIL [%s] %s: building the value: %s\n", profiles[p].name, c->id, msg ? msg : why ? why : "?");
    free(msg);
    pyexc_decref(e);
    failed++;
    return;
  }
  size_t q = p;
  while (q > 0 && strcmp(c->want[q].type, "^") == 0) q--;
  const char *want_str = c->want[q].str ? c->want[q].str : c->want[q].repr;
  char *r = text(rt, v, 1), *s = text(rt, v, 0);
  int ok = check(profiles[p].name, c->id, "type", c->want[q].type, pyexc_type_name(v));
  ok &= check(profiles[p].name, c->id, "repr", c->want[q].repr, r);
  ok &= check(profiles[p].name, c->id, "str", want_str, s);
  if (ok) passed++;
  else failed++;
  free(r);
  free(s);
  pyexc_decref(v);
}

/* ---- API checks that need no oracle --------------------------------------------------------- */

static void expect(int ok, const char *what) {
  if (ok) { passed++; return; }
  printf("FAIL [api] %s\n", what);
  failed++;
}

/* Items of a set come out in its iteration order, the order repr shows. */
static void check_set_items(pyexc_rt *rt) {
  static const int64_t in[] = {5, 3, 8, 1}, out[] = {8, 1, 3, 5};
  pyexc_obj *items[4];
  for (int i = 0; i < 4; i++) items[i] = pyexc_int(rt, in[i]);
  pyexc_obj *s = pyexc_set(rt, items, 4), *f = pyexc_frozenset(rt, items, 4);
  for (int i = 0; i < 4; i++) pyexc_decref(items[i]);
  expect(s && pyexc_kind_of(s) == PYEXC_SET && pyexc_len(s) == 4, "pyexc_set: kind and len");
  expect(f && pyexc_kind_of(f) == PYEXC_FROZENSET && pyexc_len(f) == 4, "pyexc_frozenset: kind and len");
  int order_ok = s != NULL;
  for (size_t i = 0; s && i < 4; i++) {
    pyexc_obj *x = pyexc_item(rt, s, i);
    int64_t v;
    if (!x || pyexc_as_int64(x, &v) != 0 || v != out[i]) order_ok = 0;
    pyexc_decref(x);
  }
  expect(order_ok, "pyexc_item walks a set in iteration order (8, 1, 3, 5)");
  pyexc_obj *ba = pyexc_bytearray(rt, "a\0b", 3);
  size_t n = 0;
  const unsigned char *d = ba ? pyexc_bytes_data(ba, &n) : NULL;
  expect(ba && pyexc_kind_of(ba) == PYEXC_BYTEARRAY && d && n == 3 && memcmp(d, "a\0b", 3) == 0,
         "pyexc_bytearray: kind and data");
  pyexc_obj *bad = pyexc_dict(rt), *elems[1] = {bad};
  pyexc_obj *s2 = bad ? pyexc_set(rt, elems, 1) : NULL, *e = s2 ? NULL : pyexc_take_error(rt);
  expect(!s2 && e && strcmp(pyexc_type_name(e), "TypeError") == 0, "pyexc_set of an unhashable item: TypeError");
  pyexc_decref(e);
  pyexc_decref(s2);
  pyexc_decref(bad);
  pyexc_decref(ba);
  pyexc_decref(s);
  pyexc_decref(f);
}

static void run_profile(const Options *o, pyexc_rt *rt, size_t p) {
  for (size_t i = 0; i < sizeof value_cases / sizeof *value_cases; i++) {
    const ValueCase *c = &value_cases[i];
    if (c->want[p].type && case_selected(o, c->id)) run_case(rt, p, c);
  }
  if (p == 0) check_set_items(rt);
}

int main(int argc, char **argv) {
  Options o = parse_options(argc, argv);
  for_each_profile(&o, run_profile);
  return finish();
}
