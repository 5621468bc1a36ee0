/* num_methods.c: the methods of int, bool and float (bit_length,
 * to_bytes/from_bytes, as_integer_ratio, is_integer, hex/fromhex,
 * __round__, __format__, ...), their real/imag/numerator/denominator
 * attributes, and the arithmetic dunders (int.__add__(5, 2)) over the
 * types' own number slots. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/format.h"
#include "base/mem.h"
#include "base/numfmt.h"
#include "base/strtod.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* int.is_integer exists from 3.12 on; 3.14 accepts round(int, None) and
 * no longer writes -1 into zero bytes. */
static const unsigned char has_int_is_integer[PY_NVERSIONS] = {0, 1, 1, 1};
static const unsigned char int_round_none_ok[PY_NVERSIONS] = {0, 0, 0, 1};
static const unsigned char minus_one_in_zero_bytes[PY_NVERSIONS] = {1, 1, 1, 0};

static Obj *as_int(Rt *rt, Obj *o) {
  if (is_type(o, &IntType)) return incref(o);
  BigInt *b = int_to_big(o);
  return int_from_big(rt, b);
}

/* ---- the slot dunders: int.__add__(a, b) is int's own add slot ------------------------------- */

static const NumSlots *own_num(Obj *self) {
  return is_inst(self, &FloatType) ? FloatType.num : is_inst(self, &BoolType) ? BoolType.num : IntType.num;
}

#define BIN_DUNDER(fn, name, field, swapped) \
  METHOD(fn) { \
    if (args_wrapper(rt, name, argc, kwnames, 1) < 0) return NULL; \
    BinaryFn f = own_num(self)->field; \
    if (!f) return incref(NotImpl); \
    return swapped ? f(rt, argv[0], self) : f(rt, self, argv[0]); \
  }
BIN_DUNDER(n_add, "__add__", add, 0)
BIN_DUNDER(n_radd, "__radd__", add, 1)
BIN_DUNDER(n_sub, "__sub__", sub, 0)
BIN_DUNDER(n_rsub, "__rsub__", sub, 1)
BIN_DUNDER(n_mul, "__mul__", mul, 0)
BIN_DUNDER(n_rmul, "__rmul__", mul, 1)
BIN_DUNDER(n_truediv, "__truediv__", truediv, 0)
BIN_DUNDER(n_rtruediv, "__rtruediv__", truediv, 1)
BIN_DUNDER(n_floordiv, "__floordiv__", floordiv, 0)
BIN_DUNDER(n_rfloordiv, "__rfloordiv__", floordiv, 1)
BIN_DUNDER(n_mod, "__mod__", mod, 0)
BIN_DUNDER(n_rmod, "__rmod__", mod, 1)
BIN_DUNDER(n_divmod, "__divmod__", divmod, 0)
BIN_DUNDER(n_rdivmod, "__rdivmod__", divmod, 1)
BIN_DUNDER(n_lshift, "__lshift__", lshift, 0)
BIN_DUNDER(n_rlshift, "__rlshift__", lshift, 1)
BIN_DUNDER(n_rshift, "__rshift__", rshift, 0)
BIN_DUNDER(n_rrshift, "__rrshift__", rshift, 1)
BIN_DUNDER(n_and, "__and__", and_, 0)
BIN_DUNDER(n_rand, "__rand__", and_, 1)
BIN_DUNDER(n_or, "__or__", or_, 0)
BIN_DUNDER(n_ror, "__ror__", or_, 1)
BIN_DUNDER(n_xor, "__xor__", xor_, 0)
BIN_DUNDER(n_rxor, "__rxor__", xor_, 1)

METHOD(n_pow) {
  if (args_wrapper_range(rt, "__pow__", argc, kwnames, 1, 2) < 0) return NULL;
  return own_num(self)->pow(rt, self, argv[0], argc > 1 ? argv[1] : None);
}
METHOD(n_rpow) {
  if (args_wrapper_range(rt, "__rpow__", argc, kwnames, 1, 2) < 0) return NULL;
  return own_num(self)->pow(rt, argv[0], self, argc > 1 ? argv[1] : None);
}

#define UN_DUNDER(fn, name, field) \
  METHOD(fn) { \
    (void)argv; \
    if (args_wrapper(rt, name, argc, kwnames, 0) < 0) return NULL; \
    return own_num(self)->field(rt, self); \
  }
UN_DUNDER(n_neg, "__neg__", neg)
UN_DUNDER(n_pos, "__pos__", pos)
UN_DUNDER(n_abs, "__abs__", abs)
UN_DUNDER(n_int, "__int__", to_int)
UN_DUNDER(n_float, "__float__", to_float)
UN_DUNDER(n_index, "__index__", index)
UN_DUNDER(i_invert, "__invert__", invert)

METHOD(n_bool) {
  (void)argv;
  if (args_wrapper(rt, "__bool__", argc, kwnames, 0) < 0) return NULL;
  int r = own_num(self)->to_bool(rt, self);
  return r < 0 ? NULL : incref(bool_obj(r));
}

#define ARITH_DUNDERS \
  {"__add__", n_add, 0}, {"__radd__", n_radd, 0}, {"__sub__", n_sub, 0}, {"__rsub__", n_rsub, 0}, \
  {"__mul__", n_mul, 0}, {"__rmul__", n_rmul, 0}, {"__truediv__", n_truediv, 0}, \
  {"__rtruediv__", n_rtruediv, 0}, {"__floordiv__", n_floordiv, 0}, {"__rfloordiv__", n_rfloordiv, 0}, \
  {"__mod__", n_mod, 0}, {"__rmod__", n_rmod, 0}, {"__divmod__", n_divmod, 0}, {"__rdivmod__", n_rdivmod, 0}, \
  {"__pow__", n_pow, 0}, {"__rpow__", n_rpow, 0}, {"__neg__", n_neg, 0}, {"__pos__", n_pos, 0}, \
  {"__abs__", n_abs, 0}, {"__bool__", n_bool, 0}, {"__int__", n_int, 0}, {"__float__", n_float, 0}

/* ---- int ------------------------------------------------------------------------------------- */

METHOD(int_bit_length) {
  (void)argv;
  if (args_none(rt, "int.bit_length", argc, kwnames) < 0) return NULL;
  BigInt *b = int_to_big(self);
  if (!b) return err_nomem(rt);
  uint64_t n = bn_bit_length(b);
  bn_free(b);
  return int_from_i64(rt, (int64_t)n);
}

METHOD(int_bit_count) {
  (void)argv;
  if (args_none(rt, "int.bit_count", argc, kwnames) < 0) return NULL;
  BigInt *b = int_to_big(self);
  if (!b) return err_nomem(rt);
  int64_t c = 0;
  for (uint32_t i = 0; i < b->n; i++) c += __builtin_popcount(b->d[i]);
  bn_free(b);
  return int_from_i64(rt, c);
}

#define INT_SELF_METHOD(fn, qname) \
  METHOD(fn) { \
    (void)argv; \
    if (args_none(rt, qname, argc, kwnames) < 0) return NULL; \
    return as_int(rt, self); \
  }
INT_SELF_METHOD(int_conjugate, "int.conjugate")
INT_SELF_METHOD(int_trunc, "int.__trunc__")
INT_SELF_METHOD(int_floor, "int.__floor__")
INT_SELF_METHOD(int_ceil, "int.__ceil__")

METHOD(int_as_integer_ratio) {
  (void)argv;
  if (args_none(rt, "int.as_integer_ratio", argc, kwnames) < 0) return NULL;
  Obj *n = as_int(rt, self), *one = int_from_i64(rt, 1);
  Obj *t = n ? tuple_pack(rt, 2, n, one) : NULL;
  xdecref(n);
  return t;
}

METHOD(int_is_integer) {
  (void)argv;
  (void)self;
  if (args_none(rt, "int.is_integer", argc, kwnames) < 0) return NULL;
  return incref(Py_True);
}

METHOD(int_getnewargs) {
  (void)argv;
  if (args_none(rt, "int.__getnewargs__", argc, kwnames) < 0) return NULL;
  Obj *n = as_int(rt, self), *t = n ? tuple_pack(rt, 1, n) : NULL;
  xdecref(n);
  return t;
}

METHOD(int_round) {
  if (args_pos(rt, "int.__round__", argc, kwnames, 0, 1) < 0) return NULL;
  if (!argc || (argv[0] == None && int_round_none_ok[rt->pyv])) return as_int(rt, self);
  Obj *nd = num_index(rt, argv[0]);
  if (!nd) return NULL;
  int sign = int_sign(nd);
  int64_t k;
  int big = int_as_i64(nd, &k) < 0;
  decref(nd);
  if (sign >= 0) return as_int(rt, self);
  if (big || k < -100000) return int_from_i64(rt, 0);
  /* self - divmod_near(self, 10**-k)[1]: the nearest multiple, ties to even */
  BigInt *ten = bn_from_i64(10), *p = ten ? bn_pow(ten, (uint64_t)-k) : NULL, *x = int_to_big(self);
  BigInt *q = NULL, *r = NULL, *res = NULL;
  if (p && x && bn_divmod(x, p, &q, &r) == 0) {
    BigInt *r2 = bn_add(r, r);
    int c = r2 ? bn_cmp(r2, p) : 0;
    int odd = q->n ? (q->d[0] & 1) : 0;
    if (c > 0 || (c == 0 && odd)) {
      BigInt *one = bn_from_i64(1), *q1 = one ? bn_add(q, one) : NULL;
      bn_free(one);
      bn_free(q);
      q = q1;
    }
    bn_free(r2);
    res = q ? bn_mul(q, p) : NULL;
  }
  bn_free(ten); bn_free(p); bn_free(x); bn_free(q); bn_free(r);
  return int_from_big(rt, res);
}

METHOD(int_format) {
  if (args_one(rt, "int.__format__", argc, kwnames) < 0) return NULL;
  if (!IS_STR(argv[0])) return arg_bad(rt, "__format__", "argument", "str", argv[0]);
  return format_value(rt, self, argv[0]);
}

static int byteorder_arg(Rt *rt, const char *fname, Obj *o, int *little) {
  *little = 0;
  if (!o) return 0;
  if (!IS_STR(o)) { arg_bad(rt, fname, "argument 'byteorder'", "str", o); return -1; }
  if (str_eq_c(o, "little")) *little = 1;
  else if (!str_eq_c(o, "big")) {
    err_str(rt, EXC(ValueError), "byteorder must be either 'little' or 'big'");
    return -1;
  }
  return 0;
}

METHOD(int_to_bytes) {
  static const char *const names[] = {"length", "byteorder", "signed"};
  KwSpec spec = {"to_bytes", names, 3, 0, 0, 2};
  Obj *a[3];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int64_t len = 1;
  int little, is_signed = 0;
  if (a[0] && arg_ssize(rt, a[0], &len) < 0) return NULL;
  if (len < 0) return err_str(rt, EXC(ValueError), "length argument must be non-negative");
  if (byteorder_arg(rt, "to_bytes", a[1], &little) < 0) return NULL;
  if (a[2] && (is_signed = obj_truth(rt, a[2])) < 0) return NULL;
  int sign = int_sign(self);
  if (sign < 0 && !is_signed) return err_str(rt, EXC(OverflowError), "can't convert negative int to unsigned");
  BigInt *v = int_to_big(self);
  if (!v) return err_nomem(rt);
  uint64_t bits = bn_bit_length(v);
  /* signed: -2**(8n-1) <= v < 2**(8n-1); |v| needs bits, and -2**k fits in k bits */
  int fits;
  if (!is_signed) fits = bits <= (uint64_t)len * 8;
  else if (sign >= 0) fits = bits < (uint64_t)len * 8 || (bits == 0);
  else {
    BigInt *one = bn_from_i64(1), *m = bn_neg(v), *mm1 = m && one ? bn_sub(m, one) : NULL;
    fits = len > 0 && mm1 && bn_bit_length(mm1) < (uint64_t)len * 8;   /* -v - 1 < 2**(8n-1) */
    if (len == 0 && mm1 && bn_is_zero(mm1) && minus_one_in_zero_bytes[rt->pyv]) fits = 1;
    bn_free(one);
    bn_free(m);
    bn_free(mm1);
  }
  if (!fits) { bn_free(v); return err_str(rt, EXC(OverflowError), "int too big to convert"); }
  if (sign < 0) {
    BigInt *one = bn_from_i64(1), *pw = one ? bn_shl(one, (uint64_t)len * 8) : NULL;
    BigInt *t = pw ? bn_add(v, pw) : NULL;
    bn_free(one); bn_free(pw); bn_free(v);
    v = t;
    if (!v) return err_nomem(rt);
  }
  char *buf = mem_alloc((size_t)len + 1);
  if (!buf) { bn_free(v); return err_nomem(rt); }
  for (int64_t i = 0; i < len; i++) {
    uint32_t limb = (uint64_t)i / 4 < v->n ? v->d[i / 4] : 0;
    unsigned char byte = (unsigned char)(limb >> (8 * (i % 4)));
    buf[little ? i : len - 1 - i] = (char)byte;
  }
  bn_free(v);
  Obj *r = bytes_new(rt, buf, (size_t)len);
  mem_free(buf);
  return r;
}

METHOD(int_from_bytes) {
  static const char *const names[] = {"bytes", "byteorder", "signed"};
  KwSpec spec = {"from_bytes", names, 3, 0, 1, 2};
  Obj *a[3];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  int little, is_signed = 0;
  if (byteorder_arg(rt, "from_bytes", a[1], &little) < 0) return NULL;
  if (a[2] && (is_signed = obj_truth(rt, a[2])) < 0) return NULL;
  Obj *b;
  if (bytes_data(a[0], NULL)) b = incref(a[0]);
  else if (IS_STR(a[0]) || IS_INT(a[0]) || a[0] == None)
    return err_format(rt, EXC(TypeError), "cannot convert '%s' object to bytes", type_name(a[0]));
  else {
    Obj *args = tuple_pack(rt, 1, a[0]);
    b = args ? BytesType.new_(rt, &BytesType, args, NULL) : NULL;
    xdecref(args);
    if (!b) return NULL;
  }
  size_t n;
  const unsigned char *d = (const unsigned char *)bytes_data(b, &n);
  BigInt *v = bn_from_i64(0);
  for (size_t i = 0; v && i < n; i++) {
    unsigned char byte = d[little ? n - 1 - i : i];
    BigInt *s = bn_shl(v, 8), *c = bn_from_i64(byte), *t = s && c ? bn_or(s, c) : NULL;
    bn_free(s); bn_free(c); bn_free(v);
    v = t;
  }
  if (v && is_signed && n && (d[little ? n - 1 : 0] & 0x80)) {
    BigInt *one = bn_from_i64(1), *pw = one ? bn_shl(one, n * 8) : NULL, *t = pw ? bn_sub(v, pw) : NULL;
    bn_free(one); bn_free(pw); bn_free(v);
    v = t;
  }
  decref(b);
  Obj *r = int_from_big(rt, v);
  if (!r || self == (Obj *)&IntType) return r;
  Obj *out = obj_call1(rt, self, r);
  decref(r);
  return out;
}

static Obj *int_get_self(Rt *rt, Obj *self) { return as_int(rt, self); }
static Obj *int_get_zero(Rt *rt, Obj *self) { (void)self; return int_from_i64(rt, 0); }
static Obj *int_get_one(Rt *rt, Obj *self) { (void)self; return int_from_i64(rt, 1); }

const GetSetDef int_getsets[] = {
  {"real", int_get_self, NULL},
  {"imag", int_get_zero, NULL},
  {"numerator", int_get_self, NULL},
  {"denominator", int_get_one, NULL},
  {NULL, NULL, NULL}
};

/* int.is_integer: new in 3.12 (an AttributeError before). */
METHOD(int_is_integer_versioned) {
  if (!has_int_is_integer[rt->pyv])
    return err_format(rt, EXC(AttributeError), "'%s' object has no attribute 'is_integer'", type_name(self));
  return int_is_integer(rt, self, argv, argc, kwnames);
}

const MethodDef int_methods[] = {
  {"conjugate", int_conjugate, 0},
  {"bit_length", int_bit_length, 0},
  {"bit_count", int_bit_count, 0},
  {"to_bytes", int_to_bytes, 0},
  {"from_bytes", int_from_bytes, METH_CLASS},
  {"as_integer_ratio", int_as_integer_ratio, 0},
  {"is_integer", int_is_integer_versioned, 0},
  {"__trunc__", int_trunc, 0},
  {"__floor__", int_floor, 0},
  {"__ceil__", int_ceil, 0},
  {"__round__", int_round, 0},
  {"__getnewargs__", int_getnewargs, 0},
  {"__format__", int_format, 0},
  {"__index__", n_index, 0},
  {"__invert__", i_invert, 0},
  {"__lshift__", n_lshift, 0}, {"__rlshift__", n_rlshift, 0}, {"__rshift__", n_rshift, 0},
  {"__rrshift__", n_rrshift, 0}, {"__and__", n_and, 0}, {"__rand__", n_rand, 0}, {"__or__", n_or, 0},
  {"__ror__", n_ror, 0}, {"__xor__", n_xor, 0}, {"__rxor__", n_rxor, 0},
  ARITH_DUNDERS,
  {NULL, NULL, 0}
};

/* ---- float ----------------------------------------------------------------------------------- */

METHOD(float_is_integer) {
  (void)argv;
  if (args_none(rt, "float.is_integer", argc, kwnames) < 0) return NULL;
  double x = float_value(self);
  return incref(bool_obj(isfinite(x) && floor(x) == x));
}

METHOD(float_as_integer_ratio) {
  (void)argv;
  if (args_none(rt, "float.as_integer_ratio", argc, kwnames) < 0) return NULL;
  double x = float_value(self);
  if (isinf(x)) return err_str(rt, EXC(OverflowError), "cannot convert Infinity to integer ratio");
  if (isnan(x)) return err_str(rt, EXC(ValueError), "cannot convert NaN to integer ratio");
  int e;
  double m = frexp(x, &e);
  for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
  BigInt *num = bn_from_double(m), *den = bn_from_i64(1);
  BigInt *sn = num && e > 0 ? bn_shl(num, (uint64_t)e) : NULL, *sd = den && e < 0 ? bn_shl(den, (uint64_t)-e) : NULL;
  if (sn) { bn_free(num); num = sn; }
  if (sd) { bn_free(den); den = sd; }
  Obj *a = int_from_big(rt, num), *b = a ? int_from_big(rt, den) : (bn_free(den), NULL);
  Obj *t = a && b ? tuple_pack(rt, 2, a, b) : NULL;
  xdecref(a);
  xdecref(b);
  return t;
}

METHOD(float_hex) {
  (void)argv;
  if (args_none(rt, "float.hex", argc, kwnames) < 0) return NULL;
  double x = float_value(self);
  if (!isfinite(x)) return obj_repr(rt, self);
  if (x == 0.0) return str_from_c(rt, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = frexp(fabs(x), &e);
  int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0);
  m = ldexp(m, shift);
  e -= shift;
  char s[32];
  int si = 0;
  const char *hex = "0123456789abcdef";
  s[si++] = hex[(int)m];
  m -= (int)m;
  s[si++] = '.';
  for (int i = 0; i < 13; i++) {
    m *= 16.0;
    s[si++] = hex[(int)m];
    m -= (int)m;
  }
  s[si] = '\0';
  return str_fromf(rt, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

METHOD(float_fromhex) {
  if (args_one(rt, "float.fromhex", argc, kwnames) < 0) return NULL;
  if (!IS_STR(argv[0])) return err_str(rt, EXC(TypeError), "bad argument type for built-in operation");
  const char *s = str_c(argv[0]), *e = s + str_len(argv[0]);
  while (s < e && (*s == ' ' || (*s >= '\t' && *s <= '\r'))) s++;
  while (e > s && (e[-1] == ' ' || (e[-1] >= '\t' && e[-1] <= '\r'))) e--;
  char buf[512];
  size_t n = (size_t)(e - s), k = 0;
  double v;
  if (n == 0 || n > sizeof buf - 4) goto invalid;
  const char *p = s;
  if (*p == '+' || *p == '-') buf[k++] = *p++;
  if (nf_parse_float(p, (size_t)(e - p), &v) == 0 && (isinf(v) || isnan(v))) {
    v = s[0] == '-' ? -v : v;
    goto done;
  }
  if (e - p > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
  buf[k++] = '0';
  buf[k++] = 'x';
  for (const char *q = p; q < e; q++) {
    char c = *q;
    if (!strchr("0123456789abcdefABCDEF.pP+-", c)) goto invalid;
    buf[k++] = c;
  }
  buf[k] = '\0';
  char *end;
  v = px_strtod(buf, &end);
  if (*end || end == buf + 2 + (buf[0] == '+' || buf[0] == '-')) goto invalid;
  if (isinf(v)) return err_str(rt, EXC(OverflowError), "hexadecimal value too large to represent as a float");
done:;
  Obj *f = float_new(rt, v);
  if (!f || self == (Obj *)&FloatType) return f;
  Obj *r = obj_call1(rt, self, f);
  decref(f);
  return r;
invalid:
  return err_str(rt, EXC(ValueError), "invalid hexadecimal floating-point string");
}

METHOD(float_conjugate) {
  (void)argv;
  if (args_none(rt, "float.conjugate", argc, kwnames) < 0) return NULL;
  return is_type(self, &FloatType) ? incref(self) : float_new(rt, float_value(self));
}

static Obj *to_int_checked(Rt *rt, double v) {
  if (isinf(v)) return err_str(rt, EXC(OverflowError), "cannot convert float infinity to integer");
  if (isnan(v)) return err_str(rt, EXC(ValueError), "cannot convert float NaN to integer");
  return int_from_double(rt, v);
}

METHOD(float_trunc) {
  (void)argv;
  if (args_none(rt, "float.__trunc__", argc, kwnames) < 0) return NULL;
  return to_int_checked(rt, trunc(float_value(self)));
}
METHOD(float_floor) {
  (void)argv;
  if (args_none(rt, "float.__floor__", argc, kwnames) < 0) return NULL;
  return to_int_checked(rt, floor(float_value(self)));
}
METHOD(float_ceil) {
  (void)argv;
  if (args_none(rt, "float.__ceil__", argc, kwnames) < 0) return NULL;
  return to_int_checked(rt, ceil(float_value(self)));
}

/* round(x, nd): the exact decimal expansion rounded half-even at nd digits
 * after the point, read back (CPython's double_round with dtoa mode 3). */
static double round_digits(double x, int64_t nd) {
  char buf[900];
  snprintf(buf, sizeof buf, "%.800e", fabs(x));
  char *ep = strchr(buf, 'e');
  int exp10 = atoi(ep + 1);
  char digits[810];
  int nd_ = 0;
  for (char *p = buf; p < ep; p++)
    if (*p >= '0' && *p <= '9') digits[nd_++] = *p;
  int64_t keep = (int64_t)exp10 + 1 + nd;   /* significant digits kept */
  if (keep >= nd_) return x;
  if (keep < 0) return 0.0 * x;
  int up;
  if (keep == 0) {
    int half = digits[0] > '5' ? 1 : digits[0] < '5' ? -1 : 0;
    for (int i = 1; half == 0 && i < nd_; i++)
      if (digits[i] != '0') half = 1;
    up = half > 0;
  } else {
    char d = digits[keep];
    int rest = 0;
    for (int i = (int)keep + 1; i < nd_; i++)
      if (digits[i] != '0') { rest = 1; break; }
    up = d > '5' || (d == '5' && (rest || ((digits[keep - 1] - '0') & 1)));
  }
  char out[900];
  int k = 0;
  if (signbit(x)) out[k++] = '-';
  if (keep == 0) {
    out[k++] = up ? '1' : '0';
  } else {
    if (up) {
      int i = (int)keep - 1;
      while (i >= 0 && digits[i] == '9') digits[i--] = '0';
      if (i < 0) { out[k++] = '1'; } else digits[i]++;
    }
    memcpy(out + k, digits, (size_t)keep);
    k += (int)keep;
  }
  snprintf(out + k, sizeof out - (size_t)k, "e%lld", (long long)(exp10 + 1 - keep));
  return px_strtod(out, NULL);
}

METHOD(float_round) {
  if (args_pos(rt, "float.__round__", argc, kwnames, 0, 1) < 0) return NULL;
  double x = float_value(self);
  if (!argc || argv[0] == None) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return to_int_checked(rt, r);
  }
  Obj *nd = num_index(rt, argv[0]);
  if (!nd) return NULL;
  int64_t k;
  int big = int_as_i64(nd, &k) < 0;
  int sign = int_sign(nd);
  decref(nd);
  if (!isfinite(x)) return float_new(rt, x);
  if (big) return float_new(rt, sign > 0 ? x : 0.0 * x);
  if (k > 323) return float_new(rt, x);
  if (k < -308) return float_new(rt, 0.0 * x);
  return float_new(rt, round_digits(x, k));
}

METHOD(float_format) {
  if (args_one(rt, "float.__format__", argc, kwnames) < 0) return NULL;
  if (!IS_STR(argv[0])) return arg_bad(rt, "__format__", "argument", "str", argv[0]);
  return format_value(rt, self, argv[0]);
}

METHOD(float_getnewargs) {
  (void)argv;
  if (args_none(rt, "float.__getnewargs__", argc, kwnames) < 0) return NULL;
  Obj *f = float_new(rt, float_value(self)), *t = f ? tuple_pack(rt, 1, f) : NULL;
  xdecref(f);
  return t;
}

static Obj *float_get_self(Rt *rt, Obj *self) {
  return is_type(self, &FloatType) ? incref(self) : float_new(rt, float_value(self));
}
static Obj *float_get_zero(Rt *rt, Obj *self) { (void)self; return float_new(rt, 0.0); }

const GetSetDef float_getsets[] = {
  {"real", float_get_self, NULL},
  {"imag", float_get_zero, NULL},
  {NULL, NULL, NULL}
};

const MethodDef float_methods[] = {
  {"conjugate", float_conjugate, 0},
  {"__trunc__", float_trunc, 0},
  {"__floor__", float_floor, 0},
  {"__ceil__", float_ceil, 0},
  {"__round__", float_round, 0},
  {"as_integer_ratio", float_as_integer_ratio, 0},
  {"fromhex", float_fromhex, METH_CLASS},
  {"hex", float_hex, 0},
  {"is_integer", float_is_integer, 0},
  {"__getnewargs__", float_getnewargs, 0},
  {"__format__", float_format, 0},
  ARITH_DUNDERS,
  {NULL, NULL, 0}
};

/* ---- pow(a, b, m) for ints (int.c's pow slot calls this) ---------------------------------------- */

/* x mod m for m > 0, in [0, m). */
static BigInt *bn_mod(const BigInt *x, const BigInt *m) {
  BigInt *r = NULL;
  return bn_divmod(x, m, NULL, &r) == 0 ? r : NULL;
}

/* The inverse of a modulo m (m > 1), NULL when there is none (*none set). */
static BigInt *bn_modinv(const BigInt *a, const BigInt *m, int *none) {
  BigInt *r0 = bn_copy(m), *r1 = bn_mod(a, m), *t0 = bn_from_i64(0), *t1 = bn_from_i64(1);
  while (r0 && r1 && t0 && t1 && !bn_is_zero(r1)) {
    BigInt *q = NULL, *r = NULL;
    if (bn_divmod(r0, r1, &q, &r) < 0) break;
    BigInt *qt = bn_mul(q, t1), *t2 = qt ? bn_sub(t0, qt) : NULL;
    bn_free(q); bn_free(qt); bn_free(r0); bn_free(t0);
    r0 = r1; r1 = r; t0 = t1; t1 = t2;
  }
  BigInt *res = NULL;
  if (r0 && r1 && t0 && t1) {
    BigInt *one = bn_from_i64(1);
    if (one && bn_cmp(r0, one) == 0) res = bn_mod(t0, m);
    else *none = 1;
    bn_free(one);
  }
  bn_free(r0); bn_free(r1); bn_free(t0); bn_free(t1);
  return res;
}

Obj *int_pow_mod(Rt *rt, Obj *a, Obj *b, Obj *m) {
  if (int_sign(m) == 0) return err_str(rt, EXC(ValueError), "pow() 3rd argument cannot be 0");
  BigInt *A = int_to_big(a), *E = int_to_big(b), *M0 = int_to_big(m), *M = M0 ? bn_abs(M0) : NULL;
  BigInt *base = NULL, *res = NULL;
  Obj *out = NULL;
  if (!A || !E || !M) { out = err_nomem(rt); goto done; }
  int neg_mod = M0->sign < 0;
  if (M->n == 1 && M->d[0] == 1) { out = int_from_i64(rt, 0); goto done; }
  if (E->sign < 0) {
    int none = 0;
    base = bn_modinv(A, M, &none);
    if (!base) { out = none ? err_str(rt, EXC(ValueError), "base is not invertible for the given modulus") : err_nomem(rt); goto done; }
    BigInt *ne = bn_neg(E);
    bn_free(E);
    E = ne;
    if (!E) { out = err_nomem(rt); goto done; }
  } else {
    base = bn_mod(A, M);
  }
  res = bn_from_i64(1);
  for (uint64_t bit = bn_bit_length(E); res && base && bit-- > 0;) {
    BigInt *sq = bn_mul(res, res), *t = sq ? bn_mod(sq, M) : NULL;
    bn_free(sq);
    bn_free(res);
    res = t;
    if (res && ((E->d[bit / 32] >> (bit % 32)) & 1)) {
      BigInt *p = bn_mul(res, base), *u = p ? bn_mod(p, M) : NULL;
      bn_free(p);
      bn_free(res);
      res = u;
    }
  }
  if (!res || !base) { out = err_nomem(rt); goto done; }
  if (neg_mod && !bn_is_zero(res)) {
    BigInt *t = bn_sub(res, M);
    bn_free(res);
    res = t;
  }
  out = int_from_big(rt, res);
  res = NULL;
done:
  bn_free(A); bn_free(E); bn_free(M0); bn_free(M); bn_free(base); bn_free(res);
  return out;
}
