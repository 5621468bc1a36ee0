/* test_methods.c: the methods and operators of the built-in value types
 * (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float,
 * bool) through the public API (pyexc.h), in every oracle profile: the repr
 * of each result or the error it raises, and the receiver afterwards when it
 * is mutable.
 *
 * The expectations come from real CPython: tests/c/gen_methods_cases.py
 * writes methods_cases.inc from its CASES (rerun it after changing them).
 * A case is RECEIVER.METHOD(ARGS, KW=...) in the oracle's input encoding,
 * extended here with {"type": "name"} (a built-in class or an exception
 * class), {"attr": [value, "name"]} (getattr), {"mcall": [value,
 * "name", [args]]} (a nested method call) and {"builtin": "name"} (e.g.
 * Ellipsis); args null means a plain attribute read.
 *
 * Usage: test_methods [-p PROFILE] [-c EXPRESSION-PREFIX]
 * Last line: "N passed, N failed"; exit status nonzero on any failure. */
#include "support.c"

#include <stdint.h>

typedef struct MethodCase {
  const char *expr;
  const char *call;     /* [receiver, method, args, kwargs] (JSON) */
  /* Per profile: result (repr or "!Type: message"; "^": as the previous
   * profile) and the receiver's repr afterwards (NULL: not checked). */
  struct { const char *result, *after; } want[4];
} MethodCase;

#include "methods_cases.inc"

/* ---- values: the input encoding plus type / attr / mcall ----------------------------- */

static pyexc_obj *value(pyexc_rt *rt, const Json *j, const char **why);

/* A sample value of each built-in class, to reach the class as __class__. */
static pyexc_obj *sample(pyexc_rt *rt, const char *name) {
  if (strcmp(name, "str") == 0) return pyexc_str(rt, "", 0);
  if (strcmp(name, "int") == 0) return pyexc_int(rt, 0);
  if (strcmp(name, "bool") == 0) return pyexc_bool(rt, 0);
  if (strcmp(name, "float") == 0) return pyexc_float(rt, 0.0);
  if (strcmp(name, "bytes") == 0) return pyexc_bytes(rt, "", 0);
  if (strcmp(name, "bytearray") == 0) return pyexc_bytearray(rt, "", 0);
  if (strcmp(name, "list") == 0) return pyexc_list(rt, NULL, 0);
  if (strcmp(name, "tuple") == 0) return pyexc_tuple(rt, NULL, 0);
  if (strcmp(name, "dict") == 0) return pyexc_dict(rt);
  if (strcmp(name, "set") == 0) return pyexc_set(rt, NULL, 0);
  if (strcmp(name, "frozenset") == 0) return pyexc_frozenset(rt, NULL, 0);
  return NULL;
}

static pyexc_obj *type_named(pyexc_rt *rt, const char *name) {
  if (strcmp(name, "object") == 0 || strcmp(name, "type") == 0) {   /* int.__base__, int.__class__ */
    pyexc_obj *i = type_named(rt, "int"), *r = i ? pyexc_getattr(rt, i, name[0] == 'o' ? "__base__" : "__class__") : NULL;
    pyexc_decref(i);
    return r;
  }
  pyexc_obj *s = sample(rt, name);
  if (!s) return pyexc_lookup(rt, name);
  pyexc_obj *t = pyexc_getattr(rt, s, "__class__");
  pyexc_decref(s);
  return t;
}

static pyexc_obj *tuple_of(pyexc_rt *rt, const Json *arr, const char **why) {
  if (!arr || arr->kind != JSON_ARR) { *why = "arguments are not an array"; return NULL; }
  pyexc_obj **items = calloc(arr->n + 1, sizeof *items), *t = NULL;
  size_t i;
  for (i = 0; i < arr->n; i++)
    if (!(items[i] = value(rt, arr->items[i], why))) goto done;
  t = pyexc_tuple(rt, items, arr->n);
done:
  while (i-- > 0) pyexc_decref(items[i]);
  free(items);
  return t;
}

static pyexc_obj *value(pyexc_rt *rt, const Json *j, const char **why) {
  if (j->kind == JSON_ARR) {   /* a list whose items may use the extra tags */
    pyexc_obj *t = tuple_of(rt, j, why), *l = NULL;
    if (t) {
      size_t n = pyexc_len(t);
      pyexc_obj **items = calloc(n + 1, sizeof *items);
      for (size_t i = 0; i < n; i++) items[i] = pyexc_item(rt, t, i);
      l = pyexc_list(rt, items, n);
      for (size_t i = 0; i < n; i++) pyexc_decref(items[i]);
      free(items);
      pyexc_decref(t);
    }
    return l;
  }
  if (j->kind == JSON_OBJ && j->n == 1) {
    const char *tag = j->keys[0];
    const Json *v = j->items[0];
    if (strcmp(tag, "tuple") == 0) return tuple_of(rt, v, why);
    if (strcmp(tag, "type") == 0 && v->kind == JSON_STR) return type_named(rt, v->s);
    if (strcmp(tag, "builtin") == 0 && v->kind == JSON_STR) return pyexc_lookup(rt, v->s);
    if ((strcmp(tag, "attr") == 0 || strcmp(tag, "mcall") == 0) && v->kind == JSON_ARR && v->n >= 2 &&
        v->items[1]->kind == JSON_STR) {
      pyexc_obj *o = value(rt, v->items[0], why), *r = NULL;
      if (!o) return NULL;
      if (strcmp(tag, "attr") == 0) {
        r = pyexc_getattr(rt, o, v->items[1]->s);
      } else {
        pyexc_obj *args = tuple_of(rt, v->n > 2 ? v->items[2] : NULL, why);
        if (args) r = pyexc_call_method(rt, o, v->items[1]->s, args, NULL);
        pyexc_decref(args);
      }
      pyexc_decref(o);
      return r;
    }
  }
  return decode(rt, j, why);
}

/* ---- running a case ---------------------------------------------------------------------- */

/* Calls recv.name(*args, **kwargs) as the case says; NULL with an error
 * pending, or with *why set when the case itself cannot be built. */
static pyexc_obj *call(pyexc_rt *rt, const Json *c, pyexc_obj *recv, const char **why) {
  const Json *name = c->items[1], *args = c->items[2], *kw = c->items[3];
  if (args->kind == JSON_NULL) return pyexc_getattr(rt, recv, name->s);
  pyexc_obj *a = tuple_of(rt, args, why), *k = NULL, *r = NULL;
  if (!a) return NULL;
  if (kw->n) {
    k = pyexc_dict(rt);
    for (size_t i = 0; k && i < kw->n; i++) {
      const Json *pair = kw->items[i];
      pyexc_obj *key = pyexc_str(rt, pair->items[0]->s, pair->items[0]->len);
      pyexc_obj *v = key ? value(rt, pair->items[1], why) : NULL;
      int bad = !v || pyexc_dict_set(rt, k, key, v) < 0;
      pyexc_decref(key);
      pyexc_decref(v);
      if (bad) { pyexc_decref(k); pyexc_decref(a); return NULL; }
    }
  }
  if (!kw->n || k) r = pyexc_call_method(rt, recv, name->s, a, k);
  pyexc_decref(a);
  pyexc_decref(k);
  return r;
}

static void run_case(pyexc_rt *rt, size_t p, const MethodCase *c) {
  const char *why = NULL;
  char err[200];
  Json *j = json_parse(c->call, strlen(c->call), err, sizeof err);
  if (!j || j->kind != JSON_ARR || j->n != 4) {
    printf("FAIL [%s] %s: bad case JSON\n", profiles[p].name, c->expr);
    failed++;
    json_free(j);
    return;
  }
  pyexc_obj *recv = value(rt, j->items[0], &why);
  if (!recv) {
    char *msg = why ? NULL : text(rt, NULL, 1);
    printf("FAIL [%s] %s: building the receiver: %s\n", profiles[p].name, c->expr, msg ? msg : why);
    free(msg);
    failed++;
    json_free(j);
    return;
  }
  size_t q = p;
  while (q > 0 && strcmp(c->want[q].result, "^") == 0) q--;
  pyexc_obj *r = call(rt, j, recv, &why);
  int ok;
  if (!r && why) {
    printf("FAIL [%s] %s: building the arguments: %s\n", profiles[p].name, c->expr, why);
    ok = 0;
  } else {
    char *got = text(rt, r, 1);
    ok = check(profiles[p].name, c->expr, "result", c->want[q].result, got);
    free(got);
    if (c->want[q].after) {
      char *after = text(rt, recv, 1);
      ok &= check(profiles[p].name, c->expr, "receiver", c->want[q].after, after);
      free(after);
    }
  }
  if (ok) passed++;
  else failed++;
  pyexc_decref(r);
  pyexc_decref(recv);
  json_free(j);
}

static void run_profile(const Options *o, pyexc_rt *rt, size_t p) {
  for (size_t i = 0; i < sizeof method_cases / sizeof *method_cases; i++)
    if (case_selected(o, method_cases[i].expr)) run_case(rt, p, &method_cases[i]);
}

int main(int argc, char **argv) {
  Options o = parse_options(argc, argv);
  for_each_profile(&o, run_profile);
  return finish();
}
