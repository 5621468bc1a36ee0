/* test_bigint.c: bigint.c against CPython ground truth (bigint_cases.inc,
 * made by gen_bigint_cases.py), plus allocation-failure sweeps, a leak
 * check and a timing check. Last line: "N passed, N failed". */
#include "bigint.h"
#include "mem.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { const char *op, *a, *b, *want, *want2; } Case;
#include "bigint_cases.inc"

static int passed, failed;

static void report(int ok, const Case *c, const char *got) {
  if (ok) { passed++; return; }
  failed++;
  if (failed > 40) return;
  printf("FAIL %s(%.80s, %.80s): want %.120s%s%.120s, got %.120s\n", c->op, c->a,
         c->b ? c->b : "-", c->want, c->want2 ? " / " : "",
         c->want2 ? c->want2 : "", got ? got : "(null)");
}

static void expect(int ok, const char *what) {
  Case c = {what, "", NULL, "true", NULL};
  report(ok, &c, "false");
}

/* Canonical: no leading zero limb, sign 0 exactly for zero. */
static int canonical(const BigInt *r) {
  if (!r) return 0;
  if (r->n == 0) return r->sign == 0;
  return r->d[r->n - 1] != 0 && (r->sign == 1 || r->sign == -1);
}

static BigInt *dec(const char *s) {
  int neg = *s == '-';
  BigInt *r = bn_from_digits(s + neg, strlen(s + neg), 10), *t;
  if (!r || !neg) return r;
  t = bn_neg(r);
  bn_free(r);
  return t;
}

static char got[1 << 16];

/* Compares r's decimal text with want (frees r). */
static int is_dec(BigInt *r, const char *want) {
  size_t n = 0;
  char *s;
  int ok;
  if (!r) { strcpy(got, "(null)"); return 0; }
  s = bn_to_str(r, 10, &n);
  ok = s && canonical(r) && n == strlen(s) && strcmp(s, want) == 0;
  snprintf(got, sizeof got, "%s%s", s ? s : "(null)", canonical(r) ? "" : " [not canonical]");
  mem_free(s);
  bn_free(r);
  return ok;
}

/* Bit-exact comparison with a float.hex() string or "overflow". */
static int is_double(double d, int overflow, const char *want) {
  double w;
  if (overflow) { strcpy(got, "overflow"); return strcmp(want, "overflow") == 0; }
  snprintf(got, sizeof got, "%a", d);
  if (strcmp(want, "overflow") == 0) return 0;
  w = strtod(want, NULL);
  return memcmp(&w, &d, sizeof d) == 0;
}

static void run_case(const Case *c) {
  BigInt *a = strcmp(c->op, "fromdigits") && strcmp(c->op, "fromdouble") ? dec(c->a) : NULL;
  BigInt *b = c->b && strcmp(c->op, "fromdigits") && strcmp(c->op, "tostr") ? dec(c->b) : NULL;
  const char *op = c->op;
  uint64_t k = c->b ? strtoull(c->b, NULL, 10) : 0;
  int ok = 0;
  got[0] = '\0';
  if (!strcmp(op, "add")) ok = is_dec(bn_add(a, b), c->want);
  else if (!strcmp(op, "sub")) ok = is_dec(bn_sub(a, b), c->want);
  else if (!strcmp(op, "mul")) ok = is_dec(bn_mul(a, b), c->want);
  else if (!strcmp(op, "and")) ok = is_dec(bn_and(a, b), c->want);
  else if (!strcmp(op, "or")) ok = is_dec(bn_or(a, b), c->want);
  else if (!strcmp(op, "xor")) ok = is_dec(bn_xor(a, b), c->want);
  else if (!strcmp(op, "neg")) ok = is_dec(bn_neg(a), c->want);
  else if (!strcmp(op, "abs")) ok = is_dec(bn_abs(a), c->want);
  else if (!strcmp(op, "invert")) ok = is_dec(bn_invert(a), c->want);
  else if (!strcmp(op, "shl")) ok = is_dec(bn_shl(a, k), c->want);
  else if (!strcmp(op, "shr")) ok = is_dec(bn_shr(a, k), c->want);
  else if (!strcmp(op, "pow")) ok = is_dec(bn_pow(a, k), c->want);
  else if (!strcmp(op, "cmp")) {
    int r = bn_cmp(a, b);
    snprintf(got, sizeof got, "%d", r);
    ok = r == atoi(c->want) && bn_cmp(b, a) == -r && bn_cmp(a, a) == 0;
  } else if (!strcmp(op, "divmod")) {
    BigInt *q = NULL, *r = NULL, *q2 = NULL, *r2 = NULL;
    int rc = bn_divmod(a, b, &q, &r);
    ok = rc == 0 && is_dec(q, c->want);
    ok = is_dec(r, c->want2) && ok;
    /* one-sided forms */
    ok = bn_divmod(a, b, &q2, NULL) == 0 && is_dec(q2, c->want) && ok;
    ok = bn_divmod(a, b, NULL, &r2) == 0 && is_dec(r2, c->want2) && ok;
  } else if (!strcmp(op, "bitlen")) {
    unsigned long long n = bn_bit_length(a);
    snprintf(got, sizeof got, "%llu", n);
    ok = n == strtoull(c->want, NULL, 10);
  } else if (!strcmp(op, "hash")) {
    long long h = bn_hash(a);
    snprintf(got, sizeof got, "%lld", h);
    ok = h == strtoll(c->want, NULL, 10);
  } else if (!strcmp(op, "toi64")) {
    int64_t v = 0;
    int fits = bn_to_i64(a, &v);
    if (fits) snprintf(got, sizeof got, "%lld", (long long)v);
    else strcpy(got, "none");
    ok = strcmp(got, c->want) == 0;
  } else if (!strcmp(op, "todouble")) {
    int ov = -1;
    double d = bn_to_double(a, &ov);
    ok = (ov == 0 || ov == 1) && is_double(d, ov, c->want);
  } else if (!strcmp(op, "truediv")) {
    double d = 0;
    int rc = bn_truediv(a, b, &d);
    ok = rc >= 0 && is_double(d, rc == 1, c->want);
  } else if (!strcmp(op, "fromdouble")) {
    ok = is_dec(bn_from_double(strtod(c->a, NULL)), c->want);
  } else if (!strcmp(op, "tostr")) {
    size_t n = 0;
    char *s = bn_to_str(a, (int)k, &n);
    snprintf(got, sizeof got, "%s", s ? s : "(null)");
    ok = s && n == strlen(s) && strcmp(s, c->want) == 0;
    mem_free(s);
  } else if (!strcmp(op, "fromdigits")) {
    ok = is_dec(bn_from_digits(c->a, strlen(c->a), (int)k), c->want);
  } else {
    strcpy(got, "unknown op");
  }
  report(ok, c, got);
  bn_free(a);
  bn_free(b);
}

/* ---- extra checks ---- */

static int is_i64(BigInt *r, int64_t v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", (long long)v);
  return is_dec(r, buf);
}

static void test_ints(void) {
  static const int64_t vals[] = {0, 1, -1, INT32_MAX, INT32_MIN, UINT32_MAX,
                                 -(int64_t)UINT32_MAX, INT64_MAX, INT64_MIN,
                                 INT64_MAX - 1, INT64_MIN + 1};
  size_t i;
  for (i = 0; i < sizeof vals / sizeof *vals; i++) {
    BigInt *a = bn_from_i64(vals[i]);
    int64_t back = 42;
    expect(a && bn_to_i64(a, &back) && back == vals[i], "i64 round trip");
    expect(bn_is_zero(a) == (vals[i] == 0), "bn_is_zero");
    BigInt *c = bn_copy(a);
    expect(c && bn_cmp(a, c) == 0 && c->sign == a->sign, "bn_copy");
    bn_free(c);
    expect(is_i64(a, vals[i]), "from_i64 text");
  }
  expect(is_dec(bn_from_u64(UINT64_MAX), "18446744073709551615"), "from_u64 max");
  expect(is_dec(bn_from_u64(0), "0"), "from_u64 0");
  {
    BigInt *a = bn_from_u64((uint64_t)1 << 63);
    int64_t v;
    expect(!bn_to_i64(a, &v), "2**63 does not fit");
    bn_free(a);
  }
}

static double now(void) {
  struct timespec ts;
  if (timespec_get(&ts, TIME_UTC) != TIME_UTC) return 0;
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* 2**100000 to decimal and back, each well under a second. */
static void test_big(void) {
  BigInt *two = bn_from_i64(2), *p = bn_pow(two, 100000), *back, *p2;
  size_t n = 0;
  double t0 = now(), t1, t2;
  char *s = p ? bn_to_str(p, 10, &n) : NULL;
  t1 = now();
  back = s ? bn_from_digits(s, n, 10) : NULL;
  t2 = now();
  p2 = bn_shl(two, 99999);
  expect(s && n == BIG_POW2_DIGITS, "2**100000 has 30103 digits");
  expect(s && !strncmp(s, BIG_POW2_HEAD, strlen(BIG_POW2_HEAD)), "2**100000 head");
  expect(s && !strcmp(s + n - strlen(BIG_POW2_TAIL), BIG_POW2_TAIL), "2**100000 tail");
  expect(back && bn_cmp(back, p) == 0, "2**100000 decimal round trip");
  expect(p2 && bn_cmp(p2, p) == 0, "2 << 99999 == 2**100000");
  expect(t1 - t0 < 1.0, "to_str(2**100000) under a second");
  expect(t2 - t1 < 1.0, "from_digits(2**100000) under a second");
  printf("2**100000: to_str %.3fs, from_digits %.3fs\n", t1 - t0, t2 - t1);
  mem_free(s);
  bn_free(two);
  bn_free(p);
  bn_free(back);
  bn_free(p2);
}

/* Under every memory limit from "nothing more" up to success, each call
 * either succeeds or fails cleanly: NULL / -1 and no memory held. */
enum { F_ADD, F_SUB, F_MUL, F_DIVMOD, F_DIVQ, F_POW, F_SHL, F_SHR, F_AND, F_OR,
       F_XOR, F_INV, F_NEG, F_COPY, F_DIVSMALL, F_STR10, F_STR16, F_DIGITS, F_TRUEDIV, F_DOUBLE, F_N };

static void *attempt(int f, const BigInt *a, const BigInt *b, int *is_str) {
  static int marker;
  BigInt *q = NULL, *r = NULL;
  size_t n;
  double d;
  *is_str = f == F_STR10 || f == F_STR16;
  switch (f) {
  case F_ADD: return bn_add(a, b);
  case F_SUB: return bn_sub(a, b);
  case F_MUL: return bn_mul(a, b);
  case F_DIVMOD:
    if (bn_divmod(a, b, &q, &r)) return NULL;
    bn_free(r);
    return q;
  case F_DIVQ: return bn_divmod(a, b, &q, NULL) ? NULL : q;
  case F_POW: return bn_pow(b, 7);
  case F_SHL: return bn_shl(a, 77);
  case F_SHR: return bn_shr(a, 77);
  case F_AND: return bn_and(a, b);
  case F_OR: return bn_or(a, b);
  case F_XOR: return bn_xor(a, b);
  case F_INV: return bn_invert(a);
  case F_NEG: return bn_neg(a);
  case F_COPY: return bn_copy(a);
  case F_DIVSMALL: {  /* one-limb divisor, signs differ: floor fix-up allocates */
    BigInt *m7 = bn_from_i64(7), *res = NULL;
    if (m7 && bn_divmod(a, m7, &res, NULL)) res = NULL;
    bn_free(m7);
    return res;
  }
  case F_STR10: return bn_to_str(a, 10, &n);
  case F_STR16: return bn_to_str(a, 16, &n);
  case F_DIGITS: return bn_from_digits("123_456_789_012_345_678_901_234_567_890_1", 41, 10);
  case F_TRUEDIV:
    *is_str = 2;
    return bn_truediv(a, b, &d) < 0 ? NULL : &marker;
  case F_DOUBLE: return bn_from_double(-1.2345e200);
  }
  return NULL;
}

static void test_oom(void) {
  BigInt *a = dec("-98765432109876543210987654321098765432109876543210987654321"
                  "0987654321098765432109876543210987654321");
  BigInt *b = dec("123456789012345678901234567890123");
  size_t base = mem_in_use(), extra;
  int f;
  for (f = 0; f < F_N; f++) {
    int clean = 1, fails = 0;
    for (extra = 0; extra < 100000; extra++) {
      int is_str;
      void *res;
      mem_set_limit(base + extra);
      res = attempt(f, a, b, &is_str);
      mem_set_limit(0);
      if (res) {
        if (is_str == 1) mem_free(res);
        else if (!is_str) bn_free(res);
        break;
      }
      fails++;
      if (mem_in_use() != base) clean = 0;
    }
    if (!clean || !fails || mem_in_use() != base) printf("oom sweep %d: fails %d clean %d\n", f, fails, clean);
    expect(clean && fails > 0 && extra < 100000 && mem_in_use() == base, "clean failure under memory limits");
  }
  bn_free(a);
  bn_free(b);
}

/* Results too large to represent fail with NULL instead of misbehaving. */
static void test_huge(void) {
  BigInt *three = bn_from_i64(3), *one = bn_from_i64(-1), *zero = bn_from_i64(0), *r;
  expect(!(r = bn_pow(three, UINT64_MAX)), "3 ** (2**64-1) fails");
  bn_free(r);
  expect(!(r = bn_shl(three, UINT64_MAX)), "3 << (2**64-1) fails");
  bn_free(r);
  expect(is_dec(bn_shl(zero, UINT64_MAX), "0"), "0 << huge");
  expect(is_dec(bn_shr(three, UINT64_MAX), "0"), "3 >> huge");
  expect(is_dec(bn_shr(one, UINT64_MAX), "-1"), "-1 >> huge");
  expect(is_dec(bn_pow(one, UINT64_MAX), "-1"), "(-1) ** odd huge");
  expect(is_dec(bn_pow(one, UINT64_MAX - 1), "1"), "(-1) ** even huge");
  expect(is_dec(bn_pow(zero, UINT64_MAX), "0"), "0 ** huge");
  bn_free(three);
  bn_free(one);
  bn_free(zero);
}

int main(void) {
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) run_case(&cases[i]);
  test_ints();
  test_huge();
  test_big();
  test_oom();
  expect(mem_in_use() == 0, "no memory left allocated");
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
