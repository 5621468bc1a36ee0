/* test_strtod.c: px_strtod (src/base/strtod.c) against the C library's
 * strtod, which is correctly rounded in glibc (the native build, the only one
 * that builds tests). Deterministic pseudo-random inputs: short and long
 * decimal mantissas, exponents across and beyond the double range, exact
 * midpoints between adjacent doubles (printed exactly with long double) and
 * their neighbours, hexadecimal strings, and the end pointer on malformed
 * text. Prints "N passed, N failed"; exits nonzero on failure. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "strtod.h"

typedef struct { long passed, failed; } Tally;
static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rnd(void) {   /* xorshift64* */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717u;
}

static uint64_t bits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static void check(Tally *t, const char *s) {
  char *e1, *e2;
  double want = strtod(s, &e1), got = px_strtod(s, &e2);
  if (bits(want) == bits(got) && e1 == e2) { t->passed++; return; }
  if (t->failed++ < 30)
    fprintf(stderr, "FAIL '%.120s': got %a end %td, want %a end %td\n", s, got, e2 - s, want, e1 - s);
}

static void decimal(char *buf, int ndig, int exp) {
  int k = 0;
  if (rnd() % 4 == 0) buf[k++] = '-';
  int point = (int)(rnd() % (unsigned)(ndig + 1));
  for (int i = 0; i < ndig; i++) {
    if (i == point && rnd() % 2) buf[k++] = '.';
    buf[k++] = (char)('0' + (i == 0 && rnd() % 8 ? 1 + rnd() % 9 : rnd() % 10));
  }
  sprintf(buf + k, "e%d", exp);
}

/* The exact midpoint between x and its successor, and neighbours of it. */
static void midpoints(Tally *t, double x) {
  char mant[1000], buf[1100];
  long double m = ((long double)x + (long double)nextafter(x, INFINITY)) / 2;
  snprintf(mant, sizeof mant, "%.800Le", m);     /* exact: 64+ bit mantissa */
  char *e = strchr(mant, 'e');
  int exp = atoi(e + 1);
  size_t n = (size_t)(e - mant);
  while (mant[n - 1] == '0') n--;                  /* drop trailing zeros */
  mant[n] = '\0';
  snprintf(buf, sizeof buf, "%se%d", mant, exp);
  check(t, buf);                                   /* exactly halfway */
  snprintf(buf, sizeof buf, "%s01e%d", mant, exp);
  check(t, buf);                                   /* a hair above */
  if (mant[n - 1] > '0' && mant[n - 1] <= '9') {
    mant[n - 1]--;
    snprintf(buf, sizeof buf, "%s9e%d", mant, exp);
    check(t, buf);                                 /* a hair below */
  }
}

int main(void) {
  Tally t = {0, 0};
  static const char *fixed[] = {
    "0", "-0", "1", "0.5", ".5", "5.", "1e308", "1.7976931348623157e308", "1.7976931348623158e308",
    "1.7976931348623159e308", "2e308", "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
    "1e-400", "1e400", "123456789012345678901234567890", "0.000001", "1e23", "8.98846567431158e307",
    "0x1p0", "0x1.8p3", "-0x1.fffffffffffffp1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1075",
    "0x1.0000000000000800000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x.8p1", "0x8.p-3",
    "0x", "0xg", "0x.p1", "0x1p", "0x1p+", "1e", "1e+", "-", "+", ".", "", "abc", "1.2.3", "1e5x",
    "0x1P-2", "1E+2", "00000000000000000000001e-20", "0.0000000000000000000000000000000001e34",
  };
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) check(&t, fixed[i]);
  char buf[2200];
  for (int i = 0; i < 200000; i++) {               /* short mantissas */
    decimal(buf, 1 + (int)(rnd() % 20), (int)(rnd() % 700) - 350);
    check(&t, buf);
  }
  for (int i = 0; i < 3000; i++) {                 /* long mantissas, sticky digits */
    decimal(buf, 1 + (int)(rnd() % 1500), (int)(rnd() % 2400) - 1200);
    check(&t, buf);
  }
  for (int i = 0; i < 20000; i++) {                /* midpoints, normal and subnormal */
    uint64_t u = rnd() & 0x7FEFFFFFFFFFFFFFu;
    if (i % 4 == 0) u &= 0x000FFFFFFFFFFFFFu;
    double x;
    memcpy(&x, &u, sizeof x);
    midpoints(&t, x);
  }
  for (int i = 0; i < 50000; i++) {                /* hexadecimal */
    int k = 0, n = 1 + (int)(rnd() % 30);
    if (rnd() % 3 == 0) buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = 'x';
    int point = (int)(rnd() % (unsigned)(n + 1));
    for (int j = 0; j < n; j++) {
      if (j == point) buf[k++] = '.';
      buf[k++] = "0123456789abcdefABCDEF"[rnd() % 22];
    }
    sprintf(buf + k, "p%d", (int)(rnd() % 2300) - 1150);
    check(&t, buf);
  }
  printf("%ld passed, %ld failed\n", t.passed, t.failed);
  return t.failed != 0;
}
