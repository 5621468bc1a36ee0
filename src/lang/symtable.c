/* symtable.c: two passes over the tree. The first records, per scope, how
 * each name is used (bound, declared global/nonlocal, read). The second
 * resolves every name to local, global, free or cell. */
#include "lang/symtable.h"
#include "obj/err.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/ops.h"
#include "base/mem.h"
#include <stdlib.h>

/* ---- scopes ---------------------------------------------------------------------- */

static Scope *scope_new(Rt *rt, Symtable *st, enum ScopeKind kind, const Node *node, Obj *name, Scope *parent) {
  Scope *s = mem_calloc(1, sizeof(Scope));
  if (!s) { err_nomem(rt); return NULL; }
  s->kind = kind;
  s->node = node;
  s->name = incref(name);
  s->parent = parent;
  s->symbols = dict_new(rt);
  s->varnames = list_new(rt, 0);
  s->cellvars = list_new(rt, 0);
  s->freevars = list_new(rt, 0);
  int ok = s->symbols && s->varnames && s->cellvars && s->freevars;
  if (ok && st->n == st->cap) {
    size_t cap = st->cap ? st->cap * 2 : 16;
    Scope **all = mem_realloc(st->all, cap * sizeof(Scope *));
    if (all) { st->all = all; st->cap = cap; } else ok = 0;
  }
  if (ok && parent && parent->nchildren == parent->cap) {
    size_t cap = parent->cap ? parent->cap * 2 : 4;
    Scope **c = mem_realloc(parent->children, cap * sizeof(Scope *));
    if (c) { parent->children = c; parent->cap = cap; } else ok = 0;
  }
  if (!ok) {
    xdecref(s->name); xdecref(s->symbols); xdecref(s->varnames); xdecref(s->cellvars); xdecref(s->freevars);
    mem_free(s);
    err_nomem(rt);
    return NULL;
  }
  st->all[st->n++] = s;
  if (parent) parent->children[parent->nchildren++] = s;
  return s;
}

static void scope_free(Scope *s) {
  xdecref(s->name); xdecref(s->symbols); xdecref(s->varnames); xdecref(s->cellvars); xdecref(s->freevars);
  mem_free(s->children);
  mem_free(s);
}

void symtable_free(Symtable *st) {
  for (size_t i = 0; i < st->n; i++) scope_free(st->all[i]);
  mem_free(st->all);
  st->all = NULL;
  st->n = st->cap = 0;
  st->top = NULL;
}

Scope *symtable_lookup(Symtable *st, const Node *n) {
  for (size_t i = 0; i < st->n; i++)
    if (st->all[i]->node == n) return st->all[i];
  return NULL;
}

static int64_t sym_get(Scope *s, Obj *name) {
  Obj *v = dict_get(NULL, s->symbols, name);
  int64_t f = 0;
  if (v) int_as_i64(v, &f);
  return f;
}

static int sym_set(Rt *rt, Scope *s, Obj *name, int64_t flags) {
  Obj *v = int_from_i64(rt, flags);
  if (!v) return -1;
  int r = dict_set(rt, s->symbols, name, v);
  decref(v);
  return r;
}

static int add_flag(Rt *rt, Scope *s, Obj *name, int flag) {
  int64_t f = sym_get(s, name);
  if ((flag & (SYM_LOCAL | SYM_PARAM)) && !(f & (SYM_LOCAL | SYM_PARAM)) && s->kind != SCOPE_MODULE &&
      s->kind != SCOPE_CLASS) {
    if (list_append(rt, s->varnames, name) < 0) return -1;
  }
  return sym_set(rt, s, name, f | flag);
}

enum NameScope scope_of(Scope *s, Obj *name) {
  return (enum NameScope)(sym_get(s, name) >> SYM_SCOPE_SHIFT);
}

/* ---- pass 1: recording uses ---------------------------------------------------------- */

typedef struct Builder { Rt *rt; Symtable *st; Scope *cur; } Builder;

static int visit_stmts(Builder *b, const NodeList *l);
static int visit_expr(Builder *b, const Node *n);
static int visit_exprs(Builder *b, const NodeList *l);

static int bind(Builder *b, Obj *name) { return add_flag(b->rt, b->cur, name, SYM_LOCAL); }

static int visit_args_outer(Builder *b, const Node *a) {
  /* defaults and annotations are evaluated in the enclosing scope */
  if (visit_exprs(b, &a->u.arguments.defaults) < 0) return -1;
  for (size_t i = 0; i < a->u.arguments.kw_defaults.n; i++)
    if (a->u.arguments.kw_defaults.items[i] && visit_expr(b, a->u.arguments.kw_defaults.items[i]) < 0) return -1;
  return 0;
}

int args_have_annotations(const Node *a, const Node *returns) {
  const NodeList *lists[] = {&a->u.arguments.posonlyargs, &a->u.arguments.args, &a->u.arguments.kwonlyargs};
  for (int k = 0; k < 3; k++)
    for (size_t i = 0; i < lists[k]->n; i++)
      if (lists[k]->items[i]->u.arg.annotation) return 1;
  if (a->u.arguments.vararg && a->u.arguments.vararg->u.arg.annotation) return 1;
  if (a->u.arguments.kwarg && a->u.arguments.kwarg->u.arg.annotation) return 1;
  return returns != NULL;
}

static int visit_annotations(Builder *b, const Node *a, const Node *returns) {
  const NodeList *lists[] = {&a->u.arguments.posonlyargs, &a->u.arguments.args, &a->u.arguments.kwonlyargs};
  for (int k = 0; k < 3; k++)
    for (size_t i = 0; i < lists[k]->n; i++)
      if (visit_expr(b, lists[k]->items[i]->u.arg.annotation) < 0) return -1;
  if (a->u.arguments.vararg && visit_expr(b, a->u.arguments.vararg->u.arg.annotation) < 0) return -1;
  if (a->u.arguments.kwarg && visit_expr(b, a->u.arguments.kwarg->u.arg.annotation) < 0) return -1;
  return visit_expr(b, returns);
}

static int enter(Builder *b, enum ScopeKind kind, const Node *n, Obj *name);
static void leave(Builder *b);

/* Annotations: evaluated where the function is defined (3.11-3.13), or in
 * an __annotate__ scope when asked for (3.14), or not at all (strings, with
 * the __future__ import). */
static int visit_fn_annotations(Builder *b, const Node *a, const Node *returns) {
  if (b->st->future_annotations || !args_have_annotations(a, returns)) return 0;
  if (b->rt->pyv < PY314) return visit_annotations(b, a, returns);
  int in_class = b->cur->kind == SCOPE_CLASS;
  if (enter(b, SCOPE_FUNCTION, a, str_static("__annotate__")) < 0) return -1;
  b->cur->annotation_in_class = in_class;
  int r = add_flag(b->rt, b->cur, str_static("format"), SYM_PARAM | SYM_LOCAL) < 0 ? -1 : visit_annotations(b, a, returns);
  leave(b);
  return r;
}

static int bind_params(Builder *b, const Node *a) {
  const NodeList *lists[] = {&a->u.arguments.posonlyargs, &a->u.arguments.args};
  for (int k = 0; k < 2; k++)
    for (size_t i = 0; i < lists[k]->n; i++)
      if (add_flag(b->rt, b->cur, lists[k]->items[i]->u.arg.arg, SYM_PARAM | SYM_LOCAL) < 0) return -1;
  for (size_t i = 0; i < a->u.arguments.kwonlyargs.n; i++)
    if (add_flag(b->rt, b->cur, a->u.arguments.kwonlyargs.items[i]->u.arg.arg, SYM_PARAM | SYM_LOCAL) < 0) return -1;
  /* CPython orders varnames: positional, keyword-only, *args, **kwargs */
  Obj *va = a->u.arguments.vararg ? a->u.arguments.vararg->u.arg.arg : NULL;
  Obj *kw = a->u.arguments.kwarg ? a->u.arguments.kwarg->u.arg.arg : NULL;
  if (va && add_flag(b->rt, b->cur, va, SYM_PARAM | SYM_LOCAL) < 0) return -1;
  if (kw && add_flag(b->rt, b->cur, kw, SYM_PARAM | SYM_LOCAL) < 0) return -1;
  return 0;
}

static int enter(Builder *b, enum ScopeKind kind, const Node *n, Obj *name) {
  Scope *s = scope_new(b->rt, b->st, kind, n, name, b->cur);
  if (!s) return -1;
  b->cur = s;
  return 0;
}

static void leave(Builder *b) { b->cur = b->cur->parent; }

static int visit_comprehension(Builder *b, const Node *n, const NodeList *gens, const char *name) {
  const Node *first = gens->items[0];
  if (visit_expr(b, first->u.comprehension.iter) < 0) return -1;
  if (enter(b, SCOPE_COMPREHENSION, n, str_static(name)) < 0) return -1;
  if (n->kind == N_GeneratorExp) b->cur->generator = 1;
  if (add_flag(b->rt, b->cur, str_static(".0"), SYM_PARAM | SYM_LOCAL) < 0) return -1;
  for (size_t i = 0; i < gens->n; i++) {
    const Node *g = gens->items[i];
    if (i > 0 && visit_expr(b, g->u.comprehension.iter) < 0) return -1;
    if (visit_expr(b, g->u.comprehension.target) < 0) return -1;
    if (visit_exprs(b, &g->u.comprehension.ifs) < 0) return -1;
  }
  int r;
  if (n->kind == N_DictComp)
    r = visit_expr(b, n->u.DictComp.key) < 0 || visit_expr(b, n->u.DictComp.value) < 0 ? -1 : 0;
  else
    r = visit_expr(b, n->u.ListComp.elt);
  leave(b);
  return r;
}

static int visit_expr(Builder *b, const Node *n) {
  if (!n) return 0;
  Rt *rt = b->rt;
  switch (n->kind) {
  case N_Name:
    if (n->u.Name.ctx == CTX_LOAD) {
      if (str_eq_c(n->u.Name.id, "super") && b->cur->kind != SCOPE_MODULE) b->cur->uses_class = 1;
      if (str_eq_c(n->u.Name.id, "__class__") && b->cur->kind != SCOPE_MODULE) b->cur->uses_class = 1;
      return add_flag(rt, b->cur, n->u.Name.id, SYM_USE);
    }
    return bind(b, n->u.Name.id);
  case N_Lambda:
    if (visit_args_outer(b, n->u.Lambda.args) < 0) return -1;
    if (enter(b, SCOPE_FUNCTION, n, str_static("<lambda>")) < 0) return -1;
    if (bind_params(b, n->u.Lambda.args) < 0 || visit_expr(b, n->u.Lambda.body) < 0) return -1;
    leave(b);
    return 0;
  case N_ListComp: return visit_comprehension(b, n, &n->u.ListComp.generators, "<listcomp>");
  case N_SetComp: return visit_comprehension(b, n, &n->u.ListComp.generators, "<setcomp>");
  case N_GeneratorExp: return visit_comprehension(b, n, &n->u.ListComp.generators, "<genexpr>");
  case N_DictComp: return visit_comprehension(b, n, &n->u.DictComp.generators, "<dictcomp>");
  case N_NamedExpr: {
    Scope *s = b->cur;
    while (s->kind == SCOPE_COMPREHENSION) s = s->parent;
    if (visit_expr(b, n->u.NamedExpr.value) < 0) return -1;
    Obj *id = n->u.NamedExpr.target->u.Name.id;
    if (s != b->cur) {
      /* bound in the enclosing scope: global in the comprehension when that
       * scope is the module (or declares it global), else free there */
      if (s->kind == SCOPE_MODULE || (sym_get(s, id) & SYM_GLOBAL)) {
        if (add_flag(rt, s, id, s->kind == SCOPE_MODULE ? SYM_LOCAL : SYM_GLOBAL) < 0) return -1;
        return add_flag(rt, b->cur, id, SYM_GLOBAL);
      }
      if (add_flag(rt, s, id, SYM_LOCAL) < 0) return -1;
      return add_flag(rt, b->cur, id, SYM_NONLOCAL);
    }
    return bind(b, id);
  }
  case N_Yield: case N_YieldFrom:
    b->cur->generator = 1;
    return visit_expr(b, n->u.Yield.value);
  case N_BoolOp: return visit_exprs(b, &n->u.BoolOp.values);
  case N_BinOp: return visit_expr(b, n->u.BinOp.left) < 0 ? -1 : visit_expr(b, n->u.BinOp.right);
  case N_UnaryOp: return visit_expr(b, n->u.UnaryOp.operand);
  case N_IfExp:
    if (visit_expr(b, n->u.IfExp.test) < 0 || visit_expr(b, n->u.IfExp.body) < 0) return -1;
    return visit_expr(b, n->u.IfExp.orelse);
  case N_Dict:
    for (size_t i = 0; i < n->u.Dict.keys.n; i++)
      if (visit_expr(b, n->u.Dict.keys.items[i]) < 0) return -1;
    return visit_exprs(b, &n->u.Dict.values);
  case N_Set: return visit_exprs(b, &n->u.Set.elts);
  case N_Compare:
    if (visit_expr(b, n->u.Compare.left) < 0) return -1;
    for (size_t i = 0; i < n->u.Compare.n; i++)
      if (visit_expr(b, n->u.Compare.comparators[i]) < 0) return -1;
    return 0;
  case N_Call:
    if (visit_expr(b, n->u.Call.func) < 0 || visit_exprs(b, &n->u.Call.args) < 0) return -1;
    for (size_t i = 0; i < n->u.Call.keywords.n; i++)
      if (visit_expr(b, n->u.Call.keywords.items[i]->u.keyword.value) < 0) return -1;
    return 0;
  case N_FormattedValue:
    if (visit_expr(b, n->u.FormattedValue.value) < 0) return -1;
    return visit_expr(b, n->u.FormattedValue.format_spec);
  case N_JoinedStr: return visit_exprs(b, &n->u.JoinedStr.values);
  case N_Attribute: return visit_expr(b, n->u.Attribute.value);
  case N_Subscript: return visit_expr(b, n->u.Subscript.value) < 0 ? -1 : visit_expr(b, n->u.Subscript.slice);
  case N_Starred: return visit_expr(b, n->u.Starred.value);
  case N_List: case N_Tuple: return visit_exprs(b, &n->u.List.elts);
  case N_Slice:
    if (visit_expr(b, n->u.Slice.lower) < 0 || visit_expr(b, n->u.Slice.upper) < 0) return -1;
    return visit_expr(b, n->u.Slice.step);
  default: return 0;
  }
}

static int visit_exprs(Builder *b, const NodeList *l) {
  for (size_t i = 0; i < l->n; i++)
    if (visit_expr(b, l->items[i]) < 0) return -1;
  return 0;
}

static int visit_stmt(Builder *b, const Node *n) {
  Rt *rt = b->rt;
  switch (n->kind) {
  case N_FunctionDef: {
    if (visit_exprs(b, &n->u.FunctionDef.decorator_list) < 0) return -1;
    if (visit_args_outer(b, n->u.FunctionDef.args) < 0) return -1;
    if (visit_fn_annotations(b, n->u.FunctionDef.args, n->u.FunctionDef.returns) < 0) return -1;
    if (bind(b, n->u.FunctionDef.name) < 0) return -1;
    if (enter(b, SCOPE_FUNCTION, n, n->u.FunctionDef.name) < 0) return -1;
    int r = bind_params(b, n->u.FunctionDef.args) < 0 ? -1 : visit_stmts(b, &n->u.FunctionDef.body);
    leave(b);
    return r;
  }
  case N_ClassDef: {
    if (visit_exprs(b, &n->u.ClassDef.decorator_list) < 0 || visit_exprs(b, &n->u.ClassDef.bases) < 0) return -1;
    for (size_t i = 0; i < n->u.ClassDef.keywords.n; i++)
      if (visit_expr(b, n->u.ClassDef.keywords.items[i]->u.keyword.value) < 0) return -1;
    if (bind(b, n->u.ClassDef.name) < 0 || enter(b, SCOPE_CLASS, n, n->u.ClassDef.name) < 0) return -1;
    int r = visit_stmts(b, &n->u.ClassDef.body);
    leave(b);
    return r;
  }
  case N_Return: return visit_expr(b, n->u.Return.value);
  case N_Delete: return visit_exprs(b, &n->u.Delete.targets);
  case N_Assign: return visit_exprs(b, &n->u.Assign.targets) < 0 ? -1 : visit_expr(b, n->u.Assign.value);
  case N_AugAssign:
    if (n->u.AugAssign.target->kind == N_Name) {
      if (add_flag(rt, b->cur, n->u.AugAssign.target->u.Name.id, SYM_USE | SYM_LOCAL) < 0) return -1;
    } else if (visit_expr(b, n->u.AugAssign.target) < 0) return -1;
    return visit_expr(b, n->u.AugAssign.value);
  case N_AnnAssign:
    if (visit_expr(b, n->u.AnnAssign.target) < 0) return -1;
    if (b->cur->kind != SCOPE_FUNCTION && b->cur->kind != SCOPE_COMPREHENSION && !b->st->future_annotations) {
      if (b->rt->pyv < PY314) {
        if (visit_expr(b, n->u.AnnAssign.annotation) < 0) return -1;
      } else if (b->cur->kind == SCOPE_CLASS && n->u.AnnAssign.target->kind == N_Name && n->u.AnnAssign.simple) {
        /* 3.14: into the class's __annotate__ scope (module ones are not kept) */
        Scope *cls = b->cur;
        if (!cls->annotate) {
          if (enter(b, SCOPE_FUNCTION, n, str_static("__annotate__")) < 0) return -1;
          b->cur->annotation_in_class = 1;
          cls->annotate = b->cur;
          cls->annotate_key = n;
          if (add_flag(rt, b->cur, str_static("format"), SYM_PARAM | SYM_LOCAL) < 0) return -1;
          leave(b);
        }
        b->cur = cls->annotate;
        int r = visit_expr(b, n->u.AnnAssign.annotation);
        b->cur = cls;
        if (r < 0) return -1;
      }
    }
    return visit_expr(b, n->u.AnnAssign.value);
  case N_For:
    if (visit_expr(b, n->u.For.target) < 0 || visit_expr(b, n->u.For.iter) < 0) return -1;
    return visit_stmts(b, &n->u.For.body) < 0 ? -1 : visit_stmts(b, &n->u.For.orelse);
  case N_While: case N_If:
    if (visit_expr(b, n->u.While.test) < 0 || visit_stmts(b, &n->u.While.body) < 0) return -1;
    return visit_stmts(b, &n->u.While.orelse);
  case N_With:
    for (size_t i = 0; i < n->u.With.items.n; i++) {
      const Node *it = n->u.With.items.items[i];
      if (visit_expr(b, it->u.withitem.context_expr) < 0 || visit_expr(b, it->u.withitem.optional_vars) < 0)
        return -1;
    }
    return visit_stmts(b, &n->u.With.body);
  case N_Raise: return visit_expr(b, n->u.Raise.exc) < 0 ? -1 : visit_expr(b, n->u.Raise.cause);
  case N_Try: case N_TryStar:
    if (visit_stmts(b, &n->u.Try.body) < 0) return -1;
    for (size_t i = 0; i < n->u.Try.handlers.n; i++) {
      const Node *h = n->u.Try.handlers.items[i];
      if (visit_expr(b, h->u.ExceptHandler.type) < 0) return -1;
      if (h->u.ExceptHandler.name && bind(b, h->u.ExceptHandler.name) < 0) return -1;
      if (visit_stmts(b, &h->u.ExceptHandler.body) < 0) return -1;
    }
    return visit_stmts(b, &n->u.Try.orelse) < 0 ? -1 : visit_stmts(b, &n->u.Try.finalbody);
  case N_Assert: return visit_expr(b, n->u.Assert.test) < 0 ? -1 : visit_expr(b, n->u.Assert.msg);
  case N_Import: case N_ImportFrom: {
    const NodeList *names = n->kind == N_Import ? &n->u.Import.names : &n->u.ImportFrom.names;
    for (size_t i = 0; i < names->n; i++) {
      const Node *a = names->items[i];
      Obj *as = a->u.alias.asname;
      if (!as) {
        const char *s = str_c(a->u.alias.name), *dot = strchr(s, '.');
        if (str_eq_c(a->u.alias.name, "*")) continue;
        as = dot ? str_new(rt, s, (size_t)(dot - s)) : incref(a->u.alias.name);
        if (!as) return -1;
        int r = bind(b, as);
        decref(as);
        if (r < 0) return -1;
      } else if (bind(b, as) < 0) return -1;
    }
    return 0;
  }
  case N_Global: case N_Nonlocal:
    for (size_t i = 0; i < n->u.Global.n; i++)
      if (add_flag(rt, b->cur, n->u.Global.names[i], n->kind == N_Global ? SYM_GLOBAL : SYM_NONLOCAL) < 0)
        return -1;
    return 0;
  case N_Expr: return visit_expr(b, n->u.Expr.value);
  default: return 0;
  }
}

static int visit_stmts(Builder *b, const NodeList *l) {
  for (size_t i = 0; i < l->n; i++)
    if (visit_stmt(b, l->items[i]) < 0) return -1;
  return 0;
}

/* ---- pass 2: resolution ------------------------------------------------------------------ */

static int set_scope(Rt *rt, Scope *s, Obj *name, enum NameScope ns) {
  int64_t f = sym_get(s, name) & ((1 << SYM_SCOPE_SHIFT) - 1);
  return sym_set(rt, s, name, f | ((int64_t)ns << SYM_SCOPE_SHIFT));
}

static int is_function_like(const Scope *s) { return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION; }

static int sorted_append(Rt *rt, Obj *list, Obj *name) {
  for (size_t i = 0; i < list_len(list); i++)
    if (str_equal(list_get(list, i), name)) return 0;
  return list_append(rt, list, name) < 0 ? -1 : list_sort(rt, list, NULL, 0);
}

/* free_out collects the names s needs from enclosing scopes. */
static int analyze(Rt *rt, Scope *s, Obj *bound, Obj *free_out) {
  size_t pos = 0;
  Obj *name, *v;
  Obj *child_bound = dict_new(rt);
  if (!child_bound) return -1;
  if (is_function_like(s) && dict_update(rt, child_bound, bound) < 0) goto fail;
  /* a class body binds __class__ for the functions inside it */
  if (s->kind == SCOPE_CLASS && (dict_update(rt, child_bound, bound) < 0 ||
                                 dict_set(rt, child_bound, str_static("__class__"), None) < 0))
    goto fail;
  Obj *names = obj_to_list(rt, s->symbols);
  if (!names) goto fail;
  for (size_t i = 0; i < list_len(names); i++) {
    name = list_get(names, i);
    int64_t f = sym_get(s, name);
    enum NameScope ns;
    if (f & SYM_GLOBAL) ns = NS_GLOBAL_EXPLICIT;
    else if (f & SYM_NONLOCAL) ns = NS_FREE;
    else if (f & (SYM_LOCAL | SYM_PARAM)) ns = NS_LOCAL;
    else if (s->kind != SCOPE_MODULE && dict_get(rt, bound, name)) ns = NS_FREE;
    else ns = NS_GLOBAL_IMPLICIT;
    if (set_scope(rt, s, name, ns) < 0) { decref(names); goto fail; }
    if (ns == NS_FREE) {
      if (sorted_append(rt, s->freevars, name) < 0 || dict_set(rt, free_out, name, None) < 0) { decref(names); goto fail; }
    }
    if (is_function_like(s) && (ns == NS_LOCAL || ns == NS_FREE) && dict_set(rt, child_bound, name, None) < 0) {
      decref(names);
      goto fail;
    }
  }
  decref(names);
  if (s->annotation_in_class) {
    Obj *cd = str_static("__classdict__");
    if (set_scope(rt, s, cd, NS_FREE) < 0 || sorted_append(rt, s->freevars, cd) < 0 || dict_set(rt, free_out, cd, None) < 0)
      goto fail;
  }
  if (is_function_like(s) && s->uses_class) {
    /* super() or __class__ outside any class: the name stays global */
    Obj *cls = str_static("__class__");
    if (!(sym_get(s, cls) & (SYM_LOCAL | SYM_PARAM)) && dict_get(rt, bound, cls)) {
      if (set_scope(rt, s, cls, NS_FREE) < 0 || sorted_append(rt, s->freevars, cls) < 0 ||
          dict_set(rt, free_out, cls, None) < 0)
        goto fail;
    }
  }
  for (size_t i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    Obj *cfree = dict_new(rt);
    if (!cfree) goto fail;
    int r = analyze(rt, c, child_bound, cfree);
    pos = 0;
    while (r == 0 && dict_next(cfree, &pos, &name, &v)) {
      int64_t f = sym_get(s, name);
      enum NameScope ns = (enum NameScope)(f >> SYM_SCOPE_SHIFT);
      if (s->kind == SCOPE_CLASS && str_eq_c(name, "__class__")) {
        s->child_uses_class = 1;
        r = sorted_append(rt, s->cellvars, name);
      } else if (s->kind == SCOPE_CLASS && str_eq_c(name, "__classdict__")) {
        s->needs_classdict = 1;
        r = sorted_append(rt, s->cellvars, name);
      } else if (is_function_like(s) && (ns == NS_LOCAL || ns == NS_CELL)) {
        r = set_scope(rt, s, name, NS_CELL) < 0 ? -1 : sorted_append(rt, s->cellvars, name);
      } else if (s->kind == SCOPE_MODULE) {
        r = 0;
      } else {
        /* passes through s on its way out */
        if (s->kind == SCOPE_CLASS && ns == NS_LOCAL) r = sym_set(rt, s, name, f | SYM_FREE_CLASS);
        else if (ns != NS_FREE) r = set_scope(rt, s, name, NS_FREE);
        if (r == 0) r = sorted_append(rt, s->freevars, name);
        if (r == 0) r = dict_set(rt, free_out, name, None);
      }
    }
    decref(cfree);
    if (r < 0) goto fail;
  }
  decref(child_bound);
  return 0;
fail:
  decref(child_bound);
  return -1;
}

/* `from __future__ import annotations` among the leading statements */
static int has_future_annotations(const Node *module) {
  const NodeList *body = &module->u.Module.body;
  for (size_t i = 0; i < body->n; i++) {
    const Node *s = body->items[i];
    if (i == 0 && s->kind == N_Expr && s->u.Expr.value->kind == N_Constant && IS_STR(s->u.Expr.value->u.Constant.value))
      continue;   /* the docstring */
    if (s->kind != N_ImportFrom || !s->u.ImportFrom.module || !str_eq_c(s->u.ImportFrom.module, "__future__")) break;
    for (size_t k = 0; k < s->u.ImportFrom.names.n; k++)
      if (str_eq_c(s->u.ImportFrom.names.items[k]->u.alias.name, "annotations")) return 1;
  }
  return 0;
}

int symtable_build(Rt *rt, const Node *module, Symtable *st) {
  memset(st, 0, sizeof *st);
  st->future_annotations = has_future_annotations(module);
  Builder b = {rt, st, NULL};
  if (enter(&b, SCOPE_MODULE, module, str_static("<module>")) < 0) goto fail;
  st->top = b.cur;
  if (visit_stmts(&b, &module->u.Module.body) < 0) goto fail;
  Obj *bound = dict_new(rt), *free = dict_new(rt);
  int r = bound && free ? analyze(rt, st->top, bound, free) : -1;
  xdecref(bound);
  xdecref(free);
  if (r < 0) goto fail;
  return 0;
fail:
  symtable_free(st);
  return -1;
}
