/* int.c: int and bool. Values that fit in int64 are kept inline; larger
 * ones in a BigInt. Invariant: big != NULL only when the value does not fit. */
#include "obj/num.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "base/mem.h"
#include "base/strbuf.h"
#include "base/numfmt.h"
#include "base/unicode.h"
#include "base/utf8.h"
#include <math.h>
#include <stdio.h>

#define NSMALL_NEG 5
#define NSMALL_POS 257
static Int small_ints[NSMALL_NEG + NSMALL_POS];

static Obj *small_int(int64_t v) {
  Int *i = &small_ints[v + NSMALL_NEG];
  if (!i->ob.type) {
    i->ob.rc = IMMORTAL_RC;
    i->ob.type = &IntType;
    i->v = v;
  }
  return (Obj *)i;
}

Obj *int_from_i64(Rt *rt, int64_t v) {
  if (v >= -NSMALL_NEG && v < NSMALL_POS) return small_int(v);
  Int *i = (Int *)obj_alloc(rt, &IntType, sizeof(Int));
  if (!i) return NULL;
  i->v = v;
  return (Obj *)i;
}

Obj *int_from_big(Rt *rt, BigInt *b) {
  if (!b) return err_nomem(rt);
  int64_t v;
  if (bn_to_i64(b, &v)) {
    bn_free(b);
    return int_from_i64(rt, v);
  }
  Int *i = (Int *)obj_alloc(rt, &IntType, sizeof(Int));
  if (!i) { bn_free(b); return NULL; }
  i->big = b;
  return (Obj *)i;
}

BigInt *int_to_big(const Obj *o) {
  const Int *i = (const Int *)o;
  return i->big ? bn_copy(i->big) : bn_from_i64(i->v);
}

int int_sign(Obj *o) {
  Int *i = AS_INT(o);
  if (i->big) return i->big->sign;
  return (i->v > 0) - (i->v < 0);
}

int int_cmp(Obj *a, Obj *b) {
  Int *x = AS_INT(a), *y = AS_INT(b);
  if (!x->big && !y->big) return (x->v > y->v) - (x->v < y->v);
  BigInt *p = int_to_big(a), *q = int_to_big(b);
  int c = (p && q) ? bn_cmp(p, q) : 0;
  bn_free(p);
  bn_free(q);
  return c;
}

double int_to_double(Rt *rt, Obj *o) {
  Int *i = AS_INT(o);
  if (!i->big) return (double)i->v;
  int overflow = 0;
  double d = bn_to_double(i->big, &overflow);
  if (overflow) {
    err_str(rt, EXC(OverflowError), "int too large to convert to float");
    return -1.0;
  }
  return d;
}

Obj *int_from_double(Rt *rt, double v) {
  if (isinf(v)) return err_str(rt, EXC(OverflowError), "cannot convert float infinity to integer");
  if (isnan(v)) return err_str(rt, EXC(ValueError), "cannot convert float NaN to integer");
  if (v > -9.2e18 && v < 9.2e18) return int_from_i64(rt, (int64_t)v);
  return int_from_big(rt, bn_from_double(v));
}

/* ---- text ------------------------------------------------------------------------ */

/* sys.int_info.default_max_str_digits (the same in 3.11 to 3.14): str() and
 * repr() of an int with more decimal digits (the sign not counted) raise. */
#define INT_MAX_STR_DIGITS 4300

/* repr of an int appended to b: machine-sized values without a str. */
static int int_repr_to(Rt *rt, StrBuf *b, Obj *o) {
  Int *i = AS_INT(o);
  if (!i->big) {
    char buf[24], *d;
    long long v = (long long)i->v;
    d = sb_digits(buf + sizeof buf, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, v < 0);
    sb_add(b, d, (size_t)(buf + sizeof buf - d));
    return 0;
  }
  Obj *s = int_repr(rt, o);
  if (!s) return -1;
  sb_add(b, str_c(s), str_len(s));
  decref(s);
  return 0;
}

Obj *int_repr(Rt *rt, Obj *o) {
  Int *i = AS_INT(o);
  if (!i->big) {
    char buf[24], *d;
    long long v = (long long)i->v;
    d = sb_digits(buf + sizeof buf, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, v < 0);
    return str_new(rt, d, (size_t)(buf + sizeof buf - d));
  }
  size_t len;
  char *s = bn_to_str(i->big, 10, &len);
  if (!s) return err_nomem(rt);
  if (len - (s[0] == '-') > INT_MAX_STR_DIGITS) {
    mem_free(s);
    return err_format(rt, EXC(ValueError),
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit", INT_MAX_STR_DIGITS);
  }
  Obj *r = str_new(rt, s, len);
  mem_free(s);
  return r;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* int(text, base) with Python's rules: surrounding whitespace, a sign,
 * an optional prefix matching the base, '_' only between digits. Returns
 * 1 (nothing pending) when text is not a valid literal. `limit`: int()'s
 * limit on the digits of conversions from non-power-of-two bases. */
static int parse_int(Rt *rt, const char *s, size_t len, int base, int limit, Obj **out) {
  const char *p = s, *e = s + len;
  while (p < e && is_space(*p)) p++;
  while (e > p && is_space(e[-1])) e--;
  int neg = 0;
  if (p < e && (*p == '+' || *p == '-')) neg = *p++ == '-';
  int b = base;
  if (e - p >= 2 && p[0] == '0') {
    char c = (char)(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      b = pb;
      p += 2;
      if (p < e && *p == '_') p++;
    }
  }
  if (b == 0) b = 10;
  const char *digits = p;
  int ok = p < e, prev_us = 1, nonzero = 0;
  size_t ndigits = 0;
  for (; p < e && ok; p++) {
    if (*p == '_') { ok = !prev_us; prev_us = 1; continue; }
    if (digit_value(*p) >= b) ok = 0;
    if (*p != '0') nonzero = 1;
    prev_us = 0;
    ndigits++;
  }
  if (prev_us) ok = 0;
  /* base 0 forbids leading zeros on nonzero decimal literals */
  if (ok && base == 0 && b == 10 && digits[0] == '0' && nonzero) ok = 0;
  if (!ok) return 1;
  /* the limit on conversions that are not power-of-two bases */
  if (limit && (b & (b - 1)) && ndigits > INT_MAX_STR_DIGITS) {
    err_format(rt, EXC(ValueError),
               "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
               "use sys.set_int_max_str_digits() to increase the limit", INT_MAX_STR_DIGITS, ndigits);
    return -1;
  }
  size_t nd = (size_t)(e - digits);
  if (nd <= 18 && b == 10) {
    int64_t v = 0;
    for (const char *q = digits; q < e; q++)
      if (*q != '_') v = v * 10 + (*q - '0');
    *out = int_from_i64(rt, neg ? -v : v);
    return *out ? 0 : -1;
  }
  BigInt *m = bn_from_digits(digits, nd, b);
  if (!m) { err_nomem(rt); return -1; }
  if (neg) {
    BigInt *n = bn_neg(m);
    bn_free(m);
    m = n;
  }
  *out = int_from_big(rt, m);
  return *out ? 0 : -1;
}

Obj *int_from_text(Rt *rt, const char *s, size_t len, int base) {
  Obj *r = NULL;
  int st = parse_int(rt, s, len, base, 0, &r);
  if (st <= 0) return r;
  Obj *t = str_new(rt, s, len);
  if (!t) return NULL;
  err_format(rt, EXC(ValueError), "invalid literal for int() with base %d: %R", base, t);
  decref(t);
  return NULL;
}

/* int(x, base) of a str or bytes-like x: a str's Unicode decimal digits and
 * spaces count as their ASCII forms (_PyUnicode_TransformDecimalAndSpaceToASCII);
 * the error shows repr(x). */
static Obj *int_from_text_obj(Rt *rt, Obj *x, const char *d, size_t len, int base) {
  Obj *r = NULL;
  int st;
  if (IS_STR(x) && AS_STR(x)->cplen != len) {
    char *a = mem_alloc(len + 1);
    if (!a) return err_nomem(rt);
    size_t n = 0, i = 0;
    while (i < len) {
      size_t adv;
      uint32_t cp = utf8_decode(d + i, len - i, &adv);
      i += adv ? adv : 1;
      int dv = cp < 128 ? -1 : uni_decimal(cp);
      a[n++] = cp < 128 ? (char)cp : uni_isspace(cp) ? ' ' : dv >= 0 ? (char)('0' + dv) : '?';
    }
    st = parse_int(rt, a, n, base, 1, &r);
    mem_free(a);
  } else {
    st = parse_int(rt, d, len, base, 1, &r);
  }
  if (st <= 0) return r;
  return err_format(rt, EXC(ValueError), "invalid literal for int() with base %d: %R", base, x);
}

/* ---- hashing ---------------------------------------------------------------------- */

int64_t int_hash_value(Rt *rt, Obj *o) {
  Int *i = AS_INT(o);
  int bits = rt ? rt->hash_bits : 64;
  uint64_t mod = bits == 32 ? ((1ull << 31) - 1) : ((1ull << 61) - 1);
  int64_t h;
  if (!i->big && bits == 64 && i->v > -(int64_t)mod && i->v < (int64_t)mod) {
    h = i->v;
  } else {
    BigInt *b = int_to_big(o), *m = bn_from_u64(mod), *r = NULL;
    if (b && m) {
      BigInt *a = bn_abs(b);
      if (a && bn_divmod(a, m, NULL, &r) == 0) {
        int64_t v = 0;
        bn_to_i64(r, &v);
        h = int_sign(o) < 0 ? -v : v;
      } else h = 0;
      bn_free(a);
    } else h = 0;
    bn_free(b);
    bn_free(m);
    bn_free(r);
  }
  return h == -1 ? -2 : h;
}

static int64_t int_hash(Rt *rt, Obj *o) { return int_hash_value(rt, o); }

/* ---- arithmetic ---------------------------------------------------------------------- */

#define CHECK_INTS(a, b) if (!IS_INT(a) || !IS_INT(b)) return incref(NotImpl)

typedef BigInt *(*BnOp)(const BigInt *, const BigInt *);

static Obj *big_binop(Rt *rt, Obj *a, Obj *b, BnOp op) {
  BigInt *x = int_to_big(a), *y = int_to_big(b);
  BigInt *r = (x && y) ? op(x, y) : NULL;
  bn_free(x);
  bn_free(y);
  return int_from_big(rt, r);
}

static Obj *int_add(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  int64_t r;
  if (!AS_INT(a)->big && !AS_INT(b)->big && !__builtin_add_overflow(AS_INT(a)->v, AS_INT(b)->v, &r))
    return int_from_i64(rt, r);
  return big_binop(rt, a, b, bn_add);
}

static Obj *int_sub(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  int64_t r;
  if (!AS_INT(a)->big && !AS_INT(b)->big && !__builtin_sub_overflow(AS_INT(a)->v, AS_INT(b)->v, &r))
    return int_from_i64(rt, r);
  return big_binop(rt, a, b, bn_sub);
}

static Obj *int_mul(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  int64_t r;
  if (!AS_INT(a)->big && !AS_INT(b)->big && !__builtin_mul_overflow(AS_INT(a)->v, AS_INT(b)->v, &r))
    return int_from_i64(rt, r);
  return big_binop(rt, a, b, bn_mul);
}

static int int_divmod_raw(Rt *rt, Obj *a, Obj *b, Obj **q, Obj **r, const char *zmsg) {
  if (int_sign(b) == 0) {
    err_str(rt, EXC(ZeroDivisionError), zmsg);
    return -1;
  }
  Int *x = AS_INT(a), *y = AS_INT(b);
  if (!x->big && !y->big && !(x->v == INT64_MIN && y->v == -1)) {
    int64_t qq = x->v / y->v, rr = x->v % y->v;
    if (rr && ((rr < 0) != (y->v < 0))) { qq--; rr += y->v; }
    if (q && !(*q = int_from_i64(rt, qq))) return -1;
    if (r && !(*r = int_from_i64(rt, rr))) { if (q) CLEAR(*q); return -1; }
    return 0;
  }
  BigInt *bx = int_to_big(a), *by = int_to_big(b), *bq = NULL, *br = NULL;
  int ok = bx && by && bn_divmod(bx, by, q ? &bq : NULL, r ? &br : NULL) == 0;
  bn_free(bx);
  bn_free(by);
  if (!ok) { err_nomem(rt); return -1; }
  if (q && !(*q = int_from_big(rt, bq))) { bn_free(br); return -1; }
  if (r && !(*r = int_from_big(rt, br))) { if (q) CLEAR(*q); return -1; }
  return 0;
}

static const char *const mod_zero_msg[PY_NVERSIONS] = {
  "integer modulo by zero", "integer modulo by zero", "integer modulo by zero", "division by zero",
};
static const char *const floordiv_zero_msg[PY_NVERSIONS] = {
  "integer division or modulo by zero", "integer division or modulo by zero", "integer division or modulo by zero",
  "division by zero",
};
const char *const neg_power_msg[PY_NVERSIONS] = {
  "0.0 cannot be raised to a negative power", "0.0 cannot be raised to a negative power",
  "0.0 cannot be raised to a negative power", "zero to a negative power",
};

static Obj *int_floordiv_v(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  Obj *q;
  return int_divmod_raw(rt, a, b, &q, NULL, floordiv_zero_msg[rt->pyv]) < 0 ? NULL : q;
}

static Obj *int_mod(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  Obj *r;
  return int_divmod_raw(rt, a, b, NULL, &r, mod_zero_msg[rt->pyv]) < 0 ? NULL : r;
}

static Obj *int_divmod(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  Obj *q, *r;
  if (int_divmod_raw(rt, a, b, &q, &r, floordiv_zero_msg[rt->pyv]) < 0) return NULL;
  Obj *t = tuple_pack(rt, 2, q, r);
  decref(q);
  decref(r);
  return t;
}

static Obj *int_truediv(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  if (int_sign(b) == 0) return err_str(rt, EXC(ZeroDivisionError), "division by zero");
  Int *x = AS_INT(a), *y = AS_INT(b);
  const int64_t exact = (int64_t)1 << 53;
  if (!x->big && !y->big && x->v > -exact && x->v < exact && y->v > -exact && y->v < exact)
    return float_new(rt, (double)x->v / (double)y->v);
  BigInt *bx = int_to_big(a), *by = int_to_big(b);
  double d = 0;
  int r = (bx && by) ? bn_truediv(bx, by, &d) : -1;
  bn_free(bx);
  bn_free(by);
  if (r < 0) return err_nomem(rt);
  if (r == 1) return err_str(rt, EXC(OverflowError), "integer division result too large for a float");
  return float_new(rt, d);
}

Obj *int_pow_mod(Rt *rt, Obj *a, Obj *b, Obj *m);   /* num_methods.c */

static Obj *int_pow(Rt *rt, Obj *a, Obj *b, Obj *m) {
  CHECK_INTS(a, b);
  if (m != None) {
    if (!IS_INT(m)) return incref(NotImpl);
    return int_pow_mod(rt, a, b, m);
  }
  if (int_sign(b) < 0) {
    double x = int_to_double(rt, a), y;
    if (x == -1.0 && err_occurred(rt)) return NULL;
    y = int_to_double(rt, b);
    if (y == -1.0 && err_occurred(rt)) return NULL;
    if (x == 0.0)
      return err_str(rt, EXC(ZeroDivisionError), neg_power_msg[rt->pyv]);
    return float_new(rt, pow(x, y));
  }
  int64_t e;
  if (int_as_i64(b, &e) < 0) return err_nomem(rt);
  BigInt *x = int_to_big(a);
  if (!x) return err_nomem(rt);
  uint64_t bits = bn_bit_length(x);
  if (bits > 1 && (uint64_t)e > ((uint64_t)1 << 36) / bits) { bn_free(x); return err_nomem(rt); }
  BigInt *r = bn_pow(x, (uint64_t)e);
  bn_free(x);
  return int_from_big(rt, r);
}

static Obj *int_shift(Rt *rt, Obj *a, Obj *b, int left) {
  CHECK_INTS(a, b);
  if (int_sign(b) < 0) return err_str(rt, EXC(ValueError), "negative shift count");
  int64_t k;
  if (int_as_i64(b, &k) < 0) {
    if (!left || int_sign(a) == 0) return int_from_i64(rt, left ? 0 : (int_sign(a) < 0 ? -1 : 0));
    return err_str(rt, EXC(OverflowError), "too many digits in integer");
  }
  Int *x = AS_INT(a);
  if (!x->big && !left) return int_from_i64(rt, k >= 63 ? (x->v < 0 ? -1 : 0) : x->v >> k);
  if (!x->big && left && k < 62 && x->v >= -((int64_t)1 << (62 - k)) && x->v < ((int64_t)1 << (62 - k)))
    return int_from_i64(rt, (int64_t)((uint64_t)x->v << k));
  if (left && (uint64_t)k > ((uint64_t)1 << 36)) return err_nomem(rt);
  BigInt *bx = int_to_big(a);
  if (!bx) return err_nomem(rt);
  BigInt *r = left ? bn_shl(bx, (uint64_t)k) : bn_shr(bx, (uint64_t)k);
  bn_free(bx);
  return int_from_big(rt, r);
}
static Obj *int_lshift(Rt *rt, Obj *a, Obj *b) { return int_shift(rt, a, b, 1); }
static Obj *int_rshift(Rt *rt, Obj *a, Obj *b) { return int_shift(rt, a, b, 0); }

static Obj *int_and(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  if (!AS_INT(a)->big && !AS_INT(b)->big) return int_from_i64(rt, AS_INT(a)->v & AS_INT(b)->v);
  return big_binop(rt, a, b, bn_and);
}
static Obj *int_or(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  if (!AS_INT(a)->big && !AS_INT(b)->big) return int_from_i64(rt, AS_INT(a)->v | AS_INT(b)->v);
  return big_binop(rt, a, b, bn_or);
}
static Obj *int_xor(Rt *rt, Obj *a, Obj *b) {
  CHECK_INTS(a, b);
  if (!AS_INT(a)->big && !AS_INT(b)->big) return int_from_i64(rt, AS_INT(a)->v ^ AS_INT(b)->v);
  return big_binop(rt, a, b, bn_xor);
}

static Obj *int_neg(Rt *rt, Obj *a) {
  Int *x = AS_INT(a);
  if (!x->big && x->v != INT64_MIN) return int_from_i64(rt, -x->v);
  BigInt *b = int_to_big(a);
  BigInt *r = b ? bn_neg(b) : NULL;
  bn_free(b);
  return int_from_big(rt, r);
}

static Obj *int_as_exact_int(Rt *rt, Obj *a) {
  if (is_type(a, &IntType)) return incref(a);
  Int *x = AS_INT(a);
  if (!x->big) return int_from_i64(rt, x->v);
  return int_from_big(rt, bn_copy(x->big));
}

static Obj *int_abs(Rt *rt, Obj *a) { return int_sign(a) < 0 ? int_neg(rt, a) : int_as_exact_int(rt, a); }

static Obj *int_invert(Rt *rt, Obj *a) {
  Int *x = AS_INT(a);
  if (!x->big) return int_from_i64(rt, ~x->v);
  return int_from_big(rt, bn_invert(x->big));
}

static int int_bool(Rt *rt, Obj *a) { (void)rt; return int_sign(a) != 0; }

static Obj *int_float(Rt *rt, Obj *a) {
  double d = int_to_double(rt, a);
  if (d == -1.0 && err_occurred(rt)) return NULL;
  return float_new(rt, d);
}

/* ---- comparison (with floats compared exactly) ------------------------------------------ */

static Obj *int_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  (void)rt;
  if (!IS_INT(b)) return incref(NotImpl);
  int c = int_cmp(a, b);
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

/* ---- construction ------------------------------------------------------------------------- */

static Obj *int_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  size_t n = tuple_len(args);
  Obj *x = n > 0 ? tuple_get(args, 0) : NULL, *base = n > 1 ? tuple_get(args, 1) : NULL;
  if (kwargs) {
    Obj *kb = dict_get_s(rt, kwargs, "base");
    if (kb) base = kb;
    if (dict_len(kwargs) > (kb ? 1u : 0u))
      return err_str(rt, EXC(TypeError), "'x' is an invalid keyword argument for int()");
  }
  if (n > 2 && t == &IntType && !kwargs && rt->pyv >= PY313)   /* 3.13's vectorcall */
    return err_format(rt, EXC(TypeError), "int expected at most 2 arguments, got %zu", n);
  if (n > 2) return err_format(rt, EXC(TypeError), "int() takes at most 2 arguments (%zu given)", n);
  Obj *r;
  if (!x) {
    if (base) return err_str(rt, EXC(TypeError), "int() missing string argument");
    r = int_from_i64(rt, 0);
  } else if (base) {
    int64_t b;
    if (num_as_i64(rt, base, &b) < 0) return NULL;
    if ((b != 0 && b < 2) || b > 36) return err_str(rt, EXC(ValueError), "int() base must be >= 2 and <= 36, or 0");
    size_t len;
    const char *d = IS_STR(x) ? AS_STR(x)->s : bytes_data(x, &len);
    if (IS_STR(x)) len = AS_STR(x)->len;
    if (!d) return err_str(rt, EXC(TypeError), "int() can't convert non-string with explicit base");
    r = int_from_text_obj(rt, x, d, len, (int)b);
  } else if (IS_INT(x)) {
    r = int_as_exact_int(rt, x);
  } else if (is_inst(x, &FloatType)) {
    double v = float_value(x);
    r = int_from_double(rt, v < 0 ? ceil(v) : floor(v));
  } else if (IS_STR(x)) {
    r = int_from_text_obj(rt, x, AS_STR(x)->s, AS_STR(x)->len, 10);
  } else if (bytes_data(x, NULL)) {
    size_t len;
    const char *d = bytes_data(x, &len);
    r = int_from_text_obj(rt, x, d, len, 10);
  } else if (x->type->num && x->type->num->to_int) {
    r = x->type->num->to_int(rt, x);
  } else if (x->type->num && x->type->num->index) {
    r = x->type->num->index(rt, x);
  } else {
    return err_format(rt, EXC(TypeError),
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      type_name(x));
  }
  if (!r || t == &IntType) return r;
  Int *s = (Int *)obj_alloc(rt, t, t->basicsize);
  if (s) {
    s->v = AS_INT(r)->v;
    s->big = AS_INT(r)->big ? bn_copy(AS_INT(r)->big) : NULL;
  }
  decref(r);
  return (Obj *)s;
}

static void int_dealloc(Obj *o) {
  bn_free(AS_INT(o)->big);
  obj_free_mem(o);
}

static const NumSlots int_num = {
  .add = int_add, .sub = int_sub, .mul = int_mul, .truediv = int_truediv, .floordiv = int_floordiv_v,
  .mod = int_mod, .divmod = int_divmod, .lshift = int_lshift, .rshift = int_rshift, .and_ = int_and,
  .or_ = int_or, .xor_ = int_xor, .pow = int_pow, .neg = int_neg, .pos = int_as_exact_int, .abs = int_abs,
  .invert = int_invert, .to_int = int_as_exact_int, .to_float = int_float, .index = int_as_exact_int,
  .to_bool = int_bool,
};

extern const MethodDef int_methods[];
extern const GetSetDef int_getsets[];

Type IntType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "int",
  .basicsize = sizeof(Int),
  .flags = TF_BASETYPE,
  .dealloc = int_dealloc,
  .repr = int_repr,
  .repr_to = int_repr_to,
  .str = int_repr,
  .hash = int_hash,
  .richcmp = int_richcmp,
  .num = &int_num,
  .new_ = int_new_slot,
  .methods = int_methods,
  .getsets = int_getsets,
};

/* ---- bool ------------------------------------------------------------------------------------ */

Int TrueObj = {OBJ_HEAD_INIT(&BoolType), 1, NULL};
Int FalseObj = {OBJ_HEAD_INIT(&BoolType), 0, NULL};

static Obj *bool_repr(Rt *rt, Obj *o) { (void)rt; return str_static(o == Py_True ? "True" : "False"); }

static Obj *bool_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)t;
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "bool() takes no keyword arguments");
  if (tuple_len(args) > 1)
    return err_format(rt, EXC(TypeError), "bool expected at most 1 argument, got %zu", tuple_len(args));
  if (!tuple_len(args)) return incref(Py_False);
  int v = obj_truth(rt, tuple_get(args, 0));
  return v < 0 ? NULL : incref(bool_obj(v));
}

static Obj *bool_logic(Rt *rt, Obj *a, Obj *b, int op) {
  if (is_type(a, &BoolType) && is_type(b, &BoolType)) {
    int x = a == Py_True, y = b == Py_True;
    return incref(bool_obj(op == 0 ? x & y : op == 1 ? x | y : x ^ y));
  }
  return op == 0 ? int_and(rt, a, b) : op == 1 ? int_or(rt, a, b) : int_xor(rt, a, b);
}
static Obj *bool_and(Rt *rt, Obj *a, Obj *b) { return bool_logic(rt, a, b, 0); }
static Obj *bool_or(Rt *rt, Obj *a, Obj *b) { return bool_logic(rt, a, b, 1); }
static Obj *bool_xor(Rt *rt, Obj *a, Obj *b) { return bool_logic(rt, a, b, 2); }

static const NumSlots bool_num = {
  .add = int_add, .sub = int_sub, .mul = int_mul, .truediv = int_truediv, .floordiv = int_floordiv_v,
  .mod = int_mod, .divmod = int_divmod, .lshift = int_lshift, .rshift = int_rshift, .and_ = bool_and,
  .or_ = bool_or, .xor_ = bool_xor, .pow = int_pow, .neg = int_neg, .pos = int_as_exact_int, .abs = int_abs,
  .invert = int_invert, .to_int = int_as_exact_int, .to_float = int_float, .index = int_as_exact_int,
  .to_bool = int_bool,
};

static void bool_dealloc(Obj *o) { (void)o; }

Type BoolType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "bool",
  .base = &IntType,
  .basicsize = sizeof(Int),
  .dealloc = bool_dealloc,
  .repr = bool_repr,
  .str = bool_repr,
  .num = &bool_num,
  .new_ = bool_new_slot,
};
