/* test_ident.c: identifiers NFKC would change are refused with a clear
 * NotImplementedError (pyexc has no normalization tables), and the others
 * run as CPython runs them. Last line: "N passed, N failed". */
#include "ident.h"
#include "pyexc.h"
#include <stdio.h>
#include <string.h>

static int passed, failed;

static void check(int ok, const char *what) {
  if (ok) passed++;
  else { failed++; printf("FAIL %s\n", what); }
}

/* ident_nfkc_changes on UTF-8 text */
static void test_predicate(void) {
  static const struct { const char *s; int changes; } cases[] = {
    {"abc", 0}, {"caf\xc3\xa9", 0}, {"\xce\xb1\xce\xb2", 0}, {"\xd0\xb8\xd0\xbc\xd1\x8f", 0},
    {"\xe5\x90\x8d\xe5\x89\x8d", 0}, {"\xef\xac\x81", 1},          /* U+FB01 LATIN SMALL LIGATURE FI */
    {"\xe2\x84\x8c", 1},                                          /* U+210C BLACK-LETTER H */
    {"x\xe2\x82\x90", 1},                                         /* U+2090 subscript a */
    {"\xef\xbd\x81", 1},                                          /* U+FF41 fullwidth a */
    {"\xf0\x9d\x90\x80", 1},                                      /* U+1D400 MATHEMATICAL BOLD A */
    {"e\xcc\x81", 1},                                             /* e + COMBINING ACUTE: NFC composes */
    {"\xc2\xb5", 1},                                              /* MICRO SIGN -> GREEK MU */
    {"\xe2\x84\x98", 0},                                          /* U+2118 SCRIPT P: stable */
    {"\xe2\x85\xab", 1},                                          /* U+216B ROMAN NUMERAL TWELVE */
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char what[80];
    snprintf(what, sizeof what, "ident_nfkc_changes case %zu", i);
    check(ident_nfkc_changes(cases[i].s, strlen(cases[i].s)) == cases[i].changes, what);
  }
}

static void run(const char *src, const char *out, const char *err) {
  pyexc_rt *rt = pyexc_open("3.14", "linux");
  pyexc_result res;
  int r = rt ? pyexc_run(rt, src, strlen(src), "t.py", 0, &res) : -1;
  check(r == 0, "run");
  if (r == 0) {
    int ok = !strcmp(res.out ? res.out : "", out) && strstr(res.err ? res.err : "", err) != NULL;
    if (!ok) printf("  src %s\n  out [%s]\n  err [%s]\n", src, res.out, res.err);
    check(ok, src);
    pyexc_result_free(&res);
  }
  if (rt) pyexc_close(rt);
}

int main(void) {
  test_predicate();
  run("caf\xc3\xa9 = 1\nprint(caf\xc3\xa9)\n", "1\n", "");
  run("\xef\xac\x81 = 1\nprint(fi)\n", "",
      "NotImplementedError: pyexc does not support identifiers that NFKC normalization changes "
      "('\xef\xac\x81', line 1)");
  /* a SyntaxError comes first, as it would in CPython */
  run("\xef\xac\x81 = 1\n1 +\n", "", "SyntaxError: invalid syntax");
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
