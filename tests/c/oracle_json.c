/* oracle_json.c: pyexc values to and from the JSON encodings of the oracle
 * (tests/oracle/FINDINGS.md, tests/oracle/gen.py), through the public API.
 * Included by the tests that use it, after "json.c".
 *
 * Input encoding (decode): JSON null/true/false/str, ints with |n| < 2**53,
 * a JSON array for a list, and the tagged forms {"int": "digits"},
 * {"float": "repr"}, {"bytes": [..]}, {"tuple": [..]}, {"dict": [[k, v], ..]},
 * {"exc": {"cls", "args"}}; plus, for test_values, {"bytearray": [..]},
 * {"set": [..]} and {"frozenset": [..]} (set(list): items added in order).
 * Output encoding (encode): the same for None/bool/int/float/str/bytes/
 * tuple/list/dict; anything else nested is {"repr": repr(v)}. */

#define ORACLE_UNUSED __attribute__((unused))   /* not every test uses every helper */

/* ---- input encoding -> values ------------------------------------------------------- */

/* The value an input-encoded JSON node stands for (new reference), or NULL
 * with a Python error pending or a message in *why. */
ORACLE_UNUSED static pyexc_obj *decode(pyexc_rt *rt, const Json *j, const char **why);

/* Makers of the containers built from an array of items. */
typedef pyexc_obj *(*ItemsFn)(pyexc_rt *rt, pyexc_obj *const *items, size_t n);

static pyexc_obj *decode_items(pyexc_rt *rt, const Json *arr, ItemsFn make, const char **why) {
  if (arr->kind != JSON_ARR) { *why = "container payload is not an array"; return NULL; }
  pyexc_obj **items = calloc(arr->n + 1, sizeof *items);
  pyexc_obj *r = NULL;
  size_t i;
  for (i = 0; i < arr->n; i++)
    if (!(items[i] = decode(rt, arr->items[i], why))) goto done;
  r = make(rt, items, arr->n);
done:
  while (i-- > 0) pyexc_decref(items[i]);
  free(items);
  return r;
}

ORACLE_UNUSED static pyexc_obj *decode_seq(pyexc_rt *rt, const Json *arr, int tuple, const char **why) {
  return decode_items(rt, arr, tuple ? pyexc_tuple : pyexc_list, why);
}

static pyexc_obj *decode(pyexc_rt *rt, const Json *j, const char **why) {
  switch (j->kind) {
  case JSON_NULL: return pyexc_none(rt);
  case JSON_BOOL: return pyexc_bool(rt, j->b);
  case JSON_INT: return pyexc_int(rt, j->i);
  case JSON_STR: return pyexc_str(rt, j->s, j->len);
  case JSON_ARR: return decode_seq(rt, j, 0, why);
  case JSON_DOUBLE: *why = "raw JSON float in the input"; return NULL;
  case JSON_OBJ: break;
  }
  if (j->n != 1) { *why = "tagged value without exactly one key"; return NULL; }
  const char *tag = j->keys[0];
  const Json *v = j->items[0];
  if (strcmp(tag, "int") == 0 && v->kind == JSON_STR) return pyexc_int_text(rt, v->s, v->len);
  if (strcmp(tag, "float") == 0 && v->kind == JSON_STR) return pyexc_float(rt, strtod(v->s, NULL));
  if (strcmp(tag, "tuple") == 0) return decode_seq(rt, v, 1, why);
  if (strcmp(tag, "set") == 0) return decode_items(rt, v, pyexc_set, why);
  if (strcmp(tag, "frozenset") == 0) return decode_items(rt, v, pyexc_frozenset, why);
  if ((strcmp(tag, "bytes") == 0 || strcmp(tag, "bytearray") == 0) && v->kind == JSON_ARR) {
    unsigned char *d = malloc(v->n + 1);
    for (size_t i = 0; i < v->n; i++) d[i] = (unsigned char)v->items[i]->i;
    pyexc_obj *r = strcmp(tag, "bytes") == 0 ? pyexc_bytes(rt, d, v->n) : pyexc_bytearray(rt, d, v->n);
    free(d);
    return r;
  }
  if (strcmp(tag, "dict") == 0 && v->kind == JSON_ARR) {
    pyexc_obj *d = pyexc_dict(rt);
    for (size_t i = 0; d && i < v->n; i++) {
      const Json *pair = v->items[i];
      if (pair->kind != JSON_ARR || pair->n != 2) { *why = "dict item is not a pair"; pyexc_decref(d); return NULL; }
      pyexc_obj *k = decode(rt, pair->items[0], why), *x = k ? decode(rt, pair->items[1], why) : NULL;
      int bad = !x || pyexc_dict_set(rt, d, k, x) < 0;
      pyexc_decref(k);
      pyexc_decref(x);
      if (bad) { pyexc_decref(d); return NULL; }
    }
    return d;
  }
  if (strcmp(tag, "exc") == 0) {
    const Json *cls = json_get(v, "cls"), *args = json_get(v, "args");
    if (!cls || cls->kind != JSON_STR || !args) { *why = "bad exc value"; return NULL; }
    pyexc_obj *t = decode_seq(rt, args, 1, why);
    if (!t) return NULL;
    pyexc_obj *r = pyexc_new(rt, cls->s, t, NULL);
    pyexc_decref(t);
    return r;
  }
  *why = "unknown tag in the input encoding";
  return NULL;
}

/* ---- values -> output encoding ------------------------------------------------------- */

/* Text of str(o) or repr(o) as a JSON string; NULL with an error pending. */
ORACLE_UNUSED static Json *text_of(pyexc_rt *rt, pyexc_obj *o, int repr) {
  pyexc_obj *s = repr ? pyexc_to_repr(rt, o) : pyexc_to_str(rt, o);
  if (!s) return NULL;
  size_t n;
  const char *d = pyexc_str_data(s, &n);
  Json *j = json_str(d, n);
  pyexc_decref(s);
  return j;
}

/* The pending error as {"type", "message"} (message: str(err)). */
ORACLE_UNUSED static Json *take_error(pyexc_rt *rt) {
  pyexc_obj *e = pyexc_take_error(rt);
  Json *j = json_obj();
  if (!e) {
    json_put(j, "type", json_strz("(no exception pending)"));
    json_put(j, "message", json_strz(""));
    return j;
  }
  json_put(j, "type", json_strz(pyexc_type_name(e)));
  Json *m = text_of(rt, e, 0);
  if (!m) {
    pyexc_obj *e2 = pyexc_take_error(rt);
    m = json_strz("(str() of the error failed)");
    pyexc_decref(e2);
  }
  json_put(j, "message", m);
  pyexc_decref(e);
  return j;
}

/* gen.py's enc(v, top): NULL when top and v has no encoding (the caller then
 * shows its repr); a nested unencodable value is {"repr": repr(v)}. A Python
 * error while encoding leaves *err set to a description. */
ORACLE_UNUSED static Json *encode(pyexc_rt *rt, pyexc_obj *o, int top, Json **err) {
  if (*err) return NULL;
  switch (pyexc_kind_of(o)) {
  case PYEXC_NONE: return json_null();
  case PYEXC_BOOL: return json_bool(pyexc_as_bool(o));
  case PYEXC_STR: { size_t n; const char *d = pyexc_str_data(o, &n); return json_str(d, n); }
  case PYEXC_INT: {
    int64_t v;
    const int64_t lim = (int64_t)1 << 53;
    if (pyexc_as_int64(o, &v) == 0 && v > -lim && v < lim) return json_int(v);
    Json *t = text_of(rt, o, 1);
    if (!t) { *err = take_error(rt); return NULL; }
    Json *j = json_obj();
    json_put(j, "int", t);
    return j;
  }
  case PYEXC_FLOAT: {
    Json *t = text_of(rt, o, 1);
    if (!t) { *err = take_error(rt); return NULL; }
    Json *j = json_obj();
    json_put(j, "float", t);
    return j;
  }
  case PYEXC_BYTES: {
    size_t n;
    const unsigned char *d = pyexc_bytes_data(o, &n);
    Json *a = json_arr(), *j = json_obj();
    for (size_t i = 0; i < n; i++) json_push(a, json_int(d[i]));
    json_put(j, "bytes", a);
    return j;
  }
  case PYEXC_TUPLE:
  case PYEXC_LIST:
  case PYEXC_DICT: {
    pyexc_kind k = pyexc_kind_of(o);
    Json *a = json_arr();
    size_t n = pyexc_len(o);
    for (size_t i = 0; i < n; i++) {
      pyexc_obj *x = pyexc_item(rt, o, i);
      if (!x) { *err = take_error(rt); json_free(a); return NULL; }
      Json *e = encode(rt, x, 0, err);
      pyexc_decref(x);
      if (!e) { json_free(a); return NULL; }
      if (k == PYEXC_DICT) {
        pyexc_obj *v = pyexc_dict_value(rt, o, i);
        Json *ev = v ? encode(rt, v, 0, err) : NULL;
        if (!v) *err = take_error(rt);
        pyexc_decref(v);
        if (!ev) { json_free(e); json_free(a); return NULL; }
        Json *pair = json_arr();
        json_push(pair, e);
        json_push(pair, ev);
        e = pair;
      }
      json_push(a, e);
    }
    if (k == PYEXC_LIST) return a;
    Json *j = json_obj();
    json_put(j, k == PYEXC_TUPLE ? "tuple" : "dict", a);
    return j;
  }
  default: {
    if (top) return NULL;
    Json *t = text_of(rt, o, 1);
    if (!t) { *err = take_error(rt); return NULL; }
    Json *j = json_obj();
    json_put(j, "repr", t);
    return j;
  }
  }
}

