/* str_methods.c: the methods of str that split, join, strip, search,
 * replace and pad, with CPython's algorithms (stringlib) and messages per
 * version. Case mapping and predicates: str_case_methods.c; format and %:
 * str_format_methods.c; encode: codec_methods.c. The method table is at the
 * end of this file.
 *
 * Strings are generalized UTF-8: searching works on bytes (a match of valid
 * UTF-8 starts and ends on character boundaries), indices are code points. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/format.h"
#include "base/utf8.h"
#include "base/unicode.h"

/* 3.13 moved find/count/index/startswith/endswith to Argument Clinic
 * (other count messages, the str check before the indices) and gave
 * str.replace a `count` keyword. */
static const unsigned char finds_clinic[PY_NVERSIONS] = {0, 0, 1, 1};
static const unsigned char replace_kw[PY_NVERSIONS] = {0, 0, 1, 1};

/* ---- shared helpers ---------------------------------------------------------------------- */

void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
  if (*end > len) *end = len;
  else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
  if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

size_t str_cp_offset(Obj *o, size_t i) {
  Str *s = AS_STR(o);
  if (s->ascii) return i;
  if (i >= s->cplen) return s->len;
  return utf8_offset(s->s, s->len, i);
}

size_t str_byte_to_cp(Obj *o, size_t off) {
  Str *s = AS_STR(o);
  return s->ascii ? off : utf8_count(s->s, off);
}

int64_t mem_search(const char *h, size_t n, const char *nd, size_t m, int dir) {
  if (m > n) return -1;
  if (dir > 0) {
    for (size_t i = 0; i + m <= n; i++)
      if (memcmp(h + i, nd, m) == 0) return (int64_t)i;
  } else {
    for (size_t i = n - m + 1; i-- > 0;)
      if (memcmp(h + i, nd, m) == 0) return (int64_t)i;
  }
  return -1;
}

int64_t mem_count(const char *h, size_t n, const char *nd, size_t m, int64_t max) {
  int64_t c = 0;
  if (m == 0) {
    c = (int64_t)n + 1;   /* callers pass code point counts for str */
    return max >= 0 && c > max ? max : c;
  }
  for (size_t i = 0; i + m <= n && (max < 0 || c < max);) {
    if (memcmp(h + i, nd, m) == 0) { c++; i += m; }
    else i++;
  }
  return c;
}

static Obj *new_sub(Rt *rt, Obj *self, size_t a, size_t b) {
  if (a == 0 && b == str_len(self) && is_type(self, &StrType)) return incref(self);
  return str_new(rt, str_c(self) + a, b - a);
}

static uint32_t cp_at(const char *s, size_t n, size_t *adv) { return utf8_decode(s, n, adv); }
/* The code point ending at byte offset e (> 0) and its start. */
static uint32_t cp_before(const char *s, size_t e, size_t *start) {
  size_t b = e - 1;
  while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80) b--;
  size_t adv;
  *start = b;
  return utf8_decode(s + b, e - b, &adv);
}

static Obj *need_str(Rt *rt, Obj *o) {
  return err_format(rt, EXC(TypeError), "must be str, not %s", type_name(o));
}

/* ---- split, rsplit, splitlines, join -------------------------------------------------------- */

static int push(Rt *rt, Obj *list, Obj *item) {
  if (!item) return -1;
  int r = list_append(rt, list, item);
  decref(item);
  return r;
}

static const char *const split_names[] = {"sep", "maxsplit"};

static int split_args(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames, Obj **sep,
                      int64_t *maxsplit) {
  KwSpec spec = {fname, split_names, 2, 0, 0, 2};
  Obj *a[2];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return -1;
  *sep = a[0] && a[0] != None ? a[0] : NULL;
  *maxsplit = -1;
  if (a[1] && arg_ssize(rt, a[1], maxsplit) < 0) return -1;
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  if (*sep && !IS_STR(*sep)) {
    err_format(rt, EXC(TypeError), "must be str or None, not %s", type_name(*sep));
    return -1;
  }
  if (*sep && str_len(*sep) == 0) { err_str(rt, EXC(ValueError), "empty separator"); return -1; }
  return 0;
}

static int list_reverse_inplace(Obj *l) {
  List *x = AS_LIST(l);
  for (size_t i = 0, j = x->n; i + 1 < j; i++, j--) {
    Obj *t = x->items[i];
    x->items[i] = x->items[j - 1];
    x->items[j - 1] = t;
  }
  return 0;
}

static Obj *do_split(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int right) {
  Obj *sep;
  int64_t max;
  if (split_args(rt, right ? "rsplit" : "split", argv, argc, kwnames, &sep, &max) < 0) return NULL;
  const char *s = str_c(self);
  size_t n = str_len(self);
  Obj *l = list_new(rt, 0);
  if (!l) return NULL;
  if (sep) {
    const char *p = str_c(sep);
    size_t m = str_len(sep);
    if (!right) {
      size_t i = 0;
      for (; max > 0; max--) {
        int64_t f = mem_search(s + i, n - i, p, m, 1);
        if (f < 0) break;
        if (push(rt, l, str_new(rt, s + i, (size_t)f)) < 0) goto fail;
        i += (size_t)f + m;
      }
      if (push(rt, l, i == 0 ? new_sub(rt, self, 0, n) : str_new(rt, s + i, n - i)) < 0) goto fail;
    } else {
      size_t e = n;
      for (; max > 0; max--) {
        int64_t f = mem_search(s, e, p, m, -1);
        if (f < 0) break;
        if (push(rt, l, str_new(rt, s + f + m, e - (size_t)f - m)) < 0) goto fail;
        e = (size_t)f;
      }
      if (push(rt, l, e == n ? new_sub(rt, self, 0, n) : str_new(rt, s, e)) < 0) goto fail;
      list_reverse_inplace(l);
    }
    return l;
  }
  /* runs of whitespace */
  if (!right) {
    size_t i = 0, adv;
    while (1) {
      while (i < n && uni_isspace(cp_at(s + i, n - i, &adv))) i += adv;
      if (i >= n) break;
      if (max-- <= 0) {
        size_t e = n;
        if (push(rt, l, i == 0 ? new_sub(rt, self, 0, n) : str_new(rt, s + i, e - i)) < 0) goto fail;
        break;
      }
      size_t j = i;
      while (j < n && !uni_isspace(cp_at(s + j, n - j, &adv))) j += adv;
      if (push(rt, l, (i == 0 && j == n) ? new_sub(rt, self, 0, n) : str_new(rt, s + i, j - i)) < 0) goto fail;
      i = j;
    }
  } else {
    size_t e = n, b;
    while (1) {
      while (e > 0 && uni_isspace(cp_before(s, e, &b))) e = b;
      if (e == 0) break;
      if (max-- <= 0) {
        if (push(rt, l, e == n ? new_sub(rt, self, 0, n) : str_new(rt, s, e)) < 0) goto fail;
        break;
      }
      size_t j = e;
      while (j > 0 && !uni_isspace(cp_before(s, j, &b))) j = b;
      if (push(rt, l, (j == 0 && e == n) ? new_sub(rt, self, 0, n) : str_new(rt, s + j, e - j)) < 0) goto fail;
      e = j;
    }
    list_reverse_inplace(l);
  }
  return l;
fail:
  decref(l);
  return NULL;
}

METHOD(str_split) { return do_split(rt, self, argv, argc, kwnames, 0); }
METHOD(str_rsplit) { return do_split(rt, self, argv, argc, kwnames, 1); }

static int is_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

/* keepends: Argument Clinic's int in 3.11, bool later. */
static const unsigned char keepends_is_bool[PY_NVERSIONS] = {0, 1, 1, 1};

METHOD(str_splitlines) {
  static const char *const names[] = {"keepends"};
  KwSpec spec = {"splitlines", names, 1, 0, 0, 1};
  Obj *a[1];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int keep = 0;
  if (a[0]) {
    if (keepends_is_bool[rt->pyv]) keep = obj_truth(rt, a[0]);
    else if (arg_int(rt, a[0], &keep) < 0) return NULL;
    if (keep < 0) return NULL;
  }
  const char *s = str_c(self);
  size_t n = str_len(self), i = 0, adv;
  Obj *l = list_new(rt, 0);
  if (!l) return NULL;
  while (i < n) {
    size_t j = i;
    uint32_t c = 0;
    while (j < n && !is_linebreak(c = cp_at(s + j, n - j, &adv))) j += adv;
    size_t eol = j;
    if (j < n) {
      j += adv;
      if (c == '\r' && j < n && s[j] == '\n') j++;
      if (keep) eol = j;
    }
    if (push(rt, l, (i == 0 && eol == n) ? new_sub(rt, self, 0, n) : str_new(rt, s + i, eol - i)) < 0) {
      decref(l);
      return NULL;
    }
    i = j;
  }
  return l;
}

METHOD(str_join) {
  if (args_one(rt, "str.join", argc, kwnames) < 0) return NULL;
  Obj *seq = argv[0];
  Obj *items;
  if (is_type(seq, &ListType) || is_type(seq, &TupleType)) {
    items = incref(seq);
  } else {
    if (!seq->type->iter && !(seq->type->getitem && !IS_DICT(seq)))
      return err_str(rt, EXC(TypeError), "can only join an iterable");
    items = obj_to_list(rt, seq);
    if (!items) return NULL;
  }
  size_t n = IS_TUPLE(items) ? tuple_len(items) : list_len(items);
  Obj *const *it = IS_TUPLE(items) ? AS_TUPLE(items)->items : AS_LIST(items)->items;
  if (n == 1 && is_type(it[0], &StrType)) {
    Obj *r = incref(it[0]);
    decref(items);
    return r;
  }
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < n; i++) {
    if (!IS_STR(it[i])) {
      sb_free(&b);
      err_format(rt, EXC(TypeError), "sequence item %zu: expected str instance, %s found", i, type_name(it[i]));
      decref(items);
      return NULL;
    }
    if (i) sb_add(&b, str_c(self), str_len(self));
    sb_add(&b, str_c(it[i]), str_len(it[i]));
  }
  decref(items);
  return str_from_buf(rt, &b);
}

/* ---- strip ---------------------------------------------------------------------------------------- */

static int in_chars(Obj *chars, uint32_t c) {
  if (!chars) return uni_isspace(c);
  const char *p = str_c(chars);
  size_t n = str_len(chars), adv;
  for (size_t i = 0; i < n; i += adv)
    if (utf8_decode(p + i, n - i, &adv) == c) return 1;
  return 0;
}

static Obj *do_strip(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int left, int right,
                     const char *name) {
  if (args_pos(rt, name, argc, kwnames, 0, 1) < 0) return NULL;
  Obj *chars = argc && argv[0] != None ? argv[0] : NULL;
  if (chars && !IS_STR(chars)) return err_format(rt, EXC(TypeError), "%s arg must be None or str", name + 4);
  const char *s = str_c(self);
  size_t n = str_len(self), i = 0, e = n, adv, b;
  if (left)
    while (i < n && in_chars(chars, cp_at(s + i, n - i, &adv))) i += adv;
  if (right)
    while (e > i && in_chars(chars, cp_before(s, e, &b))) e = b;
  return new_sub(rt, self, i, e);
}

METHOD(str_strip) { return do_strip(rt, self, argv, argc, kwnames, 1, 1, "str.strip"); }
METHOD(str_lstrip) { return do_strip(rt, self, argv, argc, kwnames, 1, 0, "str.lstrip"); }
METHOD(str_rstrip) { return do_strip(rt, self, argv, argc, kwnames, 0, 1, "str.rstrip"); }

/* ---- find, index, count, startswith, endswith -------------------------------------------------------- */

/* Parses (sub[, start[, end]]) as each version does; sub must be a str
 * unless any_sub (startswith/endswith check it themselves). */
static int finds_args(Rt *rt, const char *qname, Obj *const *argv, size_t argc, Obj *kwnames, Obj **sub,
                      int64_t *start, int64_t *end, int any_sub) {
  const char *fname = strrchr(qname, '.') + 1;
  *start = 0;
  *end = INT64_MAX;
  if (finds_clinic[rt->pyv]) {
    if (args_pos(rt, qname, argc, kwnames, 1, 3) < 0) return -1;
    if (!any_sub && !IS_STR(argv[0])) { arg_bad(rt, fname, "argument 1", "str", argv[0]); return -1; }
  } else if (args_tuple(rt, qname, argc, kwnames, 1, 3) < 0) {
    return -1;
  }
  if (argc > 1 && arg_slice_index(rt, argv[1], start, 1) < 0) return -1;
  if (argc > 2 && arg_slice_index(rt, argv[2], end, 1) < 0) return -1;
  *sub = argv[0];
  if (!any_sub && !IS_STR(*sub)) { need_str(rt, *sub); return -1; }
  return 0;
}

/* Index (code points) of sub in self[start:end], or -1. */
static int64_t find_in(Obj *self, Obj *sub, int64_t start, int64_t end, int dir) {
  int64_t len = (int64_t)AS_STR(self)->cplen, m = (int64_t)AS_STR(sub)->cplen;
  adjust_indices(&start, &end, len);
  if (end - start < m) return -1;
  if (m == 0) return dir > 0 ? start : end;
  size_t bs = str_cp_offset(self, (size_t)start), be = str_cp_offset(self, (size_t)end);
  int64_t f = mem_search(str_c(self) + bs, be - bs, str_c(sub), str_len(sub), dir);
  if (f < 0) return -1;
  return start + (int64_t)str_byte_to_cp(self, bs + (size_t)f) - (int64_t)str_byte_to_cp(self, bs);
}

static Obj *do_find(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, const char *qname, int dir,
                    int raise) {
  Obj *sub;
  int64_t start, end;
  if (finds_args(rt, qname, argv, argc, kwnames, &sub, &start, &end, 0) < 0) return NULL;
  int64_t r = find_in(self, sub, start, end, dir);
  if (r < 0 && raise) return err_str(rt, EXC(ValueError), "substring not found");
  return int_from_i64(rt, r);
}

METHOD(str_find) { return do_find(rt, self, argv, argc, kwnames, "str.find", 1, 0); }
METHOD(str_rfind) { return do_find(rt, self, argv, argc, kwnames, "str.rfind", -1, 0); }
METHOD(str_index) { return do_find(rt, self, argv, argc, kwnames, "str.index", 1, 1); }
METHOD(str_rindex) { return do_find(rt, self, argv, argc, kwnames, "str.rindex", -1, 1); }

METHOD(str_count) {
  Obj *sub;
  int64_t start, end;
  if (finds_args(rt, "str.count", argv, argc, kwnames, &sub, &start, &end, 0) < 0) return NULL;
  int64_t len = (int64_t)AS_STR(self)->cplen;
  adjust_indices(&start, &end, len);
  if (end - start < (int64_t)AS_STR(sub)->cplen) return int_from_i64(rt, 0);
  if (str_len(sub) == 0) return int_from_i64(rt, end - start + 1);
  size_t bs = str_cp_offset(self, (size_t)start), be = str_cp_offset(self, (size_t)end);
  return int_from_i64(rt, mem_count(str_c(self) + bs, be - bs, str_c(sub), str_len(sub), -1));
}

/* tailmatch: does self[start:end] start (dir < 0) or end (dir > 0) with sub? */
static int tailmatch(Obj *self, Obj *sub, int64_t start, int64_t end, int dir) {
  int64_t len = (int64_t)AS_STR(self)->cplen, m = (int64_t)AS_STR(sub)->cplen;
  adjust_indices(&start, &end, len);
  end -= m;
  if (end < start) return 0;
  if (m == 0) return 1;
  size_t at = str_cp_offset(self, (size_t)(dir < 0 ? start : end));
  return memcmp(str_c(self) + at, str_c(sub), str_len(sub)) == 0;
}

static Obj *do_startswith(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int dir) {
  const char *name = dir < 0 ? "startswith" : "endswith";
  Obj *sub;
  int64_t start, end;
  if (finds_args(rt, dir < 0 ? "str.startswith" : "str.endswith", argv, argc, kwnames, &sub, &start, &end, 1) < 0)
    return NULL;
  if (IS_TUPLE(sub)) {
    for (size_t i = 0; i < tuple_len(sub); i++) {
      Obj *x = tuple_get(sub, i);
      if (!IS_STR(x))
        return err_format(rt, EXC(TypeError), "tuple for %s must only contain str, not %s", name, type_name(x));
      if (tailmatch(self, x, start, end, dir)) return incref(Py_True);
    }
    return incref(Py_False);
  }
  if (!IS_STR(sub))
    return err_format(rt, EXC(TypeError), "%s first arg must be str or a tuple of str, not %s", name,
                      type_name(sub));
  return incref(bool_obj(tailmatch(self, sub, start, end, dir)));
}

METHOD(str_startswith) { return do_startswith(rt, self, argv, argc, kwnames, -1); }
METHOD(str_endswith) { return do_startswith(rt, self, argv, argc, kwnames, 1); }

/* ---- replace, partition, prefixes ------------------------------------------------------------------------ */

METHOD(str_replace) {
  Obj *a[3] = {NULL, NULL, NULL};
  if (replace_kw[rt->pyv]) {
    static const char *const names[] = {"", "", "count"};
    KwSpec spec = {"replace", names, 3, 2, 2, 3};
    if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  } else {
    if (args_pos(rt, "str.replace", argc, kwnames, 2, 3) < 0) return NULL;
    for (size_t i = 0; i < argc; i++) a[i] = argv[i];
  }
  if (!IS_STR(a[0])) return arg_bad(rt, "replace", "argument 1", "str", a[0]);
  if (!IS_STR(a[1])) return arg_bad(rt, "replace", "argument 2", "str", a[1]);
  int64_t count = -1;
  if (a[2] && arg_ssize(rt, a[2], &count) < 0) return NULL;
  Obj *old = a[0], *new_ = a[1];
  const char *s = str_c(self);
  size_t n = str_len(self), m = str_len(old);
  StrBuf b = SB_INIT;
  if (count < 0) count = INT64_MAX;
  if (m == 0) {
    size_t i = 0, adv;
    for (; i < n || count > 0;) {
      if (count > 0) { sb_add(&b, str_c(new_), str_len(new_)); count--; }
      if (i >= n) break;
      cp_at(s + i, n - i, &adv);
      sb_add(&b, s + i, adv);
      i += adv;
    }
    if (i < n) sb_add(&b, s + i, n - i);
    return str_from_buf(rt, &b);
  }
  size_t i = 0;
  while (count > 0) {
    int64_t f = mem_search(s + i, n - i, str_c(old), m, 1);
    if (f < 0) break;
    sb_add(&b, s + i, (size_t)f);
    sb_add(&b, str_c(new_), str_len(new_));
    i += (size_t)f + m;
    count--;
  }
  if (i == 0 && is_type(self, &StrType)) { sb_free(&b); return incref(self); }
  sb_add(&b, s + i, n - i);
  return str_from_buf(rt, &b);
}

static Obj *do_partition(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int right) {
  if (args_one(rt, right ? "str.rpartition" : "str.partition", argc, kwnames) < 0) return NULL;
  Obj *sep = argv[0];
  if (!IS_STR(sep)) return need_str(rt, sep);
  if (str_len(sep) == 0) return err_str(rt, EXC(ValueError), "empty separator");
  const char *s = str_c(self);
  size_t n = str_len(self), m = str_len(sep);
  int64_t f = mem_search(s, n, str_c(sep), m, right ? -1 : 1);
  Obj *e = str_empty();
  if (f < 0) {
    Obj *whole = new_sub(rt, self, 0, n);
    if (!whole) return NULL;
    Obj *t = right ? tuple_pack(rt, 3, e, e, whole) : tuple_pack(rt, 3, whole, e, e);
    decref(whole);
    return t;
  }
  Obj *x = str_new(rt, s, (size_t)f), *y = str_new(rt, s + f + m, n - (size_t)f - m);
  Obj *t = x && y ? tuple_pack(rt, 3, x, sep, y) : NULL;
  xdecref(x);
  xdecref(y);
  return t;
}

METHOD(str_partition) { return do_partition(rt, self, argv, argc, kwnames, 0); }
METHOD(str_rpartition) { return do_partition(rt, self, argv, argc, kwnames, 1); }

static Obj *do_remove_fix(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int suffix) {
  const char *name = suffix ? "removesuffix" : "removeprefix";
  if (args_one(rt, suffix ? "str.removesuffix" : "str.removeprefix", argc, kwnames) < 0) return NULL;
  Obj *x = argv[0];
  if (!IS_STR(x)) return arg_bad(rt, name, "argument", "str", x);
  size_t n = str_len(self), m = str_len(x);
  if (m && m <= n && memcmp(str_c(self) + (suffix ? n - m : 0), str_c(x), m) == 0)
    return suffix ? str_new(rt, str_c(self), n - m) : str_new(rt, str_c(self) + m, n - m);
  return new_sub(rt, self, 0, n);
}

METHOD(str_removeprefix) { return do_remove_fix(rt, self, argv, argc, kwnames, 0); }
METHOD(str_removesuffix) { return do_remove_fix(rt, self, argv, argc, kwnames, 1); }

/* ---- padding ------------------------------------------------------------------------------------------ */

static Obj *pad(Rt *rt, Obj *self, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return new_sub(rt, self, 0, str_len(self));
  StrBuf b = SB_INIT;
  for (int64_t i = 0; i < left; i++) sb_addcp(&b, fill);
  sb_add(&b, str_c(self), str_len(self));
  for (int64_t i = 0; i < right; i++) sb_addcp(&b, fill);
  return str_from_buf(rt, &b);
}

/* (width[, fillchar]) of center/ljust/rjust; mode 'c', 'l' or 'r'. */
static Obj *do_just(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, const char *qname, char mode) {
  if (args_pos(rt, qname, argc, kwnames, 1, 2) < 0) return NULL;
  int64_t width;
  if (arg_ssize(rt, argv[0], &width) < 0) return NULL;
  uint32_t fill = ' ';
  if (argc > 1) {
    Obj *f = argv[1];
    if (!IS_STR(f))
      return err_format(rt, EXC(TypeError), "The fill character must be a unicode character, not %s", type_name(f));
    if (AS_STR(f)->cplen != 1)
      return err_str(rt, EXC(TypeError), "The fill character must be exactly one character long");
    fill = str_char_at(f, 0);
  }
  int64_t len = (int64_t)AS_STR(self)->cplen;
  if (width <= len) return new_sub(rt, self, 0, str_len(self));
  int64_t marg = width - len;
  if (mode == 'l') return pad(rt, self, 0, marg, fill);
  if (mode == 'r') return pad(rt, self, marg, 0, fill);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(rt, self, left, marg - left, fill);
}

METHOD(str_center) { return do_just(rt, self, argv, argc, kwnames, "str.center", 'c'); }
METHOD(str_ljust) { return do_just(rt, self, argv, argc, kwnames, "str.ljust", 'l'); }
METHOD(str_rjust) { return do_just(rt, self, argv, argc, kwnames, "str.rjust", 'r'); }

METHOD(str_zfill) {
  if (args_one(rt, "str.zfill", argc, kwnames) < 0) return NULL;
  int64_t width;
  if (arg_ssize(rt, argv[0], &width) < 0) return NULL;
  int64_t len = (int64_t)AS_STR(self)->cplen;
  if (width <= len) return new_sub(rt, self, 0, str_len(self));
  StrBuf b = SB_INIT;
  const char *s = str_c(self);
  size_t n = str_len(self), i = 0;
  if (n && (s[0] == '+' || s[0] == '-')) { sb_addc(&b, s[0]); i = 1; }
  sb_repeat(&b, '0', (size_t)(width - len));
  sb_add(&b, s + i, n - i);
  return str_from_buf(rt, &b);
}

METHOD(str_expandtabs) {
  static const char *const names[] = {"tabsize"};
  KwSpec spec = {"expandtabs", names, 1, 0, 0, 1};
  Obj *a[1];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int tab = 8;
  if (a[0] && arg_int(rt, a[0], &tab) < 0) return NULL;
  const char *s = str_c(self);
  size_t n = str_len(self), adv;
  int64_t col = 0;
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < n; i += adv) {
    uint32_t c = cp_at(s + i, n - i, &adv);
    if (c == '\t') {
      if (tab > 0) {
        int64_t inc = tab - col % tab;
        sb_repeat(&b, ' ', (size_t)inc);
        col += inc;
      }
    } else {
      sb_add(&b, s + i, adv);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return str_from_buf(rt, &b);
}

/* ---- dunders --------------------------------------------------------------------------------------------- */

METHOD(str_format_m) { UNUSED_METHOD_ARGS; return str_format_call(rt, self, argv, argc, kwnames); }

METHOD(str_format_map_m) {
  if (args_one(rt, "str.format_map", argc, kwnames) < 0) return NULL;
  return str_format_map_call(rt, self, argv[0]);
}

METHOD(str_dunder_format) {
  if (args_one(rt, "str.__format__", argc, kwnames) < 0) return NULL;
  if (!IS_STR(argv[0])) return arg_bad(rt, "__format__", "argument", "str", argv[0]);
  return format_value(rt, self, argv[0]);
}

static Obj *str_mod_slot(Rt *rt, Obj *a, Obj *b) {
  if (!IS_STR(a)) return incref(NotImpl);
  return percent_format(rt, a, b, 0);
}

const NumSlots str_num = {.mod = str_mod_slot};

METHOD(str_mod) {
  if (args_wrapper(rt, "__mod__", argc, kwnames, 1) < 0) return NULL;
  return percent_format(rt, self, argv[0], 0);
}

METHOD(str_rmod) {
  if (args_wrapper(rt, "__rmod__", argc, kwnames, 1) < 0) return NULL;
  if (!IS_STR(argv[0])) return incref(NotImpl);
  return percent_format(rt, argv[0], self, 0);
}

METHOD(str_add) {
  if (args_wrapper(rt, "__add__", argc, kwnames, 1) < 0) return NULL;
  return str_concat(rt, self, argv[0]);
}

METHOD(str_mul) {
  if (args_wrapper(rt, "__mul__", argc, kwnames, 1) < 0) return NULL;
  int64_t k;
  if (arg_ssize(rt, argv[0], &k) < 0) return NULL;
  return StrType.repeat(rt, self, k);
}

METHOD(str_getnewargs) {
  (void)argv;
  if (args_none(rt, "str.__getnewargs__", argc, kwnames) < 0) return NULL;
  Obj *s = new_sub(rt, self, 0, str_len(self));
  Obj *t = s ? tuple_pack(rt, 1, s) : NULL;
  xdecref(s);
  return t;
}

METHOD(str_encode) {
  static const char *const names[] = {"encoding", "errors"};
  KwSpec spec = {"encode", names, 2, 0, 0, 2};
  Obj *a[2];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  if (a[0] && !IS_STR(a[0])) return arg_bad(rt, "encode", "argument 'encoding'", "str", a[0]);
  if (a[1] && !IS_STR(a[1])) return arg_bad(rt, "encode", "argument 'errors'", "str", a[1]);
  return codec_encode(rt, self, a[0], a[1]);
}

/* Defined in str_case_methods.c. */
Obj *str_upper(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_lower(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_title(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_capitalize(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_swapcase(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_casefold(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isdigit(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isalpha(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isalnum(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isspace(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isupper(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_islower(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_istitle(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isidentifier(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isnumeric(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isdecimal(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isprintable(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_isascii(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_translate(Rt *, Obj *, Obj *const *, size_t, Obj *);
Obj *str_maketrans(Rt *, Obj *, Obj *const *, size_t, Obj *);

const MethodDef str_methods[] = {
  {"encode", str_encode, 0},
  {"replace", str_replace, 0},
  {"split", str_split, 0},
  {"rsplit", str_rsplit, 0},
  {"join", str_join, 0},
  {"capitalize", str_capitalize, 0},
  {"casefold", str_casefold, 0},
  {"title", str_title, 0},
  {"center", str_center, 0},
  {"count", str_count, 0},
  {"expandtabs", str_expandtabs, 0},
  {"find", str_find, 0},
  {"partition", str_partition, 0},
  {"index", str_index, 0},
  {"ljust", str_ljust, 0},
  {"lower", str_lower, 0},
  {"lstrip", str_lstrip, 0},
  {"rfind", str_rfind, 0},
  {"rindex", str_rindex, 0},
  {"rjust", str_rjust, 0},
  {"rstrip", str_rstrip, 0},
  {"rpartition", str_rpartition, 0},
  {"splitlines", str_splitlines, 0},
  {"strip", str_strip, 0},
  {"swapcase", str_swapcase, 0},
  {"translate", str_translate, 0},
  {"upper", str_upper, 0},
  {"startswith", str_startswith, 0},
  {"endswith", str_endswith, 0},
  {"removeprefix", str_removeprefix, 0},
  {"removesuffix", str_removesuffix, 0},
  {"isascii", str_isascii, 0},
  {"islower", str_islower, 0},
  {"isupper", str_isupper, 0},
  {"istitle", str_istitle, 0},
  {"isspace", str_isspace, 0},
  {"isdecimal", str_isdecimal, 0},
  {"isdigit", str_isdigit, 0},
  {"isnumeric", str_isnumeric, 0},
  {"isalpha", str_isalpha, 0},
  {"isalnum", str_isalnum, 0},
  {"isidentifier", str_isidentifier, 0},
  {"isprintable", str_isprintable, 0},
  {"zfill", str_zfill, 0},
  {"format", str_format_m, 0},
  {"format_map", str_format_map_m, 0},
  {"__format__", str_dunder_format, 0},
  {"maketrans", str_maketrans, METH_STATIC},
  {"__mod__", str_mod, 0},
  {"__rmod__", str_rmod, 0},
  {"__add__", str_add, 0},
  {"__mul__", str_mul, 0},
  {"__rmul__", str_mul, 0},
  {"__getnewargs__", str_getnewargs, 0},
  {NULL, NULL, 0}
};
