/* bytes.c: bytes and bytearray (core slots; methods in bytes_methods.c). */
#include "obj/str.h"
#include "obj/args.h"
#include "obj/methods.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/repr.h"
#include "base/mem.h"

Obj *bytes_new(Rt *rt, const char *s, size_t len) {
  Bytes *b = (Bytes *)obj_alloc(rt, &BytesType, sizeof(Bytes) + len + 1);
  if (!b) return NULL;
  b->len = len;
  b->hash = -1;
  if (len) memcpy(b->s, s, len);
  b->s[len] = '\0';
  return (Obj *)b;
}

Obj *bytearray_new(Rt *rt, const char *s, size_t len) {
  ByteArray *b = (ByteArray *)obj_alloc(rt, &ByteArrayType, sizeof(ByteArray));
  if (!b) return NULL;
  if (len) {
    b->s = mem_alloc(len + 1);
    if (!b->s) { decref((Obj *)b); return err_nomem(rt); }
    memcpy(b->s, s, len);
    b->s[len] = '\0';
    b->cap = len + 1;
  }
  b->len = len;
  return (Obj *)b;
}

const char *bytes_data(Obj *o, size_t *len) {
  if (is_inst(o, &BytesType)) {
    if (len) *len = ((Bytes *)o)->len;
    return ((Bytes *)o)->s;
  }
  if (is_inst(o, &ByteArrayType)) {
    if (len) *len = ((ByteArray *)o)->len;
    return ((ByteArray *)o)->s ? ((ByteArray *)o)->s : "";
  }
  return NULL;
}

/* b'...' with CPython's quote choice and escapes. With a wrapper (a
 * bytearray: "bytearray(b'...')") a single quote is escaped even inside
 * double quotes, as CPython's bytearray_repr does: bytearray(b"a\'b"). */
void bytes_repr_to(StrBuf *b, const char *s, size_t len, const char *wrap) {
  int has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
  char q = has_sq && !has_dq ? '"' : '\'';
  if (wrap) sb_addf(b, "%s(", wrap);
  sb_addc(b, 'b');
  sb_addc(b, q);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == (unsigned char)q || c == '\\' || (wrap && c == '\'')) { sb_addc(b, '\\'); sb_addc(b, (char)c); }
    else if (c == '\t') sb_adds(b, "\\t");
    else if (c == '\n') sb_adds(b, "\\n");
    else if (c == '\r') sb_adds(b, "\\r");
    else if (c < ' ' || c >= 0x7f) sb_addf(b, "\\x%02x", c);
    else sb_addc(b, (char)c);
  }
  sb_addc(b, q);
  if (wrap) sb_addc(b, ')');
}

static Obj *bytes_repr(Rt *rt, Obj *o) {
  size_t n;
  const char *d = bytes_data(o, &n);
  StrBuf b = SB_INIT;
  bytes_repr_to(&b, d, n, is_inst(o, &ByteArrayType) ? type_name(o) : NULL);
  return str_from_buf(rt, &b);
}

static int64_t bytes_hash(Rt *rt, Obj *o) {
  Bytes *b = (Bytes *)o;
  if (b->hash != -1) return b->hash;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < b->len; i++) h = (h ^ (unsigned char)b->s[i]) * 1099511628211ull;
  int64_t v = rt->hash_bits == 32 ? (int64_t)(int32_t)(uint32_t)h : (int64_t)h;
  if (v == -1) v = -2;
  b->hash = v;
  return v;
}

static Obj *bytes_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  (void)rt;
  size_t na, nb;
  const char *x = bytes_data(a, &na), *y = bytes_data(b, &nb);
  if (!y) return incref(NotImpl);
  size_t n = na < nb ? na : nb;
  int c = memcmp(x, y, n);
  if (!c) c = (na > nb) - (na < nb);
  int r;
  switch (op) {
  case CMP_LT: r = c < 0; break;
  case CMP_LE: r = c <= 0; break;
  case CMP_EQ: r = c == 0; break;
  case CMP_NE: r = c != 0; break;
  case CMP_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return incref(bool_obj(r));
}

static int64_t bytes_len(Rt *rt, Obj *o) {
  (void)rt;
  size_t n = 0;
  bytes_data(o, &n);
  return (int64_t)n;
}

static Obj *bytes_getitem(Rt *rt, Obj *o, Obj *key) {
  size_t n;
  const char *d = bytes_data(o, &n);
  int ba = is_inst(o, &ByteArrayType);
  if (is_type(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t m = slice_indices(rt, key, (int64_t)n, &start, &stop, &step);
    if (m < 0) return NULL;
    StrBuf b = SB_INIT;
    for (int64_t i = 0, k = start; i < m; i++, k += step) sb_addc(&b, d[k]);
    if (sb_failed(&b)) { sb_free(&b); return err_nomem(rt); }
    Obj *r = ba ? bytearray_new(rt, b.data ? b.data : "", b.len) : bytes_new(rt, b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
  }
  if (!key->type->num || !key->type->num->index)
    return err_format(rt, EXC(TypeError), "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
                      type_name(key));
  int64_t i;
  if (num_as_subscript(rt, key, &i) < 0) return NULL;
  if (i < 0) i += (int64_t)n;
  if (i < 0 || i >= (int64_t)n) return err_str(rt, EXC(IndexError), ba ? "bytearray index out of range" : "index out of range");
  return int_from_i64(rt, (unsigned char)d[i]);
}

static int bytes_contains(Rt *rt, Obj *o, Obj *item) {
  size_t n, m;
  const char *d = bytes_data(o, &n);
  if (IS_INT(item)) {
    int64_t v;
    if (int_as_i64(item, &v) < 0 || v < 0 || v > 255)
      return err_format_i(rt, EXC(ValueError), "byte must be in range(0, 256)");
    return memchr(d, (int)v, n) != NULL;
  }
  const char *s = bytes_data(item, &m);
  if (!s) return err_format_i(rt, EXC(TypeError), "a bytes-like object is required, not '%s'", type_name(item));
  if (m == 0) return 1;
  for (size_t i = 0; i + m <= n; i++)
    if (memcmp(d + i, s, m) == 0) return 1;
  return 0;
}

static Obj *bytes_concat(Rt *rt, Obj *a, Obj *b) {
  size_t na, nb;
  const char *x = bytes_data(a, &na), *y = bytes_data(b, &nb);
  if (!y) return err_format(rt, EXC(TypeError), "can't concat %s to %s", type_name(b), type_name(a));
  StrBuf s = SB_INIT;
  sb_add(&s, x, na);
  sb_add(&s, y, nb);
  if (sb_failed(&s)) { sb_free(&s); return err_nomem(rt); }
  Obj *r = is_inst(a, &ByteArrayType) ? bytearray_new(rt, s.data ? s.data : "", s.len)
                                      : bytes_new(rt, s.data ? s.data : "", s.len);
  sb_free(&s);
  return r;
}

static Obj *bytes_repeat(Rt *rt, Obj *o, int64_t k) {
  size_t n;
  const char *d = bytes_data(o, &n);
  if (k < 0) k = 0;
  if (n && (uint64_t)k > (SIZE_MAX / 2) / n) return err_nomem(rt);
  StrBuf s = SB_INIT;
  for (int64_t i = 0; i < k; i++) sb_add(&s, d, n);
  if (sb_failed(&s)) { sb_free(&s); return err_nomem(rt); }
  Obj *r = is_inst(o, &ByteArrayType) ? bytearray_new(rt, s.data ? s.data : "", s.len)
                                      : bytes_new(rt, s.data ? s.data : "", s.len);
  sb_free(&s);
  return r;
}

static Obj *bytes_iter(Rt *rt, Obj *o) { return seqiter_new(rt, &BytesIterType, o); }

/* bytes(x): from an int count, bytes-like, str with encoding, or iterable of ints. */
static Obj *bytes_from_args(Rt *rt, Obj *args, Obj *kwargs, int ba) {
  const char *name = ba ? "bytearray" : "bytes";
  if (kwargs && dict_len(kwargs)) return err_format(rt, EXC(TypeError), "%s() takes no keyword arguments", name);
  size_t n = tuple_len(args);
  if (n == 0) return ba ? bytearray_new(rt, "", 0) : bytes_new(rt, "", 0);
  Obj *x = tuple_get(args, 0);
  StrBuf b = SB_INIT;
  if (IS_STR(x)) {
    if (n < 2) return err_str(rt, EXC(TypeError), "string argument without an encoding");
    Obj *enc = tuple_get(args, 1), *errs = n > 2 ? tuple_get(args, 2) : NULL;
    if (!IS_STR(enc)) return arg_bad(rt, name, "argument 2", "str", enc);
    if (errs && !IS_STR(errs)) return arg_bad(rt, name, "argument 3", "str", errs);
    Obj *e = codec_encode(rt, x, enc, errs);   /* str.encode(encoding, errors) */
    if (!e) return NULL;
    size_t m;
    const char *d = bytes_data(e, &m);
    sb_add(&b, d, m);
    decref(e);
  } else if (n > 1) {
    return err_format(rt, EXC(TypeError), "encoding without a string argument");
  } else if (bytes_data(x, NULL)) {
    size_t m;
    const char *d = bytes_data(x, &m);
    sb_add(&b, d, m);
  } else if (IS_INT(x)) {
    int64_t k;
    if (int_as_i64(x, &k) < 0) return err_str(rt, EXC(OverflowError), "cannot fit 'int' into an index-sized integer");
    if (k < 0) return err_str(rt, EXC(ValueError), "negative count");
    if (sb_reserve(&b, (size_t)k) < 0) return err_nomem(rt);
    sb_repeat(&b, '\0', (size_t)k);
  } else {
    Obj *it = obj_iter(rt, x), *v;
    if (!it) {
      if (err_matches(rt, EXC(TypeError))) {
        err_clear(rt);
        err_format(rt, EXC(TypeError), "cannot convert '%s' object to %s", type_name(x), name);
      }
      return NULL;
    }
    while ((v = obj_next(rt, it))) {
      int64_t k;
      int bad = !IS_INT(v) ? 1 : (int_as_i64(v, &k) < 0 || k < 0 || k > 255) ? 2 : 0;
      if (bad == 1) err_format(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(v));
      if (bad == 2) err_str(rt, EXC(ValueError), "bytes must be in range(0, 256)");
      decref(v);
      if (bad) break;
      sb_addc(&b, (char)k);
    }
    decref(it);
    if (err_occurred(rt)) { sb_free(&b); return NULL; }
  }
  if (sb_failed(&b)) { sb_free(&b); return err_nomem(rt); }
  Obj *r = ba ? bytearray_new(rt, b.data ? b.data : "", b.len) : bytes_new(rt, b.data ? b.data : "", b.len);
  sb_free(&b);
  return r;
}

static Obj *bytes_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t;
  return bytes_from_args(rt, args, kwargs, 0);
}
static Obj *bytearray_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t;
  return bytes_from_args(rt, args, kwargs, 1);
}

static void bytes_dealloc(Obj *o) { obj_free_mem(o); }
static void bytearray_dealloc(Obj *o) {
  mem_free(((ByteArray *)o)->s);
  obj_free_mem(o);
}

extern const MethodDef bytes_methods[];
extern const NumSlots bytes_num;   /* bytes_methods.c: % */
extern const MethodDef bytearray_methods[];
int bytearray_setitem(Rt *rt, Obj *self, Obj *key, Obj *value);   /* bytearray_methods.c */

Type BytesType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "bytes",
  .basicsize = sizeof(Bytes),
  .flags = TF_BASETYPE,
  .dealloc = bytes_dealloc,
  .repr = bytes_repr,
  .hash = bytes_hash,
  .richcmp = bytes_richcmp,
  .len = bytes_len,
  .getitem = bytes_getitem,
  .contains = bytes_contains,
  .concat = bytes_concat,
  .repeat = bytes_repeat,
  .iter = bytes_iter,
  .new_ = bytes_new_slot,
  .num = &bytes_num,
  .methods = bytes_methods,
};

Type ByteArrayType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "bytearray",
  .basicsize = sizeof(ByteArray),
  .flags = TF_BASETYPE,
  .dealloc = bytearray_dealloc,
  .repr = bytes_repr,
  .hash = hash_unhashable,
  .richcmp = bytes_richcmp,
  .len = bytes_len,
  .getitem = bytes_getitem,
  .contains = bytes_contains,
  .concat = bytes_concat,
  .repeat = bytes_repeat,
  .iter = bytes_iter,
  .setitem = bytearray_setitem,
  .new_ = bytearray_new_slot,
  .num = &bytes_num,
  .methods = bytearray_methods,
};
