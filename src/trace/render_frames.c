/* render_frames.c: the entries of a traceback as CPython prints them:
 *   - the C printer (Python/traceback.c tb_printinternal/tb_displayline),
 *     used by sys.excepthook before 3.13: the line without its indentation
 *     (trailing spaces kept), carets unless they would span the whole line;
 *   - Lib/traceback.py 3.11/3.12 (StackSummary.format): the stripped line,
 *     carets under the instruction's span, ~ and ^ from the anchors;
 *   - 3.13+ (render_frames313.c).
 * Both repeat rules print a frame at most 3 times in a row, then
 * "[Previous line repeated N more time(s)]". */
#include "trace/render_internal.h"
#include "obj/err.h"
#include "obj/str.h"
#include "base/mem.h"
#include "base/utf8.h"
#include "base/unicode.h"

#define RECURSIVE_CUTOFF 3

/* ---- code points ------------------------------------------------------------------------ */

int u_decode(U *u, const char *s, size_t n) {
  u->n = 0;
  u->c = mem_alloc((n + 1) * sizeof(uint32_t));
  if (!u->c) return -1;
  for (size_t i = 0; i < n;) {
    size_t adv;
    u->c[u->n++] = utf8_decode(s + i, n - i, &adv);
    i += adv;
  }
  return 0;
}

void u_free(U *u) { mem_free(u->c); u->c = NULL; u->n = 0; }

/* One reservation for the worst case (4 bytes a code point), then the
 * bytes written in place: tracebacks encode whole lines many times. */
void u_encode(StrBuf *b, const uint32_t *c, size_t n) {
  if (n > ((size_t)-1 / 2) / 4 || sb_reserve(b, n * 4)) {
    b->failed = 1;
    return;
  }
  char *d = b->data + b->len;
  for (size_t i = 0; i < n; i++) {
    if (c[i] < 0x80) *d++ = (char)c[i];
    else d += utf8_encode(c[i], d);
  }
  b->len = (size_t)(d - b->data);
  b->data[b->len] = '\0';
}

int u_isspace(uint32_t c) { return uni_isspace(c); }

long u_width(const Render *r, const uint32_t *c, size_t n, long off) {
  int ascii = 1;
  for (size_t i = 0; i < n && ascii; i++) ascii = c[i] < 0x80;
  if (ascii || !r->st->width_bit || off <= 0) return off;
  long w = 0;
  for (size_t i = 0; i < n && (long)i < off; i++) w += char_is_wide(r, c[i]) ? 2 : 1;
  return w;
}

int call_anchors(Render *r, const char *s, size_t n, int *first, int *second, int *whole) {
  const TraceHooks *h = trace_hooks(r->rt);
  if (!h->anchors) return 0;
  int res = h->anchors(r->rt, s, n, r->warn_file, first, second, whole);
  if (err_occurred(r->rt)) err_clear(r->rt);
  return res;
}

/* ---- entries ------------------------------------------------------------------------------ */

size_t tb_count(Obj *tbo) {
  size_t n = 0;
  for (Traceback *tb = (Traceback *)tbo; tb; tb = tb->next) n++;
  return n;
}

static Entry entry_of(Traceback *tb) {
  const CodeInfo *info = tb->frame->info;
  Pos p = traceback_pos(tb);
  Entry e = {info->filename, info->name, p.lineno, p.end_lineno, p.col, p.end_col};
  if (e.lineno < 0) e.lineno = tb->lineno;   /* co_positions has no line: tb_lineno */
  if (e.end_lineno < 0) e.end_lineno = e.lineno;
  if (e.col < 0 || e.end_col < 0) e.col = e.end_col = -1;
  return e;
}

void trace_tb_entry(Obj *tb, Obj **filename, Obj **name, int pos[4]) {
  Entry e = entry_of((Traceback *)tb);
  *filename = e.filename;
  *name = e.name;
  pos[0] = e.lineno;
  pos[1] = e.end_lineno;
  pos[2] = e.col;
  pos[3] = e.end_col;
}

static int frame_py311(Render *r, StrBuf *b, const Entry *e);

int frame_summary_py(Render *r, StrBuf *b, Obj *filename, Obj *name, const int pos[4]) {
  Entry e = {filename, name, pos[0], pos[1] < 0 ? pos[0] : pos[1], pos[2], pos[3]};
  if (e.col < 0 || e.end_col < 0) e.col = e.end_col = -1;
  return r->st->frames == FR_PY313 ? frame_py313(r, b, &e) : frame_py311(r, b, &e);
}

/* The entries the limit keeps: [*first, *first + *count). */
static void limit_range(const Render *r, size_t n, size_t *first, size_t *count) {
  *first = 0;
  *count = n;
  if (r->limit < 0) return;
  size_t lim = (size_t)r->limit;
  if (!r->limit_tail) {
    if (lim < n) *count = lim;
  } else if (r->slice_quirk) {
    /* frames[len(frames) - limit:] */
    long start = (long)n - (long)lim;
    if (start < 0) start += (long)n;
    if (start < 0) start = 0;
    *first = (size_t)start;
    *count = n - (size_t)start;
  } else if (lim < n) {
    *first = n - lim;
    *count = lim;
  }
}

/* ---- Lib/traceback.py 3.11/3.12 ------------------------------------------------------------- */

/* _extract_caret_anchors_from_line_segment of 3.11/3.12 (single line): the
 * operator of a binary operation, the brackets of a subscript. Offsets are
 * characters of the segment. The byte/character mix is CPython's. */
static int anchors_py311(Render *r, const U *seg, long *left, long *right) {
  StrBuf b = SB_INIT;
  u_encode(&b, seg->c, seg->n);
  int first[4], second[4], whole[5] = {0};
  int kind = sb_failed(&b) ? 0 : call_anchors(r, b.data ? b.data : "", b.len, first, second, whole) == 1 ? whole[0] : 0;
  const char *s = b.data ? b.data : "";
  long n = (long)seg->n, res = 0;
  if (kind == TRACE_NODE_BINOP) {
    long op_start = (long)text_byte_to_char(s, b.len, first[3]);
    long op_end = (long)text_byte_to_char(s, b.len, second[1]);
    if (op_end > n) op_end = n;
    if (op_start > op_end) op_start = op_end;
    long op_len = op_end - op_start, off = 0;
    while (off < op_len && u_isspace(seg->c[op_start + off])) off++;
    long la = first[3] + off, ra = la + 1;
    if (off + 1 < op_len && !u_isspace(seg->c[op_start + off + 1])) ra++;
    while (la < n && (u_isspace(seg->c[la]) || seg->c[la] == ')' || seg->c[la] == '#')) { la++; ra++; }
    *left = (long)text_byte_to_char(s, b.len, la);
    *right = (long)text_byte_to_char(s, b.len, ra);
    res = 1;
  } else if (kind == TRACE_NODE_SUBSCRIPT) {
    long la = (long)text_byte_to_char(s, b.len, first[3]);
    long ra = (long)text_byte_to_char(s, b.len, (long)second[3] + 1);
    while (la < n && seg->c[la] != '[') la++;
    while (ra < n && seg->c[ra] != ']') ra++;
    if (ra < n) ra++;
    *left = la;
    *right = ra;
    res = 1;
  }
  sb_free(&b);
  return (int)res;
}

static void add_file_line(Render *r, StrBuf *b, const Entry *e) {
  (void)r;
  sb_addf(b, "  File \"%s\", line %d, in %s\n", str_c(e->filename), e->lineno, str_c(e->name));
}

/* format_frame_summary of 3.11/3.12. */
static int frame_py311(Render *r, StrBuf *b, const Entry *e) {
  add_file_line(r, b, e);
  int nl = 0;
  Obj *lo = src_line(r->rt, e->filename, e->lineno, &nl);
  if (!lo) return 0;
  U line;   /* _original_line: with its newline */
  if (u_decode(&line, str_c(lo), str_len(lo)) < 0) return -1;
  if (nl) line.c[line.n++] = '\n';
  size_t a = 0, z = line.n;
  while (a < z && u_isspace(line.c[a])) a++;
  while (z > a && u_isspace(line.c[z - 1])) z--;
  long stripped_len = (long)(z - a);
  if (!stripped_len) { u_free(&line); return 0; }
  sb_adds(b, "    ");
  u_encode(b, line.c + a, (size_t)stripped_len);
  sb_addc(b, '\n');
  if (e->col < 0) { u_free(&line); return 0; }
  long stripped_chars = (long)line.n - stripped_len;
  StrBuf raw = SB_INIT;
  u_encode(&raw, line.c, line.n);
  const char *rs = raw.data ? raw.data : "";
  long start = (long)text_byte_to_char(rs, raw.len, e->col);
  long end = (long)text_byte_to_char(rs, raw.len, e->end_col);
  sb_free(&raw);
  long s0 = start < (long)line.n ? start : (long)line.n, s1 = end < (long)line.n ? end : (long)line.n;
  if (s1 < s0) s1 = s0;
  U seg = {line.c + s0, (size_t)(s1 - s0)};
  long left = 0, right = 0;
  int anchors = 0;
  if (e->lineno == e->end_lineno) {
    anchors = anchors_py311(r, &seg, &left, &right);
  } else {
    size_t k = line.n;
    while (k > 0 && u_isspace(line.c[k - 1])) k--;
    end = (long)k;
  }
  if (end - start < stripped_len || (anchors && right - left > 0)) {
    long dp_start = u_width(r, line.c, line.n, start) + 1;
    long dp_end = u_width(r, line.c, line.n, end) + 1;
    sb_adds(b, "    ");
    if (dp_start - stripped_chars > 0) sb_repeat(b, ' ', (size_t)(dp_start - stripped_chars));
    if (anchors) {
      long dl = u_width(r, seg.c, seg.n, left), dr = u_width(r, seg.c, seg.n, right);
      if (dl > 0) sb_repeat(b, '~', (size_t)dl);
      if (dr - dl > 0) sb_repeat(b, '^', (size_t)(dr - dl));
      if (dp_end - dp_start - dr > 0) sb_repeat(b, '~', (size_t)(dp_end - dp_start - dr));
    } else if (dp_end - dp_start > 0) {
      sb_repeat(b, '^', (size_t)(dp_end - dp_start));
    }
    sb_addc(b, '\n');
  }
  u_free(&line);
  return 0;
}

static void add_repeated(StrBuf *b, long count) {
  count -= RECURSIVE_CUTOFF;
  sb_addf(b, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
}

static int same_str(Obj *a, Obj *b) { return a == b || (a && b && str_equal(a, b)); }

/* StackSummary.format's run counting: a run of the same (file, line, name)
 * shows its first 3 entries, then one note for the rest. */
typedef struct Repeat { Obj *file, *name; int line; long count; } Repeat;

static void repeat_note(Render *r, const Repeat *rp, const char *prefix) {
  if (rp->count <= RECURSIVE_CUTOFF) return;
  StrBuf b = SB_INIT;
  add_repeated(&b, rp->count);
  out_emit(r->out, prefix, b.data, b.len);
  sb_free(&b);
}

/* 1 when e is to be shown. */
static int repeat_step(Render *r, Repeat *rp, const Entry *e, const char *prefix) {
  if (!rp->file || !same_str(rp->file, e->filename) || rp->line != e->lineno || !same_str(rp->name, e->name)) {
    repeat_note(r, rp, prefix);
    *rp = (Repeat){e->filename, e->name, e->lineno, 0};
  }
  return ++rp->count <= RECURSIVE_CUTOFF;
}

static int emit_frame(Render *r, StrBuf *b, const Entry *e, const char *prefix) {
  sb_reset(b);
  int res = r->st->frames == FR_PY313 ? frame_py313(r, b, e) : frame_py311(r, b, e);
  if (res == 0) out_emit(r->out, prefix, b->data ? b->data : "", b->len);
  return res;
}

/* StackSummary.format() formats every frame before yielding any: the
 * SyntaxWarnings its ast.parse() calls show ("<unknown>") all come before
 * the frames. A first pass into a scratch buffer shows them. */
static int warnings_pass(Render *r, Obj *tbo, const char *prefix) {
  StrBuf scratch = SB_INIT;
  Out o = {r->rt, &scratch, NULL, 0, 0, NULL, NULL}, *saved = r->out;
  r->out = &o;
  r->warn_file = str_static("<unknown>");
  int res = frames_format_py(r, tbo, prefix);
  r->warn_file = NULL;
  r->out = saved;
  sb_free(&scratch);
  return res;
}

/* StackSummary.format(): each frame (and each repeat note) one chunk. */
int frames_format_py(Render *r, Obj *tbo, const char *prefix) {
  if (!r->warn_file && warnings_pass(r, tbo, prefix) < 0) return -1;
  size_t n = tb_count(tbo), first, count;
  limit_range(r, n, &first, &count);
  Traceback *tb = (Traceback *)tbo;
  for (size_t i = 0; i < first; i++) tb = tb->next;
  Repeat rp = {NULL, NULL, -1, 0};
  StrBuf b = SB_INIT;
  int res = 0;
  for (size_t i = 0; i < count && res == 0; i++, tb = tb->next) {
    Entry e = entry_of(tb);
    if (repeat_step(r, &rp, &e, prefix)) res = emit_frame(r, &b, &e, prefix);
  }
  sb_free(&b);
  if (res < 0) return -1;
  repeat_note(r, &rp, prefix);
  return r->out->failed ? -1 : 0;
}

/* StackSummary.extract(walk_stack(f)).format(): the frames from the
 * outermost to f, at their current lines, without columns (no carets). The
 * limit keeps the innermost frames. */
int frames_format_stack(Render *r, TFrame *f) {
  size_t n = 0;
  for (TFrame *x = f; x; x = x->back) n++;
  size_t keep = r->limit >= 0 && (size_t)r->limit < n ? (size_t)r->limit : n;
  TFrame **fs = mem_alloc((keep + 1) * sizeof *fs);
  if (!fs) { r->out->failed = 1; return -1; }
  size_t k = 0;
  for (TFrame *x = f; x && k < keep; x = x->back) fs[k++] = x;
  Repeat rp = {NULL, NULL, -1, 0};
  StrBuf b = SB_INIT;
  int res = 0;
  for (size_t i = keep; i-- > 0 && res == 0;) {
    Pos p = frame_pos(fs[i], fs[i]->lasti < 0 ? 0 : fs[i]->lasti);
    Entry e = {fs[i]->info->filename, fs[i]->info->name, p.lineno, p.lineno, -1, -1};
    if (repeat_step(r, &rp, &e, "")) res = emit_frame(r, &b, &e, "");
  }
  sb_free(&b);
  mem_free(fs);
  if (res < 0) return -1;
  repeat_note(r, &rp, "");
  return r->out->failed ? -1 : 0;
}

/* ---- the C printer ---------------------------------------------------------------------------- */

static void margin_c(StrBuf *b, int indent, const char *margin) {
  sb_repeat(b, ' ', (size_t)indent);
  if (margin) sb_adds(b, margin);
}

static int c_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\f'; }

/* extract_anchors_from_expr of traceback.c: the first non-space character
 * after the left operand (past closing parentheses) is the operator, one or
 * two characters long; a subscript's brackets. Byte offsets of the segment,
 * returned as characters of the line. */
static int anchors_c(Render *r, const U *line, long start, long end, long *left, long *right) {
  if (end > (long)line->n) end = (long)line->n;
  if (start > end) return 0;
  StrBuf b = SB_INIT;
  u_encode(&b, line->c + start, (size_t)(end - start));
  const char *s = b.data ? b.data : "";
  long n = (long)b.len;
  int first[4], second[4], whole[5] = {0};
  int kind = sb_failed(&b) ? 0 : call_anchors(r, s, b.len, first, second, whole) == 1 ? whole[0] : 0;
  long la = -1, ra = -1;
  if (kind == TRACE_NODE_BINOP) {
    for (long i = first[3]; i < second[1] && i < n; i++) {
      if (c_ws((unsigned char)s[i])) continue;
      la = i;
      ra = i + 1;
      if (i + 1 < second[1] && !c_ws((unsigned char)s[i + 1])) ra++;
      if (i + 1 < second[1] && s[i] == ')') continue;
      break;
    }
  } else if (kind == TRACE_NODE_SUBSCRIPT) {
    la = first[3];
    ra = (long)second[3] + 1;
    while (la < n && s[la] != '[') la++;
    while (ra < n && s[ra] != ']') ra++;
    if (ra < n) ra++;
  }
  if (la >= 0) {
    *left = (long)text_byte_to_char_c(s, b.len, la) + start;
    *right = (long)text_byte_to_char_c(s, b.len, ra) + start;
  }
  sb_free(&b);
  return la >= 0;
}

/* tb_displayline: "File" line, the source line, the carets. */
static int frame_c(Render *r, StrBuf *b, const Entry *e, int indent, const char *margin) {
  margin_c(b, indent, margin);
  add_file_line(r, b, e);
  Obj *lo = src_line(r->rt, e->filename, e->lineno, NULL);
  if (!lo) return 0;
  U line;
  if (u_decode(&line, str_c(lo), str_len(lo)) < 0) return -1;
  size_t lead = 0;
  while (lead < line.n && c_ws(line.c[lead])) lead++;
  margin_c(b, indent, margin);
  sb_adds(b, "    ");
  u_encode(b, line.c + lead, line.n - lead);
  sb_addc(b, '\n');
  if (e->col < 0) { u_free(&line); return 0; }
  long start = (long)text_byte_to_char_c(str_c(lo), str_len(lo), e->col);
  long end = (long)text_byte_to_char_c(str_c(lo), str_len(lo), e->end_col);
  long left = -1, right = -1;
  int anchors = 0;
  if (e->lineno == e->end_lineno) {
    /* its parse warns as from the frame's file, between line and carets */
    r->warn_file = e->filename;
    anchors = anchors_c(r, &line, start, end, &left, &right);
    r->warn_file = NULL;
  } else {
    long i = (long)line.n;
    while (--i >= 0 && c_ws(line.c[i])) {}
    end = i + 1;
  }
  if (end - start == (long)(line.n - lead) && !anchors) { u_free(&line); return 0; }
  margin_c(b, indent, margin);
  sb_adds(b, "    ");
  for (long j = (long)lead; j < end; j++) {
    int w = j < (long)line.n && r->st->width_bit && char_is_wide(r, line.c[j]) ? 2 : 1;
    char c = j < start ? ' ' : anchors && left <= j && j < right ? '^' : anchors ? '~' : '^';
    sb_repeat(b, c, (size_t)w);
  }
  sb_addc(b, '\n');
  u_free(&line);
  return 0;
}

/* tb_printinternal: the last `limit` entries; repeats counted on
 * (co_filename, tb_lineno, co_name). The repeat note has no margin. */
int frames_format_c(Render *r, Obj *tbo, int indent, const char *margin) {
  size_t n = tb_count(tbo), first, count;
  limit_range(r, n, &first, &count);
  Traceback *tb = (Traceback *)tbo;
  for (size_t i = 0; i < first; i++) tb = tb->next;
  StrBuf *b = r->out->b;
  Obj *last_file = NULL, *last_name = NULL;
  int last_line = -1;
  long repeats = 0;
  for (size_t i = 0; i < count; i++, tb = tb->next) {
    Entry e = entry_of(tb);
    const CodeInfo *info = tb->frame->info;
    if (!last_file || !same_str(info->filename, last_file) || last_line == -1 || tb->lineno != last_line ||
        !same_str(info->name, last_name)) {
      if (repeats > RECURSIVE_CUTOFF) add_repeated(b, repeats);
      last_file = info->filename;
      last_line = tb->lineno;
      last_name = info->name;
      repeats = 0;
    }
    if (++repeats <= RECURSIVE_CUTOFF) {
      e.lineno = tb->lineno;
      if (frame_c(r, b, &e, indent, margin) < 0) return -1;
    }
  }
  if (repeats > RECURSIVE_CUTOFF) add_repeated(b, repeats);
  return 0;
}
