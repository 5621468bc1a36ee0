/* parse_run.c: the entry points: checks on the source as a whole, the two
 * passes of _PyPegen_run_parser and the 3.11 f-string sub-parsers. */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "base/mem.h"
#include "base/utf8.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "exc/exc.h"
#include <stdio.h>

void px_set_syntax_error(Parser *p, Token *last);

static int parser_init(Parser *p, Rt *rt, Lexer *lx, Arena *arena, Obj *filename) {
  memset(p, 0, sizeof *p);
  p->rt = rt;
  p->v = rt->pyv;
  p->lx = lx;
  p->arena = arena;
  p->filename = filename;
  /* pegen's MAXSTACK is 6000; the grammar's helper rules (_loop, _gather,
   * _tmp) that this port folds into their callers account for the rest */
  p->maxstack = rt->pyv == PY311 ? 5998 : 5997;
  p->scratch = arena_new();
  if (!p->scratch) {
    err_nomem(rt);
    return -1;
  }
  return 0;
}

static void parser_fini(Parser *p) {
  mem_free(p->toks);
  arena_free(p->scratch);
}

/* _is_end_of_source: the tokenizer ran into the end of the input. */
static int is_end_of_source(Parser *p) {
  int d = p->lx->done;
  return d == LX_EOF || d == LX_EOFS || d == LX_EOLS;
}

/* _PyPegen_set_syntax_error_metadata: a pending SyntaxError gets
 * _metadata = (line, col of the last compound statement, source), which
 * 3.14's traceback.py uses to look for keyword typos. The source is the
 * text the tokenizer read (None in sub-parsers). Failures leave it unset. */
static void set_metadata(Parser *p) {
  Rt *rt = p->rt;
  if (!rt->exc || !is_inst(rt->exc, EXC(SyntaxError))) return;
  Obj *e = err_fetch(rt);
  Obj *src = p->file ? str_new(rt, p->file, strlen(p->file)) : incref(None);
  Obj *line = src ? int_from_i64(rt, p->last_stmt_line) : NULL;
  Obj *col = line ? int_from_i64(rt, p->last_stmt_col) : NULL;
  Obj *md = col ? tuple_pack(rt, 3, line, col, src) : NULL;
  xdecref(src);
  xdecref(line);
  xdecref(col);
  if (md) SETREF(((SyntaxErrorObj *)e)->metadata, md);
  else err_clear(rt);      /* as CPython: the SyntaxError stays, without metadata */
  err_restore(rt, e);
}

/* _PyPegen_run_parser: NULL with an exception pending on failure. */
static Node *run(Parser *p, Node *(*start)(Parser *)) {
  Node *res = start(p);
  if (res) return res;
  if (p->allow_incomplete && is_end_of_source(p)) {
    err_clear(p->rt);
    p->error = 1;
    return px_raise(p, EXC_TYPE(_IncompleteInputError), "incomplete input");
  }
  if (!err_occurred(p->rt)) p->error = 0;
  if (err_occurred(p->rt) && !err_matches(p->rt, EXC(SyntaxError))) return NULL;
  if (p->fill == 0) {
    px_set_syntax_error(p, NULL);
    return NULL;
  }
  Token *last = p->toks[p->fill - 1];
  for (int i = 0; i < p->fill; i++) p->toks[i]->memo = NULL;
  p->mark = 0;
  p->call_invalid = 1;
  p->second_pass = 1;
  p->level = 0;
  start(p);
  px_set_syntax_error(p, last);
  if (HAS(p, F_SYNTAX_METADATA)) set_metadata(p);
  return NULL;
}

/* fstring_compile_expr (3.11): parses `(expr)` with its own tokenizer,
 * positioned where the expression sits in the token t. */
Node *px_fstring_compile_expr(Parser *p, const char *expr_start, const char *expr_end, Token *t) {
  const char *s;
  for (s = expr_start; s != expr_end; s++)
    if (!(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) break;
  if (s == expr_end) {
    if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
      return px_raise(p, EXC(SyntaxError), "f-string: expression required before '%c'", *expr_end);
    return px_raise(p, EXC(SyntaxError), "f-string: empty expression not allowed");
  }
  size_t len = (size_t)(expr_end - expr_start);
  /* fstring_find_expr_location */
  int lines = 0, cols = 0, newline_after_brace = 1;
  const char *brace = expr_start - 1, *ts = t->start;
  for (const char *q = brace + 1; q < expr_end + 1 && *q != '}' && *q != '\n'; q++)
    if (*q != ' ' && *q != '\t' && *q != '\f') {
      newline_after_brace = 0;
      break;
    }
  if (!newline_after_brace) {
    const char *q = brace;
    while (q > ts && *q != '\n') q--;
    cols += (int)(brace - q);
    if (*q == '\n') cols--;
  }
  for (const char *q = ts; q < brace; q++)
    if (*q == '\n') lines++;
  char *str = mem_alloc(len + 4);
  if (!str) return err_nomem(p->rt), p->error = 1, NULL;
  str[0] = '(';
  memcpy(str + 1, expr_start, len);
  str[len + 1] = ')';
  str[len + 2] = '\n';
  str[len + 3] = 0;
  Lexer *lx = mem_alloc(sizeof *lx);
  Parser *p2 = mem_alloc(sizeof *p2);
  Node *res = NULL;
  if (lx && p2 && parser_init(p2, p->rt, lx, p->arena, p->filename) == 0) {
    lx_init(lx, p->rt, str, len + 3, p->filename);
    lx->lineno = t->lineno + lines - 1;
    p2->fstring_input = 1;
    p2->starting_lineno = t->lineno + lines;
    p2->starting_col_offset = lines ? cols : t->col + cols;
    res = run(p2, r_fstring_input);
    parser_fini(p2);
  } else {
    err_nomem(p->rt);
  }
  mem_free(p2);
  mem_free(lx);
  mem_free(str);
  if (!res) p->error = 1;
  return res;
}

/* ---- entry points ------------------------------------------------------------------ */

/* The checks CPython makes on the whole text before tokenizing. */
static int check_source(Rt *rt, const char *src, size_t len, Obj *filename) {
  if (memchr(src, 0, len)) {
    err_str(rt, EXC(SyntaxError), "source code string cannot contain null bytes");
    return -1;
  }
  size_t bad;
  size_t off = utf8_validate(src, len, &bad);
  if (off != len) {
    /* As `python3 file.py` reports it (the file has no coding cookie). */
    long line = 1;
    for (size_t i = 0; i < off; i++)
      if (src[i] == '\n') line++;
    char msg[300];
    const char *base = str_c(filename), *slash = strrchr(base, '/');
    (void)slash;
    snprintf(msg, sizeof msg,
             "Non-UTF-8 code starting with '\\x%02x' in file %s on line %ld, but no encoding declared; "
             "see https://peps.python.org/pep-0263/ for details",
             (unsigned char)src[off], base, line);
    lx_raise(rt, EXC(SyntaxError), NULL, msg, -1, -1, NULL, -1, -1);
    return -1;
  }
  return 0;
}

/* parse() flags */
enum { PF_INCOMPLETE = 1,   /* PyCF_ALLOW_INCOMPLETE_INPUT */
       PF_QUIET = 2,        /* no warnings */
       PF_CHECK = 6 };      /* only whether it parses: no warnings, unsupported constructs pass */

static int parse(Rt *rt, const char *source, size_t len, Obj *filename, Ast *out, int flags) {
  out->root = NULL;
  out->arena = NULL;
  if (len >= 3 && memcmp(source, "\xef\xbb\xbf", 3) == 0) {   /* a UTF-8 BOM, as python3 FILE skips it */
    source += 3;
    len -= 3;
  }
  if (check_source(rt, source, len, filename) < 0) return -1;
  size_t tlen;
  char *buf = lx_translate(source, len, &tlen);
  Arena *arena = arena_new();
  Lexer *lx = mem_alloc(sizeof *lx);
  Parser *p = mem_alloc(sizeof *p);
  Node *root = NULL;
  if (buf && arena && lx && p && parser_init(p, rt, lx, arena, filename) == 0) {
    lx_init(lx, rt, buf, tlen, filename);
    lx->quiet = (flags & PF_QUIET) != 0;
    p->file = buf;
    p->allow_incomplete = (flags & PF_INCOMPLETE) != 0;
    p->quiet = (flags & PF_QUIET) != 0;
    p->filelen = (len && (source[len - 1] == '\n' || source[len - 1] == '\r')) ? tlen : tlen - 1;
    root = run(p, r_file);
    if (root && p->nfkc_line && (flags & PF_CHECK) != PF_CHECK) {
      err_format(rt, EXC(NotImplementedError),
                 "pyexc does not support identifiers that NFKC normalization changes ('%U', line %d)",
                 p->nfkc_id, p->nfkc_line);
      root = NULL;
    }
    parser_fini(p);
  } else if (!err_occurred(rt)) {
    err_nomem(rt);
  }
  mem_free(p);
  mem_free(lx);
  mem_free(buf);
  if (root && (flags & PF_CHECK) != PF_CHECK && px_reject_unsupported(rt, root, filename, source, len) < 0) root = NULL;
  if (!root) {
    arena_free(arena);
    return -1;
  }
  out->root = root;
  out->arena = arena;
  return 0;
}

int ast_parse(Rt *rt, const char *source, size_t len, Obj *filename, Ast *out) {
  return parse(rt, source, len, filename, out, 0);
}

/* As CPython's traceback code parses a line segment to find caret anchors:
 * the segment is parsed as a module; no error is left pending. The root is
 * the Module (one Expr statement when the segment is an expression). */
int ast_parse_expr(Rt *rt, const char *source, size_t len, Obj *warn_filename, Ast *out) {
  Obj *saved = err_fetch(rt);
  Obj *fn = warn_filename ? incref(warn_filename) : str_from_c(rt, "<string>");
  int r = fn ? parse(rt, source, len, fn, out, warn_filename ? 0 : PF_QUIET) : -1;
  xdecref(fn);
  if (r < 0 && !err_matches(rt, EXC(SyntaxError))) r = -2;   /* MemoryError, RecursionError... */
  err_clear(rt);
  err_restore(rt, saved);
  return r;
}

/* What codeop's _maybe_compile needs to know of `source` (exec mode, ONLY_AST):
 * 1 it parses, 2 it is incomplete (allow_incomplete), 0 another SyntaxError;
 * -1 with a non-SyntaxError exception pending. No warnings are shown. */
int ast_parse_check(Rt *rt, const char *source, size_t len, int allow_incomplete) {
  Ast a;
  Obj *fn = str_from_c(rt, "<input>");
  if (!fn) return -1;
  int r = parse(rt, source, len, fn, &a, PF_CHECK | (allow_incomplete ? PF_INCOMPLETE : 0));
  decref(fn);
  if (r == 0) {
    arena_free(a.arena);
    return 1;
  }
  if (!err_matches(rt, EXC(SyntaxError))) return -1;
  r = err_matches(rt, EXC_TYPE(_IncompleteInputError)) ? 2 : 0;
  err_clear(rt);
  return r;
}
