/* parse_errors.c: raising SyntaxErrors as pegen_errors.c does: where the
 * text of the line comes from, how byte columns become 1-based character
 * offsets, tokenizer error states, and the rescan of the rest of the source
 * that lets tokenizer errors override generic parser errors. */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include <stdio.h>

/* The bytes decoded as UTF-8 with errors="replace". */
static Obj *decode_replace(Rt *rt, const char *s, size_t n) {
  size_t bad;
  if (utf8_validate(s, n, &bad) == n) return str_new(rt, s, n);
  StrBuf b = SB_INIT;
  while (n) {
    size_t ok = utf8_validate(s, n, &bad);
    sb_add(&b, s, ok);
    if (ok == n) break;
    sb_addcp(&b, 0xFFFD);
    s += ok + bad;
    n -= ok + bad;
  }
  return str_from_buf(rt, &b);
}

/* err_programtext: line `lineno` of the file as CPython reads it, through a
 * 1000-byte buffer: a longer line yields its last chunk in 3.11, its first
 * in 3.12+. NULL: no such line. */
Obj *px_file_text(Rt *rt, const char *file, size_t filelen, long lineno) {
  if (!file || lineno <= 0) return NULL;
  const char *s = file, *end = file + filelen, *chunk = NULL;
  size_t chunklen = 0;
  long i = 0;
  while (i < lineno) {
    do {
      if (s >= end) goto after;
      size_t n = 0;
      chunk = s;
      while (s < end && n < 999) {
        n++;
        if (*s++ == '\n') break;
      }
      chunklen = n;
      if (rt->pyv >= PY312 && i + 1 == lineno) break;   /* the first chunk of the line */
    } while (chunklen == 999 && chunk[998] != '\n');
    i++;
  }
after:
  if (i != lineno) return NULL;
  size_t len = 0;
  if (rt->pyv >= PY312) len = chunklen;
  else
    while (len < chunklen && chunk[len]) len++;
  return decode_replace(rt, chunk, len);
}

static Obj *file_line(Parser *p, long lineno) { return px_file_text(p->rt, p->file, p->filelen, lineno); }

/* get_error_line_from_tokenizer_buffers. */
static Obj *buffer_line(Parser *p, long lineno) {
  Lexer *lx = p->lx;
  const char *cur = lx->buf, *end = lx->inp;
  long rel = p->starting_lineno ? lineno - p->starting_lineno + 1 : lineno;
  for (long i = 0; i < rel - 1; i++) {
    const char *nl = memchr(cur, '\n', (size_t)(lx->bufend - cur));
    if (!nl || nl + 1 > end) break;
    cur = nl + 1;
  }
  const char *nl = memchr(cur, '\n', (size_t)(lx->bufend - cur));
  if (!nl) nl = cur + strlen(cur);
  return decode_replace(p->rt, cur, (size_t)(nl - cur));
}

Obj *px_error_line(Parser *p, int lineno) {
  Obj *line = p->fstring_input ? NULL : file_line(p, lineno);
  if (line || err_occurred(p->rt)) return line;
  Lexer *lx = p->lx;
  if (lx->lineno <= lineno && lx->inp > lx->lbuf) return decode_replace(p->rt, lx->lbuf, (size_t)(lx->inp - lx->lbuf));
  return buffer_line(p, lineno);
}

/* _PyPegen_byte_offset_to_character_offset. */
static long char_offset(Obj *line, long col) {
  const char *s = str_c(line);
  long len = (long)strlen(s);
  if (col > len + 1) col = len + 1;
  if (col <= 0) return 0;
  if (col == len + 1) return lx_chars(s, (size_t)len) + 1;
  return lx_chars(s, (size_t)col);
}

/* _PyPegen_raise_error_known_location; cols are already 1-based here. */
static void *raise_known(Parser *p, Type *cls, long lineno, long col, long end_lineno, long end_col,
                         const char *fmt, va_list ap) {
  char msg[1024];
  int pre = p->fstring_input ? snprintf(msg, sizeof msg, "f-string: ") : 0;
  vsnprintf(msg + pre, sizeof msg - (size_t)pre, fmt, ap);
  p->error = 1;
  Lexer *lx = p->lx;
  if (end_lineno == CURRENT_POS) end_lineno = lx->lineno;
  if (end_col == CURRENT_POS) end_col = (long)(lx->cur - lx->line_start);
  Obj *line = px_error_line(p, (int)lineno);
  if (!line) return NULL;
  if (p->fstring_input) {
    col -= p->starting_col_offset;
    end_col -= p->starting_col_offset;
  } else {
    col = char_offset(line, col);
    if (end_col > 0) end_col = char_offset(line, end_col);
  }
  lx_raise(p->rt, cls, p->filename, msg, lineno, col, line, end_lineno, end_col);
  decref(line);
  return NULL;
}

void *px_raise_at(Parser *p, Type *cls, int lineno, int col, int end_lineno, int end_col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raise_known(p, cls, lineno, col == CURRENT_POS ? CURRENT_POS : col + 1, end_lineno,
              end_col == CURRENT_POS ? CURRENT_POS : end_col + 1, fmt, ap);
  va_end(ap);
  return NULL;
}

/* _PyPegen_raise_error: at the last token filled (or the known one). */
static void *vraise(Parser *p, Type *cls, const char *fmt, va_list ap) {
  if (p->fill == 0) return raise_known(p, cls, 0, 0, 0, -1, fmt, ap);
  Token *t = p->known_err_token ? p->known_err_token : p->toks[p->fill - 1];
  Lexer *lx = p->lx;
  long col, end_col = -1;
  if (t->col == -1) col = lx->cur == lx->lbuf ? 0 : (long)(lx->cur - lx->line_start);
  else col = t->col + 1;
  if (t->end_col != -1) end_col = t->end_col + 1;
  return raise_known(p, cls, t->lineno, col, t->end_lineno, end_col, fmt, ap);
}

void *px_raise(Parser *p, Type *cls, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise(p, cls, fmt, ap);
  va_end(ap);
  return NULL;
}

static void *vraise_loc(Parser *p, int lineno, int col, int end_lineno, int end_col, const char *fmt, va_list ap) {
  return raise_known(p, EXC(SyntaxError), lineno, col == CURRENT_POS ? CURRENT_POS : col + 1, end_lineno,
                     end_col == CURRENT_POS ? CURRENT_POS : end_col + 1, fmt, ap);
}

void *px_raise_loc(Parser *p, Loc a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise_loc(p, a.lineno, a.col, a.end_lineno, a.end_col, fmt, ap);
  va_end(ap);
  return NULL;
}

void *px_raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise_loc(p, a.lineno, a.col, b.end_lineno, b.end_col, fmt, ap);
  va_end(ap);
  return NULL;
}

void *px_raise_from(Parser *p, Loc a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise_loc(p, a.lineno, a.col, CURRENT_POS, CURRENT_POS, fmt, ap);
  va_end(ap);
  return NULL;
}

/* RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN (3.12+): at the token at mark. */
void *px_raise_next(Parser *p, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Token *t = px_peek(p);
  if (t) vraise_loc(p, t->lineno, t->col, t->end_lineno, t->end_col, fmt, ap);
  va_end(ap);
  return NULL;
}

/* RAISE_SYNTAX_ERROR_INVALID_TARGET. */
void *px_raise_invalid_target(Parser *p, int kind, Node *e) {
  Node *bad = px_invalid_target(e, kind);
  if (!bad) return NULL;   /* no error: the rule just fails */
  const char *what = kind == TARGETS_DEL ? "delete" : "assign to";
  return px_raise_loc(p, loc_node(bad), "cannot %s %s", what, px_expr_name(bad));
}

static void raise_unclosed_paren(Parser *p) {
  Lexer *lx = p->lx;
  int ln = lx->parenlinenostack[lx->level - 1], col = lx->parencolstack[lx->level - 1];
  px_raise_at(p, EXC(SyntaxError), ln, col, ln, -1, "'%c' was never closed", lx->parenstack[lx->level - 1]);
}

/* _Pypegen_tokenizer_error: turns the lexer's `done` state into an error. */
int px_tokenizer_error(Parser *p) {
  if (err_occurred(p->rt)) return -1;
  Lexer *lx = p->lx;
  Type *cls = EXC(SyntaxError);
  const char *msg;
  long col = -1;
  switch (lx->done) {
  case LX_EOF:
    if (lx->level) raise_unclosed_paren(p);
    else px_raise(p, EXC(SyntaxError), "unexpected EOF while parsing");
    return -1;
  case LX_DEDENT:
    px_raise(p, EXC(IndentationError), "unindent does not match any outer indentation level");
    return -1;
  case LX_NOMEM:
    err_nomem(p->rt);
    return -1;
  case LX_TABSPACE:
    cls = EXC(TabError);
    msg = "inconsistent use of tabs and spaces in indentation";
    break;
  case LX_TOODEEP:
    cls = EXC(IndentationError);
    msg = "too many levels of indentation";
    break;
  case LX_LINECONT:
    col = (long)(lx->cur - lx->lbuf) - 1;
    msg = "unexpected character after line continuation character";
    break;
  default:
    msg = "unknown parsing error";
  }
  px_raise_at(p, cls, lx->lineno, (int)(col >= 0 ? col : 0), lx->lineno, -1, "%s", msg);
  return -1;
}

/* _PyPegen_tokenize_full_source_to_check_for_errors. */
static void check_rest_of_source(Parser *p) {
  Rt *rt = p->rt;
  Obj *saved = err_fetch(rt);
  Token *cur = p->known_err_token ? p->known_err_token : p->toks[p->fill - 1];
  int err_line = cur->lineno;
  Lexer *lx = p->lx;
  for (;;) {
    Token t;
    int type = lx_next(lx, &t);
    if (type == T_ERRORTOKEN) {
      if (!err_occurred(rt) && lx->level != 0 && err_line > lx->parenlinenostack[lx->level - 1])
        raise_unclosed_paren(p);
      break;
    }
    if (type == T_ENDMARKER) break;
  }
  if (err_occurred(rt) && !(p->v >= PY312 && lx->mode_index > 0)) {
    xdecref(saved);
  } else {
    err_clear(rt);
    err_restore(rt, saved);
  }
}

/* _Pypegen_set_syntax_error, after the second pass. */
void px_set_syntax_error(Parser *p, Token *last) {
  Lexer *lx = p->lx;
  if (err_occurred(p->rt)) {
    int tok_ok = lx->done == LX_OK;
    if (tok_ok && err_matches(p->rt, EXC(SyntaxError))) check_rest_of_source(p);
    return;
  }
  if (p->fill == 0) px_raise(p, EXC(SyntaxError), "error at start before reading any input");
  if (last->type == T_ERRORTOKEN && lx->done == LX_EOF) {
    if (lx->level) raise_unclosed_paren(p);
    else px_raise(p, EXC(SyntaxError), "unexpected EOF while parsing");
    return;
  }
  if (last->type == T_INDENT || last->type == T_DEDENT) {
    px_raise(p, EXC(IndentationError), last->type == T_INDENT ? "unexpected indent" : "unexpected unindent");
    return;
  }
  px_raise_loc(p, loc_tok(last), "invalid syntax");
  check_rest_of_source(p);
}
