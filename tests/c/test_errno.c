/* test_errno.c: checks src/exc/errno_table.c and the generated errno tables
 * against expectations the generator wrote from real output
 * (tests/c/errno_cases.inc; for linux and emscripten real CPython, never the
 * tables themselves), plus the tables' sort invariants.
 * Build and run from the repository root:
 *   gcc -std=c11 -Wall -Wextra -g -fsanitize=address,undefined -Isrc/base \
 *     -Isrc/exc src/exc/errno_*.c tests/c/test_errno.c -o /tmp/te && /tmp/te
 * Last line: "N passed, N failed"; exit status nonzero on any failure. */
#include "errno_table.h"

#include <stdio.h>
#include <string.h>

typedef struct CaseName { const char *name; int code; } CaseName;  /* -1: no such name */
typedef struct CaseCode {
  int code;
  const char *name;   /* errno.errorcode[code], NULL if absent */
  const char *cls;    /* type(OSError(code, 'x')).__name__, NULL if OSError */
  const char *text;   /* os.strerror(code) */
} CaseCode;
typedef struct CaseSet {
  const char *platform, *source;
  const CaseName *names; int nnames;
  const CaseCode *codes; int ncodes;
  int want_nnames, want_nerrorcode;   /* len(names), len(errno.errorcode) */
} CaseSet;

#include "errno_cases.inc"

static int passed, failed;

static void check(int ok, const char *plat, const char *what, const char *detail) {
  if (ok) { passed++; return; }
  failed++;
  printf("FAIL [%s] %s%s%s\n", plat, what, detail ? ": " : "", detail ? detail : "");
}

static int same(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

static const char *show(const char *s) { return s ? s : "(NULL)"; }

/* Sort order, code ranges and cross-references of one platform's tables. */
static void check_invariants(const CaseSet *cs, const ErrnoPlatform *p) {
  char msg[160];
  int i, ok;
  snprintf(msg, sizeof msg, "%d, want %d", p->nnames, cs->want_nnames);
  check(p->nnames == cs->want_nnames, cs->platform, "nnames", msg);
  snprintf(msg, sizeof msg, "%d, want %d", p->nerrorcode, cs->want_nerrorcode);
  check(p->nerrorcode == cs->want_nerrorcode, cs->platform, "nerrorcode", msg);

  for (ok = 1, i = 1; i < p->nnames; i++)
    if (strcmp(p->names[i - 1].name, p->names[i].name) >= 0) ok = 0;
  check(ok, cs->platform, "names strictly sorted by strcmp", NULL);
  for (ok = 1, i = 1; i < p->nerrorcode; i++)
    if (p->errorcode[i - 1].code >= p->errorcode[i].code) ok = 0;
  check(ok, cs->platform, "errorcode strictly sorted by code", NULL);
  for (ok = 1, i = 1; i < p->ntexts; i++)
    if (p->texts[i - 1].code >= p->texts[i].code) ok = 0;
  check(ok, cs->platform, "texts strictly sorted by code", NULL);

  for (ok = 1, msg[0] = '\0', i = 0; i < p->nnames; i++) {
    const char *shown = errno_name(p, p->names[i].code);
    if (ok && (p->names[i].code <= 0 || shown == NULL || errno_code(p, shown) != p->names[i].code)) {
      snprintf(msg, sizeof msg, "%s=%d shown as %s", p->names[i].name, p->names[i].code, show(shown));
      ok = 0;
    }
  }
  check(ok, cs->platform, "every name's code is positive, with an errorcode entry naming it", msg);
  for (ok = 1, i = 0; i < p->nerrorcode; i++)
    if (errno_code(p, p->errorcode[i].name) != p->errorcode[i].code) ok = 0;
  check(ok, cs->platform, "every errorcode name is a name with that code", NULL);
  for (ok = 1, i = 0; i < p->ntexts; i++)
    if (p->texts[i].text == NULL || strlen(p->texts[i].text) >= ERRNO_STRERROR_BUFLEN) ok = 0;
  check(ok, cs->platform, "texts shorter than ERRNO_STRERROR_BUFLEN", NULL);
}

static void check_cases(const CaseSet *cs, const ErrnoPlatform *p) {
  char msg[300], buf[ERRNO_STRERROR_BUFLEN];
  int i;
  for (i = 0; i < cs->nnames; i++) {
    const CaseName *c = &cs->names[i];
    int got = errno_code(p, c->name);
    snprintf(msg, sizeof msg, "errno.%s = %d, want %d", c->name, got, c->code);
    check(got == c->code, cs->platform, "errno_code", msg);
  }
  for (i = 0; i < cs->ncodes; i++) {
    const CaseCode *c = &cs->codes[i];
    const char *name = errno_name(p, c->code);
    const char *cls = errno_class(p, c->code);
    const char *text;
    memset(buf, 'x', sizeof buf);
    text = errno_strerror(p, c->code, buf, sizeof buf);
    snprintf(msg, sizeof msg, "errorcode[%d] = %s, want %s", c->code, show(name), show(c->name));
    check(same(name, c->name), cs->platform, "errno_name", msg);
    snprintf(msg, sizeof msg, "OSError(%d) is %s, want %s", c->code, show(cls), show(c->cls));
    check(same(cls, c->cls), cs->platform, "errno_class", msg);
    snprintf(msg, sizeof msg, "strerror(%d) = \"%s\", want \"%s\"", c->code, show(text), c->text);
    check(same(text, c->text), cs->platform, "errno_strerror", msg);
  }
}

/* Unknown codes with small or missing buffers: truncation, never overflow. */
static void check_buffers(const CaseSet *cs, const ErrnoPlatform *p) {
  char full[ERRNO_STRERROR_BUFLEN], small[6], msg[200];
  const int code = -2147483647 - 1;  /* unknown everywhere, longest number */
  const char *t = errno_strerror(p, code, full, sizeof full);
  const char *s;
  int has_num = strchr(p->unknown_fmt, '%') != NULL;
  check(t != NULL && strlen(t) < sizeof full, cs->platform, "INT_MIN text fits ERRNO_STRERROR_BUFLEN", NULL);
  memset(small, 'x', sizeof small);
  s = errno_strerror(p, code, small, sizeof small);
  if (has_num) {
    snprintf(msg, sizeof msg, "\"%s\" of \"%s\"", show(s), show(t));
    check(s == small && strlen(s) == sizeof small - 1 && t && strncmp(s, t, sizeof small - 1) == 0,
          cs->platform, "unknown text truncated into a small buffer", msg);
    check(errno_strerror(p, code, NULL, 0) == NULL, cs->platform, "no buffer: NULL", NULL);
    check(errno_strerror(p, code, small, 1) == small && small[0] == '\0', cs->platform,
          "buflen 1: empty text", NULL);
  } else {
    check(s == p->unknown_fmt && errno_strerror(p, code, NULL, 0) == p->unknown_fmt,
          cs->platform, "unknown text without a number is the static format", NULL);
  }
  /* a known code's text is static whatever the buffer */
  if (p->ntexts > 0)
    check(errno_strerror(p, p->texts[0].code, NULL, 0) == p->texts[0].text, cs->platform,
          "known text needs no buffer", NULL);
}

static void check_misc(void) {
  const ErrnoPlatform *lin = errno_platform("linux");
  check(errno_platform(NULL) == NULL, "-", "errno_platform(NULL)", NULL);
  check(errno_platform("") == NULL, "-", "errno_platform(\"\")", NULL);
  check(errno_platform("Linux") == NULL, "-", "errno_platform(\"Linux\")", NULL);
  check(errno_platform("wasm") == NULL, "-", "errno_platform(\"wasm\")", NULL);
  check(errno_platform("linux") == &errno_platform_linux, "-", "linux profile", NULL);
  check(errno_platform("emscripten") == &errno_platform_emscripten, "-", "emscripten profile", NULL);
  check(errno_platform("wasi") == &errno_platform_wasi, "-", "wasi profile", NULL);
  check(errno_code(NULL, "EPERM") == -1, "-", "errno_code(NULL, ...)", NULL);
  check(errno_code(lin, NULL) == -1, "-", "errno_code(p, NULL)", NULL);
  check(errno_code(lin, "") == -1, "-", "errno_code(p, \"\")", NULL);
  check(errno_name(NULL, 1) == NULL, "-", "errno_name(NULL, ...)", NULL);
  check(errno_class(NULL, 2) == NULL, "-", "errno_class(NULL, ...)", NULL);
  check(errno_strerror(NULL, 2, NULL, 0) == NULL, "-", "errno_strerror(NULL, ...)", NULL);
  /* The same number means different things per profile. */
  check(same(errno_class(errno_platform("linux"), 2), "FileNotFoundError"), "-", "linux 2", NULL);
  check(same(errno_class(errno_platform("emscripten"), 2), "PermissionError"), "-", "emscripten 2", NULL);
  check(same(errno_class(errno_platform("wasi"), 76), "PermissionError"), "-", "wasi ENOTCAPABLE", NULL);
}

int main(void) {
  unsigned i;
  for (i = 0; i < sizeof case_sets / sizeof case_sets[0]; i++) {
    const CaseSet *cs = &case_sets[i];
    const ErrnoPlatform *p = errno_platform(cs->platform);
    int before = passed + failed;
    check(p != NULL, cs->platform, "errno_platform", NULL);
    if (p == NULL) continue;
    check(strcmp(p->name, cs->platform) == 0, cs->platform, "profile name", p->name);
    check_invariants(cs, p);
    check_cases(cs, p);
    check_buffers(cs, p);
    printf("%s: %d checks against %s\n", cs->platform, passed + failed - before, cs->source);
  }
  check_misc();
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
