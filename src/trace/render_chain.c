/* render_chain.c: causes, contexts and exception groups.
 *
 * traceback.py first builds a TracebackException tree (breadth of a stack:
 * causes, contexts and group members, each exception's chain followed only
 * if not seen before, in its queue's order), then formats it: the chain
 * oldest first, groups as boxes ("+-+---- 1 ----"), at most 15 members
 * shown per group and 10 levels of groups. Its emit() puts "| " margins on
 * every line of nested text.
 *
 * pythonrun.c prints the same shapes while walking the exceptions, with a
 * seen set filled as it prints; its margins go on some lines only (the
 * "repeated" note, SyntaxError's text and multi-line messages have none). */
#include "trace/render_internal.h"
#include "exc/exc.h"
#include "obj/err.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "base/mem.h"
#include <stdio.h>

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static const char cause_msg[] = "\nThe above exception was the direct cause of the following exception:\n\n";
static const char context_msg[] = "\nDuring handling of the above exception, another exception occurred:\n\n";

/* ---- a set of exceptions by identity (id() in traceback.py) ------------------------------------- */

typedef struct Seen { const Obj **slot; size_t cap, n; int failed; } Seen;

static size_t ptr_hash(const Obj *p) { return (size_t)(((uintptr_t)p >> 4) * 2654435761u); }

static int seen_has(const Seen *s, const Obj *p) {
  if (!s->cap) return 0;
  for (size_t i = ptr_hash(p) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
    if (!s->slot[i]) return 0;
    if (s->slot[i] == p) return 1;
  }
}

static void seen_add(Seen *s, const Obj *p) {
  if (seen_has(s, p)) return;
  if (2 * (s->n + 1) > s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 16;
    const Obj **ns = mem_calloc(cap, sizeof *ns);
    if (!ns) { s->failed = 1; return; }
    for (size_t i = 0; i < s->cap; i++) {
      if (!s->slot[i]) continue;
      size_t j = ptr_hash(s->slot[i]) & (cap - 1);
      while (ns[j]) j = (j + 1) & (cap - 1);
      ns[j] = s->slot[i];
    }
    mem_free(s->slot);
    s->slot = ns;
    s->cap = cap;
  }
  size_t j = ptr_hash(p) & (s->cap - 1);
  while (s->slot[j]) j = (j + 1) & (s->cap - 1);
  s->slot[j] = p;
  s->n++;
}

static Obj *group_excs(Obj *e) {
  Obj *x = exc_is_group(e) ? ((GroupObj *)e)->excs : NULL;
  return x && IS_TUPLE(x) ? x : NULL;
}

/* ---- traceback.py: the TracebackException tree ----------------------------------------------- */

typedef struct TE {
  Obj *exc;                     /* owned */
  Obj *tb;                      /* owned: the traceback to show, or NULL */
  struct TE *cause, *context;
  struct TE **members;          /* NULL unless a group */
  size_t nmembers;
  int suppress;
} TE;

typedef struct Tree {
  TE **all;
  size_t n, cap;
  Seen seen;
  int failed;
} Tree;

static TE *te_new(Tree *t, Obj *exc, Obj *tb) {
  seen_add(&t->seen, exc);
  if (t->n == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 16;
    TE **na = mem_realloc(t->all, cap * sizeof *na);
    if (!na) { t->failed = 1; return NULL; }
    t->all = na;
    t->cap = cap;
  }
  TE *te = mem_calloc(1, sizeof *te);
  if (!te) { t->failed = 1; return NULL; }
  te->exc = incref(exc);
  te->tb = tb && tb != None ? incref(tb) : NULL;
  te->suppress = AS_EXC(exc)->suppress_context;
  t->all[t->n++] = te;
  return te;
}

static void tree_free(Tree *t) {
  for (size_t i = 0; i < t->n; i++) {
    decref(t->all[i]->exc);
    xdecref(t->all[i]->tb);
    mem_free(t->all[i]->members);
    mem_free(t->all[i]);
  }
  mem_free(t->all);
  mem_free(t->seen.slot);
}

/* TracebackException.__init__ with compact=True: a stack of (te, exc). */
static TE *tree_build(Tree *t, Obj *exc, Obj *tb) {
  TE *root = te_new(t, exc, tb);
  if (!root) return NULL;
  TE **stack = NULL;
  size_t sn = 0, scap = 0;
#define PUSH(x) do { if (sn == scap) { size_t c_ = scap ? 2 * scap : 16; TE **s_ = mem_realloc(stack, c_ * sizeof *s_); \
                       if (!s_) { t->failed = 1; break; } stack = s_; scap = c_; } stack[sn++] = (x); } while (0)
  PUSH(root);
  while (sn && !t->failed) {
    TE *te = stack[--sn];
    ExcObj *e = AS_EXC(te->exc);
    if (e->cause && e->cause != None && is_exc(e->cause) && !seen_has(&t->seen, e->cause))
      te->cause = te_new(t, e->cause, AS_EXC(e->cause)->traceback);
    int need_context = !te->cause && !e->suppress_context;
    if (e->context && e->context != None && is_exc(e->context) && need_context && !seen_has(&t->seen, e->context))
      te->context = te_new(t, e->context, AS_EXC(e->context)->traceback);
    Obj *excs = group_excs(te->exc);
    if (excs) {
      te->nmembers = tuple_len(excs);
      te->members = mem_calloc(te->nmembers + 1, sizeof(TE *));
      if (!te->members) { t->failed = 1; break; }
      for (size_t i = 0; i < te->nmembers; i++) {
        Obj *m = tuple_get(excs, i);
        te->members[i] = is_exc(m) ? te_new(t, m, AS_EXC(m)->traceback) : NULL;
      }
    }
    if (te->cause) PUSH(te->cause);
    if (te->context) PUSH(te->context);
    for (size_t i = 0; i < te->nmembers; i++)
      if (te->members[i]) PUSH(te->members[i]);
  }
#undef PUSH
  mem_free(stack);
  return t->failed ? NULL : root;
}

typedef struct Ctx { int depth, need_close; } Ctx;

/* _ExceptionPrintContext.emit's prefix. */
static void ctx_prefix(const Ctx *c, char *buf, size_t cap, char margin) {
  size_t k = 0;
  for (int i = 0; i < 2 * c->depth && k + 3 < cap; i++) buf[k++] = ' ';
  if (c->depth) { buf[k++] = margin; buf[k++] = ' '; }
  buf[k] = 0;
}

static int te_format(Render *r, TE *self, Ctx *ctx, int chain);

static int format_one(Render *r, TE *exc, Ctx *ctx, int chain) {
  Out *o = r->out;
  char prefix[256];
  ctx_prefix(ctx, prefix, sizeof prefix, '|');
  int has_stack = exc->tb && r->limit != 0;
  if (!exc->members) {
    if (has_stack) {
      out_emit(o, prefix, "Traceback (most recent call last):\n", 35);
      if (frames_format_py(r, exc->tb, prefix) < 0) return -1;
    }
    return exc_only_py(r, exc->exc, prefix, 0, 0);
  }
  if (ctx->depth > MAX_GROUP_DEPTH) {
    char line[64];
    int n = snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
    out_emit(o, prefix, line, (size_t)n);
    return 0;
  }
  int top = ctx->depth == 0;
  if (top) ctx->depth++;
  ctx_prefix(ctx, prefix, sizeof prefix, '|');
  if (has_stack) {
    char hp[256];
    ctx_prefix(ctx, hp, sizeof hp, top ? '+' : '|');
    out_emit(o, hp, "Exception Group Traceback (most recent call last):\n", 51);
    if (frames_format_py(r, exc->tb, prefix) < 0) return -1;
  }
  if (exc_only_py(r, exc->exc, prefix, 0, 0) < 0) return -1;
  size_t num = exc->nmembers, n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
  ctx->need_close = 0;
  for (size_t i = 0; i < n; i++) {
    int last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
    if (last) ctx->need_close = 1;
    StrBuf b = SB_INIT;
    sb_repeat(&b, ' ', (size_t)(2 * ctx->depth));
    sb_adds(&b, i == 0 ? "+-" : "  ");
    if (truncated) sb_adds(&b, "+---------------- ... ----------------\n");
    else sb_addf(&b, "+---------------- %zu ----------------\n", i + 1);
    out_emit(o, NULL, b.data, b.len);
    sb_free(&b);
    ctx->depth++;
    if (!truncated) {
      if (exc->members[i] && te_format(r, exc->members[i], ctx, chain) < 0) return -1;
    } else {
      char line[96], p2[256];
      size_t rem = num - MAX_GROUP_WIDTH;
      int k = snprintf(line, sizeof line, "and %zu more exception%s\n", rem, rem > 1 ? "s" : "");
      ctx_prefix(ctx, p2, sizeof p2, '|');
      out_emit(o, p2, line, (size_t)k);
    }
    if (last && ctx->need_close) {
      StrBuf c = SB_INIT;
      sb_repeat(&c, ' ', (size_t)(2 * ctx->depth));
      sb_adds(&c, "+------------------------------------\n");
      out_emit(o, NULL, c.data, c.len);
      sb_free(&c);
      ctx->need_close = 0;
    }
    ctx->depth--;
  }
  if (top) ctx->depth = 0;
  return o->failed ? -1 : 0;
}

/* TracebackException.format: the chain, oldest first. */
static int te_format(Render *r, TE *self, Ctx *ctx, int chain) {
  TE *list[64], **seq = list;
  size_t n = 0, cap = 64;
  const char *msgs[64], **msg = msgs;
  for (TE *e = self; e;) {
    if (n == cap) {
      size_t nc = cap * 2;
      TE **ns = mem_alloc(nc * sizeof *ns);
      const char **nm = mem_alloc(nc * sizeof *nm);
      if (!ns || !nm) { mem_free(ns); mem_free(nm); if (seq != list) { mem_free(seq); mem_free(msg); } return -1; }
      memcpy(ns, seq, n * sizeof *ns);
      memcpy(nm, msg, n * sizeof *nm);
      if (seq != list) { mem_free(seq); mem_free(msg); }
      seq = ns;
      msg = nm;
      cap = nc;
    }
    TE *next = NULL;
    const char *m = NULL;
    if (chain && e->cause) { m = cause_msg; next = e->cause; }
    else if (chain && e->context && !e->suppress) { m = context_msg; next = e->context; }
    seq[n] = e;
    msg[n++] = m;
    e = next;
  }
  int rc = 0;
  for (size_t i = n; i-- > 0 && rc == 0;) {
    if (msg[i]) {
      char prefix[256];
      ctx_prefix(ctx, prefix, sizeof prefix, '|');
      out_emit(r->out, prefix, msg[i], strlen(msg[i]));
    }
    rc = format_one(r, seq[i], ctx, chain);
  }
  if (seq != list) { mem_free(seq); mem_free(msg); }
  return rc;
}

int chain_format_py(Render *r, Obj *exc, int chain) {
  if (exc == None || !is_exc(exc)) return exc_only_py(r, exc, "", 0, 0);
  Tree t = {0};
  Obj *tb = r->opt->c.tb_given ? r->opt->c.tb : AS_EXC(exc)->traceback;
  TE *root = tree_build(&t, exc, tb);
  int rc = -1;
  if (root) {
    Ctx ctx = {0, 0};
    rc = te_format(r, root, &ctx, chain);
  } else {
    err_nomem(r->rt);
  }
  tree_free(&t);
  return rc;
}

/* ---- pythonrun.c ------------------------------------------------------------------------------ */

typedef struct CCtx { Seen seen; int depth, need_close; } CCtx;

static const char *c_margin(const CCtx *c) { return c->depth ? "| " : ""; }

static void c_indent_margin(StrBuf *b, int indent, const char *margin) {
  sb_repeat(b, ' ', (size_t)indent);
  sb_adds(b, margin);
}

static int c_recursive(Render *r, CCtx *c, Obj *v);

static int c_exception(Render *r, CCtx *c, Obj *v) {
  StrBuf *b = r->out->b;
  Obj *tb = AS_EXC(v)->traceback;
  int indent = 2 * c->depth;
  if (tb && tb != None && r->limit != 0) {
    const char *hm = c_margin(c), *header = "Traceback (most recent call last):\n";
    if (exc_is_group(v)) {
      header = "Exception Group Traceback (most recent call last):\n";
      if (c->depth == 1) hm = "+ ";
    }
    c_indent_margin(b, indent, hm);
    sb_adds(b, header);
    if (frames_format_c(r, tb, indent, c_margin(c)) < 0) return -1;
  }
  return exc_only_c(r, v, indent, c_margin(c));
}

static int c_chained(Render *r, CCtx *c, Obj *v, const char *message) {
  int need_close = c->need_close;
  if (c_recursive(r, c, v) < 0) return -1;
  c->need_close = need_close;
  StrBuf *b = r->out->b;
  int indent = 2 * c->depth;
  const char *m = c_margin(c);
  c_indent_margin(b, indent, m);
  sb_addc(b, '\n');
  c_indent_margin(b, indent, m);
  sb_add(b, message + 1, strlen(message) - 2);
  c_indent_margin(b, indent, m);
  sb_addc(b, '\n');
  return 0;
}

static int c_cause_and_context(Render *r, CCtx *c, Obj *v) {
  seen_add(&c->seen, v);
  ExcObj *e = AS_EXC(v);
  if (e->cause && e->cause != None) {
    if (!seen_has(&c->seen, e->cause)) return c_chained(r, c, e->cause, cause_msg);
    return 0;
  }
  if (e->suppress_context) return 0;
  if (e->context && e->context != None && !seen_has(&c->seen, e->context))
    return c_chained(r, c, e->context, context_msg);
  return 0;
}

static int c_group(Render *r, CCtx *c, Obj *v) {
  StrBuf *b = r->out->b;
  if (c->depth > MAX_GROUP_DEPTH) {
    c_indent_margin(b, 2 * c->depth, c_margin(c));
    sb_addf(b, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
    return 0;
  }
  if (c->depth == 0) c->depth++;
  if (c_exception(r, c, v) < 0) return -1;
  Obj *excs = group_excs(v);
  size_t num = excs ? tuple_len(excs) : 0, n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
  c->need_close = 0;
  for (size_t i = 0; i < n; i++) {
    int last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
    if (last) c->need_close = 1;
    sb_repeat(b, ' ', (size_t)(2 * c->depth));
    if (!truncated) sb_addf(b, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
    else sb_addf(b, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
    c->depth++;
    if (!truncated) {
      if (c_recursive(r, c, tuple_get(excs, i)) < 0) return -1;
    } else {
      size_t rem = num - MAX_GROUP_WIDTH;
      c_indent_margin(b, 2 * c->depth, c_margin(c));
      sb_addf(b, "and %zu more exception%s\n", rem, rem > 1 ? "s" : "");
    }
    if (last && c->need_close) {
      sb_repeat(b, ' ', (size_t)(2 * c->depth));
      sb_adds(b, "+------------------------------------\n");
      c->need_close = 0;
    }
    c->depth--;
  }
  if (c->depth == 1) c->depth--;
  return 0;
}

static int c_recursive(Render *r, CCtx *c, Obj *v) {
  if (!is_exc(v)) {
    sb_addf(r->out->b, "TypeError: print_exception(): Exception expected for value, %s found\n", v->type->name);
    return 0;
  }
  if (rt_enter(r->rt, " in print_exception_recursive") < 0) return -1;
  int rc = c_cause_and_context(r, c, v);
  if (rc == 0) rc = exc_is_group(v) ? c_group(r, c, v) : c_exception(r, c, v);
  rt_leave(r->rt);
  return rc;
}

int chain_format_c(Render *r, Obj *exc) {
  CCtx c = {{0}, 0, 0};
  int rc = c_recursive(r, &c, exc);
  mem_free(c.seen.slot);
  return rc;
}
