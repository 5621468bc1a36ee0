/* kwtypo.c: "invalid syntax. Did you mean 'for'?" -- 3.14's
 * TracebackException._find_keyword_typos (Lib/traceback.py), the trace
 * renderer's keyword_typo hook.
 *
 * For a SyntaxError whose msg is "invalid syntax" (or mentions "Perhaps you
 * forgot a comma") and which carries the parser's _metadata (line of the
 * last compound statement, source): the source lines from that statement to
 * the error line are dedented and tokenized; each of the first 10 NAME
 * tokens that is not a keyword is replaced in turn by up to 3 keywords
 * (the _suggestions Levenshtein pick, then difflib.get_close_matches with
 * cutoff 0.5), and the first replacement that codeop.compile_command
 * accepts (it compiles, or it is merely incomplete) wins: the display then
 * shows that token's line, its span and the new message. Any failure on the
 * way (an error, a tokenizer error) means no change, as the
 * contextlib.suppress(Exception) around it does. */
#include "lang/lexer.h"
#include "lang/ast.h"
#include "lang/compile.h"
#include "trace/render.h"
#include "exc/exc.h"
#include "obj/err.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "base/mem.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include <string.h>

#define MAX_SOURCE 1024      /* code points of the dedented lines */
#define MAX_TOKENS 10        /* tokens_left_to_process */
#define MAX_MATCHES 3

typedef struct Span { const char *s; size_t n; } Span;
typedef struct Lines { Span *l; size_t n; } Lines;

/* str.splitlines(): every line boundary Python knows, "\r\n" as one. */
static int split_lines(const char *s, size_t n, Lines *out) {
  out->l = NULL;
  out->n = 0;
  size_t cap = 0, start = 0, i = 0;
  while (i < n) {
    size_t brk = 0;
    unsigned char c = (unsigned char)s[i];
    if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) brk = 1;
    else if (c == '\r') brk = i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
    else if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0x85) brk = 2;
    else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) brk = 3;
    if (!brk && i + 1 < n) { i++; continue; }
    size_t end = brk ? i : n;
    if (out->n == cap) {
      cap = cap ? cap * 2 : 16;
      Span *l = mem_realloc(out->l, cap * sizeof *l);
      if (!l) { mem_free(out->l); out->l = NULL; return -1; }
      out->l = l;
    }
    out->l[out->n].s = s + start;
    out->l[out->n++].n = end - start;
    i = brk ? i + brk : n;
    start = i;
  }
  return 0;
}

/* '\n'.join(lines[lo:hi]) */
static void join_lines(StrBuf *b, const Lines *ls, size_t lo, size_t hi) {
  for (size_t i = lo; i < hi; i++) {
    if (i > lo) sb_addc(b, '\n');
    sb_add(b, ls->l[i].s, ls->l[i].n);
  }
}

/* ---- difflib.get_close_matches(word, keyword.kwlist, n=3, cutoff=0.5) ---- */

/* SequenceMatcher(None, a, b).find_longest_match: the first longest block. */
static size_t longest(const uint32_t *a, size_t alo, size_t ahi, const uint32_t *b, size_t blo, size_t bhi,
                      size_t *bi, size_t *bj, size_t *j2len, size_t *next) {
  size_t best = 0, lb = bhi + 1;
  *bi = alo;
  *bj = blo;
  memset(j2len, 0, lb * sizeof *j2len);
  for (size_t i = alo; i < ahi; i++) {
    memset(next, 0, lb * sizeof *next);
    for (size_t j = blo; j < bhi; j++) {
      if (a[i] != b[j]) continue;
      size_t k = next[j + 1] = j2len[j] + 1;   /* shifted by one: j2len[j] is block ending at j-1 */
      if (k > best) {
        *bi = i + 1 - k;
        *bj = j + 1 - k;
        best = k;
      }
    }
    memcpy(j2len, next, lb * sizeof *j2len);
  }
  return best;
}

/* The total size of get_matching_blocks(). */
static size_t matching(const uint32_t *a, size_t alo, size_t ahi, const uint32_t *b, size_t blo, size_t bhi,
                       size_t *j2len, size_t *next) {
  if (alo >= ahi || blo >= bhi) return 0;
  size_t i, j, k = longest(a, alo, ahi, b, blo, bhi, &i, &j, j2len, next);
  if (!k) return 0;
  return k + matching(a, alo, i, b, blo, j, j2len, next) + matching(a, i + k, ahi, b, j + k, bhi, j2len, next);
}

typedef struct Scored { size_t m, t; int kw; } Scored;

/* a better than b in heapq.nlargest over (ratio, word) */
static int scored_gt(const Scored *a, const Scored *b) {
  unsigned long long x = (unsigned long long)a->m * b->t, y = (unsigned long long)b->m * a->t;
  if (x != y) return x > y;
  return strcmp(lx_keyword_names[a->kw], lx_keyword_names[b->kw]) > 0;
}

/* Fills kws with up to MAX_MATCHES keyword indexes, best first; returns how many. */
static int close_matches(const uint32_t *w, size_t wn, int *kws) {
  Scored top[MAX_MATCHES];
  int n = 0;
  size_t *j2len = mem_alloc((wn + 1) * sizeof *j2len), *next = mem_alloc((wn + 1) * sizeof *next);
  if (!j2len || !next) { mem_free(j2len); mem_free(next); return -1; }
  for (int kw = 0; kw < KW_COUNT; kw++) {
    const char *k = lx_keyword_names[kw];
    uint32_t a[16];
    size_t an = strlen(k);
    for (size_t i = 0; i < an; i++) a[i] = (unsigned char)k[i];
    size_t t = an + wn;
    if (4 * (an < wn ? an : wn) < t) continue;          /* real_quick_ratio */
    size_t m = matching(a, 0, an, w, 0, wn, j2len, next);
    if (4 * m < t) continue;                            /* ratio() < cutoff */
    Scored s = {m, t, kw};
    int at = n;
    while (at > 0 && scored_gt(&s, &top[at - 1])) at--;
    if (at >= MAX_MATCHES) continue;
    if (n < MAX_MATCHES) n++;
    memmove(top + at + 1, top + at, (size_t)(n - 1 - at) * sizeof *top);
    top[at] = s;
  }
  mem_free(j2len);
  mem_free(next);
  for (int i = 0; i < n; i++) kws[i] = top[i].kw;
  return n;
}

/* ---- codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST) ------ */

/* compile(code, "<input>", "exec"): 1 compiles, 0 SyntaxError, -1 another
 * error. Its warnings show (codeop silences only the incomplete checks). */
static int full_compile(Rt *rt, StrBuf *code) {
  Obj *fn = str_from_c(rt, "<input>");
  if (!fn) return -1;
  Ast ast;
  int r = ast_parse(rt, code->data, code->len, fn, &ast);
  if (r == 0 && ast_check(rt, &ast, fn, "", 0) < 0) {
    ast_free(&ast);
    r = -1;
  }
  Obj *co = r == 0 ? compile_module(rt, &ast, fn) : NULL;
  if (r == 0) ast_free(&ast);
  decref(fn);
  if (co) {
    decref(co);
    return 1;
  }
  /* valid Python this implementation does not run still compiles in CPython */
  if (err_matches(rt, EXC(NotImplementedError))) {
    err_clear(rt);
    return 1;
  }
  if (!err_matches(rt, EXC(SyntaxError))) return -1;
  err_clear(rt);
  return 0;
}

/* _maybe_compile: the text parses or is only incomplete (ONLY_AST, with
 * and without a newline added), else the full compile decides; and after
 * a clean parse the full compile decides too. 1 accepted, 0 SyntaxError,
 * -1 another error. */
static int compiles(Rt *rt, StrBuf *code) {
  int r = ast_parse_check(rt, code->data, code->len, 1);
  if (r < 0) return -1;
  if (r != 1) {
    sb_addc(code, '\n');
    r = ast_parse_check(rt, code->data, code->len, 1);
    code->data[--code->len] = 0;
    if (r < 0) return -1;
    if (r == 1 || r == 2) return 1;
  }
  return full_compile(rt, code);
}

/* ---- the search -------------------------------------------------------------- */

static size_t cp_count(const char *s, size_t n) { return utf8_count(s, n); }

/* Byte offset of code point `cp` of s (or n). */
static size_t cp_offset(const char *s, size_t n, size_t cp) {
  size_t i = 0;
  while (cp && i < n) {
    size_t adv;
    utf8_decode(s + i, n - i, &adv);
    i += adv ? adv : 1;
    cp--;
  }
  return i;
}

typedef struct Search {
  Rt *rt;
  Obj *kwlist;                /* keyword.kwlist as a list of str */
  const char *code;           /* the dedented lines */
  size_t len;
  Lines lines;                /* error_code.splitlines() */
  KwTypo *out;
} Search;

/* Tries the keyword `kw` in place of the token; 1 found, 0 not, -1 error. */
static int try_keyword(Search *s, const Token *t, size_t row, size_t c0, size_t c1, const char *kw) {
  if (row >= s->lines.n) return -1;                       /* IndexError */
  const Span *ln = &s->lines.l[row];
  size_t b0 = cp_offset(ln->s, ln->n, c0), b1 = cp_offset(ln->s, ln->n, c1);
  if (b1 < b0) b1 = b0;
  StrBuf code = SB_INIT;
  for (size_t i = 0; i < s->lines.n; i++) {
    if (i) sb_addc(&code, '\n');
    if (i != row) {
      sb_add(&code, s->lines.l[i].s, s->lines.l[i].n);
      continue;
    }
    sb_add(&code, ln->s, b0);
    sb_adds(&code, kw);
    sb_add(&code, ln->s + b1, ln->n - b1);
  }
  int r = code.data ? compiles(s->rt, &code) : -1;
  sb_free(&code);
  if (r != 1) return r;
  /* token.line: the token's physical line of the tokenized text */
  const char *ls = t->start, *le = t->start;
  while (ls > s->code && ls[-1] != '\n') ls--;
  while (le < s->code + s->len && *le != '\n') le++;
  if (le < s->code + s->len) le++;
  s->out->text = str_new(s->rt, ls, (size_t)(le - ls));
  s->out->msg = str_fromf(s->rt, "invalid syntax. Did you mean '%s'?", kw);
  s->out->lineno = t->lineno;
  s->out->offset = (long)c0 + 1;
  s->out->end_offset = (long)c1 + 1;
  if (!s->out->text || !s->out->msg) {
    CLEAR(s->out->text);
    CLEAR(s->out->msg);
    return -1;
  }
  return 1;
}

static int is_keyword(const char *s, size_t n) {
  for (int k = 0; k < KW_COUNT; k++)
    if (strlen(lx_keyword_names[k]) == n && !memcmp(lx_keyword_names[k], s, n)) return 1;
  return 0;
}

/* One NAME token: its candidates, each tried. */
static int try_token(Search *s, const Token *t) {
  Rt *rt = s->rt;
  const char *ls = t->start;
  while (ls > s->code && ls[-1] != '\n') ls--;
  size_t c0 = cp_count(ls, (size_t)(t->start - ls)), c1 = c0 + cp_count(t->start, (size_t)(t->end - t->start));
  Obj *wrong = str_new(rt, t->start, (size_t)(t->end - t->start));
  if (!wrong) return -1;
  const char *cands[1 + MAX_MATCHES];
  int nc = 0;
  Obj *sugg = trace_suggest_closest(s->kwlist, wrong);
  if (sugg) cands[nc++] = str_c(sugg);
  size_t wn = 0, wb = str_len(wrong);
  uint32_t *w = mem_alloc((wb + 1) * sizeof *w);
  if (!w) { decref(wrong); return -1; }
  for (size_t i = 0, adv; i < wb; i += adv ? adv : 1) w[wn++] = utf8_decode(str_c(wrong) + i, wb - i, &adv);
  int kws[MAX_MATCHES], nk = close_matches(w, wn, kws);
  mem_free(w);
  decref(wrong);
  if (nk < 0) return -1;
  for (int i = 0; i < nk && nc < MAX_MATCHES; i++) cands[nc++] = lx_keyword_names[kws[i]];
  for (int i = 0; i < nc; i++) {
    int r = try_keyword(s, t, (size_t)t->lineno - 1, c0, c1, cands[i]);
    if (r) return r;
  }
  return 0;
}

/* Tokenizes the dedented lines, trying the first NAME tokens in order. */
static int search(Search *s) {
  size_t tlen;
  char *buf = lx_translate(s->code, s->len, &tlen);
  Lexer *lx = mem_alloc(sizeof *lx);
  Obj *fn = str_from_c(s->rt, "<string>");
  int r = -1, left = MAX_TOKENS;
  if (buf && lx && fn) {
    /* the translated copy has the same lines (the text has no '\r') */
    s->code = buf;
    s->len = tlen;
    lx_init(lx, s->rt, buf, tlen, fn);
    lx->quiet = 1;                 /* tokenize does not report warnings */
    for (r = 0; !r;) {
      Token t;
      int type = lx_next(lx, &t);
      if (type == T_ENDMARKER || type == T_ERRORTOKEN || err_occurred(s->rt)) break;
      if (lx->done != LX_OK && lx->done != LX_EOF) break;   /* tokenize raises */
      if (type != T_NAME || is_keyword(t.start, (size_t)(t.end - t.start))) continue;
      if (--left < 0) break;
      r = try_token(s, &t);
    }
  }
  xdecref(fn);
  mem_free(lx);
  mem_free(buf);
  return r;
}

static int find(Rt *rt, Obj *exc, KwTypo *out) {
  SyntaxErrorObj *se = (SyntaxErrorObj *)exc;
  Obj *msg = se->msg, *md = se->metadata;
  if (!msg || !IS_STR(msg)) return 0;
  if (!str_eq_c(msg, "invalid syntax") && !strstr(str_c(msg), "Perhaps you forgot a comma")) return 0;
  if (!md || !IS_TUPLE(md) || tuple_len(md) != 3) return 0;
  Obj *line_o = tuple_get(md, 0), *source = tuple_get(md, 2);
  int64_t line, end_line = 0;
  if (!IS_INT(line_o) || int_as_i64(line_o, &line) < 0) return 0;
  if (se->lineno && se->lineno != None && (!IS_INT(se->lineno) || int_as_i64(se->lineno, &end_line) < 0)) return 0;
  const char *text;
  size_t tn;
  if (source == None) {
    /* open(self.filename) fails here: no files */
    if (!se->text || !IS_STR(se->text)) return 0;
    text = str_c(se->text);
    tn = str_len(se->text);
    line = 0;
    end_line = 1;
  } else if (IS_STR(source)) {
    text = str_c(source);
    tn = str_len(source);
  } else {
    return 0;
  }
  Lines all;
  if (split_lines(text, tn, &all) < 0) return -1;
  /* lines[line - 1 if line > 0 else 0 : end_line] */
  int64_t n = (int64_t)all.n, lo = line > 0 ? line - 1 : 0, hi = end_line;
  if (hi < 0) hi += n;
  if (hi < 0) hi = 0;
  if (hi > n) hi = n;
  if (lo > n) lo = n;
  StrBuf joined = SB_INIT, ded = SB_INIT;
  if (lo < hi) join_lines(&joined, &all, (size_t)lo, (size_t)hi);
  mem_free(all.l);
  trace_dedent(1, &ded, joined.data ? joined.data : "", joined.len);
  sb_free(&joined);
  int r = 0;
  if (!ded.data) sb_adds(&ded, "");
  if (cp_count(ded.data, ded.len) <= MAX_SOURCE) {
    Search s = {rt, NULL, ded.data, ded.len, {NULL, 0}, out};
    s.kwlist = list_new(rt, KW_COUNT);
    if (s.kwlist) {
      for (int k = 0; k < KW_COUNT; k++) ((List *)s.kwlist)->items[k] = incref(str_static(lx_keyword_names[k]));
      r = split_lines(ded.data, ded.len, &s.lines) < 0 ? -1 : search(&s);
      mem_free(s.lines.l);
      decref(s.kwlist);
    }
  }
  sb_free(&ded);
  return r;
}

/* The keyword_typo hook: no exception escapes, none is left behind. */
int lang_keyword_typo(Rt *rt, Obj *exc, KwTypo *out) {
  memset(out, 0, sizeof *out);
  if (!is_inst(exc, EXC(SyntaxError))) return 0;
  Obj *saved = err_fetch(rt);
  int r = find(rt, exc, out) == 1;
  err_clear(rt);
  err_restore(rt, saved);
  return r;
}
