/* printf.c: px_snprintf (see printf.h).
 *
 * Integers and strings are laid out as C99 says. Floating point digits are
 * computed exactly with big integers: a finite double is m * 2**e, and the
 * digits of "%.Pf" are round_half_even(m * 2**e * 10**P), those of "%.Pe"
 * round_half_even(m * 2**e * 10**(P - X)) for the decimal exponent X that
 * gives P + 1 digits. The big integers are transient blocks of the C heap
 * taken past the mem limit, as px_strtod does; if even that fails the
 * digits come out as '?' (there is no error return in snprintf). */
#include "printf.h"
#include "bigint.h"
#include "mem.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct { char *buf; size_t size, len; } Out;

static void put(Out *o, char c) {
  if (o->len + 1 < o->size) o->buf[o->len] = c;
  o->len++;
}

static void puts_n(Out *o, const char *s, size_t n) {
  while (n--) put(o, *s++);
}

static void pad(Out *o, char c, long n) {
  while (n-- > 0) put(o, c);
}

enum { F_LEFT = 1, F_ZERO = 2, F_PLUS = 4, F_SPACE = 8, F_ALT = 16 };

/* prefix (sign, 0x), then zeros up to the width when F_ZERO, then body. */
static void field(Out *o, int flags, long width, const char *pre, const char *body, size_t n) {
  long w = width - (long)strlen(pre) - (long)n;
  if (!(flags & (F_LEFT | F_ZERO))) pad(o, ' ', w);
  puts_n(o, pre, strlen(pre));
  if ((flags & (F_LEFT | F_ZERO)) == F_ZERO) pad(o, '0', w);
  puts_n(o, body, n);
  if (flags & F_LEFT) pad(o, ' ', w);
}

/* ---- exact floating point digits ------------------------------------------------------------ */

/* round_half_even(|v| * 10**k) as decimal text (mem_alloc'd), NULL on failure. */
static char *scaled(double v, long k, size_t *len) {
  int e2;
  double f = frexp(fabs(v), &e2);
  BigInt *m = bn_from_u64((uint64_t)ldexp(f, 53)), *ten = bn_from_u64(10), *t = NULL, *num = NULL,
         *den = NULL, *q = NULL, *r = NULL, *r2 = NULL, *one = NULL;
  char *s = NULL;
  e2 -= 53;
  t = ten ? bn_pow(ten, (uint64_t)(k < 0 ? -k : k)) : NULL;
  if (m && t) {
    BigInt *a = k >= 0 ? bn_mul(m, t) : bn_copy(m), *b = k >= 0 ? bn_from_u64(1) : bn_copy(t);
    num = a && e2 > 0 ? bn_shl(a, (uint64_t)e2) : bn_copy(a);
    den = b && e2 < 0 ? bn_shl(b, (uint64_t)-e2) : bn_copy(b);
    bn_free(a);
    bn_free(b);
  }
  if (num && den && bn_divmod(num, den, &q, &r) == 0 && (r2 = bn_shl(r, 1)) && (one = bn_from_u64(1))) {
    int c = bn_cmp(r2, den);
    if (c > 0 || (c == 0 && q->n && (q->d[0] & 1))) {
      BigInt *q1 = bn_add(q, one);
      bn_free(q);
      q = q1;
    }
    if (q) s = bn_to_str(q, 10, len);
  }
  bn_free(m); bn_free(ten); bn_free(t); bn_free(num); bn_free(den);
  bn_free(q); bn_free(r); bn_free(r2); bn_free(one);
  return s;
}

/* The e-style digits of |v| at precision p: p + 1 digits (mem_alloc'd, NULL
 * on failure) and the decimal exponent *x of the first. */
static char *e_digits(double v, long p, long *x) {
  size_t n = 0;
  char *s = NULL;
  *x = 0;
  if (v == 0) {
    s = mem_alloc((size_t)p + 2);
    if (s) { memset(s, '0', (size_t)p + 1); s[p + 1] = '\0'; }
    return s;
  }
  int e2;
  frexp(v, &e2);
  *x = (long)floor((e2 - 1) * 0.30102999566398120);   /* X or X - 1 */
  for (int tries = 0; tries < 4; tries++) {
    mem_free(s);
    s = scaled(v, p - *x, &n);
    if (!s) break;
    if ((long)n > p + 1) (*x)++;
    else if ((long)n < p + 1) (*x)--;
    else break;
  }
  /* A carry to p + 2 digits (9.99 -> 10.0) settles at x + 1 with 10**p. */
  return s;
}

/* Writes |v| for conversion e, f or g (any case) at precision p. */
static void float_body(Out *o, double v, int conv, long p, int alt) {
  int upper = conv < 'a', style = conv | 0x20;
  if (!isfinite(v)) {
    puts_n(o, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
    return;
  }
  size_t saved = mem_limit(), n = 0;
  mem_set_limit(0);
  long x = 0;
  char *s;
  if (style == 'f') {
    s = scaled(v, p, &n);
  } else {
    if (style == 'g' && p == 0) p = 1;
    s = e_digits(v, style == 'g' ? p - 1 : p, &x);
    n = s ? strlen(s) : 0;
  }
  mem_set_limit(saved);
  if (!s) { put(o, '?'); return; }
  if (style == 'g') {                    /* C99 7.19.6.1: pick f or e, then trim */
    style = p > x && x >= -4 ? 'f' : 'e';
    if (!alt) {
      size_t keep = style == 'f' && x > 0 ? (size_t)x + 1 : 1;
      while (n > keep && s[n - 1] == '0') n--;
    }
    p = style == 'f' ? (long)n - 1 - x : (long)n - 1;
    if (style == 'f' && x >= 0) {        /* the digits are those of %.pf already */
      puts_n(o, s, (size_t)x + 1);
      if (p || alt) put(o, '.');
      puts_n(o, s + x + 1, (size_t)p);
      mem_free(s);
      return;
    }
    if (style == 'f') {                  /* 0.000ddd */
      put(o, '0');
      if (p || alt) put(o, '.');
      pad(o, '0', -x - 1);
      puts_n(o, s, n);
      mem_free(s);
      return;
    }
  }
  if (style == 'f') {
    long ip = (long)n - p;                         /* integer digits */
    if (ip <= 0) put(o, '0'); else puts_n(o, s, (size_t)ip);
    if (p || alt) put(o, '.');
    pad(o, '0', ip < 0 ? -ip : 0);
    puts_n(o, s + (ip > 0 ? ip : 0), (size_t)(ip > 0 ? p : (long)n));
  } else {
    put(o, s[0]);
    if (p || alt) put(o, '.');
    puts_n(o, s + 1, n - 1);
    put(o, upper ? 'E' : 'e');
    put(o, x < 0 ? '-' : '+');
    long ax = x < 0 ? -x : x;
    char d[8];
    int k = 0;
    do { d[k++] = (char)('0' + ax % 10); ax /= 10; } while (ax);
    if (k < 2) d[k++] = '0';
    while (k) put(o, d[--k]);
  }
  mem_free(s);
}

/* Formats the body in a scratch buffer first (its length decides the
 * padding); bodies longer than the stack buffer are formatted twice. */
static void float_field(Out *o, int flags, long width, double v, int conv, long p) {
  const char *pre = signbit(v) ? "-" : flags & F_PLUS ? "+" : flags & F_SPACE ? " " : "";
  char tmp[1024];
  Out t = {tmp, sizeof tmp, 0};
  float_body(&t, v, conv, p, flags & F_ALT);
  if (!isfinite(v)) flags &= ~F_ZERO;
  if (t.len < sizeof tmp) {
    field(o, flags, width, pre, tmp, t.len);
    return;
  }
  long w = width - (long)strlen(pre) - (long)t.len;
  if (!(flags & (F_LEFT | F_ZERO))) pad(o, ' ', w);
  puts_n(o, pre, strlen(pre));
  if ((flags & (F_LEFT | F_ZERO)) == F_ZERO) pad(o, '0', w);
  float_body(o, v, conv, p, flags & F_ALT);
  if (flags & F_LEFT) pad(o, ' ', w);
}

/* ---- the format loop -------------------------------------------------------------------------- */

static void int_field(Out *o, int flags, long width, long prec, uintmax_t u, int neg, int conv) {
  char d[72], *p = d + sizeof d;
  unsigned base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' || conv == 'p' ? 16 : 10;
  const char *digits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  const char *pre = neg ? "-" : flags & F_PLUS ? "+" : flags & F_SPACE ? " " : "";
  for (uintmax_t v = u; v; v /= base) *--p = digits[v % base];
  long n = (long)(d + sizeof d - p);
  if (prec < 0) prec = 1;
  else flags &= ~F_ZERO;
  while (n < prec) { *--p = '0'; n++; }
  if (conv == 'o' && (flags & F_ALT) && (!n || *p != '0')) { *--p = '0'; n++; }
  if (((conv == 'x' || conv == 'X') && (flags & F_ALT) && u) || conv == 'p')
    pre = conv == 'X' ? "0X" : "0x";
  field(o, flags, width, pre, p, (size_t)n);
}

int px_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap) {
  Out o = {buf, size, 0};
  for (const char *f = fmt; *f; f++) {
    if (*f != '%') { put(&o, *f); continue; }
    int flags = 0, len = 0;
    long width = 0, prec = -1;
    for (;; f++) {
      const char *c = strchr("-0+ #", f[1]);
      if (!f[1] || !c) break;
      flags |= 1 << (c - "-0+ #");
    }
    f++;
    if (*f == '*') {
      width = va_arg(ap, int);
      if (width < 0) { flags |= F_LEFT; width = -width; }
      f++;
    } else {
      while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
    }
    if (*f == '.') {
      f++;
      prec = 0;
      if (*f == '*') { prec = va_arg(ap, int); f++; }
      else while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
    }
    for (; *f && strchr("hlzjt", *f); f++) len = *f == 'j' ? 10 : len * 4 + (*f == 'h' ? 1 : *f == 'l' ? 2 : 3);
    /* len: 0 int, 1 h, 5 hh, 2 l, 10 ll/j, 3 z/t */
    intmax_t sv = 0;
    uintmax_t uv = 0;
    switch (*f) {
    case 'd': case 'i':
      sv = len == 2 ? va_arg(ap, long) : len == 10 ? va_arg(ap, long long)
         : len == 3 ? (intmax_t)va_arg(ap, ptrdiff_t) : va_arg(ap, int);
      if (len == 1) sv = (short)sv; else if (len == 5) sv = (signed char)sv;
      int_field(&o, flags & ~F_ALT, width, prec, sv < 0 ? -(uintmax_t)sv : (uintmax_t)sv, sv < 0, 'd');
      break;
    case 'u': case 'o': case 'x': case 'X':
      uv = len == 2 ? va_arg(ap, unsigned long) : len == 10 ? va_arg(ap, unsigned long long)
         : len == 3 ? (uintmax_t)va_arg(ap, size_t) : va_arg(ap, unsigned);
      if (len == 1) uv = (unsigned short)uv; else if (len == 5) uv = (unsigned char)uv;
      int_field(&o, flags & ~(F_PLUS | F_SPACE), width, prec, uv, 0, *f);
      break;
    case 'p':
      int_field(&o, flags & ~(F_PLUS | F_SPACE), width, prec, (uintptr_t)va_arg(ap, void *), 0, 'p');
      break;
    case 'c': {
      char c = (char)va_arg(ap, int);
      field(&o, flags & ~F_ZERO, width, "", &c, 1);
      break;
    }
    case 's': {
      const char *s = va_arg(ap, const char *);
      if (!s) s = "(null)";
      size_t n = 0;
      while ((prec < 0 || n < (size_t)prec) && s[n]) n++;
      field(&o, flags & ~F_ZERO, width, "", s, n);
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      float_field(&o, flags, width, va_arg(ap, double), *f, prec < 0 ? 6 : prec);
      break;
    case '%':
      put(&o, '%');
      break;
    default:                          /* unsupported: stop, as at the end */
      f--;
      goto done;
    }
  }
done:
  if (size) buf[o.len < size ? o.len : size - 1] = '\0';
  return (int)o.len;
}

int px_snprintf(char *buf, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = px_vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}

#ifdef __wasm__
/* The C library's names, on wasm only: see printf.h. */
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt, va_list ap) {
  return px_vsnprintf(buf, size, fmt, ap);
}

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = px_vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return n;
}
#endif
