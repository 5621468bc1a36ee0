/* bigint.c: arbitrary-precision integers with Python semantics.
 * Helpers named m* work on raw magnitudes (little-endian 32-bit limbs,
 * possibly with leading zeros); every public result is a fresh BigInt made
 * canonical by norm(). Limb products and carries fit in uint64_t. */
#include "bigint.h"
#include "mem.h"
#include <float.h>
#include <math.h>
#include <string.h>

#define HASH_MOD (((uint64_t)1 << 61) - 1)

static const uint32_t ONE = 1;

/* ---- allocation and normalization ---- */

/* Room for n limbs, r->n == n, sign 0; NULL if n cannot be represented. */
static BigInt *bnew(uint64_t n) {
  BigInt *r;
  if (n > UINT32_MAX || n > (SIZE_MAX - sizeof(BigInt)) / sizeof(uint32_t))
    return NULL;
  r = mem_alloc(sizeof(BigInt) + (size_t)n * sizeof(uint32_t));
  if (r) { r->sign = 0; r->n = (uint32_t)n; }
  return r;
}

/* Scratch limbs (n >= 1). */
static uint32_t *scratch(uint64_t n) {
  if (n > SIZE_MAX / sizeof(uint32_t)) return NULL;
  return mem_alloc((size_t)n * sizeof(uint32_t));
}

/* Drops leading zero limbs; zero gets sign 0, anything else `sign`. */
static BigInt *norm(BigInt *r, int sign) {
  uint32_t n = r->n;
  while (n && !r->d[n - 1]) n--;
  r->n = n;
  r->sign = n ? sign : 0;
  return r;
}

static BigInt *mcopy(const uint32_t *a, uint32_t n, int sign) {
  BigInt *r = bnew(n);
  if (!r) return NULL;
  if (n) memcpy(r->d, a, (size_t)n * sizeof(uint32_t));
  return norm(r, sign);
}

static BigInt *from_mag64(uint64_t m, int sign) {
  BigInt *r = bnew(2);
  if (!r) return NULL;
  r->d[0] = (uint32_t)m;
  r->d[1] = (uint32_t)(m >> 32);
  return norm(r, sign);
}

/* ---- limb utilities ---- */

static int nbits32(uint32_t x) {
  int k = 0;
  if (x >> 16) { k += 16; x >>= 16; }
  if (x >> 8) { k += 8; x >>= 8; }
  if (x >> 4) { k += 4; x >>= 4; }
  if (x >> 2) { k += 2; x >>= 2; }
  if (x >> 1) { k += 1; x >>= 1; }
  return k + (int)x;
}

static uint64_t mbits(const uint32_t *a, uint32_t n) {
  return n ? (uint64_t)(n - 1) * 32 + (uint64_t)nbits32(a[n - 1]) : 0;
}

static uint32_t limb(const uint32_t *a, uint32_t n, uint64_t i) {
  return i < n ? a[i] : 0;
}

/* floor(|a| / 2**p) mod 2**64; *sticky |= whether any bit below p is set. */
static uint64_t bits_at(const uint32_t *a, uint32_t n, uint64_t p, int *sticky) {
  uint64_t w = p / 32, i;
  int s = (int)(p % 32);
  uint64_t lo = limb(a, n, w) | (uint64_t)limb(a, n, w + 1) << 32;
  uint64_t x = lo >> s;
  if (s) x |= (uint64_t)limb(a, n, w + 2) << (64 - s);
  if (s && (limb(a, n, w) & ((1u << s) - 1))) *sticky = 1;
  for (i = 0; i < w && i < n && !*sticky; i++)
    if (a[i]) *sticky = 1;
  return x;
}

static int mcmp(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  while (an--)
    if (a[an] != b[an]) return a[an] < b[an] ? -1 : 1;
  return 0;
}

/* r = a << s over n limbs, 0 <= s < 32, r may equal a; returns the carry out. */
static uint32_t lshift(uint32_t *r, const uint32_t *a, uint32_t n, int s) {
  uint32_t c = 0, i;
  for (i = 0; i < n; i++) {
    uint32_t x = a[i];
    r[i] = x << s | c;
    c = s ? x >> (32 - s) : 0;
  }
  return c;
}

/* r = a >> s over n limbs, 0 <= s < 32, r may equal a; nonzero iff bits fell out. */
static uint32_t rshift(uint32_t *r, const uint32_t *a, uint32_t n, int s) {
  uint32_t c = 0;
  while (n--) {
    uint32_t x = a[n];
    r[n] = x >> s | c;
    c = s ? x << (32 - s) : 0;
  }
  return c;
}

/* d += 1 over n limbs; returns the carry out. */
static uint32_t minc(uint32_t *d, uint32_t n) {
  uint32_t i;
  for (i = 0; i < n; i++)
    if (++d[i]) return 0;
  return 1;
}

/* q = a / b with q allowed to equal a; returns a % b. b != 0. */
static uint32_t mdiv1(uint32_t *q, const uint32_t *a, uint32_t n, uint32_t b) {
  uint64_t r = 0;
  while (n--) {
    r = r << 32 | a[n];
    q[n] = (uint32_t)(r / b);
    r %= b;
  }
  return (uint32_t)r;
}

/* a = a * m + c in place; the caller guarantees room for one more limb. */
static void mmuladd(BigInt *a, uint32_t m, uint32_t c) {
  uint64_t t = c;
  uint32_t i;
  for (i = 0; i < a->n; i++) {
    t += (uint64_t)a->d[i] * m;
    a->d[i] = (uint32_t)t;
    t >>= 32;
  }
  if (t) a->d[a->n++] = (uint32_t)t;
}

/* ---- magnitude arithmetic ---- */

/* |a| + |b| with the given sign. */
static BigInt *madd(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, int sign) {
  BigInt *r;
  uint64_t c = 0;
  uint32_t i;
  if (an < bn) {
    const uint32_t *t = a; a = b; b = t;
    i = an; an = bn; bn = i;
  }
  if (!(r = bnew((uint64_t)an + 1))) return NULL;
  for (i = 0; i < bn; i++) {
    c += (uint64_t)a[i] + b[i];
    r->d[i] = (uint32_t)c;
    c >>= 32;
  }
  for (; i < an; i++) {
    c += a[i];
    r->d[i] = (uint32_t)c;
    c >>= 32;
  }
  r->d[an] = (uint32_t)c;
  return norm(r, sign);
}

/* |a| - |b| with the given sign; requires |a| >= |b|. */
static BigInt *msub(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, int sign) {
  BigInt *r = bnew(an);
  uint32_t i, borrow = 0;
  if (!r) return NULL;
  for (i = 0; i < an; i++) {
    uint64_t t = (uint64_t)a[i] - limb(b, bn, i) - borrow;
    r->d[i] = (uint32_t)t;
    borrow = (uint32_t)(t >> 63);
  }
  return norm(r, sign);
}

static BigInt *mmul(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, int sign) {
  BigInt *r = bnew((uint64_t)an + bn);
  uint32_t i, j;
  if (!r) return NULL;
  memset(r->d, 0, (size_t)r->n * sizeof(uint32_t));
  for (i = 0; i < an; i++) {
    uint64_t c = 0, x = a[i];
    if (!x) continue;
    for (j = 0; j < bn; j++) {
      c += x * b[j] + r->d[i + j];
      r->d[i + j] = (uint32_t)c;
      c >>= 32;
    }
    r->d[i + bn] = (uint32_t)c;
  }
  return norm(r, sign);
}

/* Knuth's algorithm D for m >= n >= 2 limbs, v[n-1] != 0: q (m-n+1 limbs)
 * and r (n limbs) get u / v and u % v. Returns -1 if scratch runs out. */
static int knuth(const uint32_t *u, uint32_t m, const uint32_t *v, uint32_t n,
                 uint32_t *q, uint32_t *r) {
  uint32_t *un = scratch((uint64_t)m + 1 + n), *vn, i, j;
  int s;
  if (!un) return -1;
  vn = un + m + 1;
  s = 32 - nbits32(v[n - 1]);     /* normalize: top bit of vn[n-1] is set */
  lshift(vn, v, n, s);
  un[m] = lshift(un, u, m, s);
  for (j = m - n + 1; j-- > 0;) {
    /* invariant: un[j+n..] < vn, so the true quotient digit fits 32 bits */
    uint64_t num = (uint64_t)un[j + n] << 32 | un[j + n - 1];
    uint64_t qh = num / vn[n - 1], rh = num % vn[n - 1], c = 0, t;
    uint32_t borrow = 0;
    while (qh > UINT32_MAX || qh * vn[n - 2] > (rh << 32 | un[j + n - 2])) {
      qh--;                       /* now qh is at most one too large */
      if ((rh += vn[n - 1]) > UINT32_MAX) break;
    }
    for (i = 0; i < n; i++) {     /* un[j..j+n] -= qh * vn */
      uint64_t p = qh * vn[i] + c;
      c = p >> 32;
      t = (uint64_t)un[i + j] - (uint32_t)p - borrow;
      un[i + j] = (uint32_t)t;
      borrow = (uint32_t)(t >> 63);
    }
    t = (uint64_t)un[j + n] - c - borrow;
    un[j + n] = (uint32_t)t;
    if (t >> 63) {                /* rare: qh was one too large, add back */
      qh--;
      c = 0;
      for (i = 0; i < n; i++) {
        c += (uint64_t)un[i + j] + vn[i];
        un[i + j] = (uint32_t)c;
        c >>= 32;
      }
      un[j + n] += (uint32_t)c;
    }
    q[j] = (uint32_t)qh;
  }
  rshift(r, un, n, s);
  mem_free(un);
  return 0;
}

/* Truncating |a| divmod |b|, b nonzero: fresh nonnegative *q and *r. */
static int mdivmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r) {
  uint32_t m = a->n, n = b->n;
  BigInt *qq, *rr;
  if (m < n) {
    qq = bnew(0);
    rr = mcopy(a->d, m, 1);
  } else {
    qq = bnew(m - n + 1);
    rr = bnew(n);
    if (qq && rr) {
      if (n == 1)
        rr->d[0] = mdiv1(qq->d, a->d, m, b->d[0]);
      else if (knuth(a->d, m, b->d, n, qq->d, rr->d)) {
        bn_free(qq);
        qq = NULL;
      }
    }
  }
  if (!qq || !rr) {
    bn_free(qq);
    bn_free(rr);
    return -1;
  }
  *q = norm(qq, 1);
  *r = norm(rr, 1);
  return 0;
}

/* |a| << k with the given sign. */
static BigInt *mshl(const uint32_t *a, uint32_t an, uint64_t k, int sign) {
  uint64_t w = k / 32;
  BigInt *r;
  if (!an) return bnew(0);
  if (!(r = bnew(an + w + 1))) return NULL;
  memset(r->d, 0, (size_t)w * sizeof(uint32_t));
  r->d[an + w] = lshift(r->d + w, a, an, (int)(k % 32));
  return norm(r, sign);
}

/* floor(|a| / 2**k), nonnegative, with room for one more limb than it uses;
 * *lost tells whether any 1 bit was shifted out. */
static BigInt *mshr(const uint32_t *a, uint32_t an, uint64_t k, int *lost) {
  uint64_t w = k / 32, i;
  uint32_t n = w < an ? an - (uint32_t)w : 0;
  BigInt *r = bnew((uint64_t)n + 1);
  if (!r) return NULL;
  *lost = 0;
  for (i = 0; i < w && i < an; i++)
    if (a[i]) { *lost = 1; break; }
  r->d[n] = 0;
  if (n && rshift(r->d, a + w, n, (int)(k % 32))) *lost = 1;
  return norm(r, 1);
}

/* ---- construction and conversion ---- */

BigInt *bn_from_i64(int64_t v) {
  return v < 0 ? from_mag64(0 - (uint64_t)v, -1) : from_mag64((uint64_t)v, 1);
}

BigInt *bn_from_u64(uint64_t v) { return from_mag64(v, 1); }

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

/* Digits are gathered into chunks of value < base**k <= 2**32 - 1 (nine
 * decimal digits), each folded in with one multiply-add pass. */
BigInt *bn_from_digits(const char *s, size_t n, int base) {
  size_t i, nd = 0;
  uint32_t acc = 0, pw = 1, big = (uint32_t)base;
  BigInt *r;
  for (i = 0; i < n; i++) nd += s[i] != '_';
  while ((uint64_t)big * (uint32_t)base <= UINT32_MAX) big *= (uint32_t)base;
  /* base**nd < 2**(nbits32(base-1) * nd) bounds the limbs needed */
  if (nd / 32 > UINT32_MAX) return NULL;
  r = bnew((uint64_t)nd * (uint64_t)nbits32((uint32_t)base - 1) / 32 + 1);
  if (!r) return NULL;
  r->n = 0;
  for (i = 0; i < n; i++) {
    int v = digit_value(s[i]);
    if (v < 0) continue;
    acc = acc * (uint32_t)base + (uint32_t)v;
    pw *= (uint32_t)base;
    if (pw == big) {
      mmuladd(r, pw, acc);
      acc = 0;
      pw = 1;
    }
  }
  if (pw > 1) mmuladd(r, pw, acc);
  return norm(r, 1);
}

BigInt *bn_from_double(double v) {
  int e;
  double m = frexp(v < 0 ? -v : v, &e);      /* |v| = m * 2**e, m in [0.5, 1) */
  uint64_t mant;
  uint32_t t[2];
  if (e <= 0) return bnew(0);
  mant = (uint64_t)ldexp(m, 53);              /* exact: 53-bit integer */
  if (e <= 53) return from_mag64(mant >> (53 - e), v < 0 ? -1 : 1);
  t[0] = (uint32_t)mant;
  t[1] = (uint32_t)(mant >> 32);
  return mshl(t, 2, (uint64_t)(e - 53), v < 0 ? -1 : 1);
}

BigInt *bn_copy(const BigInt *a) { return mcopy(a->d, a->n, a->sign); }

void bn_free(BigInt *a) { mem_free(a); }

int bn_to_i64(const BigInt *a, int64_t *out) {
  uint64_t m;
  if (a->n > 2) return 0;
  m = (uint64_t)limb(a->d, a->n, 0) | (uint64_t)limb(a->d, a->n, 1) << 32;
  if (a->sign >= 0) {
    if (m > INT64_MAX) return 0;
    *out = (int64_t)m;
  } else {
    if (m > (uint64_t)INT64_MAX + 1) return 0;
    *out = m > INT64_MAX ? INT64_MIN : -(int64_t)m;
  }
  return 1;
}

/* Keeps 55 bits (53 + guard + sticky) and rounds them half to even, as
 * CPython's _PyLong_Frexp does; the rounded value converts exactly. */
double bn_to_double(const BigInt *a, int *overflow) {
  static const int corr[8] = {0, -1, -2, 1, 0, -1, 2, 1};
  uint64_t nb = mbits(a->d, a->n), x;
  int sticky = 0;
  double d;
  *overflow = 0;
  if (!nb) return 0.0;
  if (nb <= 55) {
    x = bits_at(a->d, a->n, 0, &sticky) << (55 - nb);
  } else {
    x = bits_at(a->d, a->n, nb - 55, &sticky);
    x |= (uint64_t)sticky;
  }
  x = (uint64_t)((int64_t)x + corr[x & 7]);
  if (nb > DBL_MAX_EXP || (nb == DBL_MAX_EXP && x == (uint64_t)1 << 55)) {
    *overflow = 1;
    return a->sign < 0 ? -HUGE_VAL : HUGE_VAL;
  }
  d = ldexp((double)x, (int)nb - 55);
  return a->sign < 0 ? -d : d;
}

/* Base 10: peel nine digits per pass of division by 10**9 over a copy. */
static char *to_dec(const BigInt *a, size_t *len) {
  uint32_t n = a->n, *t = scratch(n ? n : 1);
  uint64_t cap = ((uint64_t)n * 32 / 29 + 1) * 9 + 2;  /* 10**9 > 2**29 */
  char *s = cap <= SIZE_MAX ? mem_alloc((size_t)cap) : NULL, *p, *end;
  if (!s || !t) {
    mem_free(s);
    mem_free(t);
    return NULL;
  }
  if (n) memcpy(t, a->d, (size_t)n * sizeof(uint32_t));
  p = end = s + cap - 1;
  *end = '\0';
  while (n) {
    uint32_t c = mdiv1(t, t, n, 1000000000u);
    int i;
    while (n && !t[n - 1]) n--;
    for (i = 0; i < 9 && (n || c); i++) {
      *--p = (char)('0' + c % 10);
      c /= 10;
    }
  }
  if (p == end) *--p = '0';
  if (a->sign < 0) *--p = '-';
  *len = (size_t)(end - p);
  memmove(s, p, *len + 1);
  mem_free(t);
  return s;
}

char *bn_to_str(const BigInt *a, int base, size_t *len) {
  int b = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : 0;
  uint64_t nb = mbits(a->d, a->n), nd, i;
  char *s, *p;
  if (base == 10) return to_dec(a, len);
  if (!b) return NULL;
  nd = nb ? (nb + (uint64_t)b - 1) / (uint64_t)b : 1;
  if (nd > SIZE_MAX - 2 || !(s = mem_alloc((size_t)nd + 2))) return NULL;
  p = s;
  if (a->sign < 0) *p++ = '-';
  for (i = nd; i-- > 0;) {
    uint64_t pos = i * (uint64_t)b;
    int sh = (int)(pos % 32);
    uint64_t v = ((uint64_t)limb(a->d, a->n, pos / 32) |
                  (uint64_t)limb(a->d, a->n, pos / 32 + 1) << 32) >> sh;
    *p++ = "0123456789abcdef"[v & ((1u << b) - 1)];
  }
  *p = '\0';
  *len = (size_t)(p - s);
  return s;
}

/* ---- comparison and arithmetic ---- */

int bn_cmp(const BigInt *a, const BigInt *b) {
  int c;
  if (a->sign != b->sign) return a->sign < b->sign ? -1 : 1;
  c = mcmp(a->d, a->n, b->d, b->n);
  return a->sign < 0 ? -c : c;
}

int bn_is_zero(const BigInt *a) { return a->n == 0; }

BigInt *bn_neg(const BigInt *a) { return mcopy(a->d, a->n, -a->sign); }

BigInt *bn_abs(const BigInt *a) { return mcopy(a->d, a->n, 1); }

/* a + b where b's sign is taken as bsign. */
static BigInt *addsub(const BigInt *a, const BigInt *b, int bsign) {
  if (a->sign == bsign) return madd(a->d, a->n, b->d, b->n, a->sign);
  if (mcmp(a->d, a->n, b->d, b->n) >= 0)
    return msub(a->d, a->n, b->d, b->n, a->sign);
  return msub(b->d, b->n, a->d, a->n, bsign);
}

BigInt *bn_add(const BigInt *a, const BigInt *b) { return addsub(a, b, b->sign); }

BigInt *bn_sub(const BigInt *a, const BigInt *b) { return addsub(a, b, -b->sign); }

BigInt *bn_mul(const BigInt *a, const BigInt *b) {
  return mmul(a->d, a->n, b->d, b->n, a->sign * b->sign);
}

/* With signs differing and a nonzero remainder r0 of the truncated
 * division, the floor quotient is -(q0 + 1) and the remainder |b| - r0. */
int bn_divmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r) {
  BigInt *qq, *rr, *t;
  int qs = a->sign * b->sign;
  if (mdivmod(a, b, &qq, &rr)) return -1;
  if (qs < 0 && rr->n) {
    t = madd(qq->d, qq->n, &ONE, 1, -1);
    bn_free(qq);
    qq = t;
    t = msub(b->d, b->n, rr->d, rr->n, b->sign);
    bn_free(rr);
    rr = t;
    if (!qq || !rr) {
      bn_free(qq);
      bn_free(rr);
      return -1;
    }
  } else {
    qq->sign = qq->n ? qs : 0;
    rr->sign = rr->n ? a->sign : 0;
  }
  if (q) *q = qq; else bn_free(qq);
  if (r) *r = rr; else bn_free(rr);
  return 0;
}

/* Left-to-right binary powering. */
BigInt *bn_pow(const BigInt *a, uint64_t e) {
  int sign = a->sign < 0 && (e & 1) ? -1 : 1, i = 63;
  BigInt *r, *t;
  if (e == 0) return from_mag64(1, 1);
  if (a->n == 0) return bnew(0);
  if (a->n == 1 && a->d[0] == 1) return from_mag64(1, sign);
  /* |a| >= 2: the result has more than (bits(a) - 1) * e bits */
  if (mbits(a->d, a->n) - 1 > (uint64_t)UINT32_MAX * 32 / e) return NULL;
  if (!(r = mcopy(a->d, a->n, sign))) return NULL;
  while (!(e >> i & 1)) i--;
  while (i-- > 0) {
    t = mmul(r->d, r->n, r->d, r->n, sign);
    bn_free(r);
    if (!(r = t)) return NULL;
    if (e >> i & 1) {
      t = mmul(r->d, r->n, a->d, a->n, sign);
      bn_free(r);
      if (!(r = t)) return NULL;
    }
  }
  return r;
}

BigInt *bn_shl(const BigInt *a, uint64_t k) { return mshl(a->d, a->n, k, a->sign); }

/* Floor: for negative a, -floor(|a| / 2**k) - (1 if bits were lost). */
BigInt *bn_shr(const BigInt *a, uint64_t k) {
  int lost;
  BigInt *r = mshr(a->d, a->n, k, &lost);
  if (!r || a->sign >= 0) return r;
  if (lost && minc(r->d, r->n)) r->d[r->n++] = 1;
  r->sign = -1;
  return r;
}

/* Limb i of the infinite two's complement form of a; *carry (initially 1)
 * carries the +1 of the negation ~|a| + 1 across limbs. */
static uint32_t tc_limb(const BigInt *a, uint32_t i, uint32_t *carry) {
  uint32_t x = limb(a->d, a->n, i);
  if (a->sign >= 0) return x;
  x = ~x + *carry;
  *carry = *carry && !x;
  return x;
}

/* One limb beyond the longer operand holds pure sign extension, so the
 * result's magnitude fits in the same width. */
static BigInt *bitop(const BigInt *a, const BigInt *b, char op) {
  int na = a->sign < 0, nb = b->sign < 0;
  int neg = op == '&' ? na & nb : op == '|' ? na | nb : na ^ nb;
  uint32_t i, ca = 1, cb = 1, cr = 1;
  BigInt *r = bnew((uint64_t)(a->n > b->n ? a->n : b->n) + 1);
  if (!r) return NULL;
  for (i = 0; i < r->n; i++) {
    uint32_t x = tc_limb(a, i, &ca), y = tc_limb(b, i, &cb);
    uint32_t z = op == '&' ? x & y : op == '|' ? x | y : x ^ y;
    if (neg) {
      z = ~z + cr;
      cr = cr && !z;
    }
    r->d[i] = z;
  }
  return norm(r, neg ? -1 : 1);
}

BigInt *bn_and(const BigInt *a, const BigInt *b) { return bitop(a, b, '&'); }

BigInt *bn_or(const BigInt *a, const BigInt *b) { return bitop(a, b, '|'); }

BigInt *bn_xor(const BigInt *a, const BigInt *b) { return bitop(a, b, '^'); }

BigInt *bn_invert(const BigInt *a) {
  if (a->sign < 0) return msub(a->d, a->n, &ONE, 1, 1);
  return madd(a->d, a->n, &ONE, 1, -1);
}

uint64_t bn_bit_length(const BigInt *a) { return mbits(a->d, a->n); }

/* Horner's rule mod 2**61 - 1, where x * 2**32 is a 61-bit rotation. */
int64_t bn_hash(const BigInt *a) {
  uint64_t x = 0;
  uint32_t i = a->n;
  int64_t h;
  while (i--) {
    x = ((x << 32) & HASH_MOD) | x >> 29;
    x += a->d[i];
    if (x >= HASH_MOD) x -= HASH_MOD;
  }
  h = a->sign < 0 ? -(int64_t)x : (int64_t)x;
  return h == -1 ? -2 : h;
}

/* CPython's long_true_divide: x = floor(|a| * 2**-shift / |b|) has 55 or 56
 * significant bits (fewer leading to a subnormal), and rounding its low
 * extra bits half to even, with a sticky bit for any inexactness, gives the
 * correctly rounded quotient x * 2**shift. */
int bn_truediv(const BigInt *a, const BigInt *b, double *out) {
  int neg = (a->sign < 0) != (b->sign < 0), inexact = 0, ign = 0;
  uint64_t ab = mbits(a->d, a->n), bb = mbits(b->d, b->n), xv, xb, mask, low;
  int64_t diff = (int64_t)ab - (int64_t)bb, shift, extra;
  BigInt *x, *q, *r;
  double dx;
  if (!a->n || diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = neg ? -0.0 : 0.0;
    return 0;
  }
  if (ab <= DBL_MANT_DIG && bb <= DBL_MANT_DIG) {   /* both exact doubles */
    dx = (double)bits_at(a->d, a->n, 0, &ign) / (double)bits_at(b->d, b->n, 0, &ign);
    *out = neg ? -dx : dx;
    return 0;
  }
  if (diff > DBL_MAX_EXP) return 1;
  shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  x = shift <= 0 ? mshl(a->d, a->n, (uint64_t)-shift, 1)
                 : mshr(a->d, a->n, (uint64_t)shift, &inexact);
  if (!x) return -1;
  if (mdivmod(x, b, &q, &r)) {
    bn_free(x);
    return -1;
  }
  inexact |= r->n != 0;
  xb = mbits(q->d, q->n);
  xv = bits_at(q->d, q->n, 0, &ign);            /* xb <= 56 */
  bn_free(x);
  bn_free(q);
  bn_free(r);
  extra = ((int64_t)xb > DBL_MIN_EXP - shift ? (int64_t)xb : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  mask = (uint64_t)1 << (extra - 1);
  low = xv | (uint64_t)inexact;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  xv = low & ~(2 * mask - 1);
  dx = (double)xv;
  if (shift + (int64_t)xb >= DBL_MAX_EXP &&
      (shift + (int64_t)xb > DBL_MAX_EXP || dx == ldexp(1.0, (int)xb)))
    return 1;
  dx = ldexp(dx, (int)shift);
  *out = neg ? -dx : dx;
  return 0;
}
