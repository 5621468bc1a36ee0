/* parse_string.c: string and bytes literals: prefixes, quotes, escape
 * decoding (CPython's unicode-escape decoder, run on the same transformed
 * text so that error positions match), and the concatenation of adjacent
 * literals (_PyPegen_concatenate_strings of 3.11). \N{...} escapes are
 * not supported (no name database): they make the constant unsupported. */
#include "lang/parser.h"
#include "lang/warnings.h"
#include "obj/err.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/ops.h"
#include "base/mem.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include <stdio.h>
#include <string.h>

/* ---- decoding ------------------------------------------------------------------- */

/* warn_invalid_escape_sequence: the first invalid escape of a literal
 * (`bad` points after its backslash, in `buf`, the text the decoder read)
 * is a SyntaxWarning from 3.12 (3.11: a DeprecationWarning, which the
 * default filters hide). Not in the second pass (it would show twice), nor
 * in checks. An escaped brace of an f-string is the tokenizer's warning.
 * 3.14 names the line the escape is on, earlier versions the token's. */
int px_warn_escape(Parser *p, Token *t, const char *buf, const char *bad) {
  if (p->call_invalid || p->quiet || !HAS(p, F_ESCAPE_WARNING)) return 0;
  unsigned char c = (unsigned char)*bad;
  if ((t->type == T_FSTRING_MIDDLE || t->type == T_FSTRING_END) && (c == '{' || c == '}')) return 0;
  int octal = c >= '4' && c <= '7', lineno = t->lineno;
  if (HAS(p, F_ESCAPE_WARNING_LINE))
    for (const char *q = buf; q < bad; q++)
      if (*q == '\n') lineno++;
  char oct[4] = {0};
  for (int i = 0; octal && i < 3 && bad[i]; i++) oct[i] = bad[i];   /* %.3s */
  int r;
  if (HAS(p, F_ESCAPE_WARNING_LINE))
    r = octal ? lang_warn(p->rt, p->filename, lineno, "SyntaxWarning",
                          "\"\\%s\" is an invalid octal escape sequence. Such sequences will not work in the "
                          "future. Did you mean \"\\\\%s\"? A raw string is also an option.", oct, oct)
              : lang_warn(p->rt, p->filename, lineno, "SyntaxWarning",
                          "\"\\%c\" is an invalid escape sequence. Such sequences will not work in the "
                          "future. Did you mean \"\\\\%c\"? A raw string is also an option.", c, c);
  else
    r = octal ? lang_warn(p->rt, p->filename, lineno, "SyntaxWarning", "invalid octal escape sequence '\\%s'", oct)
              : lang_warn(p->rt, p->filename, lineno, "SyntaxWarning", "invalid escape sequence '\\%c'", c);
  return r;
}

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Raises "(unicode error) 'unicodeescape' codec can't decode ..." as
 * _Pypegen_raise_decode_error does (at the last token). */
static void unicode_escape_error(Parser *p, const char *buf, size_t start, size_t end, const char *msg) {
  char text[300];
  if (p->raw_decode_errors) {   /* the codec's own exception */
    Obj *enc = str_from_c(p->rt, "unicodeescape"), *obj = bytes_new(p->rt, buf, strlen(buf));
    Obj *a = int_from_i64(p->rt, (int64_t)start), *b = int_from_i64(p->rt, (int64_t)end), *r = str_from_c(p->rt, msg);
    Obj *args = (enc && obj && a && b && r) ? tuple_pack(p->rt, 5, enc, obj, a, b, r) : NULL;
    if (args) {
      Obj *e = obj_call_tuple(p->rt, (Obj *)EXC(UnicodeDecodeError), args, NULL);
      if (e) {
        err_set_obj(p->rt, e);
        decref(e);
      }
    }
    xdecref(enc); xdecref(obj); xdecref(a); xdecref(b); xdecref(r); xdecref(args);
    p->error = 1;
    return;
  }
  if (end - start == 1)
    snprintf(text, sizeof text, "'unicodeescape' codec can't decode byte 0x%02x in position %zu: %s",
             (unsigned char)buf[start], start, msg);
  else
    snprintf(text, sizeof text, "'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", start, end - 1, msg);
  px_raise(p, EXC(SyntaxError), "(unicode error) %s", text);
}

/* _PyUnicode_DecodeUnicodeEscape over buf[0..n) (ASCII after the
 * transformation), appending UTF-8 to out. -1 after raising. */
static int unicode_escape(Parser *p, const char *buf, size_t n, StrBuf *out, int *unsup, long *first_invalid) {
  size_t s = 0;
  *first_invalid = -1;
  while (s < n) {
    unsigned char c = (unsigned char)buf[s++];
    if (c != '\\') {
      sb_addc(out, (char)c);
      continue;
    }
    size_t start = s - 1;
    const char *msg;
    int count;
    if (s >= n) {
      msg = "\\ at end of string";
      goto error;
    }
    c = (unsigned char)buf[s++];
    switch (c) {
    case '\n': continue;
    case '\\': sb_addc(out, '\\'); continue;
    case '\'': sb_addc(out, '\''); continue;
    case '"': sb_addc(out, '"'); continue;
    case 'b': sb_addc(out, '\b'); continue;
    case 'f': sb_addc(out, '\014'); continue;
    case 't': sb_addc(out, '\t'); continue;
    case 'n': sb_addc(out, '\n'); continue;
    case 'r': sb_addc(out, '\r'); continue;
    case 'v': sb_addc(out, '\013'); continue;
    case 'a': sb_addc(out, '\007'); continue;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t ch = c - '0';
      if (s < n && buf[s] >= '0' && buf[s] <= '7') {
        ch = (ch << 3) + (uint32_t)(buf[s++] - '0');
        if (s < n && buf[s] >= '0' && buf[s] <= '7') ch = (ch << 3) + (uint32_t)(buf[s++] - '0');
      }
      if (ch > 0377 && *first_invalid < 0) *first_invalid = (long)s - 3;
      sb_addcp(out, ch);
      continue;
    }
    case 'x': count = 2; msg = "truncated \\xXX escape"; goto hexescape;
    case 'u': count = 4; msg = "truncated \\uXXXX escape"; goto hexescape;
    case 'U': count = 8; msg = "truncated \\UXXXXXXXX escape";
    hexescape: {
      uint32_t ch = 0;
      for (; count; ++s, --count) {
        if (s >= n) goto error;
        int d = hexval((unsigned char)buf[s]);
        if (d < 0) goto error;
        ch = (ch << 4) + (uint32_t)d;
      }
      if (ch > 0x10FFFF) {
        msg = "illegal Unicode character";
        goto error;
      }
      sb_addcp(out, ch);
      continue;
    }
    case 'N':
      msg = "malformed \\N character escape";
      if (s >= n) goto error;
      if (buf[s] == '{') {
        size_t nstart = ++s;
        while (s < n && buf[s] != '}') s++;
        if (s >= n) goto error;
        if (s > nstart) {
          s++;
          *unsup = 1;   /* a valid-looking name: we cannot look it up */
          continue;
        }
      }
      goto error;
    default:
      if (*first_invalid < 0) *first_invalid = (long)s - 1;
      sb_addc(out, '\\');
      sb_addc(out, (char)c);
      continue;
    }
  error:
    unicode_escape_error(p, buf, start, s, msg);
    return -1;
  }
  return 0;
}

/* decode_unicode_with_escapes: non-ASCII becomes \UXXXXXXXX first, as in
 * CPython, then the escape decoder runs. *unsup set for \N{...}. */
Obj *px_decode_str(Parser *p, Token *t, const char *s, size_t n, int raw, int *unsup) {
  (void)t;
  if (raw || !memchr(s, '\\', n)) return px_str(p, s, n);
  StrBuf tr = SB_INIT;
  const char *end = s + n;
  while (s < end) {
    if (*s == '\\') {
      sb_addc(&tr, *s++);
      if (s >= end || (*s & 0x80)) {
        sb_adds(&tr, "u005c");
        if (s >= end) break;
      }
    }
    if (*s & 0x80) {
      size_t adv;
      uint32_t cp = utf8_decode(s, (size_t)(end - s), &adv);
      sb_addf(&tr, "\\U%08x", cp);
      s += adv;
    } else {
      sb_addc(&tr, *s++);
    }
  }
  StrBuf out = SB_INIT;
  long bad = -1;
  int r = sb_failed(&tr) ? -1 : unicode_escape(p, tr.data ? tr.data : "", tr.len, &out, unsup, &bad);
  if (r == 0 && bad >= 0 && t && px_warn_escape(p, t, tr.data, tr.data + bad) < 0) r = -1;
  sb_free(&tr);
  if (r < 0) {
    sb_free(&out);
    p->error = 1;
    return NULL;
  }
  if (sb_failed(&out)) {
    sb_free(&out);
    err_nomem(p->rt);
    p->error = 1;
    return NULL;
  }
  return px_keep(p, str_from_buf(p->rt, &out));
}

/* _PyBytes_DecodeEscape. */
Obj *px_decode_bytes(Parser *p, Token *t, const char *s, size_t n, int raw) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) {
      px_raise_loc(p, loc_tok(t), "bytes can only contain ASCII literal characters");
      return NULL;
    }
  if (raw || !memchr(s, '\\', n)) return px_keep(p, bytes_new(p->rt, s, n));
  StrBuf out = SB_INIT;
  const char *end = s + n, *start = s, *bad = NULL;
  while (s < end) {
    if (*s != '\\') {
      sb_addc(&out, *s++);
      continue;
    }
    s++;
    if (s >= end) {
      sb_free(&out);
      px_raise(p, EXC(SyntaxError), "(value error) Trailing \\ in string");
      return NULL;
    }
    char c = *s++;
    switch (c) {
    case '\n': break;
    case '\\': sb_addc(&out, '\\'); break;
    case '\'': sb_addc(&out, '\''); break;
    case '"': sb_addc(&out, '"'); break;
    case 'b': sb_addc(&out, '\b'); break;
    case 'f': sb_addc(&out, '\014'); break;
    case 't': sb_addc(&out, '\t'); break;
    case 'n': sb_addc(&out, '\n'); break;
    case 'r': sb_addc(&out, '\r'); break;
    case 'v': sb_addc(&out, '\013'); break;
    case 'a': sb_addc(&out, '\007'); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int v = c - '0';
      if (s < end && *s >= '0' && *s <= '7') {
        v = (v << 3) + *s++ - '0';
        if (s < end && *s >= '0' && *s <= '7') v = (v << 3) + *s++ - '0';
      }
      if (v > 0377 && !bad) bad = s - 3;
      sb_addc(&out, (char)(v & 0xFF));
      break;
    }
    case 'x':
      if (s + 1 < end && hexval((unsigned char)s[0]) >= 0 && hexval((unsigned char)s[1]) >= 0) {
        sb_addc(&out, (char)(hexval((unsigned char)s[0]) * 16 + hexval((unsigned char)s[1])));
        s += 2;
        break;
      }
      sb_free(&out);
      px_raise(p, EXC(SyntaxError), "(value error) invalid \\x escape at position %zu", (size_t)(s - 2 - start));
      return NULL;
    default:
      if (!bad) bad = s - 1;
      sb_addc(&out, '\\');
      sb_addc(&out, c);
    }
  }
  if (bad && t && px_warn_escape(p, t, start, bad) < 0) {
    sb_free(&out);
    p->error = 1;
    return NULL;
  }
  if (sb_failed(&out)) {
    sb_free(&out);
    err_nomem(p->rt);
    p->error = 1;
    return NULL;
  }
  Obj *b = bytes_new(p->rt, out.data ? out.data : "", out.len);
  sb_free(&out);
  return px_keep(p, b);
}

/* ---- one literal ---------------------------------------------------------------------- */


/* _PyPegen_parsestr's prefix and quote handling. */
void px_split_literal(Token *t, Lit *l) {
  const char *s = t->start;
  memset(l, 0, sizeof *l);
  for (;; s++) {
    char c = *s;
    if (c == 'b' || c == 'B') l->bytes = 1;
    else if (c == 'r' || c == 'R') l->raw = 1;
    else if (c == 'f' || c == 'F') l->fmode = 1;
    else if (c == 'u' || c == 'U') {
    } else break;
  }
  char q = *s++;
  size_t len = (size_t)(t->end - s) - 1;
  if (len >= 4 && s[0] == q && s[1] == q) {
    s += 2;
    len -= 4;
  }
  l->body = s;
  l->len = len;
}

/* ---- 3.11 concatenation ------------------------------------------------------------------ */

/* FstringParser state: the pending literal text and the finished values. */
typedef struct FState {
  StrBuf last;       /* pending literal (valid while have_last) */
  int have_last;
  int fmode;
  Vec *values;
} FState;

Node *px_fstring_compile_expr(Parser *p, const char *expr_start, const char *expr_end, Token *t);

static void fs_concat(FState *st, const char *s, size_t n) {
  if (!n) return;
  sb_add(&st->last, s, n);
  st->have_last = 1;
}

/* make_str_node_and_del: a Constant of the pending text. */
static Node *fs_take_str(Parser *p, FState *st, Token *first, Token *last) {
  Obj *v = px_keep(p, str_new(p->rt, st->last.data ? st->last.data : "", st->last.len));
  sb_free(&st->last);
  sb_init(&st->last);
  st->have_last = 0;
  if (!v) return NULL;
  Node *n = px_node_at(p, N_Constant, first->lineno, first->col, last->end_lineno, last->end_col);
  if (!n) return NULL;
  n->u.Constant.value = v;
  if (first->start[0] == 'u') n->u.Constant.kind = px_keep(p, incref(str_static("u")));
  return n;
}

static int fs_flush(Parser *p, FState *st, Token *first, Token *last) {
  if (!st->have_last) return 0;
  Node *c = fs_take_str(p, st, first, last);
  return c ? vec_push(p, st->values, c) : -1;
}

static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw, int lvl,
                          Token *first, Token *t, Token *last);

/* Decodes a literal piece s..e of an f-string into st. */
static int fs_literal(Parser *p, FState *st, Token *t, const char *s, const char *e, int raw) {
  int unsup = 0;
  Obj *o = px_decode_str(p, t, s, (size_t)(e - s), raw, &unsup);
  if (!o) return -1;
  if (unsup) p->saw_named_escape = 1;
  fs_concat(st, str_c(o), str_len(o));
  return 0;
}

/* fstring_find_literal: 1 = literal ended at a doubled brace, 0 = at a
 * single brace or the end, -1 = error. */
static int find_literal(Parser *p, FState *st, const char **str, const char *end, int raw, int lvl, Token *t) {
  const char *s = *str, *lit = s;
  int result = 0;
  while (s < end) {
    char ch = *s++;
    if (!raw && ch == '\\' && s < end) {
      ch = *s++;
      if (ch == 'N') {
        if (s < end && *s++ == '{') {
          while (s < end && *s++ != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (lvl == 0) {
        if (s < end && *s == ch) {
          *str = s + 1;
          if (fs_literal(p, st, t, lit, s, raw) < 0) return -1;
          return 1;
        }
        if (ch == '}') {
          *str = s - 1;
          px_raise(p, EXC(SyntaxError), "f-string: single '}' is not allowed");
          return -1;
        }
      }
      s--;
      break;
    }
  }
  *str = s;
  if (lit != s && fs_literal(p, st, t, lit, s, raw) < 0) return -1;
  return result;
}

#define FS_MAXLEVEL 200

/* fstring_find_expr: *str at '{'; appends a FormattedValue to st. */
static int find_expr(Parser *p, FState *st, const char **str, const char *end, int raw, int lvl, Token *first,
                     Token *t, Token *last) {
  char quote = 0, parens[FS_MAXLEVEL];
  int string_type = 0, depth = 0, conversion = -1;
  const char *expr_text = NULL, *expr_text_end = NULL;
  Node *spec = NULL;
  if (lvl >= 2) return px_raise(p, EXC(SyntaxError), "f-string: expressions nested too deeply"), -1;
  *str += 1;
  const char *expr_start = *str;
  for (; *str < end; (*str)++) {
    char ch = **str;
    if (ch == '\\') return px_raise(p, EXC(SyntaxError), "f-string expression part cannot include a backslash"), -1;
    if (quote) {
      if (ch == quote) {
        if (string_type == 3) {
          if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
            *str += 2;
            string_type = 0;
            quote = 0;
          }
        } else {
          string_type = 0;
          quote = 0;
        }
      }
    } else if (ch == '\'' || ch == '"') {
      if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
        string_type = 3;
        *str += 2;
      } else {
        string_type = 1;
      }
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (depth >= FS_MAXLEVEL) return px_raise(p, EXC(SyntaxError), "f-string: too many nested parenthesis"), -1;
      parens[depth++] = ch;
    } else if (ch == '#') {
      return px_raise(p, EXC(SyntaxError), "f-string expression part cannot include '#'"), -1;
    } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (*str + 1 < end) {
        char next = (*str)[1];
        if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
            (ch == '>' && next == '=')) {
          *str += 1;
          continue;
        }
        if (ch == '>' || ch == '<') continue;
      }
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (!depth) return px_raise(p, EXC(SyntaxError), "f-string: unmatched '%c'", ch), -1;
      int opening = parens[--depth];
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
        return px_raise(p, EXC(SyntaxError), "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                        ch, opening), -1;
    }
  }
  const char *expr_end = *str;
  if (quote) return px_raise(p, EXC(SyntaxError), "f-string: unterminated string"), -1;
  if (depth) return px_raise(p, EXC(SyntaxError), "f-string: unmatched '%c'", parens[depth - 1]), -1;
  if (*str >= end) goto unexpected_end;
  Node *expr = px_fstring_compile_expr(p, expr_start, expr_end, t);
  if (!expr) return -1;
  if (**str == '=') {
    *str += 1;
    while (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' || **str == '\f' || **str == '\v') *str += 1;
    if (*str >= end) goto unexpected_end;
    expr_text = expr_start;
    expr_text_end = *str;
  }
  if (**str == '!') {
    *str += 1;
    if (*str >= end) goto unexpected_end;
    conversion = (unsigned char)**str;
    *str += 1;
    if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
      return px_raise(p, EXC(SyntaxError), "f-string: invalid conversion character: expected 's', 'r', or 'a'"), -1;
  }
  if (*str >= end) goto unexpected_end;
  if (**str == ':') {
    *str += 1;
    if (*str >= end) goto unexpected_end;
    FState sub = {SB_INIT, 0, 0, vec_new(p)};
    if (!sub.values) return -1;
    /* _PyPegen_FstringParser_Finish(p, &state, t, t): the trailing literal of a spec gets t's span */
    if (fstring_concat(p, &sub, str, end, raw, lvl + 1, first, t, last) < 0 || fs_flush(p, &sub, t, t) < 0) {
      sb_free(&sub.last);
      return -1;
    }
    spec = px_node_at(p, N_JoinedStr, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!spec) return -1;
    spec->u.JoinedStr.values = px_list(p, sub.values);
  }
  if (*str >= end || **str != '}') goto unexpected_end;
  *str += 1;
  if (expr_text) {
    fs_concat(st, expr_text, (size_t)(expr_text_end - expr_text));
    if (!spec && conversion == -1) conversion = 'r';
  }
  if (fs_flush(p, st, first, last) < 0) return -1;
  Node *fv = px_node_at(p, N_FormattedValue, first->lineno, first->col, last->end_lineno, last->end_col);
  if (!fv) return -1;
  fv->u.FormattedValue.value = expr;
  fv->u.FormattedValue.conversion = conversion;
  fv->u.FormattedValue.format_spec = spec;
  return vec_push(p, st->values, fv);
unexpected_end:
  px_raise(p, EXC(SyntaxError), "f-string: expecting '}'");
  return -1;
}

/* _PyPegen_FstringParser_ConcatFstring */
static int fstring_concat(Parser *p, FState *st, const char **str, const char *end, int raw, int lvl,
                          Token *first, Token *t, Token *last) {
  st->fmode = 1;
  for (;;) {
    int r = find_literal(p, st, str, end, raw, lvl, t);
    if (r < 0) return -1;
    if (r == 1) continue;
    if (*str >= end || **str == '}') break;
    if (find_expr(p, st, str, end, raw, lvl, first, t, last) < 0) return -1;
  }
  if (lvl == 0 && *str < end - 1) return px_raise(p, EXC(SyntaxError), "f-string: unexpected end of string"), -1;
  if (lvl != 0 && **str != '}') return px_raise(p, EXC(SyntaxError), "f-string: expecting '}'"), -1;
  return 0;
}

/* _PyPegen_concatenate_strings (3.11): toks is the STRING+ sequence. */
Node *px_concat_strings(Parser *p, Vec *toks, Token *first, Token *last) {
  FState st = {SB_INIT, 0, 0, vec_new(p)};
  StrBuf bytes = SB_INIT;
  int bytesmode = 0, unsup = 0;
  Node *res = NULL;
  if (!st.values) return NULL;
  for (size_t i = 0; i < toks->n; i++) {
    Token *t = toks->items[i];
    Lit l;
    px_split_literal(t, &l);
    if (i != 0 && bytesmode != l.bytes) {
      px_raise(p, EXC(SyntaxError), "cannot mix bytes and nonbytes literals");
      goto done;
    }
    bytesmode = l.bytes;
    if (l.fmode) {
      const char *s = l.body;
      if (fstring_concat(p, &st, &s, l.body + l.len, l.raw, 0, first, t, last) < 0) goto done;
    } else if (l.bytes) {
      Obj *b = px_decode_bytes(p, t, l.body, l.len, l.raw);
      if (!b) goto done;
      sb_add(&bytes, ((Bytes *)b)->s, ((Bytes *)b)->len);
    } else {
      Obj *s = px_decode_str(p, t, l.body, l.len, l.raw || !memchr(l.body, '\\', l.len), &unsup);
      if (!s) goto done;
      fs_concat(&st, str_c(s), str_len(s));
    }
  }
  if (unsup || p->saw_named_escape) {
    p->saw_named_escape = 0;
    res = px_unsupported(p, first, "\\N{...} escapes", "literal");
    goto done;
  }
  if (bytesmode) {
    Obj *b = px_keep(p, bytes_new(p->rt, bytes.data ? bytes.data : "", bytes.len));
    res = b ? px_node_at(p, N_Constant, first->lineno, first->col, last->end_lineno, last->end_col) : NULL;
    if (res) res->u.Constant.value = b;
    goto done;
  }
  if (!st.fmode) {
    st.have_last = 1;
    res = fs_take_str(p, &st, first, last);
    goto done;
  }
  if (fs_flush(p, &st, first, last) < 0) goto done;
  res = px_node_at(p, N_JoinedStr, first->lineno, first->col, last->end_lineno, last->end_col);
  if (res) res->u.JoinedStr.values = px_list(p, st.values);
done:
  sb_free(&st.last);
  sb_free(&bytes);
  if (!res) p->error = 1;
  return res;
}
