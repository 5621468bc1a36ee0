/* test_parser.c: the front end (src/lang: lexer, parser, ast_dump, checks)
 * against CPython's own answers, stored in parser_cases.inc by
 * gen_parser_cases.py:
 *   - valid snippets: ast_dump must equal python3.11's ast.dump(tree,
 *     include_attributes=True), and under 3.12+ that version's tree printed
 *     the same way;
 *   - invalid snippets: per version (3.11 .. 3.14), the same outcome as
 *     compile(): OK, or the same exception class, and for SyntaxError and
 *     its subclasses the same msg, lineno, offset, end_lineno, end_offset
 *     and text;
 *   - unsupported constructs: NotImplementedError naming the construct;
 *   - pathological inputs (deep nesting, huge literals, NUL bytes, invalid
 *     UTF-8): never a crash, and CPython's outcome when the oracle has one.
 * Prints "N passed, N failed" last; exits nonzero on failure. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/ops.h"
#include "exc/exc.h"
#include "base/mem.h"

#define NONE INT_MIN

typedef struct Piece { const char *s; unsigned len, count; } Piece;
typedef struct Expect {
  char kind;   /* O ok, U NotImplementedError, E SyntaxError family, X other exception,
                  S any SyntaxError, C the oracle crashed: anything but a crash */
  const char *cls, *msg;
  int lineno, offset, end_lineno, end_offset;
  const char *text;
} Expect;
/* dump: python3's (3.11) ast.dump(include_attributes=True); later[v]: 3.12+'s
 * tree in that format, NULL when the same, "" when that version rejects it. */
typedef struct ValidCase { const Piece *p; unsigned np; const char *dump, *later[3]; } ValidCase;
typedef struct Case { const Piece *p; unsigned np; Expect e[4]; } Case;

#include "parser_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_REPORTS 60

static long passed, failed;
static long vpassed[PY_NVERSIONS], vfailed[PY_NVERSIONS];   /* invalid, unsupported, pathological */
static const char *const vnames[PY_NVERSIONS] = {"3.11", "3.12", "3.13", "3.14"};

/* The oracle's 3.11 is native Linux; its 3.12+ are CPython-in-WebAssembly. */
static Rt *runtimes[PY_NVERSIONS];

static char *build(const Piece *p, unsigned np, size_t *len) {
  size_t n = 0;
  for (unsigned i = 0; i < np; i++) n += (size_t)p[i].len * p[i].count;
  char *s = malloc(n + 1), *o = s;
  for (unsigned i = 0; i < np; i++)
    for (unsigned k = 0; k < p[i].count; k++) {
      memcpy(o, p[i].s, p[i].len);
      o += p[i].len;
    }
  *o = 0;
  *len = n;
  return s;
}

static void report(const char *what, const char *src, size_t len, const char *got, const char *want) {
  if (failed++ >= MAX_REPORTS) return;
  fprintf(stderr, "FAIL %s: %.*s%s\n  got:  %.600s\n  want: %.600s\n", what, (int)(len > 160 ? 160 : len), src,
          len > 160 ? "..." : "", got, want);
}

/* Appends repr-like text of an optional int/str attribute. */
static void add_field(Rt *rt, char *buf, size_t cap, Obj *o) {
  size_t n = strlen(buf);
  if (!o || o == None) {
    snprintf(buf + n, cap - n, "|None");
    return;
  }
  if (is_inst(o, &IntType)) {
    int64_t v = 0;
    if (int_as_i64(o, &v) < 0) v = 0;
    snprintf(buf + n, cap - n, "|%lld", (long long)v);
    return;
  }
  if (IS_STR(o)) {
    snprintf(buf + n, cap - n, "|%s", str_c(o));
    return;
  }
  Obj *r = obj_repr(rt, o);
  snprintf(buf + n, cap - n, "|%s", r ? str_c(r) : "?");
  xdecref(r);
}

static void fmt_expect(const Expect *e, char *buf, size_t cap) {
  switch (e->kind) {
  case 'O': snprintf(buf, cap, "OK"); break;
  case 'U': snprintf(buf, cap, "NotImplementedError|pyexc does not support ..."); break;
  case 'S': snprintf(buf, cap, "SyntaxError|..."); break;
  case 'C': snprintf(buf, cap, "(anything but a crash)"); break;
  case 'X': snprintf(buf, cap, "%s|%s", e->cls, e->msg); break;
  default: {
    int v[4] = {e->lineno, e->offset, e->end_lineno, e->end_offset};
    snprintf(buf, cap, "%s|%s", e->cls, e->msg);
    for (int i = 0; i < 4; i++) {
      size_t n = strlen(buf);
      if (v[i] == NONE) snprintf(buf + n, cap - n, "|None");
      else snprintf(buf + n, cap - n, "|%d", v[i]);
    }
    size_t n = strlen(buf);
    snprintf(buf + n, cap - n, "|%s", e->text ? e->text : "None");
  }
  }
}

/* Parses and checks src as the program x.py; describes the outcome. */
static void outcome(Rt *rt, const char *src, size_t len, char *buf, size_t cap, int *kind) {
  Obj *fn = str_from_c(rt, "x.py");
  Ast ast;
  int r = ast_parse(rt, src, len, fn, &ast);
  if (r == 0) {
    r = ast_check(rt, &ast, fn, src, len);
    ast_free(&ast);
  }
  decref(fn);
  if (r == 0) {
    if (err_occurred(rt)) {
      snprintf(buf, cap, "success with an error pending");
      *kind = '!';
      return;
    }
    snprintf(buf, cap, "OK");
    *kind = 'O';
    return;
  }
  Obj *e = err_fetch(rt);
  if (!e) {
    snprintf(buf, cap, "failure without an exception");
    *kind = '!';
    return;
  }
  if (is_inst(e, EXC(SyntaxError))) {
    SyntaxErrorObj *s = (SyntaxErrorObj *)e;
    snprintf(buf, cap, "%s", e->type->name);
    add_field(rt, buf, cap, s->msg);
    add_field(rt, buf, cap, s->lineno);
    add_field(rt, buf, cap, s->offset);
    add_field(rt, buf, cap, s->end_lineno);
    add_field(rt, buf, cap, s->end_offset);
    add_field(rt, buf, cap, s->text);
    *kind = 'E';
  } else {
    Obj *m = exc_str(rt, e);
    snprintf(buf, cap, "%s|%s", e->type->name, m ? str_c(m) : "?");
    xdecref(m);
    err_clear(rt);
    *kind = is_inst(e, EXC(NotImplementedError)) ? 'U' : 'X';
  }
  decref(e);
}

static void check_case(const char *what, const Case *c) {
  size_t len;
  char *src = build(c->p, c->np, &len);
  static char got[1 << 16], want[1 << 16];
  for (int v = 0; v < PY_NVERSIONS; v++) {
    int kind;
    outcome(runtimes[v], src, len, got, sizeof got, &kind);
    const Expect *e = &c->e[v];
    fmt_expect(e, want, sizeof want);
    int ok;
    switch (e->kind) {
    case 'C': ok = kind != '!'; break;
    case 'S': ok = kind == 'E' && !strncmp(got, "SyntaxError|", 12); break;
    case 'U': ok = kind == 'U' && strstr(got, "pyexc does not support"); break;
    default: ok = !strcmp(got, want);
    }
    char label[64];
    snprintf(label, sizeof label, "%s %s", what, vnames[v]);
    if (ok) passed++, vpassed[v]++;
    else report(label, src, len, got, want), vfailed[v]++;
  }
  free(src);
}

static void test_valid(void) {
  for (int v = 0; v < PY_NVERSIONS; v++) {
    Rt *rt = runtimes[v];
    Obj *fn = str_from_c(rt, "x.py");
    char label[64];
    snprintf(label, sizeof label, "valid tree %s", vnames[v]);
    for (size_t i = 0; i < COUNT(valid_cases); i++) {
      const char *want = v == PY311 ? valid_cases[i].dump : valid_cases[i].later[v - 1];
      if (!want) want = valid_cases[i].dump;
      if (!*want) continue;
      size_t len;
      char *src = build(valid_cases[i].p, valid_cases[i].np, &len);
      Ast ast;
      if (ast_parse(rt, src, len, fn, &ast) < 0) {
        char got[4096];
        int kind;
        outcome(rt, src, len, got, sizeof got, &kind);
        report(label, src, len, got, "a tree");
      } else {
        Obj *d = ast_dump(rt, ast.root);
        if (d && !strcmp(str_c(d), want)) passed++;
        else report(label, src, len, d ? str_c(d) : "(dump failed)", want);
        xdecref(d);
        ast_free(&ast);
      }
      err_clear(rt);
      free(src);
    }
    decref(fn);
  }
}

/* ast_parse_expr: caret anchors; never leaves an error pending. */
static void test_parse_expr(void) {
  static const struct { const char *src; int ok; NodeKind kind; } cases[] = {
    {"a + b", 1, N_BinOp}, {"x[1:2]", 1, N_Subscript}, {"f(a)(b)", 1, N_Call}, {"a b", 0, N_Module},
    {"(", 0, N_Module}, {"x = 1", 1, N_Assign}, {"1j", 0, N_Module}, {"", 1, N_Module}};
  Rt *rt = runtimes[PY314];
  for (size_t i = 0; i < COUNT(cases); i++) {
    Ast ast;
    int r = ast_parse_expr(rt, cases[i].src, strlen(cases[i].src), NULL, &ast);
    int ok = (r == 0) == cases[i].ok && !err_occurred(rt);
    if (ok && r == 0 && cases[i].kind != N_Module) {
      NodeList body = ast.root->u.Module.body;
      Node *first = body.n ? body.items[0] : NULL;
      Node *n = first && first->kind == N_Expr ? first->u.Expr.value : first;
      ok = n && n->kind == cases[i].kind;
    }
    if (r == 0) ast_free(&ast);
    if (ok) passed++;
    else report("ast_parse_expr", cases[i].src, strlen(cases[i].src), r == 0 ? "parsed" : "failed", "see table");
  }
}

int main(void) {
  for (int v = 0; v < PY_NVERSIONS; v++) {
    runtimes[v] = rt_new((PyVersion)v, v == PY311 ? PLAT_LINUX : PLAT_EMSCRIPTEN);
    if (!runtimes[v] || exc_init(runtimes[v]) < 0) {
      fprintf(stderr, "no runtime\n");
      return 2;
    }
  }
  test_valid();
  for (size_t i = 0; i < COUNT(invalid_cases); i++) check_case("invalid", &invalid_cases[i]);
  for (size_t i = 0; i < COUNT(unsupported_cases); i++) check_case("unsupported", &unsupported_cases[i]);
  for (size_t i = 0; i < COUNT(pathological_cases); i++) check_case("pathological", &pathological_cases[i]);
  test_parse_expr();
  for (int v = 0; v < PY_NVERSIONS; v++) {
    exc_fini(runtimes[v]);
    rt_free(runtimes[v]);
  }
  for (int v = 0; v < PY_NVERSIONS; v++)
    printf("%s: %ld passed, %ld failed (invalid, unsupported, pathological)\n", vnames[v], vpassed[v], vfailed[v]);
  printf("%ld passed, %ld failed\n", passed, failed);
  return failed ? 1 : 0;
}
