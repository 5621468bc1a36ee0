/* numfmt.c: floating point to text and back, with Python's rules.
 *
 * Digits come from the C library: "%.*e" and "%.*f" are exact and correctly
 * rounded (round-half-even) in glibc and musl; text to double is px_strtod
 * (strtod.c), correctly rounded too. On top of that this file ports CPython's layout logic
 * (format_float_short in Python/pystrtod.c), so each result matches CPython
 * byte for byte.
 *
 * Locale: printf uses the locale's decimal point (px_strtod does not look at
 * the locale; mantissas are written as integers with an exponent anyway), and when reading printf output any non-digit between the integer and the
 * fraction digits is taken as the point, so LC_NUMERIC cannot leak in.
 *
 * No global mutable state; scratch space is on the stack or in a local StrBuf.
 */
#include "numfmt.h"
#include "strtod.h"
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The exact decimal expansion of a double has at most 767 significant digits
 * and at most 1074 digits after the point, so asking printf for more gives
 * only zeros, which the layout adds itself. */
#define NF_MAX_SIG   800   /* significant digits worth asking for ('e') */
#define NF_MAX_FRAC  1100  /* fraction digits worth asking for ('f') */


/* ---------------------------------------------------------------------
 * Decimal digit strings
 * --------------------------------------------------------------------- */

/* A finite nonnegative value as 0.d[0]d[1]...d[n-1] * 10**decpt.
 * Invariant: d holds n ASCII digits with no leading zero and no trailing
 * zero, except that zero is {"0", n=1, decpt=1} (as Gay's dtoa returns). */
typedef struct Digits {
  const char *d;
  int n;
  int decpt;
} Digits;

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Compacts the digits of printf output s (of "%e" or "%f" form, no sign) in
 * place into a Digits. '.'-like bytes between digits (any non-digit other
 * than 'e') mark the point; for "%e" the exponent follows 'e'.
 * Invariant while scanning: w <= r, so writing never clobbers unread bytes. */
static void digits_from_printf(char *s, Digits *g) {
  char *r = s, *w = s;
  int intlen = 0, seen_point = 0;
  long e = 0;
  while (*r && *r != 'e') {
    if (is_digit(*r)) {
      *w++ = *r;
      if (!seen_point) intlen++;
    } else {
      seen_point = 1;
    }
    r++;
  }
  if (*r == 'e') e = strtol(r + 1, NULL, 10);
  int n = (int)(w - s), lead = 0;
  while (lead < n && s[lead] == '0') lead++;
  while (n > lead && s[n - 1] == '0') n--;
  if (lead == n) {            /* all zeros: the value rounds to zero */
    s[0] = '0';
    g->d = s; g->n = 1; g->decpt = 1;
    return;
  }
  g->d = s + lead;
  g->n = n - lead;
  g->decpt = intlen + (int)e - lead;
}


/* ---------------------------------------------------------------------
 * String to double without locale: mantissa digits and a power of ten
 * --------------------------------------------------------------------- */

/* px_strtod of "<digits>e<exp>" (no decimal point); errno left untouched.
 * buf must have room for ndig + 24 bytes. */
static double digits_to_double(char *buf, const char *dig, int ndig, long exp) {
  int saved = errno;
  memmove(buf, dig, (size_t)ndig);
  snprintf(buf + ndig, 24, "e%ld", exp);
  double v = px_strtod(buf, NULL);
  errno = saved;
  return v;
}


/* ---------------------------------------------------------------------
 * Shortest round-trip digits (repr)
 * --------------------------------------------------------------------- */

/* Writes into out (>= 24 bytes) the p-significant-digit mantissa of v as an
 * integer string and returns its decimal exponent (of the first digit). */
static int round_to_sig(char *out, double v, int p) {
  char tmp[40];
  snprintf(tmp, sizeof tmp, "%.*e", p - 1, v);
  Digits g;
  digits_from_printf(tmp, &g);
  /* g has at most p digits; pad back to exactly p for the arithmetic. */
  memcpy(out, g.d, (size_t)g.n);
  memset(out + g.n, '0', (size_t)(p - g.n));
  out[p] = '\0';
  return g.decpt - 1;
}

/* Adds one unit in the last place to the p-digit string s; returns 1 if it
 * carried out of the top: s is then "10...0" (p digits), read one decimal
 * place higher, so the caller bumps the exponent. */
static int increment(char *s, int p) {
  for (int i = p - 1; i >= 0; i--) {
    if (s[i] != '9') { s[i]++; return 0; }
    s[i] = '0';
  }
  s[0] = '1';
  return 1;
}

/* Tries p significant digits for finite v > 0: the correctly rounded
 * p-digit decimal is the closest candidate; when it misses, the only other
 * p-digit decimal that can read back as v is the next one up (the rounding
 * interval of v is asymmetric only at powers of two, where it is wider
 * above). On success leaves the p digits in buf (>= 24 bytes), the decimal
 * exponent of the first one in *x, and returns 1. */
static int probe(char *buf, double v, int p, int *x) {
  char num[48];
  *x = round_to_sig(buf, v, p);
  double r = digits_to_double(num, buf, p, (long)*x - p + 1);
  if (r == v) return 1;
  if (r > v) return 0;
  *x += increment(buf, p);
  return digits_to_double(num, buf, p, (long)*x - p + 1) == v;
}

/* Gay's mode 0 for finite v > 0: the shortest digit string that reads back
 * as v, and of those the closest to v. Whether p digits suffice is monotone
 * in p (a p-digit hit is also a (p+1)-digit candidate at least as close),
 * so binary search: invariant, every p < lo fails and hi succeeds (17
 * significant digits always round-trip). buf must hold >= 24 bytes. */
static void shortest_digits(char *buf, double v, Digits *g) {
  char try_[24];
  int lo = 1, hi = 17, x = 0, hx = 0, have_hi = 0;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (probe(try_, v, mid, &x)) {
      hi = mid; hx = x; have_hi = 1;
      memcpy(buf, try_, (size_t)mid);
    } else {
      lo = mid + 1;
    }
  }
  if (!have_hi) hx = round_to_sig(buf, v, hi);
  int n = hi;
  while (n > 1 && buf[n - 1] == '0') n--;
  g->d = buf; g->n = n; g->decpt = hx + 1;
}


/* ---------------------------------------------------------------------
 * Layout: a port of CPython's format_float_short
 * --------------------------------------------------------------------- */

/* How to lay out digits. code is 'e', 'f', 'g' or 'r' (Python's codes after
 * case folding); prec as PyOS_double_to_string adjusted it. */
typedef struct Layout {
  char code;
  long long prec;
  int add_dot0, alt, upper;
} Layout;

/* Appends [-]<zeros><digits><zeros>[e<exp>] for g, as CPython does:
 * the output is the slice vdigits[vstart:vend] of the digit string padded
 * with infinite zeros on both sides, with the point at decpt.
 * Invariant (asserted in CPython): vstart < decpt <= vend, vstart <= 0,
 * n <= vend. Positions are long long so huge precisions cannot overflow. */
static void layout(StrBuf *b, int neg, const Digits *g, const Layout *L) {
  long long n = g->n, decpt = g->decpt, vend = n, vstart;
  int use_exp = 0, exp = 0;
  switch (L->code) {
  case 'e': use_exp = 1; vend = L->prec; break;
  case 'f': vend = decpt + L->prec; break;
  case 'g':
    if (decpt <= -4 || decpt > (L->add_dot0 ? L->prec - 1 : L->prec))
      use_exp = 1;
    if (L->alt) vend = L->prec;
    break;
  default: /* 'r': exponent from 1e16 on */
    if (decpt <= -4 || decpt > 16) use_exp = 1;
    break;
  }
  if (use_exp) { exp = (int)decpt - 1; decpt = 1; }
  vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && L->add_dot0)
    vend = vend > decpt ? vend : decpt + 1;
  else
    vend = vend > decpt ? vend : decpt;

  size_t start = b->len;
  if (neg) sb_addc(b, '-');
  if (decpt <= 0) {                         /* zeros left of the digits */
    sb_repeat(b, '0', (size_t)(decpt - vstart));
    sb_addc(b, '.');
    sb_repeat(b, '0', (size_t)-decpt);
  } else {
    sb_repeat(b, '0', (size_t)-vstart);
  }
  if (0 < decpt && decpt <= n) {            /* point inside the digits */
    sb_add(b, g->d, (size_t)decpt);
    sb_addc(b, '.');
    sb_add(b, g->d + decpt, (size_t)(n - decpt));
  } else {
    sb_add(b, g->d, (size_t)n);
  }
  if (n < decpt) {                          /* zeros right of the digits */
    sb_repeat(b, '0', (size_t)(decpt - n));
    sb_addc(b, '.');
    sb_repeat(b, '0', (size_t)(vend - decpt));
  } else {
    sb_repeat(b, '0', (size_t)(vend - n));
  }
  /* A trailing point goes unless '#' asked to keep it. */
  if (!sb_failed(b) && b->len > start && b->data[b->len - 1] == '.' && !L->alt)
    b->data[--b->len] = '\0';
  if (use_exp)
    sb_addf(b, "%c%c%02d", L->upper ? 'E' : 'e', exp < 0 ? '-' : '+',
            exp < 0 ? -exp : exp);
}

/* inf and nan: the sign of a nan is ignored, as in CPython. */
static void add_nonfinite(StrBuf *b, double v, int upper) {
  if (isnan(v))
    sb_adds(b, upper ? "NAN" : "nan");
  else
    sb_adds(b, signbit(v) ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
}


/* ---------------------------------------------------------------------
 * Public: repr and format
 * --------------------------------------------------------------------- */

/* Lays out the shortest digits of finite v under L. */
static void format_shortest(StrBuf *b, double v, const Layout *L) {
  char buf[48];
  Digits g;
  double a = fabs(v);
  if (a == 0.0) { buf[0] = '0'; g.d = buf; g.n = 1; g.decpt = 1; }
  else shortest_digits(buf, a, &g);
  layout(b, signbit(v) != 0, &g, L);
}

void nf_float_repr(StrBuf *b, double v) {
  if (!isfinite(v)) { add_nonfinite(b, v, 0); return; }
  Layout L = {'r', 0, 1, 0, 0};
  format_shortest(b, v, &L);
}

/* Digits of finite v >= 0 for mode 2 (sig significant digits, 'e' and 'g')
 * or mode 3 (frac digits after the point, 'f'), into the scratch buffer. */
static int rounded_digits(StrBuf *scratch, double a, int fixed, long long prec,
                          Digits *g) {
  long long cap = fixed ? NF_MAX_FRAC : NF_MAX_SIG;
  int p = (int)(prec < cap ? prec : cap);
  if (fixed) sb_addf(scratch, "%.*f", p, a);
  else       sb_addf(scratch, "%.*e", p > 0 ? p - 1 : 0, a);
  if (sb_failed(scratch)) return -1;
  digits_from_printf(scratch->data, g);
  return 0;
}

void nf_float_format(StrBuf *b, double v, char type, int prec, int alt) {
  int upper = type == 'E' || type == 'F' || type == 'G';
  int pct = type == '%';
  Layout L = {0, 0, 0, alt != 0, upper};
  /* Map the spec to PyOS_double_to_string's code and precision. */
  switch (type) {
  case 'e': case 'E': L.code = 'e'; L.prec = (prec < 0 ? 6 : prec) + 1LL; break;
  case 'f': case 'F': case '%': L.code = 'f'; L.prec = prec < 0 ? 6 : prec; break;
  case 'g': case 'G':
    L.code = 'g'; L.prec = prec < 0 ? 6 : prec;
    if (L.prec == 0) L.prec = 1;
    break;
  default: /* no type: repr without precision, else 'g' keeping a ".0" */
    L.add_dot0 = 1;
    if (prec < 0) { L.code = 'r'; break; }
    L.code = 'g'; L.prec = prec == 0 ? 1 : prec;
    break;
  }
  if (pct) v *= 100.0;
  if (!isfinite(v)) {
    add_nonfinite(b, v, upper);
  } else if (L.code == 'r') {
    format_shortest(b, v, &L);
  } else {
    StrBuf scratch = SB_INIT;
    Digits g;
    if (rounded_digits(&scratch, fabs(v), L.code == 'f', L.prec, &g) == 0)
      layout(b, signbit(v) != 0, &g, &L);
    else
      b->failed = 1;  /* out of memory: report it through b */
    sb_free(&scratch);
  }
  if (pct) sb_addc(b, '%');
}


/* ---------------------------------------------------------------------
 * Public: parsing float() text
 * --------------------------------------------------------------------- */

/* Significant digits kept when parsing: beyond 768 digits, only whether the
 * rest is nonzero matters for correct rounding (a "sticky" digit). */
#define NF_KEEP 800
/* Exponents are clamped far beyond any double's range; the clamp cannot
 * change the result (at most NF_KEEP+1 digits of mantissa). */
#define NF_EXP_CLAMP 100000LL

/* The mantissa being collected: kept significant digits, whether a nonzero
 * digit was dropped, and the power of ten of the last kept digit's place.
 * Invariant: value = dig * 10**(-nfrac) (+ sticky bits), dig has no
 * leading zeros. */
typedef struct Mant {
  char dig[NF_KEEP + 2];
  int n, sticky;
  long long dropped;  /* integer-part digits dropped after NF_KEEP */
  long long nfrac;    /* fraction digits kept (zeros before dig count) */
} Mant;

/* Scans a run of digits with single '_' between digits, starting at s[*i]
 * (which must be a digit, or the run is empty). Each digit goes to m if m
 * is non-NULL (frac says it is after the point), otherwise into *expv
 * (saturating). Returns the number of digits; -1 on a misplaced '_'. */
static long long scan_digits(const char *s, size_t n, size_t *i, Mant *m,
                             int frac, long long *expv) {
  long long count = 0;
  while (*i < n) {
    char c = s[*i];
    if (c == '_') {
      /* '_' only between two digits (the previous one is a digit here). */
      if (count == 0 || *i + 1 >= n || !is_digit(s[*i + 1])) return -1;
      (*i)++;
      continue;
    }
    if (!is_digit(c)) break;
    count++;
    (*i)++;
    if (!m) {
      if (*expv < NF_EXP_CLAMP * 10) *expv = *expv * 10 + (c - '0');
    } else if (m->n == 0 && c == '0') {
      if (frac) m->nfrac++;          /* leading zero: only shifts */
    } else if (m->n < NF_KEEP) {
      m->dig[m->n++] = c;
      if (frac) m->nfrac++;
    } else {
      if (c != '0') m->sticky = 1;
      if (!frac) m->dropped++;
    }
  }
  return count;
}

/* Case-insensitive match of s[0:n] against lowercase word. */
static int word_eq(const char *s, size_t n, const char *word) {
  if (strlen(word) != n) return 0;
  for (size_t k = 0; k < n; k++) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != word[k]) return 0;
  }
  return 1;
}

/* 'inf', 'infinity', 'nan' (sign already consumed). */
static int parse_special(const char *s, size_t n, int neg, double *out) {
  if (word_eq(s, n, "inf") || word_eq(s, n, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return 0;
  }
  if (word_eq(s, n, "nan")) {
    *out = copysign(NAN, neg ? -1.0 : 1.0);
    return 0;
  }
  return -1;
}

/* Turns the collected mantissa and exponent into the rounded double. */
static double mant_value(Mant *m, int neg, long long expv) {
  double v;
  if (m->n == 0) {
    v = 0.0;
  } else {
    char buf[NF_KEEP + 32];
    long long e = expv + m->dropped - m->nfrac;
    if (m->sticky) {  /* a nonzero tail: one more digit '1' stands for it */
      m->dig[m->n++] = '1';
      e--;
    }
    if (e > NF_EXP_CLAMP) e = NF_EXP_CLAMP;
    if (e < -NF_EXP_CLAMP) e = -NF_EXP_CLAMP;
    v = digits_to_double(buf, m->dig, m->n, (long)e);
  }
  return neg ? -v : v;
}

int nf_parse_float(const char *s, size_t n, double *out) {
  size_t i = 0;
  int neg = 0;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (i < n && !is_digit(s[i]) && s[i] != '.')
    return parse_special(s + i, n - i, neg, out);

  Mant m;
  m.n = 0; m.sticky = 0; m.dropped = 0; m.nfrac = 0;
  long long ndig = scan_digits(s, n, &i, &m, 0, NULL);
  if (ndig < 0) return -1;
  if (i < n && s[i] == '.') {
    i++;
    long long nf = (i < n && is_digit(s[i])) ? scan_digits(s, n, &i, &m, 1, NULL) : 0;
    if (nf < 0) return -1;
    ndig += nf;
  }
  if (ndig == 0) return -1;            /* no digits at all: ".", "", "e5" */

  long long expv = 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    int eneg = 0;
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
    if (i >= n || !is_digit(s[i])) return -1;
    if (scan_digits(s, n, &i, NULL, 0, &expv) < 0) return -1;
    if (eneg) expv = -expv;
  }
  if (i != n) return -1;               /* trailing junk */
  *out = mant_value(&m, neg, expv);
  return 0;
}


/* ---------------------------------------------------------------------
 * Public: floor division, modulo, hash
 * --------------------------------------------------------------------- */

/* CPython's _float_div_mod (Objects/floatobject.c), including its signed
 * zero handling and the snapping of the quotient to an integer. */
static void float_div_mod(double vx, double wx, double *floordiv, double *mod) {
  double div;
  *mod = fmod(vx, wx);
  /* fmod is exact, so vx - mod is mathematically a multiple of wx. */
  div = (vx - *mod) / wx;
  if (*mod != 0.0) {
    /* the remainder takes the sign of the divisor */
    if ((wx < 0) != (*mod < 0)) {
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = copysign(0.0, wx);
  }
  if (div != 0.0) {
    *floordiv = floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = copysign(0.0, vx / wx);   /* zero with the quotient's sign */
  }
}

/* CPython's float_rem: like float_div_mod's remainder, without the quotient. */
double nf_floor_mod(double a, double b) {
  double mod = fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = copysign(0.0, b);
  }
  return mod;
}

double nf_floor_div(double a, double b) {
  double d, m;
  float_div_mod(a, b, &d, &m);
  return d;
}

#define NF_HASH_BITS 61
#define NF_HASH_MOD  (((uint64_t)1 << NF_HASH_BITS) - 1)
#define NF_HASH_INF  314159

/* CPython's _Py_HashDouble for a 64-bit Py_hash_t: the value of v as a
 * rational reduced modulo P = 2**61 - 1, with the sign applied after.
 * Invariant in the loop: x < P. */
long long nf_hash(double v) {
  if (isnan(v)) return 0;
  if (isinf(v)) return v > 0 ? NF_HASH_INF : -NF_HASH_INF;
  int e;
  double m = frexp(v, &e);
  int neg = m < 0;
  if (neg) m = -m;
  uint64_t x = 0;
  while (m != 0.0) {          /* 28 bits at a time */
    x = ((x << 28) & NF_HASH_MOD) | x >> (NF_HASH_BITS - 28);
    m *= 268435456.0;         /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= NF_HASH_MOD) x -= NF_HASH_MOD;
  }
  /* multiply by 2**e modulo P: a rotation of the 61-bit value */
  e = e >= 0 ? e % NF_HASH_BITS : NF_HASH_BITS - 1 - ((-1 - e) % NF_HASH_BITS);
  x = ((x << e) & NF_HASH_MOD) | x >> (NF_HASH_BITS - e);
  long long h = neg ? -(long long)x : (long long)x;
  return h == -1 ? -2 : h;
}
