/* lexer.c: CPython's tokenizer (see lexer.h). The structure follows
 * tok_get() of Parser/tokenizer.c (3.11) and tok_get_normal_mode /
 * tok_get_fstring_mode of Parser/lexer/lexer.c (3.12+) closely, so that the
 * same input reaches the same state, error and position. The longer tokens
 * (numbers, strings, f-strings, operators) are in lexer_literals.c. */
#include "lang/lexer.h"
#include "obj/err.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/ops.h"
#include "obj/num.h"
#include "base/mem.h"
#include "base/utf8.h"
#include "base/unicode.h"
#include <stdio.h>

#define TABSIZE 8

const char *const lx_keyword_names[KW_COUNT] = {
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};

/* ---- source -------------------------------------------------------------- */

char *lx_translate(const char *s, size_t n, size_t *outlen) {
  char *buf = mem_alloc(n + 2), *o = buf;
  if (!buf) return NULL;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\r') {
      c = '\n';
      if (i + 1 < n && s[i + 1] == '\n') i++;
    }
    *o++ = c;
  }
  if (o == buf || o[-1] != '\n') *o++ = '\n';
  *o = 0;
  *outlen = (size_t)(o - buf);
  return buf;
}

/* The stacks of a Lexer, laid out as in the struct: lx_init clears all but
 * them, and the assertion fails when a field is added among them. */
struct lx_stacks {
  int indstack[LX_MAXINDENT], altindstack[LX_MAXINDENT];
  int level;
  char parenstack[LX_MAXLEVEL];
  int parenlinenostack[LX_MAXLEVEL], parencolstack[LX_MAXLEVEL];
  int cont_line;
  LxMode modes[LX_MAXFSTRINGLEVEL];
  int mode_index;
};
_Static_assert(offsetof(Lexer, mode_index) - offsetof(Lexer, indstack) == offsetof(struct lx_stacks, mode_index),
               "a Lexer field among the stacks: clear it in lx_init");

void lx_init(Lexer *lx, Rt *rt, const char *buf, size_t len, Obj *filename) {
  /* Clearing the whole struct (~13 KB) was a large part of a short parse.
   * The stacks are written before they are read (modes[] on push), so
   * only their first entries and the scalars among them are cleared. */
  memset(lx, 0, offsetof(Lexer, indstack));
  memset(&lx->mode_index, 0, sizeof *lx - offsetof(Lexer, mode_index));
  lx->indstack[0] = lx->altindstack[0] = lx->level = lx->cont_line = 0;
  memset(&lx->modes[0], 0, sizeof lx->modes[0]);
  lx->rt = rt;
  lx->v = rt->pyv;
  lx->filename = filename;
  lx->buf = lx->cur = lx->inp = lx->line_start = lx->lbuf = buf;
  lx->bufend = buf + len;
  lx->atbol = 1;
}

long lx_chars(const char *s, size_t n) {
  long c = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
  return c;
}

int lx_raise(Rt *rt, Type *cls, Obj *filename, const char *msg, long lineno, long offset, Obj *text,
             long end_lineno, long end_offset) {
  Obj *m = str_from_c(rt, msg);
  if (!m) return -1;
  Obj *ln = int_from_i64(rt, lineno), *of = int_from_i64(rt, offset);
  Obj *eln = int_from_i64(rt, end_lineno), *eof = int_from_i64(rt, end_offset);
  Obj *info = NULL, *args = NULL;
  if (ln && of && eln && eof)
    info = tuple_pack(rt, 6, filename ? filename : None, ln, of, text ? text : None, eln, eof);
  if (info) args = tuple_pack(rt, 2, m, info);
  if (args) {
    Obj *exc = obj_call_tuple(rt, (Obj *)cls, args, NULL);
    if (exc) {
      err_set_obj(rt, exc);
      decref(exc);
    }
  }
  xdecref(m); xdecref(ln); xdecref(of); xdecref(eln); xdecref(eof); xdecref(info); xdecref(args);
  return -1;
}

/* ---- characters ------------------------------------------------------------ */

/* tok_nextc: reads the source a line at a time, like tok_underflow_string. */
int lx_nextc(Lexer *lx) {
  for (;;) {
    if (lx->cur != lx->inp) return (unsigned char)*lx->cur++;
    if (lx->done != LX_OK) return LX_EOF;
    if (lx->inp >= lx->bufend) {
      lx->done = LX_EOF;
      lx->cur = lx->inp;
      return LX_EOF;
    }
    const char *e = memchr(lx->inp, '\n', (size_t)(lx->bufend - lx->inp));
    lx->lineno++;
    lx->line_start = lx->lbuf = lx->cur;
    lx->inp = e ? e + 1 : lx->bufend;
  }
}

void lx_backup(Lexer *lx, int c) {
  if (c != LX_EOF) lx->cur--;
}


/* ---- errors ----------------------------------------------------------------- */

/* _syntaxerror_range: the text is the current line without its newline; the
 * offset counts the characters up to cur unless given. */
int lx_error(Lexer *lx, long col, long end_col, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  const char *ls = lx->line_start;
  if (col == -1) col = lx_chars(ls, (size_t)(lx->cur - ls));
  if (end_col == -1) end_col = col;
  const char *nl = memchr(ls, '\n', (size_t)(lx->bufend - ls));
  size_t linelen = nl ? (size_t)(nl - ls) : (size_t)(lx->bufend - ls);
  Obj *text = str_new(lx->rt, ls, linelen);
  if (text) {
    lx_raise(lx->rt, EXC(SyntaxError), lx->filename, msg, lx->lineno, col, text, lx->lineno, end_col);
    decref(text);
  }
  lx->done = LX_ERROR;
  return T_ERRORTOKEN;
}

static int indent_error(Lexer *lx) {
  lx->done = LX_TABSPACE;
  lx->cur = lx->inp;
  return T_ERRORTOKEN;
}

/* ---- pieces of tok_get ------------------------------------------------------ */

/* -1 with done set when the backslash is not followed by a newline. */
int lx_continuation_line(Lexer *lx) {
  int c = lx_nextc(lx);
  if (c != '\n') {
    lx->done = LX_LINECONT;
    return -1;
  }
  c = lx_nextc(lx);
  if (c == LX_EOF) {
    lx->done = LX_EOF;
    lx->cur = lx->inp;
    return -1;
  }
  lx_backup(lx, c);
  return c;
}


/* Brackets: the level stacks and their errors. T_OP when fine. */
static int track_bracket(Lexer *lx, int c, LxMode *m) {
  switch (c) {
  case '(': case '[': case '{':
    if (lx->level >= LX_MAXLEVEL) return lx_error(lx, -1, -1, "too many nested parentheses");
    lx->parenstack[lx->level] = (char)c;
    lx->parenlinenostack[lx->level] = lx->lineno;
    lx->parencolstack[lx->level] = (int)(lx->start - lx->line_start);
    lx->level++;
    if (lx_in_fstring(lx)) m->curly_depth++;
    break;
  case ')': case ']': case '}':
    if (lx_in_fstring(lx) && !m->curly_depth && c == '}')
      return lx_error(lx, -1, -1, "f-string: single '}' is not allowed");
    if (!lx->level) return lx_error(lx, -1, -1, "unmatched '%c'", c);
    lx->level--;
    int opening = lx->parenstack[lx->level];
    if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
      if (lx_in_fstring(lx) && opening == '{' && m->curly_depth - 1 == m->expr_start_depth)
        return lx_error(lx, -1, -1, "f-string: unmatched '%c'", c);
      if (lx->parenlinenostack[lx->level] != lx->lineno)
        return lx_error(lx, -1, -1, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                            opening, lx->parenlinenostack[lx->level]);
      return lx_error(lx, -1, -1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening);
    }
    if (lx_in_fstring(lx)) {
      m->curly_depth--;
      if (m->curly_depth < 0) return lx_error(lx, -1, -1, "f-string: unmatched '%c'", c);
      if (c == '}' && m->curly_depth == m->expr_start_depth) {
        m->expr_start_depth--;
        m->kind = 1;
        m->in_format_spec = 0;
        m->debug = 0;
      }
    }
    break;
  }
  return T_OP;
}

/* Indentation at the beginning of a line. Returns T_OP to go on, or a token
 * type (errors). Sets *blankline. */
static int lex_indentation(Lexer *lx, int *blankline) {
  int col = 0, altcol = 0, cont_line_col = 0, c;
  lx->atbol = 0;
  for (;;) {
    c = lx_nextc(lx);
    if (c == ' ') col++, altcol++;
    else if (c == '\t') {
      col = (col / TABSIZE + 1) * TABSIZE;
      altcol = altcol + 1;
    } else if (c == '\014') col = altcol = 0;
    else if (c == '\\') {
      cont_line_col = cont_line_col ? cont_line_col : col;
      if (lx_continuation_line(lx) == -1) return T_ERRORTOKEN;
    } else break;
  }
  lx_backup(lx, c);
  if (c == '#' || c == '\n') *blankline = 1;
  if (*blankline || lx->level != 0) return T_OP;
  if (cont_line_col) col = altcol = cont_line_col;
  if (col == lx->indstack[lx->indent]) {
    if (altcol != lx->altindstack[lx->indent]) return indent_error(lx);
  } else if (col > lx->indstack[lx->indent]) {
    if (lx->indent + 1 >= LX_MAXINDENT) {
      lx->done = LX_TOODEEP;
      lx->cur = lx->inp;
      return T_ERRORTOKEN;
    }
    if (altcol <= lx->altindstack[lx->indent]) return indent_error(lx);
    lx->pendin++;
    lx->indstack[++lx->indent] = col;
    lx->altindstack[lx->indent] = altcol;
  } else {
    while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
      lx->pendin--;
      lx->indent--;
    }
    if (col != lx->indstack[lx->indent]) {
      lx->done = LX_DEDENT;
      lx->cur = lx->inp;
      return T_ERRORTOKEN;
    }
    if (altcol != lx->altindstack[lx->indent]) return indent_error(lx);
  }
  return T_OP;
}

/* 3.14: maybe_raise_syntax_error_for_string_prefixes. */
static int prefix_conflict(Lexer *lx, int b, int r, int u, int f, int t) {
  static const struct { char a, b; } pairs[] = {{'u', 'b'}, {'u', 'r'}, {'u', 'f'}, {'u', 't'}, {'b', 'f'}, {'b', 't'}, {'f', 't'}};
  int saw[128] = {0};
  saw['b'] = b, saw['r'] = r, saw['u'] = u, saw['f'] = f, saw['t'] = t;
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
    if (saw[(int)pairs[i].a] && saw[(int)pairs[i].b]) {
      lx_error(lx, (long)(lx->start + 1 - lx->line_start), (long)(lx->cur - lx->line_start),
                         "'%c' and '%c' prefixes are incompatible", pairs[i].a, pairs[i].b);
      return 1;
    }
  return 0;
}

/* tok_get / tok_get_normal_mode. *ps, *pe: token text (NULL if none). */
int lx_get_normal(Lexer *lx, const char **ps, const char **pe) {
  int c, blankline;
  LxMode *m = lx_mode(lx);
  *ps = *pe = NULL;
nextline:
  lx->start = NULL;
  blankline = 0;
  if (lx->atbol) {
    int r = lex_indentation(lx, &blankline);
    if (r != T_OP) return r;
  }
  lx->start = lx->cur;
  if (lx->pendin != 0) {
    if (lx->pendin < 0) {
      lx->pendin++;
      return T_DEDENT;
    }
    lx->pendin--;
    return T_INDENT;
  }
  c = lx_nextc(lx);
  lx_backup(lx, c);
again:
  lx->start = NULL;
  do c = lx_nextc(lx); while (c == ' ' || c == '\t' || c == '\014');
  lx->start = lx->cur - 1;
  if (c == '#') {
    while (c != LX_EOF && c != '\n') c = lx_nextc(lx);
  }
  if (c == LX_EOF) {
    if (lx->level) return T_ERRORTOKEN;
    return lx->done == LX_EOF ? T_ENDMARKER : T_ERRORTOKEN;
  }
  if (lx_id_start(c)) {
    int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0, saw_t = 0, nonascii = 0, v314 = lx->v >= PY314;
    for (;;) {
      if (v314) {   /* any order; incompatible pairs are reported at the quote */
        if (!saw_b && (c == 'b' || c == 'B')) saw_b = 1;
        else if (!saw_u && (c == 'u' || c == 'U')) saw_u = 1;
        else if (!saw_r && (c == 'r' || c == 'R')) saw_r = 1;
        else if (!saw_f && (c == 'f' || c == 'F')) saw_f = 1;
        else if (!saw_t && (c == 't' || c == 'T')) saw_t = 1;
        else break;
      } else if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = 1;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = 1;
      else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = 1;
      else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = 1;
      else break;
      c = lx_nextc(lx);
      if (c == '"' || c == '\'') {
        if (v314 && prefix_conflict(lx, saw_b, saw_r, saw_u, saw_f, saw_t)) return T_ERRORTOKEN;
        int t = ((saw_f || saw_t) && lx->v >= PY312) ? lx_fstring_start(lx, c) : lx_string(lx, c);
        if (t != T_ERRORTOKEN) *ps = lx->start, *pe = lx->cur;
        return t;
      }
    }
    while (lx_id_char(c)) {
      if (c >= 128) nonascii = 1;
      c = lx_nextc(lx);
    }
    lx_backup(lx, c);
    if (nonascii && !lx_verify_identifier(lx)) return T_ERRORTOKEN;
    *ps = lx->start, *pe = lx->cur;
    return T_NAME;
  }
  if (c == '\n') {
    lx->atbol = 1;
    if (blankline || lx->level > 0) goto nextline;
    *ps = lx->start, *pe = lx->cur - 1;
    lx->cont_line = 0;
    return T_NEWLINE;
  }
  if (c == '.') {
    c = lx_nextc(lx);
    if (lx_digit(c)) {
      int t = lx_number(lx, c, 1);
      if (t == T_NUMBER) *ps = lx->start, *pe = lx->cur;
      return t;
    }
    if (c == '.') {
      c = lx_nextc(lx);
      if (c == '.') {
        *ps = lx->start, *pe = lx->cur;
        return T_ELLIPSIS;
      }
      lx_backup(lx, c);
      lx_backup(lx, '.');
    } else {
      lx_backup(lx, c);
    }
    *ps = lx->start, *pe = lx->cur;
    return T_DOT;
  }
  if (lx_digit(c)) {
    int t = lx_number(lx, c, 0);
    if (t == T_NUMBER) *ps = lx->start, *pe = lx->cur;
    return t;
  }
  if (c == '\'' || c == '"') {
    int t = lx_string(lx, c);
    if (t == T_STRING) *ps = lx->start, *pe = lx->cur;
    return t;
  }
  if (c == '\\') {
    if (lx_continuation_line(lx) == -1) return T_ERRORTOKEN;
    lx->cont_line = 1;
    goto again;
  }
  if (lx->v >= PY312 && lx_in_fstring(lx) && lx_in_fstring_expr(m) &&
      (c == ':' || c == '}' || c == '!' || c == '{')) {
    int cursor = m->curly_depth - (c != '{');
    int valid = cursor == 0 || (cursor == 1 && (m->debug || m->in_format_spec));
    if (valid) lx_fstring_mark(lx, c);
    if (valid && c != '{' && m->debug && !lx->dbg) {
      lx->dbg = m->expr_start;
      lx->dbg_end = m->expr_end;
    }
    if (c == ':' && cursor == m->expr_start_depth) {
      m->kind = 1;
      m->in_format_spec = 1;
      *ps = lx->start, *pe = lx->cur;
      return T_COLON;
    }
  }
  {
    int c2 = lx_nextc(lx);
    int t = lx_op2(c, c2);
    if (t != T_OP) {
      int c3 = lx_nextc(lx);
      int t3 = lx_op3(c, c2, c3);
      if (t3 != T_OP) t = t3;
      else lx_backup(lx, c3);
      *ps = lx->start, *pe = lx->cur;
      return t;
    }
    lx_backup(lx, c2);
  }
  if (track_bracket(lx, c, m) == T_ERRORTOKEN) return T_ERRORTOKEN;
  if (c < 128 && !uni_isprintable((uint32_t)c))
    return lx_error(lx, -1, -1, "invalid non-printable character U+%04X", c);
  if (c == '=' && lx_in_fstring(lx) && lx_in_fstring_expr(m)) m->debug = 1;
  *ps = lx->start, *pe = lx->cur;
  return lx_op1(lx, c);
}

static int is_string_type(int t) { return t == T_STRING || t == T_FSTRING_MIDDLE || t == T_FSTRING_START; }

int lx_next(Lexer *lx, Token *t) {
  const char *ps, *pe;
  lx->dbg = lx->dbg_end = NULL;
  LxMode *m = lx_mode(lx);
  int type = (lx->v >= PY312 && m->kind == 1) ? lx_get_fstring(lx, m, &ps, &pe) : lx_get_normal(lx, &ps, &pe);
  memset(t, 0, sizeof *t);
  t->type = type;
  t->kw = KW_NONE;
  t->start = ps;
  t->end = pe;
  t->level = lx->level;
  t->dbg = lx->dbg;
  t->dbg_end = lx->dbg_end;
  int strlike = lx->v >= PY312 ? is_string_type(type) : type == T_STRING;
  t->lineno = strlike ? lx->first_lineno : lx->lineno;
  t->end_lineno = lx->lineno;
  const char *ls = strlike ? lx->multi_line_start : lx->line_start;
  if (lx->v >= PY312 && type == T_FSTRING_MIDDLE) ls = lx->multi_line_start;
  t->col = (ps && ps >= ls) ? (int)(ps - ls) : -1;
  if (lx->v >= PY312)
    t->end_col = (ps && pe) ? (int)(lx->cur - lx->line_start) : -1;
  else
    t->end_col = (pe && pe >= lx->line_start) ? (int)(pe - lx->line_start) : -1;
  if (type == T_NAME) {
    size_t n = (size_t)(pe - ps);
    for (int k = 0; k < KW_COUNT; k++)
      if (strlen(lx_keyword_names[k]) == n && memcmp(lx_keyword_names[k], ps, n) == 0) {
        t->type = T_KEYWORD;
        t->kw = k;
        break;
      }
  }
  return t->type;
}
