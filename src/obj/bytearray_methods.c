/* bytearray_methods.c: bytearray's mutating methods (append, extend, pop,
 * insert, remove, reverse, clear, copy, +=, *=) and item assignment. The
 * method table, shared with bytes, is in bytes_methods.c. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "base/mem.h"

#define BA_METHOD(fn) Obj *fn(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames)
#define BA(o) ((ByteArray *)(o))

/* 3.13 refuses a str in extend before iterating it. */
static const unsigned char extend_str_msg[PY_NVERSIONS] = {0, 0, 1, 1};

static int reserve(Rt *rt, ByteArray *b, size_t n) {
  if (n + 1 <= b->cap) return 0;
  size_t cap = b->cap < 16 ? 16 : b->cap + b->cap / 2;
  if (cap < n + 1) cap = n + 1;
  char *s = mem_realloc(b->s, cap);
  if (!s) { err_nomem(rt); return -1; }
  b->s = s;
  b->cap = cap;
  return 0;
}

/* Replaces b[at:at+del] by d[0..n). */
static int splice(Rt *rt, ByteArray *b, size_t at, size_t del, const char *d, size_t n) {
  if (reserve(rt, b, b->len - del + n) < 0) return -1;
  memmove(b->s + at + n, b->s + at + del, b->len - at - del);
  if (n) memcpy(b->s + at, d, n);
  b->len = b->len - del + n;
  b->s[b->len] = '\0';
  return 0;
}

/* An int 0..255 (_getbytevalue). */
static int byte_value(Rt *rt, Obj *o, char *out) {
  int64_t v;
  if (arg_ssize(rt, o, &v) < 0) {
    if (err_matches(rt, EXC(OverflowError))) {
      err_clear(rt);
      err_str(rt, EXC(ValueError), "byte must be in range(0, 256)");
    }
    return -1;
  }
  if (v < 0 || v > 255) { err_str(rt, EXC(ValueError), "byte must be in range(0, 256)"); return -1; }
  *out = (char)v;
  return 0;
}

BA_METHOD(ba_append) {
  if (args_one(rt, "bytearray.append", argc, kwnames) < 0) return NULL;
  char c;
  if (byte_value(rt, argv[0], &c) < 0) return NULL;
  return splice(rt, BA(self), BA(self)->len, 0, &c, 1) < 0 ? NULL : incref(None);
}

static int extend_with(Rt *rt, Obj *self, Obj *x) {
  size_t n;
  const char *d = bytes_data(x, &n);
  if (d) {
    char *copy = mem_alloc(n + 1);
    if (!copy) { err_nomem(rt); return -1; }
    memcpy(copy, d, n);
    int r = splice(rt, BA(self), BA(self)->len, 0, copy, n);
    mem_free(copy);
    return r;
  }
  if (IS_STR(x) && extend_str_msg[rt->pyv])
    return err_format_i(rt, EXC(TypeError), "expected iterable of integers; got: 'str'");
  Obj *it = obj_iter(rt, x), *v;
  if (!it) {
    if (err_matches(rt, EXC(TypeError))) {
      err_clear(rt);
      err_format(rt, EXC(TypeError), "can't extend bytearray with %s", type_name(x));
    }
    return -1;
  }
  StrBuf b = SB_INIT;
  while ((v = obj_next(rt, it))) {
    char c;
    int r = byte_value(rt, v, &c);
    decref(v);
    if (r < 0) break;
    sb_addc(&b, c);
  }
  decref(it);
  int r = err_occurred(rt) ? -1 : sb_failed(&b) ? (err_nomem(rt), -1)
                                                 : splice(rt, BA(self), BA(self)->len, 0, b.data, b.len);
  sb_free(&b);
  return r;
}

BA_METHOD(ba_extend) {
  if (args_one(rt, "bytearray.extend", argc, kwnames) < 0) return NULL;
  return extend_with(rt, self, argv[0]) < 0 ? NULL : incref(None);
}

BA_METHOD(ba_pop) {
  if (args_pos(rt, "bytearray.pop", argc, kwnames, 0, 1) < 0) return NULL;
  int64_t i = -1;
  if (argc && arg_ssize(rt, argv[0], &i) < 0) return NULL;
  ByteArray *b = BA(self);
  if (b->len == 0) return err_str(rt, EXC(IndexError), "pop from empty bytearray");
  if (i < 0) i += (int64_t)b->len;
  if (i < 0 || i >= (int64_t)b->len) return err_str(rt, EXC(IndexError), "pop index out of range");
  unsigned char c = (unsigned char)b->s[i];
  splice(rt, b, (size_t)i, 1, NULL, 0);
  return int_from_i64(rt, c);
}

BA_METHOD(ba_insert) {
  if (args_pos(rt, "bytearray.insert", argc, kwnames, 2, 2) < 0) return NULL;
  int64_t i;
  char c;
  if (arg_ssize(rt, argv[0], &i) < 0 || byte_value(rt, argv[1], &c) < 0) return NULL;
  int64_t n = (int64_t)BA(self)->len;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  return splice(rt, BA(self), (size_t)i, 0, &c, 1) < 0 ? NULL : incref(None);
}

BA_METHOD(ba_remove) {
  if (args_one(rt, "bytearray.remove", argc, kwnames) < 0) return NULL;
  char c;
  if (byte_value(rt, argv[0], &c) < 0) return NULL;
  ByteArray *b = BA(self);
  char *p = b->len ? memchr(b->s, (unsigned char)c, b->len) : NULL;
  if (!p) return err_str(rt, EXC(ValueError), "value not found in bytearray");
  splice(rt, b, (size_t)(p - b->s), 1, NULL, 0);
  return incref(None);
}

BA_METHOD(ba_reverse) {
  (void)argv;
  if (args_none(rt, "bytearray.reverse", argc, kwnames) < 0) return NULL;
  ByteArray *b = BA(self);
  for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) { char t = b->s[i]; b->s[i] = b->s[j - 1]; b->s[j - 1] = t; }
  return incref(None);
}

BA_METHOD(ba_clear) {
  (void)argv;
  if (args_none(rt, "bytearray.clear", argc, kwnames) < 0) return NULL;
  ByteArray *b = BA(self);
  mem_free(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
  return incref(None);
}

BA_METHOD(ba_copy) {
  (void)argv;
  if (args_none(rt, "bytearray.copy", argc, kwnames) < 0) return NULL;
  return bytearray_new(rt, BA(self)->s ? BA(self)->s : "", BA(self)->len);
}

BA_METHOD(ba_iadd) {
  if (args_wrapper(rt, "__iadd__", argc, kwnames, 1) < 0) return NULL;
  if (!bytes_data(argv[0], NULL))
    return err_format(rt, EXC(TypeError), "can't concat %s to bytearray", type_name(argv[0]));
  return extend_with(rt, self, argv[0]) < 0 ? NULL : incref(self);
}

BA_METHOD(ba_imul) {
  if (args_wrapper(rt, "__imul__", argc, kwnames, 1) < 0) return NULL;
  int64_t k;
  if (arg_ssize(rt, argv[0], &k) < 0) return NULL;
  ByteArray *b = BA(self);
  size_t n = b->len;
  if (k <= 0 || n == 0) { b->len = 0; if (b->s) b->s[0] = '\0'; return incref(self); }
  if ((uint64_t)k > (SIZE_MAX / 2) / n) return err_nomem(rt);
  if (reserve(rt, b, n * (size_t)k) < 0) return NULL;
  for (int64_t i = 1; i < k; i++) memcpy(b->s + (size_t)i * n, b->s, n);
  b->len = n * (size_t)k;
  b->s[b->len] = '\0';
  return incref(self);
}

/* b[key] = value / del b[key] (the setitem slot of bytearray). */
int bytearray_setitem(Rt *rt, Obj *self, Obj *key, Obj *value) {
  ByteArray *b = BA(self);
  if (is_type(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(rt, key, (int64_t)b->len, &start, &stop, &step);
    if (n < 0) return -1;
    StrBuf src = SB_INIT;
    if (value) {
      size_t m;
      const char *d = bytes_data(value, &m);
      if (d) sb_add(&src, d, m);
      else if (IS_INT(value) || IS_STR(value)) {
        return err_format_i(rt, EXC(TypeError), "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      } else {
        Obj *tmp = bytearray_new(rt, "", 0);
        if (!tmp || extend_with(rt, tmp, value) < 0) { xdecref(tmp); return -1; }
        sb_add(&src, BA(tmp)->s, BA(tmp)->len);
        decref(tmp);
      }
      if (sb_failed(&src)) { sb_free(&src); err_nomem(rt); return -1; }
    }
    int r = 0;
    if (step == 1) {
      if (stop < start) stop = start;
      r = splice(rt, b, (size_t)start, (size_t)(stop - start), src.data, src.len);
    } else if (!value) {
      if (step < 0) { start = start + step * (n - 1); step = -step; }
      size_t w = (size_t)start;
      for (size_t i = (size_t)start; i < b->len; i++) {
        if ((int64_t)i < start + step * n && ((int64_t)i - start) % step == 0) continue;
        b->s[w++] = b->s[i];
      }
      b->len = w;
      if (b->s) b->s[w] = '\0';
    } else if ((int64_t)src.len != n) {
      r = err_format_i(rt, EXC(ValueError), "attempt to assign bytes of size %zu to extended slice of size %lld",
                       src.len, (long long)n);
    } else {
      for (int64_t i = 0, k = start; i < n; i++, k += step) b->s[k] = src.data[i];
    }
    sb_free(&src);
    return r;
  }
  if (!key->type->num || !key->type->num->index)
    return err_format_i(rt, EXC(TypeError), "bytearray indices must be integers or slices, not %s", type_name(key));
  int64_t i;
  if (num_as_subscript(rt, key, &i) < 0) return -1;
  if (i < 0) i += (int64_t)b->len;
  if (i < 0 || i >= (int64_t)b->len) return err_format_i(rt, EXC(IndexError), "bytearray index out of range");
  if (!value) return splice(rt, b, (size_t)i, 1, NULL, 0);
  char c;
  if (byte_value(rt, value, &c) < 0) return -1;
  b->s[i] = c;
  return 0;
}
