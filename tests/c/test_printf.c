/* test_printf.c: px_snprintf (src/base/printf.c) against glibc's snprintf
 * (the native build, the only one that builds tests): integers of every
 * length with random flags, width and precision, strings, characters, and
 * %e/%f of random doubles (subnormals, ties, huge precisions included), plus
 * truncation to small buffers; %g/%G likewise. Prints "N passed, N failed"; exits nonzero on
 * failure. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "printf.h"

typedef struct { long passed, failed; } Tally;
static uint64_t rng_state = 0x2545F4914F6CDD1Du;

static uint64_t rnd(void) {   /* xorshift64* */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717u;
}

static char want[4096], got[4096];

static void compare(Tally *t, const char *fmt, int nw, int ng) {
  if (nw == ng && !strcmp(want, got)) { t->passed++; return; }
  if (t->failed++ < 30) fprintf(stderr, "FAIL '%s': got %d '%.300s' want %d '%.300s'\n", fmt, ng, got, nw, want);
}

/* Arguments are evaluated twice: pass plain values. */
#define CHECK(t, fmt, ...) do { \
    int nw_ = snprintf(want, sizeof want, fmt, __VA_ARGS__); \
    int ng_ = px_snprintf(got, sizeof got, fmt, __VA_ARGS__); \
    compare(t, fmt, nw_, ng_); \
  } while (0)

/* A random "%[flags][width][.prec]" prefix (without the conversion). */
static void spec(char *f, int allow_prec) {
  int k = 0;
  f[k++] = '%';
  for (int i = 0; i < 3; i++)
    if (rnd() % 3 == 0) f[k++] = "-0+ #"[rnd() % 5];
  if (rnd() % 2) k += sprintf(f + k, "%d", (int)(rnd() % 25));
  if (allow_prec && rnd() % 2) k += sprintf(f + k, ".%d", (int)(rnd() % 22));
  f[k] = '\0';
}

static double rnd_double(void) {
  uint64_t u = rnd();
  double x;
  switch (rnd() % 6) {
  case 0: u &= 0x800FFFFFFFFFFFFFu; break;                     /* subnormal */
  case 1: return (double)(int64_t)(rnd() % 2000001 - 1000000) / 8;   /* ties */
  case 2: return ldexp((double)(rnd() % 1000), (int)(rnd() % 40) - 20);
  default: break;
  }
  memcpy(&x, &u, sizeof x);
  return x;
}

int main(void) {
  Tally t = {0, 0};
  char f[64];
  CHECK(&t, "%s|%c|%%|%-11s|%p|%zu|%lld|%02x|%08x|%04X|%.3s|%5.1s|", "abc", 'x', "left", (void *)0x1234, (size_t)42,
        -9000000000LL, 7u, 0xdeadbeefu, 0xabcu, "abcdef", "xyz");
  CHECK(&t, "%e|%f|%E|%F|%.0e|%.0f|%#.0e|%#.0f|%+e|% f|%012.3f|%-12.2e|", 1.5, -2.25, 1e300, -0.0, 2.5, 0.5, 3.0, 1.0,
        0.1, 1e-7, -3.14159, 6.02e23);
  CHECK(&t, "%f|%e|%f|%e|%010f|%-10e|", INFINITY, -INFINITY, NAN, -NAN, INFINITY, NAN);
  CHECK(&t, "%g|%g|%g|%g|%g|%G|%#g|%.0g|%.1g|%g|%g|%g|", 100000.0, 1000000.0, 0.0001, 0.00001, 0.0, 1e-300, 1.0, 0.5,
        9.5, 999999.5, 123456789.0, -0.0);
  CHECK(&t, "%.800e", 0x1p-1074);
  CHECK(&t, "%.800e", 0.1);
  CHECK(&t, "%.300f", 1.7976931348623157e308);
  CHECK(&t, "%.*f|%.*e|", 5, 123.456, 16, 9.999999999999999e22);
  CHECK(&t, "%hhd|%hd|%hhu|%hu|%ld|%lu|%jd|%td|%o|%#o|%#x|%#X|%x|", 300, 70000, 300, 70000, -5L, 5UL, (intmax_t)-7,
        (ptrdiff_t)-8, 8u, 8u, 255u, 255u, 0u);
  CHECK(&t, "%.0d|%.0x|%#.0o|%5.3d|%-5.3d|%05d|%+d|% d|%+.0d|%*d|%-*d|%.*d|%*s|", 0, 0u, 0u, 7, 7, -7, 7, 7, 0, 6, 3, -6,
        3, -1, 9, 4, "ab");
  for (int i = 0; i < 30000; i++) {
    static const char *convs[] = {"d", "i", "u", "x", "X", "o", "ld", "lld", "lu", "llx", "zu", "hd", "hhu"};
    const char *c = convs[rnd() % 13];
    spec(f, 1);
    strcat(f, c);
    int64_t v = (int64_t)rnd() >> (rnd() % 64);
    if (!strcmp(c, "ld")) CHECK(&t, f, (long)v);
    else if (!strcmp(c, "lld")) CHECK(&t, f, (long long)v);
    else if (!strcmp(c, "lu")) CHECK(&t, f, (unsigned long)v);
    else if (!strcmp(c, "llx")) CHECK(&t, f, (unsigned long long)v);
    else if (!strcmp(c, "zu")) CHECK(&t, f, (size_t)v);
    else if (c[0] == 'd' || c[0] == 'i' || c[0] == 'h') CHECK(&t, f, (int)v);
    else CHECK(&t, f, (unsigned)v);
  }
  for (int i = 0; i < 5000; i++) {
    spec(f, 1);
    strcat(f, "s");
    CHECK(&t, f, "hello, world");
  }
  for (int i = 0; i < 100000; i++) {
    spec(f, 1);
    strcat(f, (const char *[]){"e", "f", "E", "g", "G"}[rnd() % 5]);
    double v = rnd_double();
    CHECK(&t, f, v);
  }
  for (int i = 0; i < 3000; i++) {                  /* long precisions */
    int p = (int)(rnd() % 900);
    double v = rnd_double(), w = rnd_double();
    CHECK(&t, "%.*e", p, v);
    CHECK(&t, "%.*f", p % 400, w);
    CHECK(&t, "%#.*g", p % 40, v);
    CHECK(&t, "%.*g", p, w);
  }
  for (int n = 0; n < 12; n++) {                    /* truncation */
    char a[16], b[16];
    memset(a, 'Z', sizeof a);
    memset(b, 'Z', sizeof b);
    volatile size_t size = (size_t)n;               /* truncation is the point: no warning */
    int ra = snprintf(a, size, "%d-%s-%.2f", 12345, "xyz", 2.5);
    int rb = px_snprintf(b, size, "%d-%s-%.2f", 12345, "xyz", 2.5);
    if (ra == rb && !memcmp(a, b, sizeof a)) t.passed++;
    else if (t.failed++ < 30) fprintf(stderr, "FAIL truncation to %d\n", n);
  }
  printf("%ld passed, %ld failed\n", t.passed, t.failed);
  return t.failed != 0;
}
