/* lexer_literals.c: the tokens of the lexer (see lexer.h) that are more
 * than a character or two: numbers, identifiers' PEP 3131 check, string
 * literals, f-string starts and the inside of f-strings (3.12+ tokenizer
 * modes), and the operator tables. */
#include "lang/lexer.h"
#include "lang/warnings.h"
#include "base/utf8.h"
#include "base/unicode.h"
#include <stdio.h>

#define MAX_EXPR_NESTING 3   /* f-string replacement fields within format specs */

static int lookahead(Lexer *lx, const char *test) {
  const char *s = test;
  int res = 0;
  for (;;) {
    int c = lx_nextc(lx);
    if (*s == 0) res = !lx_id_char(c);
    else if (c == *s) { s++; continue; }
    lx_backup(lx, c);
    while (s != test) lx_backup(lx, *--s);
    return res;
  }
}

/* verify_end_of_number: 0 after raising. (The SyntaxWarning/
 * DeprecationWarning for `1if` is not emitted.) */
static int verify_end_of_number(Lexer *lx, int c, const char *kind) {
  int r = 0;
  if (c == 'a') r = lookahead(lx, "nd");
  else if (c == 'e') r = lookahead(lx, "lse");
  else if (c == 'f') r = lookahead(lx, "or");
  else if (c == 'i') {
    int c2 = lx_nextc(lx);
    if (c2 == 'f' || c2 == 'n' || c2 == 's') r = 1;
    lx_backup(lx, c2);
  } else if (c == 'o') r = lookahead(lx, "r");
  else if (c == 'n') r = lookahead(lx, "ot");
  if (r) return 1;
  if (c < 128 && lx_id_char(c)) {
    lx_backup(lx, c);
    lx_error(lx, -1, -1, "invalid %s literal", kind);
    return 0;
  }
  return 1;
}

/* verify_identifier: PEP 3131 check of start..cur (which holds non-ASCII). */
int lx_verify_identifier(Lexer *lx) {
  const char *s = lx->start, *e = lx->cur;
  size_t adv;
  int first = 1;
  while (s < e) {
    uint32_t ch = utf8_decode(s, (size_t)(e - s), &adv);
    int ok = first ? (uni_xid_start(ch) || ch == '_') : uni_xid_continue(ch);
    if (!ok) {
      lx->cur = s + adv;
      if (uni_isprintable(ch)) {
        char u[5] = {0};
        utf8_encode(ch, u);
        lx_error(lx, -1, -1, "invalid character '%s' (U+%04X)", u, (unsigned)ch);
      } else {
        lx_error(lx, -1, -1, "invalid non-printable character U+%04X", (unsigned)ch);
      }
      return 0;
    }
    first = 0;
    s += adv;
  }
  return 1;
}

static int decimal_tail(Lexer *lx) {
  int c;
  for (;;) {
    do c = lx_nextc(lx); while (lx_digit(c));
    if (c != '_') break;
    c = lx_nextc(lx);
    if (!lx_digit(c)) {
      lx_backup(lx, c);
      lx_error(lx, -1, -1, "invalid decimal literal");
      return 0;
    }
  }
  return c;
}


/* The number token starting at start (first char c already read). */
int lx_number(Lexer *lx, int c, int frac) {
  if (frac) goto fraction;
  if (c == '0') {
    c = lx_nextc(lx);
    if (c == 'x' || c == 'X') {
      c = lx_nextc(lx);
      do {
        if (c == '_') c = lx_nextc(lx);
        if (!lx_xdigit(c)) {
          lx_backup(lx, c);
          return lx_error(lx, -1, -1, "invalid hexadecimal literal");
        }
        do c = lx_nextc(lx); while (lx_xdigit(c));
      } while (c == '_');
      if (!verify_end_of_number(lx, c, "hexadecimal")) return T_ERRORTOKEN;
    } else if (c == 'o' || c == 'O') {
      c = lx_nextc(lx);
      do {
        if (c == '_') c = lx_nextc(lx);
        if (c < '0' || c >= '8') {
          if (lx_digit(c)) return lx_error(lx, -1, -1, "invalid digit '%c' in octal literal", c);
          lx_backup(lx, c);
          return lx_error(lx, -1, -1, "invalid octal literal");
        }
        do c = lx_nextc(lx); while ('0' <= c && c < '8');
      } while (c == '_');
      if (lx_digit(c)) return lx_error(lx, -1, -1, "invalid digit '%c' in octal literal", c);
      if (!verify_end_of_number(lx, c, "octal")) return T_ERRORTOKEN;
    } else if (c == 'b' || c == 'B') {
      c = lx_nextc(lx);
      do {
        if (c == '_') c = lx_nextc(lx);
        if (c != '0' && c != '1') {
          if (lx_digit(c)) return lx_error(lx, -1, -1, "invalid digit '%c' in binary literal", c);
          lx_backup(lx, c);
          return lx_error(lx, -1, -1, "invalid binary literal");
        }
        do c = lx_nextc(lx); while (c == '0' || c == '1');
      } while (c == '_');
      if (lx_digit(c)) return lx_error(lx, -1, -1, "invalid digit '%c' in binary literal", c);
      if (!verify_end_of_number(lx, c, "binary")) return T_ERRORTOKEN;
    } else {
      int nonzero = 0;
      for (;;) {
        if (c == '_') {
          c = lx_nextc(lx);
          if (!lx_digit(c)) {
            lx_backup(lx, c);
            return lx_error(lx, -1, -1, "invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = lx_nextc(lx);
      }
      const char *zeros_end = lx->cur;
      if (lx_digit(c)) {
        nonzero = 1;
        c = decimal_tail(lx);
        if (c == 0) return T_ERRORTOKEN;
      }
      if (c == '.') {
        c = lx_nextc(lx);
        goto fraction;
      } else if (c == 'e' || c == 'E') {
        goto exponent;
      } else if (c == 'j' || c == 'J') {
        goto imaginary;
      } else if (nonzero) {
        lx_backup(lx, c);
        return lx_error(lx, (long)(lx->start + 1 - lx->line_start), (long)(zeros_end - lx->line_start),
                                  "leading zeros in decimal integer literals are not permitted; "
                                  "use an 0o prefix for octal integers");
      }
      if (!verify_end_of_number(lx, c, "decimal")) return T_ERRORTOKEN;
    }
  } else {
    c = decimal_tail(lx);
    if (c == 0) return T_ERRORTOKEN;
    if (c == '.') {
      c = lx_nextc(lx);
    fraction:
      if (lx_digit(c)) {
        c = decimal_tail(lx);
        if (c == 0) return T_ERRORTOKEN;
      }
    }
    if (c == 'e' || c == 'E') {
      int e;
    exponent:
      e = c;
      c = lx_nextc(lx);
      if (c == '+' || c == '-') {
        c = lx_nextc(lx);
        if (!lx_digit(c)) {
          lx_backup(lx, c);
          return lx_error(lx, -1, -1, "invalid decimal literal");
        }
      } else if (!lx_digit(c)) {
        lx_backup(lx, c);
        if (!verify_end_of_number(lx, e, "decimal")) return T_ERRORTOKEN;
        lx_backup(lx, e);
        return T_NUMBER;
      }
      c = decimal_tail(lx);
      if (c == 0) return T_ERRORTOKEN;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
      c = lx_nextc(lx);
      if (!verify_end_of_number(lx, c, "imaginary")) return T_ERRORTOKEN;
    } else if (!verify_end_of_number(lx, c, "decimal")) {
      return T_ERRORTOKEN;
    }
  }
  lx_backup(lx, c);
  return T_NUMBER;
}

/* A plain (non-f) string literal; start..cur holds the prefix and the
 * opening quote char c. */
int lx_string(Lexer *lx, int quote) {
  int quote_size = 1, end_quote_size = 0, escaped_quote = 0;
  lx->first_lineno = lx->lineno;
  lx->multi_line_start = lx->line_start;
  int c = lx_nextc(lx);
  if (c == quote) {
    c = lx_nextc(lx);
    if (c == quote) quote_size = 3;
    else end_quote_size = 1;
  }
  if (c != quote) lx_backup(lx, c);
  while (end_quote_size != quote_size) {
    c = lx_nextc(lx);
    if (lx->done == LX_ERROR) return T_ERRORTOKEN;
    if (c == LX_EOF || (quote_size == 1 && c == '\n')) {
      lx->cur = lx->start + 1;
      lx->line_start = lx->multi_line_start;
      int start = lx->lineno;
      lx->lineno = lx->first_lineno;
      if (lx_in_fstring(lx)) {
        LxMode *m = lx_mode(lx);
        if (m->quote == quote && m->quote_size == quote_size)
          return lx_error(lx, -1, -1, "f-string: expecting '}'");
      }
      if (quote_size == 3) {
        lx_error(lx, -1, -1, "unterminated triple-quoted string literal (detected at line %d)", start);
        if (c != '\n') lx->done = LX_EOFS;
      } else {
        if (escaped_quote && lx->v >= PY313)
          lx_error(lx, -1, -1, "unterminated string literal (detected at line %d); perhaps you escaped the end quote?",
                       start);
        else
          lx_error(lx, -1, -1, "unterminated string literal (detected at line %d)", start);
        if (c != '\n') lx->done = LX_EOLS;
      }
      return T_ERRORTOKEN;
    }
    if (c == quote) {
      end_quote_size++;
    } else {
      end_quote_size = 0;
      if (c == '\\') {
        c = lx_nextc(lx);
        if (c == quote) escaped_quote = 1;
      }
    }
  }
  return T_STRING;
}

/* 3.12+: the FSTRING_START token; pushes an f-string mode. */
int lx_fstring_start(Lexer *lx, int quote) {
  int quote_size = 1;
  lx->first_lineno = lx->lineno;
  lx->multi_line_start = lx->line_start;
  int after = lx_nextc(lx);
  if (after == quote) {
    int after2 = lx_nextc(lx);
    if (after2 == quote) quote_size = 3;
    else {
      lx_backup(lx, after2);
      lx_backup(lx, after);
    }
  }
  if (after != quote) lx_backup(lx, after);
  if (lx->mode_index + 1 >= LX_MAXFSTRINGLEVEL)
    return lx_error(lx, -1, -1, lx->v >= PY314 ? "too many nested f-strings or t-strings" : "too many nested f-strings");
  LxMode *m = &lx->modes[++lx->mode_index];
  memset(m, 0, sizeof *m);
  m->kind = 1;
  m->quote = (char)quote;
  m->quote_size = quote_size;
  m->fstart = lx->start;
  m->fmulti_line_start = lx->line_start;
  m->fline_start = lx->lineno;
  char p0 = lx->start[0], p1 = lx->start[1];
  m->raw = (p0 == 'r' || p0 == 'R') || p1 == 'r' || p1 == 'R';
  m->curly_depth = 0;
  m->expr_start_depth = -1;
  return T_FSTRING_START;
}

/* _PyLexer_update_fstring_expr + set_fstring_expr, reduced to pointers:
 * the debug text of `{expr=}` is expr_start .. the terminating char. */
void lx_fstring_mark(Lexer *lx, int c) {
  LxMode *m = lx_mode(lx);
  if (c == '{') {
    m->expr_start = lx->cur;
    m->expr_end = NULL;
  } else if (!m->expr_end) {
    m->expr_end = lx->start;
  }
}

int lx_op2(int c1, int c2) {
  switch (c1) {
  case '!': if (c2 == '=') return T_NOTEQUAL; break;
  case '%': if (c2 == '=') return T_PERCENTEQUAL; break;
  case '&': if (c2 == '=') return T_AMPEREQUAL; break;
  case '*': if (c2 == '*') return T_DOUBLESTAR; if (c2 == '=') return T_STAREQUAL; break;
  case '+': if (c2 == '=') return T_PLUSEQUAL; break;
  case '-': if (c2 == '=') return T_MINEQUAL; if (c2 == '>') return T_RARROW; break;
  case '/': if (c2 == '/') return T_DOUBLESLASH; if (c2 == '=') return T_SLASHEQUAL; break;
  case ':': if (c2 == '=') return T_COLONEQUAL; break;
  case '<':
    if (c2 == '<') return T_LEFTSHIFT;
    if (c2 == '=') return T_LESSEQUAL;
    if (c2 == '>') return T_NOTEQUAL;
    break;
  case '=': if (c2 == '=') return T_EQEQUAL; break;
  case '>': if (c2 == '=') return T_GREATEREQUAL; if (c2 == '>') return T_RIGHTSHIFT; break;
  case '@': if (c2 == '=') return T_ATEQUAL; break;
  case '^': if (c2 == '=') return T_CIRCUMFLEXEQUAL; break;
  case '|': if (c2 == '=') return T_VBAREQUAL; break;
  }
  return T_OP;
}

int lx_op3(int c1, int c2, int c3) {
  if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return T_OP;
  if (c1 == '*' && c2 == '*') return T_DOUBLESTAREQUAL;
  if (c1 == '.' && c2 == '.') return T_ELLIPSIS;
  if (c1 == '/' && c2 == '/') return T_DOUBLESLASHEQUAL;
  if (c1 == '<' && c2 == '<') return T_LEFTSHIFTEQUAL;
  if (c1 == '>' && c2 == '>') return T_RIGHTSHIFTEQUAL;
  return T_OP;
}

int lx_op1(Lexer *lx, int c) {
  switch (c) {
  case '%': return T_PERCENT; case '&': return T_AMPER; case '(': return T_LPAR;
  case ')': return T_RPAR; case '*': return T_STAR; case '+': return T_PLUS;
  case ',': return T_COMMA; case '-': return T_MINUS; case '.': return T_DOT;
  case '/': return T_SLASH; case ':': return T_COLON; case ';': return T_SEMI;
  case '<': return T_LESS; case '=': return T_EQUAL; case '>': return T_GREATER;
  case '@': return T_AT; case '[': return T_LSQB; case ']': return T_RSQB;
  case '^': return T_CIRCUMFLEX; case '{': return T_LBRACE; case '|': return T_VBAR;
  case '}': return T_RBRACE; case '~': return T_TILDE;
  case '!': return lx->v >= PY312 ? T_EXCLAMATION : T_OP;
  }
  return T_OP;
}

/* _PyTokenizer_warn_invalid_escape_sequence: "\{" or "\}" in an f-string
 * (3.12+), at the tokenizer's line; not while tokenizing for checks. */
static int warn_brace_escape(Lexer *lx, int c) {
  if (lx->quiet) return 0;
  if (lx->v >= PY314)
    return lang_warn(lx->rt, lx->filename, lx->lineno, "SyntaxWarning",
                     "\"\\%c\" is an invalid escape sequence. Such sequences will not work in the future. "
                     "Did you mean \"\\\\%c\"? A raw string is also an option.", c, c);
  return lang_warn(lx->rt, lx->filename, lx->lineno, "SyntaxWarning", "invalid escape sequence '\\%c'", c);
}

/* tok_get_fstring_mode (3.12+). */
int lx_get_fstring(Lexer *lx, LxMode *m, const char **ps, const char **pe) {
  int end_quote_size = 0, unicode_escape = 0;
  *ps = *pe = NULL;
  lx->start = lx->cur;
  lx->first_lineno = lx->lineno;
  int start_char = lx_nextc(lx);
  if (start_char == '{') {
    int peek1 = lx_nextc(lx);
    lx_backup(lx, peek1);
    lx_backup(lx, start_char);
    if (peek1 != '{') {
      m->expr_start_depth++;
      if (m->expr_start_depth >= MAX_EXPR_NESTING)
        return lx_error(lx, -1, -1, "f-string: expressions nested too deeply");
      m->kind = 0;
      return lx_get_normal(lx, ps, pe);
    }
  } else {
    lx_backup(lx, start_char);
  }
  for (int i = 0; i < m->quote_size; i++) {
    int q = lx_nextc(lx);
    if (q != m->quote) {
      lx_backup(lx, q);
      goto middle;
    }
  }
  *ps = lx->start, *pe = lx->cur;
  lx->mode_index--;
  return T_FSTRING_END;
middle:
  lx->multi_line_start = lx->line_start;
  while (end_quote_size != m->quote_size) {
    int c = lx_nextc(lx);
    if (lx->done == LX_ERROR) return T_ERRORTOKEN;
    int in_format_spec = m->in_format_spec && lx_in_fstring_expr(m);
    if (c == LX_EOF || (m->quote_size == 1 && c == '\n')) {
      if (in_format_spec && c == '\n') {
        if (lx->v >= PY314 && m->quote_size == 1)
          return lx_error(lx, -1, -1, "f-string: newlines are not allowed in format specifiers for single quoted f-strings");
        lx_backup(lx, c);
        m->kind = 0;
        m->in_format_spec = 0;
        *ps = lx->start, *pe = lx->cur;
        return T_FSTRING_MIDDLE;
      }
      lx->cur = m->fstart + 1;
      lx->line_start = m->fmulti_line_start;
      int start = lx->lineno;
      lx->lineno = m->fline_start;
      if (m->quote_size == 3) {
        lx_error(lx, -1, -1, "unterminated triple-quoted f-string literal (detected at line %d)", start);
        if (c != '\n') lx->done = LX_EOFS;
        return T_ERRORTOKEN;
      }
      return lx_error(lx, -1, -1, "unterminated f-string literal (detected at line %d)", start);
    }
    if (c == m->quote) {
      end_quote_size++;
      continue;
    }
    end_quote_size = 0;
    if (c == '{') {
      lx_fstring_mark(lx, c);
      int peek = lx_nextc(lx);
      if (peek != '{' || in_format_spec) {
        lx_backup(lx, peek);
        lx_backup(lx, c);
        m->expr_start_depth++;
        if (m->expr_start_depth >= MAX_EXPR_NESTING)
          return lx_error(lx, -1, -1, "f-string: expressions nested too deeply");
        m->kind = 0;
        m->in_format_spec = 0;
        *ps = lx->start, *pe = lx->cur;
      } else {
        *ps = lx->start, *pe = lx->cur - 1;
      }
      return T_FSTRING_MIDDLE;
    } else if (c == '}') {
      if (unicode_escape) {
        *ps = lx->start, *pe = lx->cur;
        return T_FSTRING_MIDDLE;
      }
      int peek = lx_nextc(lx);
      if (peek == '}' && !in_format_spec && m->curly_depth == 0) {
        *ps = lx->start, *pe = lx->cur - 1;
      } else {
        lx_backup(lx, peek);
        lx_backup(lx, c);
        m->kind = 0;
        m->in_format_spec = 0;
        *ps = lx->start, *pe = lx->cur;
      }
      return T_FSTRING_MIDDLE;
    } else if (c == '\\') {
      int peek = lx_nextc(lx);
      if (peek == '{' || peek == '}') {
        if (!m->raw && warn_brace_escape(lx, peek) < 0) {
          lx->done = LX_ERROR;
          return T_ERRORTOKEN;
        }
        lx_backup(lx, peek);
        continue;
      }
      if (!m->raw && peek == 'N') {
        peek = lx_nextc(lx);
        if (peek == '{') unicode_escape = 1;
        else lx_backup(lx, peek);
      }
    }
  }
  for (int i = 0; i < m->quote_size; i++) lx_backup(lx, m->quote);
  *ps = lx->start, *pe = lx->cur;
  return T_FSTRING_MIDDLE;
}
