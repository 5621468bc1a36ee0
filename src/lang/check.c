/* check.c: the SyntaxErrors CPython raises after parsing, in the order
 * compile() finds them (the symbol table pass is in check_symtable.c):
 *   1. __future__ imports (future.c),
 *   2. the symbol table pass over the whole module (symtable.c): duplicate
 *      parameters, global/nonlocal misuse, yield or walrus misuse in
 *      comprehensions, `import *` outside the module; then its analysis
 *      (nonlocal bindings),
 *   3. code generation (compile.c), in compile order: return/break/continue
 *      /yield outside their block, except* restrictions, starred
 *      expressions, repeated keywords, default except, late __future__,
 *      __debug__ assignments, block nesting.
 * These errors carry byte offsets (compile.c does not convert them) and
 * the text of the line as the file holds it. Plus CPython's recursion
 * limit of the compiler, for deeply nested expressions. */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/ops.h"
#include "exc/exc.h"
#include "base/mem.h"
#include <stdio.h>

/* ---- walking ------------------------------------------------------------------- */

/* The children of a node as up to RUNS_MAX runs of node pointers, in field
 * order (entries may be NULL: absent optional children). Dicts, whose keys
 * and values alternate, are handled by ast_next_child itself. */
#define RUNS_MAX 8
typedef struct Runs { Node **items[RUNS_MAX]; size_t n[RUNS_MAX]; int count; } Runs;
#define RUN(p, len) (r->items[r->count] = (p), r->n[r->count++] = (len))
#define ONE(x) RUN(&(x), 1)
#define LIST(l) RUN((l).items, (l).n)

static void runs_of(Node *n, Runs *r) {
  r->count = 0;
  switch ((int)n->kind) {
  case N_Module: LIST(n->u.Module.body); break;
  case N_FunctionDef:
    LIST(n->u.FunctionDef.decorator_list); ONE(n->u.FunctionDef.args); ONE(n->u.FunctionDef.returns);
    LIST(n->u.FunctionDef.body); break;
  case N_ClassDef:
    LIST(n->u.ClassDef.decorator_list); LIST(n->u.ClassDef.bases);
    LIST(n->u.ClassDef.keywords); LIST(n->u.ClassDef.body); break;
  case N_Return: ONE(n->u.Return.value); break;
  case N_Delete: LIST(n->u.Delete.targets); break;
  case N_Assign: LIST(n->u.Assign.targets); ONE(n->u.Assign.value); break;
  case N_AugAssign: ONE(n->u.AugAssign.target); ONE(n->u.AugAssign.value); break;
  case N_AnnAssign: ONE(n->u.AnnAssign.target); ONE(n->u.AnnAssign.annotation); ONE(n->u.AnnAssign.value); break;
  case N_For: ONE(n->u.For.target); ONE(n->u.For.iter); LIST(n->u.For.body); LIST(n->u.For.orelse); break;
  case N_While: case N_If: ONE(n->u.If.test); LIST(n->u.If.body); LIST(n->u.If.orelse); break;
  case N_With: LIST(n->u.With.items); LIST(n->u.With.body); break;
  case N_Raise: ONE(n->u.Raise.exc); ONE(n->u.Raise.cause); break;
  case N_Try: case N_TryStar:
    LIST(n->u.Try.body); LIST(n->u.Try.handlers); LIST(n->u.Try.orelse);
    LIST(n->u.Try.finalbody); break;
  case N_Assert: ONE(n->u.Assert.test); ONE(n->u.Assert.msg); break;
  case N_Import: LIST(n->u.Import.names); break;
  case N_ImportFrom: LIST(n->u.ImportFrom.names); break;
  case N_Expr: ONE(n->u.Expr.value); break;
  case N_BoolOp: LIST(n->u.BoolOp.values); break;
  case N_NamedExpr: ONE(n->u.NamedExpr.target); ONE(n->u.NamedExpr.value); break;
  case N_BinOp: ONE(n->u.BinOp.left); ONE(n->u.BinOp.right); break;
  case N_UnaryOp: ONE(n->u.UnaryOp.operand); break;
  case N_Lambda: ONE(n->u.Lambda.args); ONE(n->u.Lambda.body); break;
  case N_IfExp: ONE(n->u.IfExp.test); ONE(n->u.IfExp.body); ONE(n->u.IfExp.orelse); break;
  case N_Set: LIST(n->u.Set.elts); break;
  case N_ListComp: case N_SetComp: case N_GeneratorExp:
    ONE(n->u.ListComp.elt); LIST(n->u.ListComp.generators); break;
  case N_DictComp: ONE(n->u.DictComp.key); ONE(n->u.DictComp.value); LIST(n->u.DictComp.generators); break;
  case N_Yield: case N_YieldFrom: ONE(n->u.Yield.value); break;
  case N_Compare:
    ONE(n->u.Compare.left); RUN(n->u.Compare.comparators, n->u.Compare.n); break;
  case N_Call: ONE(n->u.Call.func); LIST(n->u.Call.args); LIST(n->u.Call.keywords); break;
  case N_FormattedValue: ONE(n->u.FormattedValue.value); ONE(n->u.FormattedValue.format_spec); break;
  case N_JoinedStr: LIST(n->u.JoinedStr.values); break;
  case N_Attribute: ONE(n->u.Attribute.value); break;
  case N_Subscript: ONE(n->u.Subscript.value); ONE(n->u.Subscript.slice); break;
  case N_Starred: ONE(n->u.Starred.value); break;
  case N_List: case N_Tuple: LIST(n->u.List.elts); break;
  case N_Slice: ONE(n->u.Slice.lower); ONE(n->u.Slice.upper); ONE(n->u.Slice.step); break;
  case N_arguments:
    LIST(n->u.arguments.posonlyargs); LIST(n->u.arguments.args); ONE(n->u.arguments.vararg);
    LIST(n->u.arguments.kwonlyargs); LIST(n->u.arguments.kw_defaults); ONE(n->u.arguments.kwarg);
    LIST(n->u.arguments.defaults); break;
  case N_arg: ONE(n->u.arg.annotation); break;
  case N_keyword: ONE(n->u.keyword.value); break;
  case N_withitem: ONE(n->u.withitem.context_expr); ONE(n->u.withitem.optional_vars); break;
  case N_comprehension:
    ONE(n->u.comprehension.target); ONE(n->u.comprehension.iter); LIST(n->u.comprehension.ifs); break;
  case N_ExceptHandler: ONE(n->u.ExceptHandler.type); LIST(n->u.ExceptHandler.body); break;
  default: break;
  }
}

int ast_next_child(Node *n, ChildIter *it, Node **out) {
  if (n->kind == N_Dict) {
    size_t k = it->off / 2;
    if (k >= n->u.Dict.values.n) return 0;
    *out = it->off++ % 2 ? n->u.Dict.values.items[k] : n->u.Dict.keys.items[k];
    return 1;
  }
  Runs r;
  runs_of(n, &r);
  while (it->seg < r.count) {
    if (it->off < r.n[it->seg]) {
      *out = r.items[it->seg][it->off++];
      return 1;
    }
    it->seg++;
    it->off = 0;
  }
  return 0;
}

void ast_children(Node *n, void (*fn)(Node *child, void *arg), void *arg) {
  ChildIter it = {0, 0};
  Node *c;
  while (ast_next_child(n, &it, &c))
    if (c) fn(c, arg);
}

/* ---- errors ---------------------------------------------------------------------- */


/* The text of line `lineno` as err_programtext reads the file. The source
 * given to ast_check is untranslated: universal newlines apply here. */
static Obj *file_text(Check *c, long lineno) {
  size_t n;
  char *t = lx_translate(c->src, c->len, &n);
  if (!t) return NULL;
  if (n && (!c->len || (c->src[c->len - 1] != '\n' && c->src[c->len - 1] != '\r'))) n--;  /* not the added newline */
  Obj *r = px_file_text(c->rt, t, n, lineno);
  mem_free(t);
  return r;
}

/* Raises at byte columns (0-based, -1 = None), as compiler_error and
 * PyErr_RangedSyntaxLocationObject do. Returns -1. */
int check_raise_at(Check *c, int lineno, int col, int end_lineno, int end_col, const char *fmt, ...) {
  if (c->failed) return -1;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  c->failed = 1;
  Obj *text = file_text(c, lineno);
  Obj *m = str_from_c(c->rt, msg);
  Obj *ln = int_from_i64(c->rt, lineno), *of = int_from_i64(c->rt, col + 1);
  Obj *el = int_from_i64(c->rt, end_lineno);
  int noloc = lineno < 0;   /* NO_LOCATION: (-1, 0, -1, 0), no text */
  Obj *eo = end_col >= 0 || noloc ? int_from_i64(c->rt, end_col + 1) : incref(None);
  Obj *info = (m && ln && of && el && eo) ? tuple_pack(c->rt, 6, c->filename, ln, of, text ? text : None, el, eo) : NULL;
  Obj *args = info ? tuple_pack(c->rt, 2, m, info) : NULL;
  if (args) {
    Obj *e = obj_call_tuple(c->rt, (Obj *)EXC(SyntaxError), args, NULL);
    if (e) {
      if (end_col < 0 && !noloc) SETREF(((SyntaxErrorObj *)e)->end_offset, incref(None));
      err_set_obj(c->rt, e);
      decref(e);
    }
  }
  xdecref(text); xdecref(m); xdecref(ln); xdecref(of); xdecref(el); xdecref(eo); xdecref(info); xdecref(args);
  return -1;
}

int check_raise_node(Check *c, const Node *n, const char *fmt, const char *arg) {
  return check_raise_at(c, n->lineno, n->col, n->end_lineno, n->end_col, fmt, arg);
}

/* ---- 1. __future__ ------------------------------------------------------------------ */

static const char *const future_features[] = {"nested_scopes", "generators", "division", "absolute_import",
                                              "with_statement", "print_function", "unicode_literals",
                                              "barry_as_FLUFL", "generator_stop", "annotations", NULL};

static int is_docstring(Node *s) {
  return s->kind == N_Expr && s->u.Expr.value->kind == N_Constant && IS_STR(s->u.Expr.value->u.Constant.value);
}

static int is_future_import(Node *s) {
  return s->kind == N_ImportFrom && s->u.ImportFrom.module && str_eq_c(s->u.ImportFrom.module, "__future__");
}

/* future_parse: returns the line of the last valid future import (0: none). */
static int check_future(Check *c, Node *mod, int *ff_lineno) {
  NodeList body = mod->u.Module.body;
  int done = 0, prev_line = 0;
  *ff_lineno = 0;
  for (size_t i = body.n && is_docstring(body.items[0]) ? 1 : 0; i < body.n; i++) {
    Node *s = body.items[i];
    if (done && s->lineno > prev_line) return 0;
    prev_line = s->lineno;
    if (!is_future_import(s)) {
      done = 1;
      continue;
    }
    if (done) {
      const char *msg = "from __future__ imports must occur at the beginning of the file";
      if (c->v >= PY312) return check_raise_node(c, s, msg, NULL);
      return check_raise_at(c, s->lineno, s->col - 1, s->lineno, -1, "%s", msg);   /* 3.11: offset col_offset */
    }
    for (size_t k = 0; k < s->u.ImportFrom.names.n; k++) {
      Node *a = s->u.ImportFrom.names.items[k];
      const char *f = str_c(a->u.alias.name);
      int known = 0;
      for (int j = 0; future_features[j]; j++)
        if (!strcmp(f, future_features[j])) known = 1;
      if (known) continue;
      const Node *at = c->v >= PY313 ? a : s;
      int end_col = c->v >= PY313 ? at->end_col : -1;
      if (!strcmp(f, "braces")) return check_raise_at(c, at->lineno, at->col, at->end_lineno, end_col, "not a chance");
      return check_raise_at(c, at->lineno, at->col, at->end_lineno, end_col, "future feature %s is not defined", f);
    }
    *ff_lineno = s->lineno;
  }
  return 0;
}

/* ---- 3. code generation ------------------------------------------------------------- */

enum { B_MODULE, B_FUNCTION, B_CLASS };          /* compiler units */
/* fblocks; FB_CLEANUP: the body of a try-finally or a with, whose unwinding
 * makes the location of the unwinding statement artificial (NO_LOCATION) */
enum { FB_LOOP, FB_EXCEPT_STAR, FB_CLEANUP, FB_OTHER };
#define MAXBLOCKS 21       /* the largest CO_MAXBLOCKS of any version */

/* CO_MAXBLOCKS per version: 20 in 3.11; 21 from 3.12.7 on (measured). */
static const int max_blocks[PY_NVERSIONS] = {20, 21, 21, 21};

typedef struct Unit {
  int type;                 /* B_MODULE, B_FUNCTION, B_CLASS */
  int fblocks[MAXBLOCKS];
  int nfblocks;
} Unit;

typedef struct Gen {
  Check *c;
  Unit *u;
  int ff_lineno;
  const Node *loc;          /* the current statement (3.11 locations) */
} Gen;

static int g_expr(Gen *g, Node *e);
static int g_stmts(Gen *g, NodeList l);


static int push_block(Gen *g, int type, const Node *loc) {
  if (g->u->nfblocks >= max_blocks[g->c->v]) return check_raise_node(g->c, loc, "too many statically nested blocks", NULL);
  g->u->fblocks[g->u->nfblocks++] = type;
  return 0;
}

static void pop_block(Gen *g) { g->u->nfblocks--; }

/* compiler_unwind_fblock_stack for break/continue (loop = 1) and return;
 * loc is where the error points: a return's constant value on its line,
 * else the statement, and nowhere (-1, as CPython) once a finally or with
 * block was unwound on the way out. */
static int unwind(Gen *g, const Node *s, const Node *loc, int want_loop, int *found_loop) {
  static const char msg[] = "'break', 'continue' and 'return' cannot appear in an except* block";
  int unset = 0;
  for (int i = g->u->nfblocks - 1; i >= 0; i--) {
    int t = g->u->fblocks[i];
    if (t == FB_EXCEPT_STAR && unset) return check_raise_at(g->c, -1, -1, -1, -1, msg);
    if (t == FB_EXCEPT_STAR) return check_raise_node(g->c, loc ? loc : s, msg, NULL);
    if (t == FB_CLEANUP) unset = 1;
    if (want_loop && t == FB_LOOP) {
      *found_loop = 1;
      return 0;
    }
  }
  return 0;
}

/* forbidden_name: __debug__ as a store/delete target. */
static int forbidden(Gen *g, Obj *name, int del, const Node *loc) {
  if (!name || !str_eq_c(name, "__debug__")) return 0;
  return check_raise_node(g->c, loc, del ? "cannot delete __debug__" : "cannot assign to __debug__", NULL);
}

static int check_debug_args(Gen *g, Node *a, const Node *owner) {
  NodeList lists[3] = {a->u.arguments.posonlyargs, a->u.arguments.args, a->u.arguments.kwonlyargs};
  const Node *at;
  for (int k = 0; k < 3; k++)
    for (size_t i = 0; i < lists[k].n; i++) {
      at = g->c->v >= PY312 ? lists[k].items[i] : owner;
      if (forbidden(g, lists[k].items[i]->u.arg.arg, 0, at) < 0) return -1;
    }
  Node *va[2] = {a->u.arguments.vararg, a->u.arguments.kwarg};
  for (int k = 0; k < 2; k++)
    if (va[k] && forbidden(g, va[k]->u.arg.arg, 0, g->c->v >= PY312 ? va[k] : owner) < 0) return -1;
  return 0;
}

static int g_exprs(Gen *g, NodeList l) {
  for (size_t i = 0; i < l.n; i++)
    if (l.items[i] && g_expr(g, l.items[i]) < 0) return -1;
  return 0;
}

/* Elements of a display or call where *x is allowed. */
static int g_elts(Gen *g, NodeList l) {
  for (size_t i = 0; i < l.n; i++) {
    Node *e = l.items[i];
    if (e->kind == N_Starred) {
      if (g_expr(g, e->u.Starred.value) < 0) return -1;
    } else if (g_expr(g, e) < 0) {
      return -1;
    }
  }
  return 0;
}

/* An assignment target (store or delete context). */
static int g_target(Gen *g, Node *t) {
  switch ((int)t->kind) {
  case N_Name: return forbidden(g, t->u.Name.id, t->u.Name.ctx == CTX_DEL, t);
  case N_Attribute:
    if (g_expr(g, t->u.Attribute.value) < 0) return -1;
    return forbidden(g, t->u.Attribute.attr, t->u.Attribute.ctx == CTX_DEL, t);
  case N_Subscript:
    return g_expr(g, t->u.Subscript.value) < 0 ? -1 : g_expr(g, t->u.Subscript.slice);
  case N_List: case N_Tuple: {
    NodeList l = t->u.List.elts;
    int stars = 0;
    for (size_t i = 0; i < l.n; i++)
      if (l.items[i]->kind == N_Starred) {
        if (stars++) return check_raise_node(g->c, t, "multiple starred expressions in assignment", NULL);
        if (i >= 256 || l.n - i - 1 >= (1u << 24))
          return check_raise_node(g->c, t, "too many expressions in star-unpacking assignment", NULL);
      }
    for (size_t i = 0; i < l.n; i++)
      if (g_target(g, l.items[i]->kind == N_Starred ? l.items[i]->u.Starred.value : l.items[i]) < 0) return -1;
    return 0;
  }
  case N_Starred: return check_raise_node(g->c, t, "starred assignment target must be in a list or tuple", NULL);
  default: return g_expr(g, t);
  }
}

static int g_keywords(Gen *g, NodeList kws, const Node *call) {
  for (size_t i = 0; i < kws.n; i++) {
    Node *k = kws.items[i];
    if (!k->u.keyword.arg) continue;
    if (forbidden(g, k->u.keyword.arg, 0, g->c->v >= PY312 ? k : call) < 0) return -1;
    for (size_t j = i + 1; j < kws.n; j++) {
      Node *o = kws.items[j];
      if (o->u.keyword.arg && str_equal(o->u.keyword.arg, k->u.keyword.arg))
        return check_raise_node(g->c, o, "keyword argument repeated: %s", str_c(k->u.keyword.arg));
    }
  }
  return 0;
}

static int g_call_args(Gen *g, NodeList args, NodeList kws, const Node *call) {
  if (g_keywords(g, kws, call) < 0 || g_elts(g, args) < 0) return -1;
  for (size_t i = 0; i < kws.n; i++)
    if (g_expr(g, kws.items[i]->u.keyword.value) < 0) return -1;
  return 0;
}

/* A function body (def, lambda, comprehension) in a new unit. */
static int g_unit(Gen *g, int type, NodeList body, Node *expr) {
  Unit u = {type, {0}, 0}, *saved = g->u;
  g->u = &u;
  int r = expr ? g_expr(g, expr) : g_stmts(g, body);
  g->u = saved;
  return r;
}

/* The outermost iterable is compiled in the enclosing unit: before the body
 * when the comprehension is inlined (3.12+, all but generator expressions),
 * after it otherwise. */
static int g_comprehension(Gen *g, Node *e, NodeList gens, Node *elt, Node *value) {
  Node *outer = gens.items[0];
  int inlined = g->c->v >= PY312 && e->kind != N_GeneratorExp;
  if (inlined && g_expr(g, outer->u.comprehension.iter) < 0) return -1;
  Unit u = {B_FUNCTION, {0}, 0}, *saved = g->u;
  g->u = &u;
  int r = 0;
  for (size_t i = 0; i < gens.n && !r; i++) {
    Node *c = gens.items[i];
    if (i && g_expr(g, c->u.comprehension.iter) < 0) r = -1;
    else if (g_target(g, c->u.comprehension.target) < 0 || g_exprs(g, c->u.comprehension.ifs) < 0) r = -1;
  }
  if (!r && e->kind == N_DictComp) r = (g_expr(g, elt) < 0 || g_expr(g, value) < 0) ? -1 : 0;
  else if (!r) r = g_expr(g, elt);
  g->u = saved;
  if (!r && !inlined) r = g_expr(g, outer->u.comprehension.iter);
  return r;
}

static int g_expr(Gen *g, Node *e) {
  switch ((int)e->kind) {
  case N_Starred: return check_raise_node(g->c, e, "can't use starred expression here", NULL);
  case N_Yield: case N_YieldFrom:
    if (g->u->type != B_FUNCTION) return check_raise_node(g->c, e, "'yield' outside function", NULL);
    return e->u.Yield.value ? g_expr(g, e->u.Yield.value) : 0;
  case N_NamedExpr:
    if (g_expr(g, e->u.NamedExpr.value) < 0) return -1;
    return g_target(g, e->u.NamedExpr.target);
  case N_Lambda: {
    Node *a = e->u.Lambda.args;
    if (check_debug_args(g, a, e) < 0) return -1;
    if (g_exprs(g, a->u.arguments.defaults) < 0 || g_exprs(g, a->u.arguments.kw_defaults) < 0) return -1;
    return g_unit(g, B_FUNCTION, (NodeList){0, NULL}, e->u.Lambda.body);
  }
  case N_List: case N_Tuple: case N_Set: return g_elts(g, e->u.List.elts);
  case N_Dict:
    for (size_t i = 0; i < e->u.Dict.values.n; i++) {
      if (e->u.Dict.keys.items[i] && g_expr(g, e->u.Dict.keys.items[i]) < 0) return -1;
      if (g_expr(g, e->u.Dict.values.items[i]) < 0) return -1;
    }
    return 0;
  case N_Call:
    if (g_expr(g, e->u.Call.func) < 0) return -1;
    return g_call_args(g, e->u.Call.args, e->u.Call.keywords, e);
  case N_ListComp: case N_SetComp: case N_GeneratorExp:
    return g_comprehension(g, e, e->u.ListComp.generators, e->u.ListComp.elt, NULL);
  case N_DictComp:
    return g_comprehension(g, e, e->u.DictComp.generators, e->u.DictComp.key, e->u.DictComp.value);
  case N_Name: case N_Attribute: case N_Subscript:
    if (e->kind == N_Name && e->u.Name.ctx == CTX_LOAD) return 0;
    if (e->kind != N_Name && ((e->kind == N_Attribute && e->u.Attribute.ctx != CTX_LOAD) ||
                              (e->kind == N_Subscript && e->u.Subscript.ctx != CTX_LOAD)))
      return g_target(g, e);
    if (e->kind == N_Name) return g_target(g, e);
    goto children;   /* attribute and subscript loads */
  default:
  children: {   /* in place, not in a helper: one C frame per tree level */
    Node *c;
    FOR_EACH_CHILD(e, c, it)
      if (g_expr(g, c) < 0) return -1;
    return 0;
  }
  }
}

static int g_import_names(Gen *g, NodeList names, Node *s) {
  for (size_t i = 0; i < names.n; i++) {
    Node *a = names.items[i];
    Obj *n = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
    if (forbidden(g, n, 0, g->c->v >= PY314 ? a : s) < 0) return -1;
  }
  return 0;
}

static int g_try(Gen *g, Node *s) {
  int star = s->kind == N_TryStar;
  NodeList h = s->u.Try.handlers;
  if (s->u.Try.finalbody.n && push_block(g, FB_CLEANUP, s) < 0) return -1;
  if (h.n && push_block(g, FB_OTHER, s) < 0) return -1;
  if (g_stmts(g, s->u.Try.body) < 0) return -1;
  if (h.n) pop_block(g);
  if (h.n && g_stmts(g, s->u.Try.orelse) < 0) return -1;
  for (size_t i = 0; i < h.n; i++) {
    Node *x = h.items[i];
    if (!star && !x->u.ExceptHandler.type && i < h.n - 1)
      return check_raise_node(g->c, x, "default 'except:' must be last", NULL);
    if (x->u.ExceptHandler.type && g_expr(g, x->u.ExceptHandler.type) < 0) return -1;
    if (x->u.ExceptHandler.name && forbidden(g, x->u.ExceptHandler.name, 0, x) < 0) return -1;
    if (push_block(g, star ? FB_EXCEPT_STAR : FB_OTHER, x) < 0) return -1;
    if (!star && push_block(g, FB_OTHER, x) < 0) return -1;
    if (g_stmts(g, x->u.ExceptHandler.body) < 0) return -1;
    if (!star) pop_block(g);
    pop_block(g);
  }
  if (!h.n && g_stmts(g, s->u.Try.orelse) < 0) return -1;
  if (s->u.Try.finalbody.n) {
    pop_block(g);
    if (g_stmts(g, s->u.Try.finalbody) < 0) return -1;
  }
  return 0;
}

static int g_stmt(Gen *g, Node *s) {
  Check *c = g->c;
  int found = 0;
  g->loc = s;
  switch ((int)s->kind) {
  case N_FunctionDef: {
    Node *a = s->u.FunctionDef.args;
    if (check_debug_args(g, a, s) < 0) return -1;
    if (g_exprs(g, s->u.FunctionDef.decorator_list) < 0) return -1;
    if (g_exprs(g, a->u.arguments.defaults) < 0 || g_exprs(g, a->u.arguments.kw_defaults) < 0) return -1;
    if (g_unit(g, B_FUNCTION, s->u.FunctionDef.body, NULL) < 0) return -1;
    return forbidden(g, s->u.FunctionDef.name, 0, s);
  }
  case N_ClassDef:
    if (g_exprs(g, s->u.ClassDef.decorator_list) < 0) return -1;
    if (g_unit(g, B_CLASS, s->u.ClassDef.body, NULL) < 0) return -1;
    if (g_call_args(g, s->u.ClassDef.bases, s->u.ClassDef.keywords, s) < 0) return -1;
    return forbidden(g, s->u.ClassDef.name, 0, s);
  case N_Return: {
    Node *v = s->u.Return.value;
    if (g->u->type != B_FUNCTION) return check_raise_node(c, s, "'return' outside function", NULL);
    if (v && g_expr(g, v) < 0) return -1;
    return unwind(g, s, v && v->kind == N_Constant && v->lineno == s->lineno ? v : s, 0, &found);
  }
  case N_Break: case N_Continue:
    if (unwind(g, s, s, 1, &found) < 0) return -1;
    if (!found)
      return check_raise_node(c, s, s->kind == N_Break ? "'break' outside loop" : "'continue' not properly in loop", NULL);
    return 0;
  case N_Delete:
    for (size_t i = 0; i < s->u.Delete.targets.n; i++)
      if (g_target(g, s->u.Delete.targets.items[i]) < 0) return -1;
    return 0;
  case N_Assign:
    if (g_expr(g, s->u.Assign.value) < 0) return -1;
    for (size_t i = 0; i < s->u.Assign.targets.n; i++)
      if (g_target(g, s->u.Assign.targets.items[i]) < 0) return -1;
    return 0;
  case N_AugAssign:
    if (g_expr(g, s->u.AugAssign.value) < 0) return -1;
    return g_target(g, s->u.AugAssign.target);
  case N_AnnAssign:
    if (s->u.AnnAssign.value && g_expr(g, s->u.AnnAssign.value) < 0) return -1;
    if (g_target(g, s->u.AnnAssign.target) < 0) return -1;
    return g_expr(g, s->u.AnnAssign.annotation);
  case N_For:
    if (g_expr(g, s->u.For.iter) < 0 || g_target(g, s->u.For.target) < 0) return -1;
    if (push_block(g, FB_LOOP, s) < 0 || g_stmts(g, s->u.For.body) < 0) return -1;
    pop_block(g);
    return g_stmts(g, s->u.For.orelse);
  case N_While:
    if (g_expr(g, s->u.While.test) < 0) return -1;
    if (push_block(g, FB_LOOP, s) < 0 || g_stmts(g, s->u.While.body) < 0) return -1;
    pop_block(g);
    return g_stmts(g, s->u.While.orelse);
  case N_If:
    if (g_expr(g, s->u.If.test) < 0 || g_stmts(g, s->u.If.body) < 0) return -1;
    return g_stmts(g, s->u.If.orelse);
  case N_With:
    for (size_t i = 0; i < s->u.With.items.n; i++) {
      Node *w = s->u.With.items.items[i];
      if (push_block(g, FB_CLEANUP, s) < 0 || g_expr(g, w->u.withitem.context_expr) < 0) return -1;
      if (w->u.withitem.optional_vars && g_target(g, w->u.withitem.optional_vars) < 0) return -1;
    }
    if (g_stmts(g, s->u.With.body) < 0) return -1;
    for (size_t i = 0; i < s->u.With.items.n; i++) pop_block(g);
    return 0;
  case N_Try: case N_TryStar: return g_try(g, s);
  case N_Import: return g_import_names(g, s->u.Import.names, s);
  case N_ImportFrom:
    if (s->lineno > g->ff_lineno && s->u.ImportFrom.module && str_eq_c(s->u.ImportFrom.module, "__future__"))
      return check_raise_node(c, s, "from __future__ imports must occur at the beginning of the file", NULL);
    return g_import_names(g, s->u.ImportFrom.names, s);
  case N_Expr: {
    Node *v = s->u.Expr.value;
    return v->kind == N_Constant ? 0 : g_expr(g, v);
  }
  default: {
    Node *c;
    FOR_EACH_CHILD(s, c, it)
      if (g_expr(g, c) < 0) return -1;
    return 0;
  }
  }
}

static int g_stmts(Gen *g, NodeList l) {
  for (size_t i = 0; i < l.n; i++)
    if (g_stmt(g, l.items[i]) < 0) return -1;
  return 0;
}

/* ---- recursion limit ------------------------------------------------------------------ */

/* The compiler's recursion guard ("maximum recursion depth exceeded during
 * compilation"), by the depth of the tree (nodes on the deepest path, the
 * Module included). 3.11 scales the Python recursion limit (3 * 1000) on every
 * platform; later versions scale the C recursion limit, which is per platform.
 * linux: 3.11 and 3.13 measured with `python3 -c`, 3.12 estimated from 3.12's
 * C limit (3 * 3000). emscripten: the oracle (Pyodide) overflows the real
 * stack before its limit, past about 6000 (3.12) or 5000 (3.13+) levels; these
 * limits sit between the deepest tree it compiles and the shallowest that
 * crashes it. wasi: 3 * 500 (3.12), 5000 (3.13), a guess for 3.14.
 * The passes below recurse on the tree, so this check also bounds their C stack. */
static int depth_limit(Rt *rt) {
  static const int limits[PLAT_N][PY_NVERSIONS] = {
    [PLAT_LINUX]      = {2992, 8997, 9999, 9999},
    [PLAT_EMSCRIPTEN] = {2992, 5500, 4500, 4500},
    [PLAT_WASI]       = {2992, 1497, 4999, 4000},
  };
  int limit = limits[rt->platform][rt->pyv];
#ifdef __wasm__
  /* Built as WebAssembly, this process has the same small stacks as
   * CPython-in-WebAssembly (about 10,000 frames of the engine's own): past
   * HOST_DEPTH_CAP levels the passes here, and the compiler's after them,
   * would overflow it, so deeper trees stop here too. */
  enum { HOST_DEPTH_CAP = 3000 };
  if (limit > HOST_DEPTH_CAP) limit = HOST_DEPTH_CAP;
#endif
  return limit;
}

typedef struct { Node **nodes; int *depths; size_t n, cap; int failed; int cur; } DepthStack;

static void depth_push(Node *c, void *arg) {
  DepthStack *s = arg;
  if (s->failed) return;
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 256;
    Node **nn = mem_realloc(s->nodes, cap * sizeof *nn);
    if (nn) s->nodes = nn;
    int *dd = nn ? mem_realloc(s->depths, cap * sizeof *dd) : NULL;
    if (dd) s->depths = dd;
    if (!nn || !dd) {
      s->failed = 1;
      return;
    }
    s->cap = cap;
  }
  s->nodes[s->n] = c;
  s->depths[s->n++] = s->cur + 1;
}

/* 1 when the tree is deeper than limit, 0 if not, -1 out of memory. No recursion. */
static int too_deep(Node *root, int limit) {
  DepthStack s = {NULL, NULL, 0, 0, 0, 0};
  int r = 0;
  s.cur = 0;
  depth_push(root, &s);
  while (s.n && !s.failed) {
    Node *n = s.nodes[--s.n];
    s.cur = s.depths[s.n];
    if (s.cur > limit) {
      r = 1;
      break;
    }
    ast_children(n, depth_push, &s);
  }
  if (s.failed) r = -1;
  mem_free(s.nodes);
  mem_free(s.depths);
  return r;
}

/* ---- entry ---------------------------------------------------------------------------- */

int ast_check(Rt *rt, Ast *ast, Obj *filename, const char *source, size_t len) {
  Check c = {rt, rt->pyv, filename, source, len, 0};
  Node *mod = ast->root;
  int deep = too_deep(mod, depth_limit(rt));
  if (deep) {
    if (deep < 0) err_nomem(rt);
    else err_str(rt, EXC(RecursionError), "maximum recursion depth exceeded during compilation");
    return -1;
  }
  int ff_lineno = 0;
  if (check_future(&c, mod, &ff_lineno) < 0) return -1;
  if (compile_finally_warnings(rt, mod, filename) < 0) return -1;
  if (check_symtable(&c, mod) < 0) return -1;
  Unit top = {B_MODULE, {0}, 0};
  Gen g = {&c, &top, ff_lineno, NULL};
  return g_stmts(&g, mod->u.Module.body);
}
