/* float.c: float values. Text conversion lives in base/numfmt. */
#include "obj/num.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "base/numfmt.h"
#include <math.h>

Obj *float_new(Rt *rt, double v) {
  Float *f = (Float *)obj_alloc(rt, &FloatType, sizeof(Float));
  if (!f) return NULL;
  f->v = v;
  return (Obj *)f;
}

int num_to_double(Rt *rt, Obj *o, double *out) {
  if (is_inst(o, &FloatType)) { *out = float_value(o); return 0; }
  if (IS_INT(o)) {
    *out = int_to_double(rt, o);
    return (*out == -1.0 && err_occurred(rt)) ? -1 : 0;
  }
  err_format(rt, EXC(TypeError), "must be real number, not %s", type_name(o));
  return -1;
}

static Obj *float_repr(Rt *rt, Obj *o) {
  StrBuf b = SB_INIT;
  nf_float_repr(&b, float_value(o));
  return str_from_buf(rt, &b);
}

int64_t float_hash_value(Rt *rt, double v, Obj *self) {
  if (isnan(v)) {
    uintptr_t p = (uintptr_t)self;
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
  }
  if (rt && rt->hash_bits == 32) {
    /* the same reduction with modulus 2**31-1 */
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    double m;
    int e;
    int sign = 1;
    m = frexp(v, &e);
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    const uint64_t P = (1ull << 31) - 1;
    while (m) {
      x = ((x << 28) & P) | x >> (31 - 28);
      m *= 268435456.0;
      e -= 28;
      uint64_t y = (uint64_t)m;
      m -= (double)y;
      x += y;
      if (x >= P) x -= P;
    }
    e = e >= 0 ? e % 31 : 31 - 1 - ((-1 - e) % 31);
    x = ((x << e) & P) | x >> (31 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
  }
  return nf_hash(v);
}

static int64_t float_hash(Rt *rt, Obj *o) { return float_hash_value(rt, float_value(o), o); }

/* Compares a float with an int exactly (CPython's float_richcompare). */
static int cmp_float_int(Rt *rt, double x, Obj *i, int *out) {
  if (isnan(x)) return 2;
  if (isinf(x)) { *out = x > 0 ? 1 : -1; return 0; }
  double y;
  int64_t v;
  if (int_as_i64(i, &v) == 0 && v > -(1LL << 53) && v < (1LL << 53)) {
    y = (double)v;
    *out = (x > y) - (x < y);
    return 0;
  }
  /* compare the integral part exactly, then the fraction */
  double ip = x < 0 ? ceil(x) : floor(x);
  Obj *xi = int_from_double(rt, ip);
  if (!xi) return -1;
  int c = int_cmp(xi, i);
  decref(xi);
  if (c == 0) c = (x > ip) - (x < ip);
  *out = c;
  return 0;
}

static Obj *float_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  double x = float_value(a);
  int c;
  if (is_inst(b, &FloatType)) {
    double y = float_value(b);
    int r;
    switch (op) {
    case CMP_LT: r = x < y; break;
    case CMP_LE: r = x <= y; break;
    case CMP_EQ: r = x == y; break;
    case CMP_NE: r = x != y; break;
    case CMP_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return incref(bool_obj(r));
  }
  if (!IS_INT(b)) return incref(NotImpl);
  int s = cmp_float_int(rt, x, b, &c);
  if (s < 0) return NULL;
  if (s == 2) return incref(bool_obj(op == CMP_NE));
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

/* Both operands as doubles, or NotImplemented. */
static int operands(Rt *rt, Obj *a, Obj *b, double *x, double *y) {
  if (!(is_inst(a, &FloatType) || IS_INT(a)) || !(is_inst(b, &FloatType) || IS_INT(b))) return 1;
  if (num_to_double(rt, a, x) < 0 || num_to_double(rt, b, y) < 0) return -1;
  return 0;
}

#define FLOAT_OPERANDS(a, b, x, y) \
  double x, y; \
  { int r_ = operands(rt, a, b, &x, &y); if (r_ > 0) return incref(NotImpl); if (r_ < 0) return NULL; }

static Obj *float_add(Rt *rt, Obj *a, Obj *b) { FLOAT_OPERANDS(a, b, x, y); return float_new(rt, x + y); }
static Obj *float_sub(Rt *rt, Obj *a, Obj *b) { FLOAT_OPERANDS(a, b, x, y); return float_new(rt, x - y); }
static Obj *float_mul(Rt *rt, Obj *a, Obj *b) { FLOAT_OPERANDS(a, b, x, y); return float_new(rt, x * y); }

static const char *const fdiv_zero[PY_NVERSIONS] = {
  "float division by zero", "float division by zero", "float division by zero", "division by zero",
};
static const char *const fmod_zero[PY_NVERSIONS] = {
  "float modulo", "float modulo", "float modulo by zero", "division by zero",
};
static const char *const ffloordiv_zero[PY_NVERSIONS] = {
  "float floor division by zero", "float floor division by zero", "float floor division by zero", "division by zero",
};
static const char *const fdivmod_zero[PY_NVERSIONS] = {
  "float divmod()", "float divmod()", "float divmod()", "division by zero",
};

extern const char *const neg_power_msg[PY_NVERSIONS];
/* OverflowError from libm carries (ERANGE, strerror(ERANGE)) of the platform. */
static const char *const erange_msg[PLAT_N] = {
  "(34, 'Numerical result out of range')", "(68, 'Result not representable')", "(68, 'Result not representable')",
};

static Obj *float_truediv(Rt *rt, Obj *a, Obj *b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return err_str(rt, EXC(ZeroDivisionError), fdiv_zero[rt->pyv]);
  return float_new(rt, x / y);
}

static Obj *float_floordiv(Rt *rt, Obj *a, Obj *b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return err_str(rt, EXC(ZeroDivisionError), ffloordiv_zero[rt->pyv]);
  return float_new(rt, nf_floor_div(x, y));
}

static Obj *float_mod(Rt *rt, Obj *a, Obj *b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return err_str(rt, EXC(ZeroDivisionError), fmod_zero[rt->pyv]);
  return float_new(rt, nf_floor_mod(x, y));
}

static Obj *float_divmod(Rt *rt, Obj *a, Obj *b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) return err_str(rt, EXC(ZeroDivisionError), fdivmod_zero[rt->pyv]);
  Obj *q = float_new(rt, nf_floor_div(x, y)), *r = float_new(rt, nf_floor_mod(x, y));
  Obj *t = (q && r) ? tuple_pack(rt, 2, q, r) : NULL;
  xdecref(q);
  xdecref(r);
  return t;
}

static Obj *float_pow(Rt *rt, Obj *a, Obj *b, Obj *m) {
  if (m != None) return err_str(rt, EXC(TypeError), "pow() 3rd argument not allowed unless all arguments are integers");
  FLOAT_OPERANDS(a, b, x, y);
  if (x == 0.0 && y < 0)
    return err_str(rt, EXC(ZeroDivisionError), neg_power_msg[rt->pyv]);
  if (x < 0 && y != floor(y) && isfinite(y))
    return err_str(rt, EXC(NotImplementedError), "complex results are not supported");
  double r = pow(x, y);
  if (isinf(r) && isfinite(x) && isfinite(y))
    return err_str(rt, EXC(OverflowError), erange_msg[rt->platform]);
  return float_new(rt, r);
}

static Obj *float_neg(Rt *rt, Obj *a) { return float_new(rt, -float_value(a)); }
static Obj *float_pos(Rt *rt, Obj *a) { return is_type(a, &FloatType) ? incref(a) : float_new(rt, float_value(a)); }
static Obj *float_abs(Rt *rt, Obj *a) { return float_new(rt, fabs(float_value(a))); }
static int float_bool(Rt *rt, Obj *a) { (void)rt; return float_value(a) != 0.0; }
static Obj *float_int(Rt *rt, Obj *a) {
  double v = float_value(a);
  return int_from_double(rt, v < 0 ? ceil(v) : floor(v));
}

static Obj *float_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  if (kwargs && dict_len(kwargs)) return err_str(rt, EXC(TypeError), "float() takes no keyword arguments");
  if (tuple_len(args) > 1)
    return err_format(rt, EXC(TypeError), "float expected at most 1 argument, got %zu", tuple_len(args));
  double v = 0.0;
  if (tuple_len(args)) {
    Obj *x = tuple_get(args, 0);
    size_t n;
    const char *d = IS_STR(x) ? AS_STR(x)->s : bytes_data(x, &n);
    if (IS_STR(x)) n = AS_STR(x)->len;
    if (is_inst(x, &FloatType)) v = float_value(x);
    else if (IS_INT(x)) { if (num_to_double(rt, x, &v) < 0) return NULL; }
    else if (d) {
      const char *p = d, *e = d + n;
      while (p < e && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
      while (e > p && (e[-1] == ' ' || (e[-1] >= '\t' && e[-1] <= '\r'))) e--;
      if (nf_parse_float(p, (size_t)(e - p), &v) < 0) {
        Obj *r = IS_STR(x) ? incref(x) : obj_repr(rt, x);
        if (!r) return NULL;
        err_format(rt, EXC(ValueError), "could not convert string to float: %R", r);
        decref(r);
        return NULL;
      }
    } else if (x->type->num && x->type->num->to_float) {
      Obj *f = x->type->num->to_float(rt, x);
      if (!f) return NULL;
      v = float_value(f);
      decref(f);
    } else {
      return err_format(rt, EXC(TypeError), "float() argument must be a string or a real number, not '%s'",
                        type_name(x));
    }
  }
  Float *f = (Float *)obj_alloc(rt, t, t->basicsize);
  if (f) f->v = v;
  return (Obj *)f;
}

static void float_dealloc(Obj *o) { obj_free_mem(o); }

static const NumSlots float_num = {
  .add = float_add, .sub = float_sub, .mul = float_mul, .truediv = float_truediv, .floordiv = float_floordiv,
  .mod = float_mod, .divmod = float_divmod, .pow = float_pow, .neg = float_neg, .pos = float_pos,
  .abs = float_abs, .to_int = float_int, .to_float = float_pos, .to_bool = float_bool,
};

extern const MethodDef float_methods[];
extern const GetSetDef float_getsets[];

Type FloatType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "float",
  .basicsize = sizeof(Float),
  .flags = TF_BASETYPE,
  .dealloc = float_dealloc,
  .repr = float_repr,
  .str = float_repr,
  .hash = float_hash,
  .richcmp = float_richcmp,
  .num = &float_num,
  .new_ = float_new_slot,
  .methods = float_methods,
  .getsets = float_getsets,
};
