/* render.c: the traceback renderer's state (source lines, hooks), the style
 * table, text helpers, and the entry points of render.h.
 *
 * The work is split as CPython splits it: render_frames.c prints stack
 * entries (StackSummary.format / tb_printinternal), render_exc.c the
 * exception lines (format_exception_only / print_exception_message),
 * render_chain.c walks causes, contexts and groups, suggest.c computes
 * "Did you mean". */
#include "trace/render_internal.h"
#include "exc/exc.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "base/mem.h"
#include "base/utf8.h"
#include "base/unicode.h"
#include <string.h>

struct TraceState {
  Obj *sources;        /* dict: filename -> (list of lines, bool: last line ends with a newline, the text) */
  TraceHooks hooks;
};

/* Which engine each (version, caller) pair runs, and how it differs. */
#define HINT_Q ". Did you forget to import '%s'?"
#define HINT_OR_Q " Or did you forget to import '%s'?"
const StyleInfo style_table[ST_COUNT] = {
  [ST_C311] = {.printer = PR_C, .frames = FR_C, .suggest = SG_C, .notes = NT_C311, .syntax = SX_C,
               .name_split = 1, .width_bit = 1},
  [ST_C312] = {.printer = PR_C, .frames = FR_C, .suggest = SG_C, .notes = NT_C312, .syntax = SX_C,
               .name_split = 1, .self_hint = 1, .width_bit = 2, .stdlib_hint = HINT_Q, .stdlib_hint_or = HINT_OR_Q,
               .suggest_import = 1},
  [ST_PY311] = {.printer = PR_PY, .frames = FR_PY311, .suggest = SG_NONE, .notes = NT_PY311, .syntax = SX_PY311,
                .width_bit = 1},
  /* 3.12's traceback.py forgot the question mark */
  [ST_PY312] = {.printer = PR_PY, .frames = FR_PY311, .suggest = SG_PY, .notes = NT_PY312, .syntax = SX_PY311,
                .self_hint = 1, .width_bit = 2, .stdlib_hint = ". Did you forget to import '%s'",
                .stdlib_hint_or = " Or did you forget to import '%s'", .suggest_import = 1},
  [ST_PY313] = {.printer = PR_PY, .frames = FR_PY313, .suggest = SG_C, .notes = NT_PY312, .syntax = SX_PY313,
                .self_hint = 1, .hide_private = 1, .width_bit = 4, .stdlib_hint = HINT_Q, .stdlib_hint_or = HINT_OR_Q,
                .suggest_import = 1},
  [ST_PY314] = {.printer = PR_PY, .frames = FR_PY313, .suggest = SG_C, .notes = NT_PY312, .syntax = SX_PY313,
                .self_hint = 1, .hide_private = 1, .width_bit = 8, .dedent_isspace = 1, .stdlib_hint = HINT_Q,
                .stdlib_hint_or = HINT_OR_Q, .suggest_import = 1, .keyword_typos = 1},
};

/* The traceback module always runs Lib/traceback.py; an uncaught exception
 * runs sys.excepthook, which is C before 3.13. */
static Style style_for(const Rt *rt, int module) {
  static const Style hook[PY_NVERSIONS] = {ST_C311, ST_C312, ST_PY313, ST_PY314};
  static const Style mod[PY_NVERSIONS] = {ST_PY311, ST_PY312, ST_PY313, ST_PY314};
  return module ? mod[rt->pyv] : hook[rt->pyv];
}

int trace_state_init(Rt *rt) {
  rt->trace = mem_calloc(1, sizeof(struct TraceState));
  if (!rt->trace) return -1;
  rt->trace->sources = dict_new(rt);
  return rt->trace->sources ? 0 : -1;
}

void trace_state_fini(Rt *rt) {
  if (!rt->trace) return;
  CLEAR(rt->trace->sources);
  mem_free(rt->trace);
  rt->trace = NULL;
}

void trace_set_hooks(Rt *rt, const TraceHooks *hooks) { rt->trace->hooks = *hooks; }
const TraceHooks *trace_hooks(Rt *rt) { return &rt->trace->hooks; }

static int set_lines(Rt *rt, Obj *filename, Obj *text);

/* Lines as CPython reads a source file: universal newlines ("\r\n", "\r"
 * and "\n" all end a line). */
int trace_set_source(Rt *rt, Obj *filename, const char *src, size_t len) {
  /* the same text again (a fresh run of the same program): lines kept (a
   * str made from its own bytes is itself) */
  Obj *old = dict_get(rt, rt->trace->sources, filename);
  if (!old) err_clear(rt);
  else if (tuple_len(old) == 3) {
    Obj *t = tuple_get(old, 2);
    if (str_len(t) == len && memcmp(str_c(t), src, len) == 0) return 0;
  }
  Obj *text = str_new(rt, src, len);
  if (!text) return -1;
  int r = set_lines(rt, filename, text);
  decref(text);
  return r;
}

/* Splits text into the entry of filename. */
static int set_lines(Rt *rt, Obj *filename, Obj *text) {
  Obj *lines = list_new(rt, 0);
  if (!lines) return -1;
  const char *s = str_c(text), *end = s + str_len(text);
  int final_nl = 0;
  while (s < end) {
    const char *p = s;
    while (p < end && *p != '\n' && *p != '\r') p++;
    Obj *l = str_new(rt, s, (size_t)(p - s));
    if (!l || list_append(rt, lines, l) < 0) { xdecref(l); decref(lines); return -1; }
    decref(l);
    final_nl = p < end;
    if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n') p++;
    s = p < end ? p + 1 : p;
  }
  Obj *entry = tuple_pack(rt, 3, lines, final_nl ? Py_True : Py_False, text);
  decref(lines);
  if (!entry) return -1;
  int r = dict_set(rt, rt->trace->sources, filename, entry);
  if (r == 0) gc_freeze_from(rt, entry);   /* never changed; replaced whole */
  decref(entry);
  return r;
}

Obj *src_line(Rt *rt, Obj *filename, int lineno, int *nl) {
  if (!rt->trace || !filename || !IS_STR(filename) || lineno < 1) return NULL;
  Obj *entry = dict_get(rt, rt->trace->sources, filename);
  if (!entry) { err_clear(rt); return NULL; }
  Obj *lines = tuple_get(entry, 0);
  size_t n = list_len(lines);
  if ((size_t)lineno > n) return NULL;
  if (nl) *nl = (size_t)lineno < n || tuple_get(entry, 1) == Py_True;
  return list_get(lines, (size_t)lineno - 1);
}

Obj *trace_source_line(Rt *rt, Obj *filename, int lineno) {
  Obj *l = src_line(rt, filename, lineno, NULL);
  return l ? incref(l) : NULL;
}

/* ---- output ------------------------------------------------------------------------ */

void out_chunk(Out *o) {
  if (!o->chunks || o->failed) return;
  if (sb_failed(o->b)) { err_nomem(o->rt); o->failed = 1; return; }
  if (o->b->len == o->mark) return;
  Obj *s = str_new(o->rt, o->b->data + o->mark, o->b->len - o->mark);
  if (!s || (o->write ? o->write(o->rt, o->ctx, s) : list_append(o->rt, o->chunks, s)) < 0) o->failed = 1;
  xdecref(s);
  o->mark = o->b->len;
}

size_t text_line_break(const char *s, const char *e) {
  unsigned char c = (unsigned char)*s;
  if (c == '\r') return s + 1 < e && s[1] == '\n' ? 2 : 1;
  if (c == '\n' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) return 1;
  if (c == 0xc2 && s + 1 < e && (unsigned char)s[1] == 0x85) return 2;
  if (c == 0xe2 && s + 2 < e && (unsigned char)s[1] == 0x80 && ((unsigned char)s[2] & 0xfe) == 0xa8) return 3;
  return 0;
}

void out_emit(Out *o, const char *prefix, const char *s, size_t n) {
  const char *e = s + n;
  size_t plen = prefix ? strlen(prefix) : 0;
  if (!plen) {
    sb_add(o->b, s, n);
  } else {
    while (s < e) {
      sb_add(o->b, prefix, plen);
      const char *p = s;
      size_t k = 0;
      while (p < e && !(k = text_line_break(p, e))) p++;
      sb_add(o->b, s, (size_t)(p - s) + k);
      s = p + k;
    }
  }
  out_chunk(o);
}

/* ---- text helpers ---------------------------------------------------------------------- */

/* len(s.encode()[:off].decode('utf-8', 'replace')): whole characters before
 * off, plus one for a character cut in the middle. */
size_t text_byte_to_char(const char *s, size_t n, long off) {
  if (off <= 0) return 0;
  size_t lim = (size_t)off < n ? (size_t)off : n, i = 0, c = 0;
  while (i < lim) {
    size_t adv;
    utf8_decode(s + i, n - i, &adv);
    i += adv;
    c++;
  }
  return c;
}

/* The C parser's version reads up to one byte past the end (the NUL). */
size_t text_byte_to_char_c(const char *s, size_t n, long off) {
  if (off > (long)n + 1) off = (long)n + 1;
  return off > (long)n ? utf8_count(s, n) + 1 : text_byte_to_char(s, n, off);
}

static int blank_line(int isspace_blank, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    size_t adv;
    uint32_t c = utf8_decode(s + i, n - i, &adv);
    if (isspace_blank ? !uni_isspace(c) : (c != ' ' && c != '\t')) return 0;
    i += adv;
  }
  return 1;
}

/* textwrap.dedent: whitespace-only lines become empty; the longest common
 * run of leading spaces/tabs of the other lines goes. Lines split at '\n'.
 * 3.14 counts str.isspace() lines as blank; before, only spaces and tabs. */
void trace_dedent(int isspace_blank, StrBuf *out, const char *s, size_t n) {
  const char *e = s + n, *margin = NULL;
  size_t mlen = 0;
  for (const char *p = s; p <= e;) {
    const char *nl = memchr(p, '\n', (size_t)(e - p));
    const char *le = nl ? nl : e;
    if (le > p && !blank_line(isspace_blank, p, (size_t)(le - p))) {
      size_t k = 0;
      while (p + k < le && (p[k] == ' ' || p[k] == '\t')) k++;
      if (!margin) { margin = p; mlen = k; }
      else {
        size_t j = 0;
        while (j < mlen && j < k && margin[j] == p[j]) j++;
        mlen = j;
      }
    }
    if (!nl) break;
    p = nl + 1;
  }
  for (const char *p = s; p <= e;) {
    const char *nl = memchr(p, '\n', (size_t)(e - p));
    const char *le = nl ? nl : e;
    if (!blank_line(isspace_blank, p, (size_t)(le - p))) {
      size_t skip = (size_t)(le - p) >= mlen ? mlen : 0;
      sb_add(out, p + skip, (size_t)(le - p) - skip);
    }
    if (!nl) break;
    sb_addc(out, '\n');
    p = nl + 1;
  }
}

void text_dedent(const Render *r, StrBuf *out, const char *s, size_t n) {
  trace_dedent(r->st->dedent_isspace, out, s, n);
}

Obj *sys_attr(Rt *rt, const char *name) {
  const TraceHooks *h = trace_hooks(rt);
  Obj *sys;
  if (h->sys_module) {
    /* not imported: a new sys would only have its defaults (no import, which
     * would build the whole module at every uncaught exception) */
    sys = h->sys_module(rt);
    if (!sys) return NULL;
    incref(sys);
  } else {
    Obj *imp = dict_get_s(rt, rt->builtins, "__import__");
    if (!imp) { err_clear(rt); return NULL; }
    sys = obj_call1(rt, imp, str_static("sys"));
  }
  Obj *v = sys ? obj_lookup_attr(rt, sys, str_static(name)) : NULL;
  xdecref(sys);
  if (!v) err_clear(rt);
  return v;
}

int add_type_name(Render *r, StrBuf *b, Type *t, int c_style) {
  Rt *rt = r->rt;
  Obj *mod = obj_getattr_s(rt, (Obj *)t, "__module__");
  if (!mod) err_clear(rt);
  if (!mod || !IS_STR(mod)) {
    sb_adds(b, "<unknown>.");
  } else if (!str_eq_c(mod, "builtins") && !str_eq_c(mod, "__main__")) {
    sb_add(b, str_c(mod), str_len(mod));
    sb_addc(b, '.');
  }
  xdecref(mod);
  Obj *qn = c_style ? NULL : obj_getattr_s(rt, (Obj *)t, "__qualname__");
  if (c_style || !qn) {
    err_clear(rt);
    if (t->flags & TF_HEAP) sb_adds(b, str_c(t->qualname ? t->qualname : t->name_obj));
    else sb_adds(b, t->name);
  } else {
    if (IS_STR(qn)) sb_add(b, str_c(qn), str_len(qn));
    else sb_adds(b, "<unknown>");
  }
  xdecref(qn);
  return 0;
}

/* ---- entry points --------------------------------------------------------------------------- */

static void render_init(Render *r, Rt *rt, Out *o, const Opts *opt) {
  memset(r, 0, sizeof *r);
  r->rt = rt;
  r->style = style_for(rt, opt->module);
  r->st = &style_table[r->style];
  r->opt = opt;
  r->out = o;
  r->colorize = opt->c.colorize && r->st->frames == FR_PY313;
  r->limit = -1;
  if (opt->c.limit >= 0) {
    r->limit = opt->c.limit;
    r->limit_tail = opt->c.limit_tail;
  } else {
    /* None: sys.tracebacklimit decides. The C printer keeps the last frames,
     * 3.13's builtin limit too (slicing [len - limit:], negative start and
     * all); traceback.py keeps the first ones. */
    Obj *lim = sys_attr(rt, "tracebacklimit");
    int64_t v;
    if (lim && IS_INT(lim)) {
      if (int_as_i64(lim, &v) < 0) v = INT32_MAX;
      r->limit = v < 0 ? 0 : v > INT32_MAX ? INT32_MAX : (int)v;
      r->limit_tail = !opt->module;
      r->slice_quirk = !opt->module && r->st->printer == PR_PY;
    }
    xdecref(lim);
  }
}

static int finish(Out *o) {
  if (sb_failed(o->b) && !o->failed) { err_nomem(o->rt); o->failed = 1; }
  return o->failed ? -1 : 0;
}

int trace_format_exception(Rt *rt, StrBuf *out, Obj *exc, const RenderOptions *ro) {
  Opts opt = {0, {ro->limit, 0, ro->chain, ro->colorize, 0, 0, NULL}};
  Out o = {rt, out, NULL, out->len, 0, NULL, NULL};
  Render r;
  render_init(&r, rt, &o, &opt);
  int res = r.st->printer == PR_C ? chain_format_c(&r, exc) : chain_format_py(&r, exc, opt.c.chain);
  return res < 0 || finish(&o) < 0 ? -1 : 0;
}

/* The list forms: the strings traceback.py's generators yield. */
static Obj *as_list(Rt *rt, Obj *arg, const TbCall *call, int what, TraceWrite write, void *ctx) {
  Opts opt = {1, *call};
  StrBuf b = SB_INIT;
  Obj *l = list_new(rt, 0);
  if (!l) return NULL;
  Out o = {rt, &b, l, 0, 0, write, ctx};
  Render r;
  render_init(&r, rt, &o, &opt);
  int res = what == 0 ? chain_format_py(&r, arg, call->chain)
          : what == 1 ? exc_only_py(&r, arg, "", 0, call->show_group)
          : what == 2 ? frames_format_py(&r, arg, "")
                      : frames_format_stack(&r, (TFrame *)arg);
  out_chunk(&o);
  sb_free(&b);
  if (res < 0 || o.failed) { decref(l); return NULL; }
  return l;
}

Obj *trace_format_exception_list(Rt *rt, Obj *v, const TbCall *call) { return as_list(rt, v, call, 0, NULL, NULL); }
Obj *trace_format_exception_only_list(Rt *rt, Obj *v, const TbCall *call) {
  return as_list(rt, v, call, 1, NULL, NULL);
}
Obj *trace_format_tb_list(Rt *rt, Obj *tb, const TbCall *call) { return as_list(rt, tb, call, 2, NULL, NULL); }
Obj *trace_format_stack_list(Rt *rt, Obj *frame, const TbCall *call) { return as_list(rt, frame, call, 3, NULL, NULL); }

Obj *trace_format_frame_summary(Rt *rt, Obj *filename, Obj *name, const int pos[4]) {
  Opts opt = {1, {-1, 0, 0, 0, 0, 0, NULL}};
  StrBuf b = SB_INIT, f = SB_INIT;
  Out o = {rt, &b, NULL, 0, 0, NULL, NULL};
  Render r;
  render_init(&r, rt, &o, &opt);
  r.warn_file = str_static("<unknown>");   /* ast.parse's warnings show */
  int res = frame_summary_py(&r, &f, filename, name, pos);
  sb_free(&b);
  if (res < 0) { sb_free(&f); return NULL; }
  return str_from_buf(rt, &f);
}

int trace_print_exception(Rt *rt, Obj *v, const TbCall *call, TraceWrite write, void *ctx) {
  Obj *l = as_list(rt, v, call, 0, write, ctx);
  xdecref(l);
  return l ? 0 : -1;
}
