/* bytes_methods.c: the methods of bytes and bytearray (shared: they work
 * on the data of either and return the receiver's kind), bytearray's
 * mutators and item assignment, with CPython's messages. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "base/mem.h"
#include <stdio.h>

/* 3.14 reworded fromhex's odd-length and argument-type errors, and the
 * fill-character error of center/ljust/rjust. */
static const unsigned char fromhex_314[PY_NVERSIONS] = {0, 0, 0, 1};

static int is_ba(Obj *o) { return is_inst(o, &ByteArrayType); }
static const char *tname(Obj *self) { return is_ba(self) ? "bytearray" : "bytes"; }

static const char *data_of(Obj *o, size_t *n) { return bytes_data(o, n); }

/* The same kind as self (a new bytes or bytearray). */
static Obj *make(Rt *rt, Obj *self, const char *d, size_t n) {
  return is_ba(self) ? bytearray_new(rt, d, n) : bytes_new(rt, d, n);
}
static Obj *make_buf(Rt *rt, Obj *self, StrBuf *b) {
  if (sb_failed(b)) { sb_free(b); return err_nomem(rt); }
  Obj *r = make(rt, self, b->data ? b->data : "", b->len);
  sb_free(b);
  return r;
}
/* Self unchanged: itself for an exact bytes, else a copy. */
static Obj *same(Rt *rt, Obj *self) {
  if (is_type(self, &BytesType)) return incref(self);
  size_t n;
  const char *d = data_of(self, &n);
  return make(rt, self, d, n);
}

static const char *need_buffer(Rt *rt, Obj *o, size_t *n) {
  const char *d = bytes_data(o, n);
  if (!d) err_format(rt, EXC(TypeError), "a bytes-like object is required, not '%s'", type_name(o));
  return d;
}

static int is_ws(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Obj *seq_add_m(Rt *, Obj *, Obj *const *, size_t, Obj *);   /* list_methods.c */
Obj *seq_mul_m(Rt *, Obj *, Obj *const *, size_t, Obj *);

/* ---- split, join, strip ------------------------------------------------------------------------ */

static int push(Rt *rt, Obj *l, Obj *item) {
  if (!item) return -1;
  int r = list_append(rt, l, item);
  decref(item);
  return r;
}

static Obj *do_split(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int right) {
  static const char *const names[] = {"sep", "maxsplit"};
  KwSpec spec = {right ? "rsplit" : "split", names, 2, 0, 0, 2};
  Obj *a[2];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int64_t max = -1;
  if (a[1] && arg_ssize(rt, a[1], &max) < 0) return NULL;
  if (max < 0) max = INT64_MAX;
  size_t n, m = 0;
  const char *s = data_of(self, &n), *p = NULL;
  if (a[0] && a[0] != None) {
    if (!(p = need_buffer(rt, a[0], &m))) return NULL;
    if (m == 0) return err_str(rt, EXC(ValueError), "empty separator");
  }
  Obj *l = list_new(rt, 0);
  if (!l) return NULL;
  if (p) {
    if (!right) {
      size_t i = 0;
      for (; max > 0; max--) {
        int64_t f = mem_search(s + i, n - i, p, m, 1);
        if (f < 0) break;
        if (push(rt, l, make(rt, self, s + i, (size_t)f)) < 0) goto fail;
        i += (size_t)f + m;
      }
      if (push(rt, l, make(rt, self, s + i, n - i)) < 0) goto fail;
    } else {
      size_t e = n;
      for (; max > 0; max--) {
        int64_t f = mem_search(s, e, p, m, -1);
        if (f < 0) break;
        if (push(rt, l, make(rt, self, s + f + m, e - (size_t)f - m)) < 0) goto fail;
        e = (size_t)f;
      }
      if (push(rt, l, make(rt, self, s, e)) < 0) goto fail;
    }
  } else if (!right) {
    size_t i = 0;
    while (1) {
      while (i < n && is_ws((unsigned char)s[i])) i++;
      if (i >= n) break;
      if (max-- <= 0) { if (push(rt, l, make(rt, self, s + i, n - i)) < 0) goto fail; break; }
      size_t j = i;
      while (j < n && !is_ws((unsigned char)s[j])) j++;
      if (push(rt, l, make(rt, self, s + i, j - i)) < 0) goto fail;
      i = j;
    }
  } else {
    size_t e = n;
    while (1) {
      while (e > 0 && is_ws((unsigned char)s[e - 1])) e--;
      if (e == 0) break;
      if (max-- <= 0) { if (push(rt, l, make(rt, self, s, e)) < 0) goto fail; break; }
      size_t j = e;
      while (j > 0 && !is_ws((unsigned char)s[j - 1])) j--;
      if (push(rt, l, make(rt, self, s + j, e - j)) < 0) goto fail;
      e = j;
    }
  }
  if (right) {
    List *x = AS_LIST(l);
    for (size_t i = 0, j = x->n; i + 1 < j; i++, j--) { Obj *t = x->items[i]; x->items[i] = x->items[j - 1]; x->items[j - 1] = t; }
  }
  return l;
fail:
  decref(l);
  return NULL;
}
METHOD(b_split) { return do_split(rt, self, argv, argc, kwnames, 0); }
METHOD(b_rsplit) { return do_split(rt, self, argv, argc, kwnames, 1); }

METHOD(b_splitlines) {
  static const char *const names[] = {"keepends"};
  KwSpec spec = {"splitlines", names, 1, 0, 0, 1};
  Obj *a[1];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int keep = 0;
  if (a[0] && (keep = obj_truth(rt, a[0])) < 0) return NULL;
  size_t n, i = 0;
  const char *s = data_of(self, &n);
  Obj *l = list_new(rt, 0);
  while (l && i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') j++;
    size_t eol = j;
    if (j < n) {
      j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    if (push(rt, l, make(rt, self, s + i, eol - i)) < 0) CLEAR(l);
    i = j;
  }
  return l;
}

METHOD(b_join) {
  char q[24];
  snprintf(q, sizeof q, "%s.join", tname(self));
  if (args_one(rt, q, argc, kwnames) < 0) return NULL;
  Obj *seq = argv[0];
  if (!seq->type->iter && !(seq->type->getitem && !IS_DICT(seq)))
    return err_str(rt, EXC(TypeError), "can only join an iterable");
  Obj *items = obj_to_list(rt, seq);
  if (!items) return NULL;
  size_t sn;
  const char *sep = data_of(self, &sn);
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < list_len(items); i++) {
    size_t m;
    const char *d = bytes_data(list_get(items, i), &m);
    if (!d) {
      err_format(rt, EXC(TypeError), "sequence item %zu: expected a bytes-like object, %s found", i,
                 type_name(list_get(items, i)));
      sb_free(&b);
      decref(items);
      return NULL;
    }
    if (i) sb_add(&b, sep, sn);
    sb_add(&b, d, m);
  }
  decref(items);
  return make_buf(rt, self, &b);
}

static Obj *do_strip(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int left, int right,
                     const char *name) {
  char q[24];
  snprintf(q, sizeof q, "%s.%s", tname(self), name);
  if (args_pos(rt, q, argc, kwnames, 0, 1) < 0) return NULL;
  size_t n, m = 0;
  const char *s = data_of(self, &n), *chars = NULL;
  if (argc && argv[0] != None && !(chars = need_buffer(rt, argv[0], &m))) return NULL;
  size_t i = 0, e = n;
#define STRIPPED(c) (chars ? memchr(chars, (c), m) != NULL : is_ws((unsigned char)(c)))
  if (left) while (i < n && STRIPPED(s[i])) i++;
  if (right) while (e > i && STRIPPED(s[e - 1])) e--;
#undef STRIPPED
  if (i == 0 && e == n) return same(rt, self);
  return make(rt, self, s + i, e - i);
}
METHOD(b_strip) { return do_strip(rt, self, argv, argc, kwnames, 1, 1, "strip"); }
METHOD(b_lstrip) { return do_strip(rt, self, argv, argc, kwnames, 1, 0, "lstrip"); }
METHOD(b_rstrip) { return do_strip(rt, self, argv, argc, kwnames, 0, 1, "rstrip"); }

/* ---- search ------------------------------------------------------------------------------------- */

static const unsigned char finds_clinic[PY_NVERSIONS] = {0, 0, 1, 1};

/* (sub[, start[, end]]): sub an int byte or bytes-like (in sub and m), or any
 * object when any_sub (startswith). */
static int finds_args(Rt *rt, Obj *self, const char *name, Obj *const *argv, size_t argc, Obj *kwnames,
                      const char **sub, size_t *m, char *byte, int64_t *start, int64_t *end, int any_sub) {
  char q[32];
  snprintf(q, sizeof q, "%s.%s", tname(self), name);
  *start = 0;
  *end = INT64_MAX;
  if ((finds_clinic[rt->pyv] ? args_pos : args_tuple)(rt, q, argc, kwnames, 1, 3) < 0) return -1;
  if (argc > 1 && arg_slice_index(rt, argv[1], start, 1) < 0) return -1;
  if (argc > 2 && arg_slice_index(rt, argv[2], end, 1) < 0) return -1;
  if (any_sub) return 0;
  Obj *x = argv[0];
  if ((*sub = bytes_data(x, m))) return 0;
  if (x->type->num && x->type->num->index) {
    int64_t v;
    if (arg_ssize(rt, x, &v) < 0) return -1;
    if (v < 0 || v > 255) { err_str(rt, EXC(ValueError), "byte must be in range(0, 256)"); return -1; }
    *byte = (char)v;
    *sub = byte;
    *m = 1;
    return 0;
  }
  err_format(rt, EXC(TypeError), "argument should be integer or bytes-like object, not '%s'", type_name(x));
  return -1;
}

static Obj *do_find(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, const char *name, int dir,
                    int raise) {
  const char *sub;
  size_t m, n;
  char byte;
  int64_t start, end;
  if (finds_args(rt, self, name, argv, argc, kwnames, &sub, &m, &byte, &start, &end, 0) < 0) return NULL;
  const char *s = data_of(self, &n);
  adjust_indices(&start, &end, (int64_t)n);
  int64_t r = -1;
  if (end - start >= (int64_t)m) {
    if (m == 0) r = dir > 0 ? start : end;
    else {
      int64_t f = mem_search(s + start, (size_t)(end - start), sub, m, dir);
      if (f >= 0) r = start + f;
    }
  }
  if (r < 0 && raise) return err_str(rt, EXC(ValueError), "subsection not found");
  return int_from_i64(rt, r);
}
METHOD(b_find) { return do_find(rt, self, argv, argc, kwnames, "find", 1, 0); }
METHOD(b_rfind) { return do_find(rt, self, argv, argc, kwnames, "rfind", -1, 0); }
METHOD(b_index) { return do_find(rt, self, argv, argc, kwnames, "index", 1, 1); }
METHOD(b_rindex) { return do_find(rt, self, argv, argc, kwnames, "rindex", -1, 1); }

METHOD(b_count) {
  const char *sub;
  size_t m, n;
  char byte;
  int64_t start, end;
  if (finds_args(rt, self, "count", argv, argc, kwnames, &sub, &m, &byte, &start, &end, 0) < 0) return NULL;
  const char *s = data_of(self, &n);
  adjust_indices(&start, &end, (int64_t)n);
  if (end - start < (int64_t)m) return int_from_i64(rt, 0);
  return int_from_i64(rt, mem_count(s + start, (size_t)(end - start), sub, m, -1));
}

static int tailmatch(const char *s, size_t n, const char *p, size_t m, int64_t start, int64_t end, int dir) {
  adjust_indices(&start, &end, (int64_t)n);
  end -= (int64_t)m;
  if (end < start) return 0;
  if (m == 0) return 1;
  return memcmp(s + (dir < 0 ? start : end), p, m) == 0;
}

static Obj *do_startswith(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int dir) {
  const char *name = dir < 0 ? "startswith" : "endswith", *sub;
  size_t m, n;
  char byte;
  int64_t start, end;
  if (finds_args(rt, self, name, argv, argc, kwnames, &sub, &m, &byte, &start, &end, 1) < 0) return NULL;
  const char *s = data_of(self, &n);
  Obj *x = argv[0];
  if (IS_TUPLE(x)) {
    for (size_t i = 0; i < tuple_len(x); i++) {
      const char *p = need_buffer(rt, tuple_get(x, i), &m);
      if (!p) return NULL;
      if (tailmatch(s, n, p, m, start, end, dir)) return incref(Py_True);
    }
    return incref(Py_False);
  }
  const char *p = bytes_data(x, &m);
  if (!p)
    return err_format(rt, EXC(TypeError), "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(x));
  return incref(bool_obj(tailmatch(s, n, p, m, start, end, dir)));
}
METHOD(b_startswith) { return do_startswith(rt, self, argv, argc, kwnames, -1); }
METHOD(b_endswith) { return do_startswith(rt, self, argv, argc, kwnames, 1); }

/* ---- replace, partition, prefixes --------------------------------------------------------------- */

METHOD(b_replace) {
  Obj *a[3] = {NULL, NULL, NULL};
  char q[24];
  snprintf(q, sizeof q, "%s.replace", tname(self));
  if (args_pos(rt, q, argc, kwnames, 2, 3) < 0) return NULL;
  for (size_t i = 0; i < argc; i++) a[i] = argv[i];
  size_t n, m, k;
  const char *s = data_of(self, &n), *old = need_buffer(rt, a[0], &m), *new_;
  if (!old || !(new_ = need_buffer(rt, a[1], &k))) return NULL;
  int64_t count = -1;
  if (a[2] && arg_ssize(rt, a[2], &count) < 0) return NULL;
  if (count < 0) count = INT64_MAX;
  StrBuf b = SB_INIT;
  size_t i = 0;
  if (m == 0) {
    for (; count > 0 || i < n; i++) {
      if (count > 0) { sb_add(&b, new_, k); count--; }
      if (i >= n) break;
      sb_addc(&b, s[i]);
    }
    if (i < n) sb_add(&b, s + i, n - i);
    return make_buf(rt, self, &b);
  }
  while (count-- > 0) {
    int64_t f = mem_search(s + i, n - i, old, m, 1);
    if (f < 0) break;
    sb_add(&b, s + i, (size_t)f);
    sb_add(&b, new_, k);
    i += (size_t)f + m;
  }
  sb_add(&b, s + i, n - i);
  return make_buf(rt, self, &b);
}

static Obj *do_partition(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int right) {
  char q[32];
  snprintf(q, sizeof q, "%s.%s", tname(self), right ? "rpartition" : "partition");
  if (args_one(rt, q, argc, kwnames) < 0) return NULL;
  size_t n, m;
  const char *s = data_of(self, &n), *p = need_buffer(rt, argv[0], &m);
  if (!p) return NULL;
  if (m == 0) return err_str(rt, EXC(ValueError), "empty separator");
  int64_t f = mem_search(s, n, p, m, right ? -1 : 1);
  Obj *x, *y, *z;
  if (f < 0) {
    x = right ? make(rt, self, "", 0) : same(rt, self);
    y = make(rt, self, "", 0);
    z = right ? same(rt, self) : make(rt, self, "", 0);
  } else {
    x = make(rt, self, s, (size_t)f);
    y = make(rt, self, p, m);
    z = make(rt, self, s + f + m, n - (size_t)f - m);
  }
  Obj *t = x && y && z ? tuple_pack(rt, 3, x, y, z) : NULL;
  xdecref(x);
  xdecref(y);
  xdecref(z);
  return t;
}
METHOD(b_partition) { return do_partition(rt, self, argv, argc, kwnames, 0); }
METHOD(b_rpartition) { return do_partition(rt, self, argv, argc, kwnames, 1); }

static Obj *do_fix(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, int suffix) {
  char q[32];
  snprintf(q, sizeof q, "%s.%s", tname(self), suffix ? "removesuffix" : "removeprefix");
  if (args_one(rt, q, argc, kwnames) < 0) return NULL;
  size_t n, m;
  const char *s = data_of(self, &n), *p = need_buffer(rt, argv[0], &m);
  if (!p) return NULL;
  if (m && m <= n && memcmp(s + (suffix ? n - m : 0), p, m) == 0)
    return make(rt, self, s + (suffix ? 0 : m), n - m);
  return same(rt, self);
}
METHOD(b_removeprefix) { return do_fix(rt, self, argv, argc, kwnames, 0); }
METHOD(b_removesuffix) { return do_fix(rt, self, argv, argc, kwnames, 1); }

/* ---- case and predicates (ASCII) ------------------------------------------------------------------ */

enum { B_UPPER, B_LOWER, B_TITLE, B_CAPITALIZE, B_SWAPCASE };
static int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static int low(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int isup(int c) { return c >= 'A' && c <= 'Z'; }
static int islo(int c) { return c >= 'a' && c <= 'z'; }

static Obj *case_op(Rt *rt, Obj *self, size_t argc, Obj *kwnames, const char *name, int op) {
  char q[32];
  snprintf(q, sizeof q, "%s.%s", tname(self), name);
  if (args_none(rt, q, argc, kwnames) < 0) return NULL;
  size_t n;
  const char *s = data_of(self, &n);
  StrBuf b = SB_INIT;
  int prev = 0;
  for (size_t i = 0; i < n; i++) {
    int c = (unsigned char)s[i], r;
    switch (op) {
    case B_UPPER: r = up(c); break;
    case B_LOWER: r = low(c); break;
    case B_CAPITALIZE: r = i == 0 ? up(c) : low(c); break;
    case B_SWAPCASE: r = isup(c) ? low(c) : islo(c) ? up(c) : c; break;
    default: r = prev ? low(c) : up(c); prev = isup(c) || islo(c); break;
    }
    sb_addc(&b, (char)r);
  }
  return make_buf(rt, self, &b);
}
#define CASE_M(fn, name, op) METHOD(fn) { (void)argv; return case_op(rt, self, argc, kwnames, name, op); }
CASE_M(b_upper, "upper", B_UPPER)
CASE_M(b_lower, "lower", B_LOWER)
CASE_M(b_title, "title", B_TITLE)
CASE_M(b_capitalize, "capitalize", B_CAPITALIZE)
CASE_M(b_swapcase, "swapcase", B_SWAPCASE)

static int c_alpha(int c) { return isup(c) || islo(c); }
static int c_digit(int c) { return c >= '0' && c <= '9'; }
static int c_alnum(int c) { return c_alpha(c) || c_digit(c); }
static int c_space(int c) { return is_ws((unsigned char)c); }
static int c_ascii(int c) { return c < 0x80; }

static Obj *pred(Rt *rt, Obj *self, size_t argc, Obj *kwnames, const char *name, int (*f)(int), int empty) {
  char q[32];
  snprintf(q, sizeof q, "%s.%s", tname(self), name);
  if (args_none(rt, q, argc, kwnames) < 0) return NULL;
  size_t n;
  const char *s = data_of(self, &n);
  if (n == 0) return incref(bool_obj(empty));
  for (size_t i = 0; i < n; i++)
    if (!f((unsigned char)s[i])) return incref(Py_False);
  return incref(Py_True);
}
#define PRED_M(fn, name, f, empty) METHOD(fn) { (void)argv; return pred(rt, self, argc, kwnames, name, f, empty); }
PRED_M(b_isalpha, "isalpha", c_alpha, 0)
PRED_M(b_isdigit, "isdigit", c_digit, 0)
PRED_M(b_isalnum, "isalnum", c_alnum, 0)
PRED_M(b_isspace, "isspace", c_space, 0)
PRED_M(b_isascii, "isascii", c_ascii, 1)

static Obj *case_pred(Rt *rt, Obj *self, size_t argc, Obj *kwnames, const char *name, int upper) {
  char q[32];
  snprintf(q, sizeof q, "%s.%s", tname(self), name);
  if (args_none(rt, q, argc, kwnames) < 0) return NULL;
  size_t n;
  const char *s = data_of(self, &n);
  int cased = 0;
  for (size_t i = 0; i < n; i++) {
    int c = (unsigned char)s[i];
    if (upper ? islo(c) : isup(c)) return incref(Py_False);
    if (upper ? isup(c) : islo(c)) cased = 1;
  }
  return incref(bool_obj(cased));
}
METHOD(b_isupper) { (void)argv; return case_pred(rt, self, argc, kwnames, "isupper", 1); }
METHOD(b_islower) { (void)argv; return case_pred(rt, self, argc, kwnames, "islower", 0); }

METHOD(b_istitle) {
  (void)argv;
  char q[32];
  snprintf(q, sizeof q, "%s.istitle", tname(self));
  if (args_none(rt, q, argc, kwnames) < 0) return NULL;
  size_t n;
  const char *s = data_of(self, &n);
  int cased = 0, prev = 0;
  for (size_t i = 0; i < n; i++) {
    int c = (unsigned char)s[i];
    if (isup(c)) { if (prev) return incref(Py_False); prev = cased = 1; }
    else if (islo(c)) { if (!prev) return incref(Py_False); prev = cased = 1; }
    else prev = 0;
  }
  return incref(bool_obj(cased));
}

/* ---- padding ------------------------------------------------------------------------------------- */

static Obj *do_just(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames, const char *name, char mode) {
  char q[32];
  snprintf(q, sizeof q, "%s.%s", tname(self), name);
  if (args_pos(rt, q, argc, kwnames, 1, 2) < 0) return NULL;
  int64_t width;
  if (arg_ssize(rt, argv[0], &width) < 0) return NULL;
  char fill = ' ';
  if (argc > 1) {
    size_t fm;
    const char *f = bytes_data(argv[1], &fm);
    if (f && fm != 1 && fromhex_314[rt->pyv])
      return err_format(rt, EXC(TypeError),
                        "%s(): argument 2 must be a byte string of length 1, not a %s object of length %zu", name,
                        type_name(argv[1]), fm);
    if (!f || fm != 1)
      return err_format(rt, EXC(TypeError), "%s() argument 2 must be a byte string of length 1, not %s", name,
                        type_name(argv[1]));
    fill = f[0];
  }
  size_t n;
  const char *s = data_of(self, &n);
  if (width <= (int64_t)n) return same(rt, self);
  int64_t marg = width - (int64_t)n, left = mode == 'l' ? 0 : mode == 'r' ? marg : marg / 2 + (marg & width & 1);
  StrBuf b = SB_INIT;
  sb_repeat(&b, fill, (size_t)left);
  sb_add(&b, s, n);
  sb_repeat(&b, fill, (size_t)(marg - left));
  return make_buf(rt, self, &b);
}
METHOD(b_center) { return do_just(rt, self, argv, argc, kwnames, "center", 'c'); }
METHOD(b_ljust) { return do_just(rt, self, argv, argc, kwnames, "ljust", 'l'); }
METHOD(b_rjust) { return do_just(rt, self, argv, argc, kwnames, "rjust", 'r'); }

METHOD(b_zfill) {
  char q[32];
  snprintf(q, sizeof q, "%s.zfill", tname(self));
  if (args_one(rt, q, argc, kwnames) < 0) return NULL;
  int64_t width;
  if (arg_ssize(rt, argv[0], &width) < 0) return NULL;
  size_t n, i = 0;
  const char *s = data_of(self, &n);
  if (width <= (int64_t)n) return same(rt, self);
  StrBuf b = SB_INIT;
  if (n && (s[0] == '+' || s[0] == '-')) { sb_addc(&b, s[0]); i = 1; }
  sb_repeat(&b, '0', (size_t)width - n);
  sb_add(&b, s + i, n - i);
  return make_buf(rt, self, &b);
}

METHOD(b_expandtabs) {
  static const char *const names[] = {"tabsize"};
  KwSpec spec = {"expandtabs", names, 1, 0, 0, 1};
  Obj *a[1];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int tab = 8;
  if (a[0] && arg_int(rt, a[0], &tab) < 0) return NULL;
  size_t n;
  const char *s = data_of(self, &n);
  StrBuf b = SB_INIT;
  int64_t col = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\t') {
      if (tab > 0) { sb_repeat(&b, ' ', (size_t)(tab - col % tab)); col += tab - col % tab; }
    } else {
      sb_addc(&b, s[i]);
      col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
    }
  }
  return make_buf(rt, self, &b);
}

/* ---- hex, fromhex, decode, % ------------------------------------------------------------------------- */

METHOD(b_hex) {
  static const char *const names[] = {"sep", "bytes_per_sep"};
  KwSpec spec = {"hex", names, 2, 0, 0, 2};
  Obj *a[2];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  char sep = 0;
  int64_t group = 1;
  if (a[0]) {
    size_t m;
    const char *d = IS_STR(a[0]) ? str_c(a[0]) : bytes_data(a[0], &m);
    if (IS_STR(a[0])) m = AS_STR(a[0])->cplen;
    if (!d) return err_str(rt, EXC(TypeError), "sep must be str or bytes.");
    if (m != 1) return err_str(rt, EXC(ValueError), "sep must be length 1.");
    if ((unsigned char)d[0] >= 0x80) return err_str(rt, EXC(ValueError), "sep must be ASCII.");
    sep = d[0];
  }
  if (a[1] && arg_ssize(rt, a[1], &group) < 0) return NULL;
  size_t n;
  const unsigned char *s = (const unsigned char *)data_of(self, &n);
  StrBuf b = SB_INIT;
  size_t g = (size_t)(group < 0 ? -group : group);
  for (size_t i = 0; i < n; i++) {
    if (sep && g && i) {
      int brk = group > 0 ? (n - i) % g == 0 : i % g == 0;
      if (brk) sb_addc(&b, sep);
    }
    sb_addf(&b, "%02x", s[i]);
  }
  return str_from_buf(rt, &b);
}

static int hexval(unsigned char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 16;
}

METHOD(b_fromhex) {
  const char *q = self == (Obj *)&ByteArrayType ? "bytearray.fromhex" : "bytes.fromhex";
  if (args_one(rt, q, argc, kwnames) < 0) return NULL;
  size_t n;
  const char *s = IS_STR(argv[0]) ? str_c(argv[0]) : fromhex_314[rt->pyv] ? bytes_data(argv[0], &n) : NULL;
  if (IS_STR(argv[0])) n = str_len(argv[0]);
  if (!s)
    return err_format(rt, EXC(TypeError), fromhex_314[rt->pyv] ? "fromhex() argument must be str or bytes-like, not %s"
                                                                : "fromhex() argument must be str, not %s",
                      type_name(argv[0]));
  StrBuf b = SB_INIT;
  size_t i = 0;
  while (i < n) {
    if (is_ws((unsigned char)s[i])) { i++; continue; }
    int top = hexval((unsigned char)s[i]);
    if (top >= 16) goto bad;
    i++;
    int bot = i < n ? hexval((unsigned char)s[i]) : 16;
    if (bot >= 16) {
      if (i >= n && fromhex_314[rt->pyv]) {
        sb_free(&b);
        return err_str(rt, EXC(ValueError), "fromhex() arg must contain an even number of hexadecimal digits");
      }
      goto bad;
    }
    i++;
    sb_addc(&b, (char)(top * 16 + bot));
  }
  if (self == (Obj *)&ByteArrayType) {
    Obj *r = sb_failed(&b) ? err_nomem(rt) : bytearray_new(rt, b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
  }
  {
    Obj *r = sb_failed(&b) ? err_nomem(rt) : bytes_new(rt, b.data ? b.data : "", b.len);
    sb_free(&b);
    if (!r || self == (Obj *)&BytesType) return r;
    Obj *out = obj_call1(rt, self, r);
    decref(r);
    return out;
  }
bad:
  sb_free(&b);
  return err_format(rt, EXC(ValueError), "non-hexadecimal number found in fromhex() arg at position %zu",
                    IS_STR(argv[0]) ? str_byte_to_cp(argv[0], i) : i);
}

METHOD(b_decode) {
  static const char *const names[] = {"encoding", "errors"};
  KwSpec spec = {"decode", names, 2, 0, 0, 2};
  Obj *a[2];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  if (a[0] && !IS_STR(a[0])) return arg_bad(rt, "decode", "argument 'encoding'", "str", a[0]);
  if (a[1] && !IS_STR(a[1])) return arg_bad(rt, "decode", "argument 'errors'", "str", a[1]);
  size_t n;
  const char *s = data_of(self, &n);
  return codec_decode(rt, s, n, a[0], a[1]);
}

static Obj *bytes_mod_slot(Rt *rt, Obj *a, Obj *b) {
  if (!bytes_data(a, NULL)) return incref(NotImpl);
  return percent_format(rt, a, b, 1);
}

const NumSlots bytes_num = {.mod = bytes_mod_slot};

METHOD(b_mod) {
  if (args_wrapper(rt, "__mod__", argc, kwnames, 1) < 0) return NULL;
  return percent_format(rt, self, argv[0], 1);
}

METHOD(b_getnewargs) {
  (void)argv;
  if (args_none(rt, "bytes.__getnewargs__", argc, kwnames) < 0) return NULL;
  size_t n;
  const char *s = data_of(self, &n);
  Obj *b = bytes_new(rt, s, n), *t = b ? tuple_pack(rt, 1, b) : NULL;
  xdecref(b);
  return t;
}

#define SHARED_METHODS \
  {"capitalize", b_capitalize, 0}, {"center", b_center, 0}, {"count", b_count, 0}, {"decode", b_decode, 0}, \
  {"endswith", b_endswith, 0}, {"expandtabs", b_expandtabs, 0}, {"find", b_find, 0}, \
  {"fromhex", b_fromhex, METH_CLASS}, {"hex", b_hex, 0}, {"index", b_index, 0}, {"isalnum", b_isalnum, 0}, \
  {"isalpha", b_isalpha, 0}, {"isascii", b_isascii, 0}, {"isdigit", b_isdigit, 0}, {"islower", b_islower, 0}, \
  {"isspace", b_isspace, 0}, {"istitle", b_istitle, 0}, {"isupper", b_isupper, 0}, {"join", b_join, 0}, \
  {"ljust", b_ljust, 0}, {"lower", b_lower, 0}, {"lstrip", b_lstrip, 0}, {"partition", b_partition, 0}, \
  {"replace", b_replace, 0}, {"removeprefix", b_removeprefix, 0}, {"removesuffix", b_removesuffix, 0}, \
  {"rfind", b_rfind, 0}, {"rindex", b_rindex, 0}, {"rjust", b_rjust, 0}, {"rpartition", b_rpartition, 0}, \
  {"rsplit", b_rsplit, 0}, {"rstrip", b_rstrip, 0}, {"split", b_split, 0}, {"splitlines", b_splitlines, 0}, \
  {"startswith", b_startswith, 0}, {"strip", b_strip, 0}, {"swapcase", b_swapcase, 0}, {"title", b_title, 0}, \
  {"upper", b_upper, 0}, {"zfill", b_zfill, 0}, {"__mod__", b_mod, 0}, {"__add__", seq_add_m, 0}, \
  {"__mul__", seq_mul_m, 0}, {"__rmul__", seq_mul_m, 0}

const MethodDef bytes_methods[] = {
  {"__getnewargs__", b_getnewargs, 0},
  SHARED_METHODS,
  {NULL, NULL, 0}
};

/* bytearray's own methods (bytearray_methods.c). */
#define BA_DECL(fn) Obj *fn(Rt *, Obj *, Obj *const *, size_t, Obj *);
BA_DECL(ba_append) BA_DECL(ba_extend) BA_DECL(ba_pop) BA_DECL(ba_insert) BA_DECL(ba_remove)
BA_DECL(ba_reverse) BA_DECL(ba_clear) BA_DECL(ba_copy) BA_DECL(ba_iadd) BA_DECL(ba_imul)

const MethodDef bytearray_methods[] = {
  {"append", ba_append, 0},
  {"clear", ba_clear, 0},
  {"copy", ba_copy, 0},
  {"extend", ba_extend, 0},
  {"insert", ba_insert, 0},
  {"pop", ba_pop, 0},
  {"remove", ba_remove, 0},
  {"reverse", ba_reverse, 0},
  {"__iadd__", ba_iadd, 0},
  {"__imul__", ba_imul, 0},
  SHARED_METHODS,
  {NULL, NULL, 0}
};
