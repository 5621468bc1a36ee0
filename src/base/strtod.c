/* strtod.c: px_strtod, exact conversion by big integers.
 *
 * A decimal string is D * 10**E for an integer D; the double nearest to it
 * is bn_truediv(D * 10**max(E,0), 10**max(-E,0)), which CPython's int / int
 * rounds correctly (half to even, subnormals included). A hexadecimal one is
 * M * 2**P, the same with powers of two. Used instead of libc's strtod,
 * which on wasm32 computes in 128-bit long double and drags in ~8 KB of
 * soft-float code, and so that all three builds share one implementation.
 *
 * Bounds keep the integers small whatever the input: only the first
 * MAX_SIG significant digits are kept, and a dropped nonzero tail becomes
 * one extra digit 1 (any double or midpoint between two doubles has at most
 * 767 significant decimal digits, so this sticky digit decides the rounding
 * exactly as the whole tail would); exponents are clamped far outside the
 * double range before any power is taken. */
#include "strtod.h"
#include "bigint.h"
#include "mem.h"
#include <math.h>
#include <stdint.h>

#define MAX_SIG 800          /* kept significant digits (> 767) */
#define EXP_CLAMP 1000000000000000LL   /* |exponent| beyond this saturates */

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Parses an optionally signed decimal exponent after *pp (pointing just past
 * 'e' or 'p'); on success moves *pp past it. Saturates at +-EXP_CLAMP. */
static int parse_exp(const char **pp, int64_t *out) {
  const char *p = *pp;
  int neg = 0;
  int64_t v = 0;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  if (*p < '0' || *p > '9') return 0;
  for (; *p >= '0' && *p <= '9'; p++)
    if (v < EXP_CLAMP) v = v * 10 + (*p - '0');
  *out = neg ? -v : v;
  *pp = p;
  return 1;
}

/* Mantissa digits in base 10 or 16: the significant ones (no leading zeros,
 * at most MAX_SIG + 1 with the sticky digit) go to dig[], *scale gets the
 * number of digits after the point among them (negative when integer digits
 * were dropped). Returns the number of digits seen in all, 0: no mantissa. */
static size_t scan_mantissa(const char **pp, int base, char *dig, size_t *nd, int64_t *scale) {
  const char *p = *pp;
  size_t seen = 0, n = 0;
  int64_t sc = 0;
  int point = 0, sticky = 0;
  for (;; p++) {
    if (*p == '.' && !point) { point = 1; continue; }
    int v = hexval(*p);
    if (v < 0 || v >= base) break;
    seen++;
    if (n == 0 && v == 0) {                 /* leading zero */
      if (point) sc++;
      continue;
    }
    if (n < MAX_SIG) {
      dig[n++] = *p;
      if (point) sc++;
    } else {
      sticky |= v != 0;
      if (!point) sc--;
    }
  }
  if (sticky) { dig[n++] = '1'; sc++; }
  if (!seen) return 0;
  *pp = p;
  *nd = n;
  *scale = sc;
  return seen;
}

/* |value| = D * base**exp (base 10), or D * 2**exp (hex), D = dig[0..nd). */
static double exact(const char *dig, size_t nd, int hex, int64_t exp) {
  int64_t top = hex ? exp + 4 * (int64_t)nd : exp + (int64_t)nd;   /* value < base**top */
  if (nd == 0 || top < (hex ? -1080 : -330)) return 0.0;
  if (top > (hex ? 1030 : 312)) return HUGE_VAL;
  if (!hex && nd <= 15 && exp >= -22 && exp <= 22) {  /* exact operands, one rounding */
    double d = 0, p = 1;
    for (size_t i = 0; i < nd; i++) d = d * 10 + (dig[i] - '0');
    for (int64_t i = exp < 0 ? -exp : exp; i > 0; i--) p *= 10;
    return exp < 0 ? d / p : d * p;
  }
  size_t saved = mem_limit();
  mem_set_limit(0);                  /* transient scratch: see strtod.h */
  BigInt *d = bn_from_digits(dig, nd, hex ? 16 : 10), *num = NULL, *den = NULL;
  BigInt *b = bn_from_i64(hex ? 2 : 10), *p = b ? bn_pow(b, (uint64_t)(exp < 0 ? -exp : exp)) : NULL;
  double r = NAN;
  if (d && p) {
    num = exp >= 0 ? bn_mul(d, p) : bn_copy(d);
    den = exp >= 0 ? bn_from_i64(1) : bn_copy(p);
    if (num && den) {
      int rc = bn_truediv(num, den, &r);
      if (rc == 1) r = HUGE_VAL; else if (rc < 0) r = NAN;
    }
  }
  bn_free(d); bn_free(b); bn_free(p); bn_free(num); bn_free(den);
  mem_set_limit(saved);
  return r;
}

double px_strtod(const char *s, char **end) {
  const char *p = s;
  int neg = 0, hex = 0;
  char dig[MAX_SIG + 1];
  size_t nd = 0;
  int64_t scale = 0, e = 0;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
    const char *q = p + 2;
    if (scan_mantissa(&q, 16, dig, &nd, &scale)) { hex = 1; p = q; }
  }
  if (!hex && !scan_mantissa(&p, 10, dig, &nd, &scale)) {
    if (end) *end = (char *)s;
    return 0.0;
  }
  if (*p == (hex ? 'p' : 'e') || *p == (hex ? 'P' : 'E')) {
    const char *q = p + 1;
    if (parse_exp(&q, &e)) p = q;
  }
  if (end) *end = (char *)p;
  double v = exact(dig, nd, hex, hex ? e - 4 * scale : e - scale);
  return neg ? -v : v;
}
