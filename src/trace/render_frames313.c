/* render_frames313.c: format_frame_summary of Lib/traceback.py 3.13+.
 * The statement's lines are shown dedented (first, last, and those around
 * the anchors; runs of others as "...<N lines>..."); carets are drawn in
 * display columns and omitted when they would add nothing: a span covering
 * the whole statement, or `x = f(...)` / `return f(...)` as a whole. */
#include "trace/render_internal.h"
#include "obj/str.h"
#include "base/mem.h"

/* A line list: views into one code point buffer. */
typedef struct Lines { U *l; size_t n; } Lines;

static void lines_free(Lines *ls) {
  for (size_t i = 0; i < ls->n; i++) u_free(&ls->l[i]);
  mem_free(ls->l);
  ls->l = NULL;
  ls->n = 0;
}

/* Splits UTF-8 text at '\n' (no empty item after a final newline, like
 * str.splitlines). */
static int lines_split(Lines *ls, const char *s, size_t n) {
  size_t cap = 1;
  for (size_t i = 0; i < n; i++) cap += s[i] == '\n';
  ls->n = 0;
  ls->l = mem_calloc(cap, sizeof(U));
  if (!ls->l) return -1;
  const char *e = s + n;
  while (s < e) {
    const char *nl = memchr(s, '\n', (size_t)(e - s));
    const char *le = nl ? nl : e;
    if (u_decode(&ls->l[ls->n], s, (size_t)(le - s)) < 0) return -1;
    ls->n++;
    s = nl ? nl + 1 : e;
  }
  return 0;
}

/* The character index of UTF-8 byte offset off of u's text (as
 * _byte_offset_to_character_offset). Over an ASCII prefix bytes are
 * characters; past it the text is encoded and decoded as the original. */
static long u_utf8_to_char(const U *u, long off) {
  if (off <= 0) return 0;
  size_t i = 0;
  while (i < u->n && u->c[i] < 0x80) {
    if ((long)i == off) return off;
    i++;
  }
  if (i == u->n) return off < (long)i ? off : (long)i;
  if (off <= (long)i) return off;
  StrBuf b = SB_INIT;
  u_encode(&b, u->c, u->n);
  long r = (long)text_byte_to_char(b.data ? b.data : "", b.len, off);
  sb_free(&b);
  return r;
}

/* ---- _extract_caret_anchors_from_line_segment (3.13) ----------------------------------------- */

typedef struct Anchors {
  int ok;
  long left_line, left_col, right_line, right_col;
} Anchors;

typedef struct Cur { const Lines *ls; long line, col; int bad; } Cur;

/* next_valid_char: the position itself, or the start of the next line
 * that has characters; running off the end fails (AssertionError). */
static void valid(Cur *c) {
  while (c->line < (long)c->ls->n && c->col >= (long)c->ls->l[c->line].n) { c->col = 0; c->line++; }
  if (c->line >= (long)c->ls->n || c->line < 0) c->bad = 1;
}

static uint32_t cur_ch(const Cur *c) { return c->ls->l[c->line].c[c->col]; }

/* increment_until: skips to the first character satisfying stop, jumping
 * to the next line at a backslash or a comment. */
static void until(Cur *c, int (*stop)(uint32_t)) {
  while (!c->bad) {
    uint32_t ch = cur_ch(c);
    if (ch == '\\' || ch == '#') { c->col = 0; c->line++; valid(c); }
    else if (!stop(ch)) { c->col++; valid(c); }
    else break;
  }
}

static int stop_op(uint32_t ch) { return !u_isspace(ch) && ch != ')'; }
static int stop_lbracket(uint32_t ch) { return ch == '['; }
static int stop_lparen(uint32_t ch) { return ch == '('; }

/* setup_positions: the end of a node as (line, col) of the segment. */
static Cur end_of(const Lines *ls, const int *span, int force) {
  Cur c = {ls, (long)span[2] - 2, 0, 0};
  if (c.line < 0 || c.line >= (long)ls->n) { c.bad = 1; return c; }
  c.col = u_utf8_to_char(&ls->l[c.line], span[3]);
  if (force) valid(&c);
  return c;
}

static Anchors anchors_313(Render *r, const U *segment) {
  Anchors a = {0, 0, 0, 0, 0};
  StrBuf b = SB_INIT;
  sb_adds(&b, "(\n");
  u_encode(&b, segment->c, segment->n);
  sb_adds(&b, "\n)");
  int first[4], second[4], whole[5] = {0};
  int res = sb_failed(&b) ? 0 : call_anchors(r, b.data, b.len, first, second, whole);
  sb_free(&b);
  if (res != 1) return a;
  StrBuf sb = SB_INIT;
  u_encode(&sb, segment->c, segment->n);
  Lines ls;
  if (lines_split(&ls, sb.data ? sb.data : "", sb.len) < 0) { sb_free(&sb); lines_free(&ls); return a; }
  sb_free(&sb);
  if (whole[0] == TRACE_NODE_BINOP) {
    Cur c = end_of(&ls, first, 1);
    if (!c.bad) until(&c, stop_op);
    if (!c.bad) {
      long right_col = c.col + 1;
      const U *l = &ls.l[c.line];
      long rline = (long)second[0] - 2;
      int before_right = rline > c.line;
      if (!before_right && rline >= 0 && rline < (long)ls.n)
        before_right = right_col < u_utf8_to_char(&ls.l[rline], second[1]);
      if (right_col < (long)l->n && before_right && !u_isspace(l->c[right_col]) && l->c[right_col] != '\\' &&
          l->c[right_col] != '#')
        right_col++;
      a = (Anchors){1, c.line, c.col, c.line, right_col};
    }
  } else if (whole[0] == TRACE_NODE_SUBSCRIPT || whole[0] == TRACE_NODE_CALL) {
    Cur c = end_of(&ls, first, 1);
    if (!c.bad) until(&c, whole[0] == TRACE_NODE_CALL ? stop_lparen : stop_lbracket);
    Cur e = end_of(&ls, whole + 1, 0);
    if (!c.bad && !e.bad) a = (Anchors){1, c.line, c.col, e.line, e.col};
  }
  lines_free(&ls);
  return a;
}

/* ---- _should_show_carets ------------------------------------------------------------------ */

static int should_show(Render *r, long start, long end, const Lines *all, const Anchors *an) {
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < all->n; i++) {
    if (i) sb_addc(&b, '\n');
    u_encode(&b, all->l[i].c, all->l[i].n);
  }
  /* whole[0] = 1 asks: is the first statement `return NAME(...)` or
   * `NAME = f(...)`? (2: yes, the call's span in whole[1..4]; 0: empty
   * module; 1: no; -1: does not parse) */
  int first[4], second[4], whole[5] = {1, 0, 0, 0, 0};
  int res = sb_failed(&b) ? -1 : call_anchors(r, b.data ? b.data : "", b.len, first, second, whole);
  sb_free(&b);
  if (res == 0) return 0;
  if (res == 2 && whole[1] == 1 && whole[3] == (int)all->n && whole[2] == start && whole[4] == end) return 0;
  if (an->ok) return 1;
  const U *f = &all->l[0], *l = &all->l[all->n - 1];
  for (long i = 0; i < start && i < (long)f->n; i++)
    if (!u_isspace(f->c[i])) return 1;
  for (long i = end < 0 ? 0 : end; i < (long)l->n; i++)
    if (!u_isspace(l->c[i])) return 1;
  return 0;
}

/* ---- the frame ---------------------------------------------------------------------------------- */

static void add_colored(StrBuf *b, const char *color, const uint32_t *c, size_t n, int nl) {
  if (color) sb_adds(b, color);
  u_encode(b, c, n);
  if (nl) sb_addc(b, '\n');
  if (color) sb_adds(b, C_RESET);
}

/* output_line: one source line and, when shown, its carets. */
static void output_line(Render *r, StrBuf *res, const Lines *all, long lineno, int show, const Anchors *an,
                        long dp_start, long dp_end, long al, long ar) {
  const U *l = &all->l[lineno];
  if (!show) {
    u_encode(res, l->c, l->n);
    sb_addc(res, '\n');
    return;
  }
  long spaces = 0;
  while (spaces < (long)l->n && u_isspace(l->c[spaces])) spaces++;
  long ncar = lineno == (long)all->n - 1 ? dp_end : u_width(r, l->c, l->n, (long)l->n);
  char *car = mem_alloc((size_t)(ncar > 0 ? ncar : 0) + 1);
  if (!car) { res->failed = 1; return; }
  for (long col = 0; col < ncar; col++) {
    if (col < spaces || (lineno == 0 && col < dp_start)) car[col] = ' ';
    else if (an->ok && (lineno > an->left_line || (lineno == an->left_line && col >= al)) &&
             (lineno < an->right_line || (lineno == an->right_line && col < ar)))
      car[col] = '^';
    else car[col] = an->ok ? '~' : '^';
  }
  if (!r->colorize) {
    u_encode(res, l->c, l->n);
    sb_addc(res, '\n');
    sb_add(res, car, (size_t)(ncar > 0 ? ncar : 0));
    sb_addc(res, '\n');
  } else {
    /* groupby(zip_longest(line + "\n", carets)) on the caret character */
    long total = (long)l->n + 1 > ncar ? (long)l->n + 1 : ncar;
    StrBuf cl = SB_INIT;
    for (long i = 0; i < total;) {
      char k = i < ncar ? car[i] : 0;
      long j = i;
      while (j < total && (j < ncar ? car[j] : 0) == k) j++;
      const char *color = k == '^' ? C_HIGHLIGHT : k == '~' ? C_RANGE : NULL;
      long a = i < (long)l->n ? i : (long)l->n, z = j < (long)l->n ? j : (long)l->n;
      add_colored(res, color, l->c + a, (size_t)(z - a), i <= (long)l->n && (long)l->n < j);
      if (color) sb_adds(&cl, color);
      if (i < ncar) sb_add(&cl, car + i, (size_t)((j < ncar ? j : ncar) - i));
      if (color) sb_adds(&cl, C_RESET);
      i = j;
    }
    sb_add(res, cl.data ? cl.data : "", cl.len);
    sb_addc(res, '\n');
    sb_free(&cl);
  }
  mem_free(car);
}

static void add_file_line(Render *r, StrBuf *b, const Entry *e) {
  if (r->colorize)
    sb_addf(b, "  File " C_FILE "\"%s\"" C_RESET ", line " C_FILE "%d" C_RESET ", in " C_FILE "%s" C_RESET "\n",
            str_c(e->filename), e->lineno, str_c(e->name));
  else
    sb_addf(b, "  File \"%s\", line %d, in %s\n", str_c(e->filename), e->lineno, str_c(e->name));
}

/* textwrap.indent(text, '    ', lambda line: True): lines as splitlines cuts them */
static void indent_all(StrBuf *b, const char *s, size_t n) {
  const char *e = s + n;
  while (s < e) {
    const char *p = s;
    size_t k = 0;
    while (p < e && !(k = text_line_break(p, e))) p++;
    sb_adds(b, "    ");
    sb_add(b, s, (size_t)(p - s) + k);
    s = p + k;
  }
}

int frame_py313(Render *r, StrBuf *b, const Entry *e) {
  add_file_line(r, b, e);
  /* _lines: each line rstripped, joined, ending in a newline */
  StrBuf raw = SB_INIT;
  for (int ln = e->lineno; ln <= e->end_lineno; ln++) {
    Obj *lo = src_line(r->rt, e->filename, ln, NULL);
    if (lo) {
      U u;
      if (u_decode(&u, str_c(lo), str_len(lo)) < 0) { sb_free(&raw); return -1; }
      while (u.n && u_isspace(u.c[u.n - 1])) u.n--;
      u_encode(&raw, u.c, u.n);
      u_free(&u);
    }
    sb_addc(&raw, '\n');
  }
  StrBuf ded = SB_INIT;
  text_dedent(r, &ded, raw.data ? raw.data : "", raw.len);
  int any = 0;   /* _dedented_lines.strip() */
  U dd;
  if (u_decode(&dd, ded.data ? ded.data : "", ded.len) < 0) { sb_free(&raw); sb_free(&ded); return -1; }
  for (size_t i = 0; i < dd.n && !any; i++) any = !u_isspace(dd.c[i]);
  u_free(&dd);
  Lines orig = {0}, all = {0};
  int rc = 0;
  if (!any) goto done;
  if (lines_split(&orig, raw.data, raw.len) < 0 || lines_split(&all, ded.data, ded.len) < 0) { rc = -1; goto done; }
  if (e->col < 0) {
    /* first line, stripped, indented */
    U *f = &orig.l[0];
    size_t a = 0, z = f->n;
    while (a < z && u_isspace(f->c[a])) a++;
    if (z > a) sb_adds(b, "    ");
    u_encode(b, f->c + a, z - a);
    sb_addc(b, '\n');
    goto done;
  }
  size_t span = (size_t)(e->end_lineno - e->lineno);
  if (span >= orig.n || span >= all.n) goto done;
  all.n = span + 1;
  const U *first = &orig.l[0], *last = &orig.l[span];
  long start = u_utf8_to_char(first, e->col), end = u_utf8_to_char(last, e->end_col);
  long dedent_chars = (long)first->n - (long)all.l[0].n;
  start = start - dedent_chars > 0 ? start - dedent_chars : 0;
  end = end - dedent_chars > 0 ? end - dedent_chars : 0;
  const U *l0 = &all.l[0], *ll = &all.l[all.n - 1];
  long dp_start = u_width(r, l0->c, l0->n, start), dp_end = u_width(r, ll->c, ll->n, end);
  /* the segment: "\n".join(all_lines)[start : len - (len(last) - end)] */
  size_t total = 0;
  for (size_t i = 0; i < all.n; i++) total += all.l[i].n + (i > 0);
  uint32_t *joined = mem_alloc((total + 1) * sizeof(uint32_t));
  if (!joined) { rc = -1; goto done; }
  size_t k = 0;
  for (size_t i = 0; i < all.n; i++) {
    if (i) joined[k++] = '\n';
    memcpy(joined + k, all.l[i].c, all.l[i].n * sizeof(uint32_t));
    k += all.l[i].n;
  }
  long sa = start, sz = (long)total - ((long)ll->n - end);
  if (sa > (long)total) sa = (long)total;
  if (sz < 0) sz += (long)total;
  if (sz < 0) sz = 0;
  if (sz > (long)total) sz = (long)total;
  if (sz < sa) sz = sa;
  U seg = {joined + sa, (size_t)(sz - sa)};
  Anchors an = anchors_313(r, &seg);
  mem_free(joined);
  int show = should_show(r, start, end, &all, &an);
  /* significant lines: first, last, and around the anchors */
  size_t nl = all.n;
  char *sig = mem_calloc(nl + 2, 1);
  if (!sig) { rc = -1; goto done; }
  sig[0] = sig[nl - 1] = 1;
  long al = 0, ar = 0;
  if (an.ok) {
    al = an.left_col + (an.left_line == 0 ? start : 0);
    ar = an.right_col + (an.right_line == 0 ? start : 0);
    if (an.left_line < (long)nl) al = u_width(r, all.l[an.left_line].c, all.l[an.left_line].n, al);
    if (an.right_line < (long)nl) ar = u_width(r, all.l[an.right_line].c, all.l[an.right_line].n, ar);
    for (long d = -1; d <= 1; d++) {
      long x = an.left_line + d, y = an.right_line + d;
      if (x >= 0 && x < (long)nl) sig[x] = 1;
      if (y >= 0 && y < (long)nl) sig[y] = 1;
    }
  }
  StrBuf res = SB_INIT;
  long prev = -1;
  for (long i = 0; i < (long)nl; i++) {
    if (!sig[i]) continue;
    if (prev >= 0) {
      long diff = i - prev;
      if (diff == 2) output_line(r, &res, &all, i - 1, show, &an, dp_start, dp_end, al, ar);
      else if (diff > 2) sb_addf(&res, "...<%ld lines>...\n", diff - 1);
    }
    output_line(r, &res, &all, i, show, &an, dp_start, dp_end, al, ar);
    prev = i;
  }
  mem_free(sig);
  StrBuf d2 = SB_INIT;
  text_dedent(r, &d2, res.data ? res.data : "", res.len);
  indent_all(b, d2.data ? d2.data : "", d2.len);
  if (sb_failed(&res) || sb_failed(&d2)) rc = -1;
  sb_free(&res);
  sb_free(&d2);
done:
  lines_free(&orig);
  lines_free(&all);
  sb_free(&raw);
  sb_free(&ded);
  return rc;
}
