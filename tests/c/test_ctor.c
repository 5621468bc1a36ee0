/* test_ctor.c: every constructor case of the oracle, in every stored profile,
 * through the public API only (pyexc.h).
 *
 * Inputs (all written from real CPython, see tests/oracle/FINDINGS.md):
 *   tests/oracle/ctor_cases.json           the cases: {id, cls, args, kw, attrs}
 *   tests/oracle/expected/ctor.<P>.json    per profile P: id -> record
 * For each case the test builds the arguments from the input encoding, calls
 * pyexc_new(cls, args, kwargs), and turns the outcome into a record in the
 * output encoding of tests/oracle/gen.py (type, str, repr, args, attrs, or
 * error), then compares it field by field with the expected record. Every
 * mismatch is printed as: FAIL [profile] case-id field: expected ... got ...
 *
 * Usage: test_ctor [-p PROFILE] [-c ID-PREFIX] [ORACLE-DIR]
 * ORACLE-DIR defaults to tests/oracle under the working directory (ctest runs
 * the tests from the source root), else next to this source file.
 * Last line: "N passed, N failed"; exit status nonzero on any failure. */
#include "support.c"

/* ---- one case ------------------------------------------------------------------------ */

/* The record of one case in gen.py's format; NULL with *why when the test
 * itself could not build the arguments. */
static Json *run_case(pyexc_rt *rt, const Json *c, const char **why) {
  const Json *cls = json_get(c, "cls"), *args = json_get(c, "args"), *kw = json_get(c, "kw"),
             *attrs = json_get(c, "attrs");
  if (!cls || !args || !kw || !attrs || cls->kind != JSON_STR || kw->kind != JSON_OBJ || attrs->kind != JSON_ARR) {
    *why = "malformed case";
    return NULL;
  }
  Json *rec = json_obj();
  pyexc_obj *a = decode_seq(rt, args, 1, why), *k = NULL;
  if (a && kw->n) {
    k = pyexc_dict(rt);
    for (size_t i = 0; k && i < kw->n; i++) {
      pyexc_obj *key = pyexc_str(rt, kw->keys[i], kw->keylens[i]);
      pyexc_obj *v = key ? decode(rt, kw->items[i], why) : NULL;
      int bad = !v || pyexc_dict_set(rt, k, key, v) < 0;
      pyexc_decref(key);
      pyexc_decref(v);
      if (bad) { pyexc_decref(k); k = NULL; }
    }
  }
  if (!a || (kw->n && !k)) {
    pyexc_obj *e = pyexc_take_error(rt);
    if (e) *why = "building the arguments raised";
    pyexc_decref(e);
    pyexc_decref(a);
    json_free(rec);
    return NULL;
  }
  pyexc_obj *e = pyexc_new(rt, cls->s, a, k);
  pyexc_decref(a);
  pyexc_decref(k);
  if (!e) {
    json_put(rec, "error", take_error(rt));
    return rec;
  }
  json_put(rec, "type", json_strz(pyexc_type_name(e)));
  Json *s = text_of(rt, e, 0);
  if (s) json_put(rec, "str", s);
  else json_put(rec, "str_error", take_error(rt));
  Json *r = text_of(rt, e, 1);
  if (r) json_put(rec, "repr", r);
  else json_put(rec, "repr_error", take_error(rt));

  pyexc_obj *eargs = pyexc_getattr(rt, e, "args");
  Json *err = NULL, *ea = eargs ? encode(rt, eargs, 0, &err) : NULL;
  if (!eargs) err = take_error(rt);
  pyexc_decref(eargs);
  if (ea) json_put(rec, "args", ea);
  else {
    Json *w = json_obj();
    json_put(w, "args_error", err);
    json_put(rec, "args", w);
  }

  Json *out = json_obj();
  for (size_t i = 0; i < attrs->n; i++) {
    const char *name = attrs->items[i]->s;
    Json *one = json_obj();
    pyexc_obj *v = pyexc_getattr(rt, e, name);
    if (!v) {
      json_put(one, "error", take_error(rt));
    } else {
      Json *ev_err = NULL, *ev = encode(rt, v, 1, &ev_err);
      if (ev) json_put(one, "value", ev);
      else if (ev_err) json_put(one, "encode_error", ev_err);
      else {
        Json *t = text_of(rt, v, 1);
        json_put(one, "repr", t ? t : take_error(rt));
      }
      pyexc_decref(v);
    }
    json_put(out, name, one);
  }
  json_put(rec, "attrs", out);
  pyexc_decref(e);
  return rec;
}

/* ---- comparing ------------------------------------------------------------------------- */

/* Compares one record; prints each differing field. Returns 1 if equal. */
static int compare(const char *profile, const char *id, const Json *want, const Json *got) {
  static const char *const fields[] = {"error", "type", "str", "str_error", "repr", "repr_error", "args"};
  int ok = 1;
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
    const Json *w = json_get(want, fields[i]), *g = json_get(got, fields[i]);
    if (!w && !g) continue;
    if (!json_equal(w, g)) {
      mismatch(profile, id, fields[i], w, g);
      ok = 0;
    }
  }
  const Json *wa = json_get(want, "attrs"), *ga = json_get(got, "attrs");
  if (wa || ga) {
    const Json *keys = wa ? wa : ga;
    for (size_t i = 0; i < keys->n; i++) {
      const Json *w = json_get(wa, keys->keys[i]), *g = json_get(ga, keys->keys[i]);
      if (!json_equal(w, g)) {
        char field[128];
        snprintf(field, sizeof field, "attrs.%s", keys->keys[i]);
        mismatch(profile, id, field, w, g);
        ok = 0;
      }
    }
    if (wa && ga && wa->n != ga->n) {
      mismatch(profile, id, "attrs", wa, ga);
      ok = 0;
    }
  }
  return ok;
}

/* ---- main ---------------------------------------------------------------------------------- */

static Json *load(const char *dir, const char *name) {
  char path[4096], err[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  Json *j = json_load(path, err, sizeof err);
  if (!j) printf("cannot load %s: %s\n", path, err);
  return j;
}

/* tests/oracle relative to the working directory, else to this file. */
static const char *find_oracle_dir(char *buf, size_t n) {
  FILE *f = fopen("tests/oracle/ctor_cases.json", "rb");
  if (f) { fclose(f); return "tests/oracle"; }
  const char *here = __FILE__, *slash = strrchr(here, '/');
  if (!slash) return "tests/oracle";
  snprintf(buf, n, "%.*s/../oracle", (int)(slash - here), here);
  return buf;
}

int main(int argc, char **argv) {
  Options o = parse_options(argc, argv);
  char dirbuf[4096];
  const char *dir = o.rest ? o.rest : find_oracle_dir(dirbuf, sizeof dirbuf);

  Json *cases = load(dir, "ctor_cases.json");
  if (!cases || cases->kind != JSON_ARR) {
    printf("0 passed, 1 failed\n");
    return 1;
  }
  for (size_t p = 0; p < NPROFILES; p++) {
    if (!profile_selected(&o, p)) continue;
    char name[64];
    snprintf(name, sizeof name, "expected/ctor.%s.json", profiles[p].name);
    Json *expected = load(dir, name);
    pyexc_rt *rt = pyexc_open(profiles[p].python, profiles[p].platform);
    if (!expected || !rt) {
      printf("FAIL [%s] cannot %s\n", profiles[p].name, expected ? "open the runtime" : "load the expected records");
      failed++;
      json_free(expected);
      pyexc_close(rt);
      continue;
    }
    long p0 = passed, f0 = failed;
    for (size_t i = 0; i < cases->n; i++) {
      const Json *c = cases->items[i], *id = json_get(c, "id");
      if (!id || id->kind != JSON_STR) continue;
      if (!case_selected(&o, id->s)) continue;
      const Json *want = json_get(expected, id->s);
      if (!want) {
        printf("FAIL [%s] %s: no expected record\n", profiles[p].name, id->s);
        failed++;
        continue;
      }
      const char *why = NULL;
      Json *got = run_case(rt, c, &why);
      if (!got) {
        printf("FAIL [%s] %s: test harness: %s\n", profiles[p].name, id->s, why ? why : "?");
        failed++;
        continue;
      }
      if (compare(profiles[p].name, id->s, want, got)) passed++;
      else failed++;
      json_free(got);
    }
    profile_done(p, p0, f0);
    pyexc_close(rt);
    json_free(expected);
  }
  json_free(cases);
  return finish();
}
