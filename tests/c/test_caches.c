/* test_caches.c: what a runtime keeps between runs to be fast (compiled
 * programs of fresh runs, caret anchors of traceback lines, the code of
 * built-in modules' Python source) changes no output: a program run again
 * prints what it printed the first time, as a new python3 process would.
 * Expected texts are CPython's (tests/oracle: oracle.sh --python X FILE.py).
 * Through the public API only. Last line: "N passed, N failed". */
#include "api/pyexc.h"

#include <stdio.h>
#include <string.h>

static int passed, failed;

static void expect_run(pyexc_rt *rt, const char *what, const char *src, const char *filename, int flags,
                       const char *out, const char *err) {
  pyexc_result r;
  if (pyexc_run(rt, src, strlen(src), filename, flags, &r) < 0) {
    printf("FAIL %s: the run failed\n", what);
    failed++;
    return;
  }
  int ok = r.out && r.err && !strcmp(r.out, out) && !strcmp(r.err, err);
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAIL %s\n--- expected stdout\n%s--- got\n%s--- expected stderr\n%s--- got\n%s---\n", what, out,
           r.out ? r.out : "(null)", err, r.err ? r.err : "(null)");
  }
  pyexc_result_free(&r);
}

static const char WARN_SRC[] = "def f(x):\n    return x is 1\n\nprint(f(1))\n";
static const char WARN_ERR[] =
  "a.py:2: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n"
  "  return x is 1\n";

static const char TB_SRC[] =
  "def parse(s):\n"
  "    return int(s) + 1\n"
  "\n"
  "def total(items):\n"
  "    n = 0\n"
  "    n = n + sum([parse(s) for s in items])\n"
  "    return n\n"
  "\n"
  "print(total(['1', '2', 'x']))\n";
static const char TB_ERR_314[] =
  "Traceback (most recent call last):\n"
  "  File \"b.py\", line 9, in <module>\n"
  "    print(total(['1', '2', 'x']))\n"
  "          ~~~~~^^^^^^^^^^^^^^^^^\n"
  "  File \"b.py\", line 6, in total\n"
  "    n = n + sum([parse(s) for s in items])\n"
  "                 ~~~~~^^^\n"
  "  File \"b.py\", line 2, in parse\n"
  "    return int(s) + 1\n"
  "           ~~~^^^\n"
  "ValueError: invalid literal for int() with base 10: 'x'\n";
static const char TB_ERR_311[] =
  "Traceback (most recent call last):\n"
  "  File \"b.py\", line 9, in <module>\n"
  "    print(total(['1', '2', 'x']))\n"
  "          ^^^^^^^^^^^^^^^^^^^^^^\n"
  "  File \"b.py\", line 6, in total\n"
  "    n = n + sum([parse(s) for s in items])\n"
  "                ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
  "  File \"b.py\", line 6, in <listcomp>\n"
  "    n = n + sum([parse(s) for s in items])\n"
  "                 ^^^^^^^^\n"
  "  File \"b.py\", line 2, in parse\n"
  "    return int(s) + 1\n"
  "           ^^^^^^\n"
  "ValueError: invalid literal for int() with base 10: 'x'\n";

static const char LIMIT_SRC[] = "import sys\nsys.tracebacklimit = 0\ndef f():\n    1 / 0\nf()\n";
static const char DIV_SRC[] = "def f():\n    1 / 0\nf()\n";
static const char DIV_ERR[] =
  "Traceback (most recent call last):\n"
  "  File \"%s\", line 3, in <module>\n"
  "    f()\n"
  "    ~^^\n"
  "  File \"%s\", line 2, in f\n"
  "    1 / 0\n"
  "    ~~^~~\n"
  "ZeroDivisionError: division by zero\n";

int main(void) {
  pyexc_rt *rt = pyexc_open("3.14", "emscripten");
  if (!rt) { printf("cannot open 3.14\n"); return 1; }
  char name[64];
  for (int i = 0; i < 3; i++) {
    /* a compile that warns warns at every fresh run */
    snprintf(name, sizeof name, "warning, fresh run %d", i + 1);
    expect_run(rt, name, WARN_SRC, "a.py", PYEXC_RUN_FRESH, "True\n", WARN_ERR);
    /* the carets of a traceback, fresh and not */
    snprintf(name, sizeof name, "traceback, run %d", i + 1);
    expect_run(rt, name, TB_SRC, "b.py", i == 1 ? 0 : PYEXC_RUN_FRESH, "", TB_ERR_314);
  }
  /* sys.tracebacklimit of one run does not outlive it; nor does sys */
  expect_run(rt, "tracebacklimit set", LIMIT_SRC, "c.py", PYEXC_RUN_FRESH, "", "ZeroDivisionError: division by zero\n");
  char err[512];
  snprintf(err, sizeof err, DIV_ERR, "d.py", "d.py");
  expect_run(rt, "tracebacklimit gone", DIV_SRC, "d.py", PYEXC_RUN_FRESH, "", err);
  /* the same text under another name names that file */
  snprintf(err, sizeof err, DIV_ERR, "other.py", "other.py");
  expect_run(rt, "same source, other filename", DIV_SRC, "other.py", PYEXC_RUN_FRESH, "", err);
  /* sys, imported at every fresh run, is whole each time */
  for (int i = 0; i < 2; i++)
    expect_run(rt, "sys.version_info", "import sys\nprint(sys.version_info[:2], sys.version_info.releaselevel)\n",
               "e.py", PYEXC_RUN_FRESH, "(3, 14) final\n", "");
  pyexc_close(rt);

  rt = pyexc_open("3.11", "linux");
  if (!rt) { printf("cannot open 3.11\n"); return 1; }
  for (int i = 0; i < 3; i++) {
    snprintf(name, sizeof name, "3.11 traceback, run %d", i + 1);
    expect_run(rt, name, TB_SRC, "b.py", i == 1 ? 0 : PYEXC_RUN_FRESH, "", TB_ERR_311);
  }
  pyexc_close(rt);
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
