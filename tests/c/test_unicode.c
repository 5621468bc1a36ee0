/* test_unicode.c: checks src/base/unicode.c against CPython 3.11.
 * Every function of unicode.h is run on every code point 0..0x10FFFF and
 * hashed; unicode_checksums.inc holds the same hashes computed by
 * tools/gen_unicode.py straight from python3's answers (not from the tables).
 * Then literal spot checks.  Last line: "N passed, N failed". */
#include "unicode.h"
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void report(int ok, const char *what) {
  if (ok) passed++;
  else { failed++; printf("FAIL %s\n", what); }
}

/* ---------------------------------------------------------------- checksums */

/* A property as words to hash (see unicode_checksums.inc); *nontrivial is
 * set when the answer is true / not the identity / not Cn.  Returns the
 * number of words (1..4). */
typedef int (*Words)(uint32_t cp, uint32_t w[4], int *nontrivial);

#define T_BOOL(f) \
  static int t_##f(uint32_t cp, uint32_t w[4], int *nt) { \
    w[0] = uni_##f(cp) != 0; *nt = (int)w[0]; return 1; }
T_BOOL(isprintable) T_BOOL(isspace) T_BOOL(isalpha) T_BOOL(isdecimal)
T_BOOL(isdigit) T_BOOL(isnumeric) T_BOOL(isalnum) T_BOOL(isupper)
T_BOOL(islower) T_BOOL(istitle) T_BOOL(xid_start) T_BOOL(xid_continue)

static int t_decimal(uint32_t cp, uint32_t w[4], int *nt) {
  int d = uni_decimal(cp);
  w[0] = (uint32_t)d;
  *nt = d != -1;
  return 1;
}

/* n, then the n code points; an n outside 1..3 is hashed alone (a miss) */
#define T_CASE(f) \
  static int t_##f(uint32_t cp, uint32_t w[4], int *nt) { \
    uint32_t m[3] = {0, 0, 0}; \
    int n = uni_##f(cp, m); \
    w[0] = (uint32_t)n; \
    if (n < 1 || n > 3) { *nt = 1; return 1; } \
    memcpy(w + 1, m, (size_t)n * sizeof m[0]); \
    *nt = !(n == 1 && m[0] == cp); \
    return n + 1; }
T_CASE(toupper) T_CASE(tolower) T_CASE(totitle) T_CASE(casefold)

static int t_category(uint32_t cp, uint32_t w[4], int *nt) {
  const unsigned char *c = (const unsigned char *)uni_category(cp);
  /* c[2] must be the terminator: a third byte spoils the hash */
  w[0] = c[0] | (uint32_t)c[1] << 8 | (uint32_t)c[2] << 16;
  *nt = strcmp((const char *)c, "Cn") != 0;
  return 1;
}

static const struct {
  const char *name;
  Words words;
  uint32_t hash;
  long count;
} sums[] = {
#define UNI_SUM(p, h, n) { #p, t_##p, h, n },
#include "unicode_checksums.inc"
#undef UNI_SUM
};

/* FNV-1a over words, as tools/gen_unicode.py computes it */
static void check_sum(int k) {
  uint32_t h = 2166136261u, w[4];
  long count = 0;
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    int nt = 0, n = sums[k].words(cp, w, &nt);
    for (int i = 0; i < n; i++) h = (h ^ w[i]) * 16777619u;
    count += nt;
  }
  char what[160];
  snprintf(what, sizeof what, "%s over all code points: hash %08lx count %ld,"
           " want %08lx count %ld", sums[k].name, (unsigned long)h, count,
           (unsigned long)sums[k].hash, sums[k].count);
  report(h == sums[k].hash && count == sums[k].count, what);
}

/* ---------------------------------------------------------------- spot checks */

typedef int (*Map)(uint32_t cp, uint32_t out[3]);

static void map(const char *name, Map f, uint32_t cp, int n,
                uint32_t a, uint32_t b, uint32_t c) {
  uint32_t want[3] = {a, b, c}, got[3] = {0, 0, 0};
  int k = f(cp, got), ok = k == n;
  for (int i = 0; ok && i < n; i++) ok = got[i] == want[i];
  char what[120];
  snprintf(what, sizeof what, "%s(U+%04lX): got %d code points, U+%04lX...",
           name, (unsigned long)cp, k, (unsigned long)got[0]);
  report(ok, what);
}
#define MAP(f, cp, n, a, b, c) map(#f, uni_##f, cp, n, a, b, c)

static void is(const char *name, int got, int want, uint32_t cp) {
  char what[80];
  snprintf(what, sizeof what, "%s(U+%04lX) = %d, want %d",
           name, (unsigned long)cp, got, want);
  report(got == want, what);
}
#define IS(f, cp, want) is(#f, uni_##f(cp) != 0, want, cp)
#define DEC(cp, want) is("decimal", uni_decimal(cp), want, cp)

static void cat(uint32_t cp, const char *want) {
  const char *got = uni_category(cp);
  char what[80];
  snprintf(what, sizeof what, "category(U+%04lX) = %s, want %s",
           (unsigned long)cp, got, want);
  report(strcmp(got, want) == 0, what);
}

static void spot_maps(void) {
  MAP(toupper, 0xDF, 2, 'S', 'S', 0);           /* 'ß'.upper() == 'SS' */
  MAP(totitle, 0xDF, 2, 'S', 's', 0);
  MAP(casefold, 0xDF, 2, 's', 's', 0);
  MAP(tolower, 0xDF, 1, 0xDF, 0, 0);
  MAP(tolower, 0x130, 2, 'i', 0x307, 0);        /* 'İ'.lower(): 2 code points */
  MAP(toupper, 0xFB03, 3, 'F', 'F', 'I');       /* 'ﬃ' */
  MAP(totitle, 0xFB03, 3, 'F', 'f', 'i');
  MAP(toupper, 0x390, 3, 0x399, 0x308, 0x301);
  MAP(casefold, 0x390, 3, 0x3B9, 0x308, 0x301);
  MAP(toupper, 0x1C6, 1, 0x1C4, 0, 0);          /* 'ǆ' */
  MAP(totitle, 0x1C6, 1, 0x1C5, 0, 0);
  MAP(tolower, 0x1C5, 1, 0x1C6, 0, 0);
  MAP(toupper, 'a', 1, 'A', 0, 0);
  MAP(tolower, 'Z', 1, 'z', 0, 0);
  MAP(toupper, '1', 1, '1', 0, 0);
  MAP(toupper, 0xFF, 1, 0x178, 0, 0);           /* 'ÿ' -> 'Ÿ' */
  MAP(toupper, 0xB5, 1, 0x39C, 0, 0);           /* micro sign */
  MAP(casefold, 0xB5, 1, 0x3BC, 0, 0);
  MAP(tolower, 0x3A3, 1, 0x3C3, 0, 0);          /* one char: never final sigma */
  MAP(toupper, 0x3C2, 1, 0x3A3, 0, 0);
  MAP(casefold, 0x3C2, 1, 0x3C3, 0, 0);
  MAP(casefold, 0x13F8, 1, 0x13F0, 0, 0);       /* Cherokee folds to upper */
  MAP(toupper, 0xAB70, 1, 0x13A0, 0, 0);
  MAP(tolower, 0x1E9E, 1, 0xDF, 0, 0);          /* capital sharp s */
  MAP(casefold, 0x1E9E, 2, 's', 's', 0);
  MAP(tolower, 0x212A, 1, 'k', 0, 0);           /* Kelvin sign */
  MAP(toupper, 0x345, 1, 0x399, 0, 0);
  MAP(casefold, 0x345, 1, 0x3B9, 0, 0);
  MAP(tolower, 0x10400, 1, 0x10428, 0, 0);      /* Deseret, astral */
  MAP(toupper, 0x10428, 1, 0x10400, 0, 0);
  MAP(toupper, 0x110000, 1, 0x110000, 0, 0);    /* beyond Unicode: identity */
  MAP(casefold, 0xFFFFFFFF, 1, 0xFFFFFFFF, 0, 0);
}

static void spot_props(void) {
  IS(isprintable, 0xA0, 0);     /* NBSP: repr() escapes it */
  IS(isspace, 0xA0, 1);
  IS(isspace, 0x85, 1);
  IS(isprintable, 0x85, 0);
  IS(isprintable, ' ', 1);
  IS(isprintable, '\t', 0);
  IS(isprintable, 0xAD, 0);     /* soft hyphen, Cf */
  IS(isprintable, 0x1F600, 1);
  IS(isprintable, 0xE000, 0);
  IS(isprintable, 0xD800, 0);
  IS(isspace, 0x1C, 1);
  IS(isspace, 0x200B, 0);
  IS(isspace, 0x3000, 1);
  IS(isspace, 0x2028, 1);
  DEC(0x663, 3);                /* '٣' */
  IS(isdecimal, 0x663, 1);
  DEC('7', 7);
  DEC('a', -1);
  DEC(0x1D7CE, 0);              /* mathematical bold digit zero */
  DEC(0xB2, -1);                /* '²' is a digit, not a decimal */
  IS(isdigit, 0xB2, 1);
  IS(isnumeric, 0xB2, 1);
  IS(isalnum, 0xB2, 1);
  IS(isnumeric, 0xBD, 1);       /* '½' */
  IS(isdigit, 0xBD, 0);
  IS(isalpha, 0x4E00, 1);
  IS(isnumeric, 0x4E00, 1);     /* '一' has a numeric value */
  IS(isnumeric, 0x216B, 1);     /* 'Ⅻ' */
  IS(isupper, 0x216B, 1);
  IS(istitle, 0x1C5, 1);
  IS(isupper, 0x1C5, 0);
  IS(istitle, 'A', 1);
  IS(istitle, 'a', 0);
  IS(islower, 0x345, 1);
  IS(isalnum, '_', 0);
  IS(xid_start, '_', 1);
  IS(xid_start, '1', 0);
  IS(xid_continue, '1', 1);
  IS(xid_start, 0xB7, 0);
  IS(xid_continue, 0xB7, 1);
  IS(xid_start, 0x2118, 1);
  IS(xid_continue, '$', 0);
  IS(isalpha, 0x110000, 0);
  DEC(0x110000, -1);
}

static void spot_categories(void) {
  cat(0xD800, "Cs"); cat(0x378, "Cn"); cat('A', "Lu"); cat('a', "Ll");
  cat(0x1C5, "Lt"); cat('0', "Nd"); cat(0xE000, "Co"); cat(0, "Cc");
  cat(0xAD, "Cf"); cat(0x2028, "Zl"); cat(0x2029, "Zp"); cat(' ', "Zs");
  cat(0x300, "Mn"); cat(0x20000, "Lo"); cat(0xF0000, "Co");
  cat(0x1F600, "So"); cat(0x10FFFF, "Cn"); cat(0x110000, "Cn");
}

int main(void) {
  for (int k = 0; k < (int)(sizeof sums / sizeof sums[0]); k++) check_sum(k);
  spot_maps();
  spot_props();
  spot_categories();
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
