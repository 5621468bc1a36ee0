/* check_symtable.c: the symbol table pass of ast_check (CPython's
 * symtable.c, reduced to what raises): it visits the whole module in
 * symtable.c's order, recording for each scope how each name is defined
 * and used, and raises duplicate parameters, global/nonlocal misuse, yield
 * or walrus misuse in comprehensions and `import *` outside the module;
 * then it resolves nonlocal declarations against the enclosing functions. */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "base/mem.h"

/* ---- 2. symbol table ------------------------------------------------------------------ */

enum { DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_ANNOT = 32,
       DEF_IMPORT = 64, DEF_COMP_ITER = 128 };
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

enum { B_MODULE, B_FUNCTION, B_CLASS };
enum { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN };

typedef struct Sym { Obj *name; int flags; } Sym;
typedef struct Directive { Obj *name; int lineno, col, end_lineno, end_col; } Directive;

typedef struct Block {
  int type, comp;
  struct Block *parent;
  Sym *syms;
  size_t nsyms, capsyms;
  Directive *dirs;
  size_t ndirs, capdirs;
  struct Block **kids;
  size_t nkids, capkids;
  int comp_iter_expr, comp_iter_target;
} Block;

typedef struct St {
  Check *c;
  Block *cur, *top;
  int nomem;
  Obj **owned;               /* strings made here, released with the table */
  size_t nowned, capowned;
} St;

static int grow(void **items, size_t *cap, size_t n, size_t size) {
  if (n < *cap) return 0;
  size_t nc = *cap ? *cap * 2 : 8;
  void *p = mem_realloc(*items, nc * size);
  if (!p) return -1;
  *items = p;
  *cap = nc;
  return 0;
}

static Block *block_new(St *st, int type, int comp) {
  Block *b = mem_calloc(1, sizeof *b);
  if (!b) {
    st->nomem = 1;
    return NULL;
  }
  b->type = type;
  b->comp = comp;
  b->parent = st->cur;
  if (st->cur) {
    if (grow((void **)&st->cur->kids, &st->cur->capkids, st->cur->nkids, sizeof(Block *)) < 0) {
      mem_free(b);
      st->nomem = 1;
      return NULL;
    }
    st->cur->kids[st->cur->nkids++] = b;
  }
  return b;
}

static void block_free(Block *b) {
  if (!b) return;
  for (size_t i = 0; i < b->nkids; i++) block_free(b->kids[i]);
  mem_free(b->kids);
  mem_free(b->syms);
  mem_free(b->dirs);
  mem_free(b);
}

static Sym *sym_find(Block *b, Obj *name) {
  for (size_t i = 0; i < b->nsyms; i++)
    if (str_equal(b->syms[i].name, name)) return &b->syms[i];
  return NULL;
}

static int lookup(Block *b, Obj *name) {
  Sym *s = sym_find(b, name);
  return s ? s->flags : 0;
}

/* symtable_add_def_helper */
static int add_def_in(St *st, Block *b, Obj *name, int flag, const Node *loc) {
  Check *c = st->c;
  Sym *s = sym_find(b, name);
  int val;
  if (s) {
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM))
      return check_raise_node(c, loc, "duplicate argument '%s' in function definition", str_c(name));
    val = s->flags | flag;
  } else {
    val = flag;
  }
  if (b->comp_iter_target) {
    if (val & (DEF_GLOBAL | DEF_NONLOCAL))
      return check_raise_node(c, loc, "comprehension inner loop cannot rebind assignment expression target '%s'", str_c(name));
    val |= DEF_COMP_ITER;
  }
  if (!s) {
    if (grow((void **)&b->syms, &b->capsyms, b->nsyms, sizeof(Sym)) < 0) return st->nomem = 1, -1;
    s = &b->syms[b->nsyms++];
    s->name = name;
  }
  s->flags = val;
  return 0;
}

static int add_def(St *st, Obj *name, int flag, const Node *loc) { return add_def_in(st, st->cur, name, flag, loc); }

static int directive(St *st, Obj *name, const Node *loc) {
  Block *b = st->cur;
  if (grow((void **)&b->dirs, &b->capdirs, b->ndirs, sizeof(Directive)) < 0) return st->nomem = 1, -1;
  Directive d = {name, loc->lineno, loc->col, loc->end_lineno, loc->end_col};
  b->dirs[b->ndirs++] = d;
  return 0;
}

static int st_expr(St *st, Node *e);
static int st_stmts(St *st, NodeList l);

static int st_exprs(St *st, NodeList l) {
  for (size_t i = 0; i < l.n; i++)
    if (l.items[i] && st_expr(st, l.items[i]) < 0) return -1;
  return 0;
}

static int st_params(St *st, NodeList l) {
  for (size_t i = 0; i < l.n; i++)
    if (add_def(st, l.items[i]->u.arg.arg, DEF_PARAM, l.items[i]) < 0) return -1;
  return 0;
}

/* symtable_visit_arguments */
static int st_arguments(St *st, Node *a) {
  if (st_params(st, a->u.arguments.posonlyargs) < 0 || st_params(st, a->u.arguments.args) < 0 ||
      st_params(st, a->u.arguments.kwonlyargs) < 0)
    return -1;
  if (a->u.arguments.vararg && add_def(st, a->u.arguments.vararg->u.arg.arg, DEF_PARAM, a->u.arguments.vararg) < 0)
    return -1;
  if (a->u.arguments.kwarg && add_def(st, a->u.arguments.kwarg->u.arg.arg, DEF_PARAM, a->u.arguments.kwarg) < 0)
    return -1;
  return 0;
}

static int st_annotations(St *st, Node *a, Node *returns) {
  NodeList lists[3] = {a->u.arguments.posonlyargs, a->u.arguments.args, a->u.arguments.kwonlyargs};
  for (int k = 0; k < 3; k++)
    for (size_t i = 0; i < lists[k].n; i++)
      if (lists[k].items[i]->u.arg.annotation && st_expr(st, lists[k].items[i]->u.arg.annotation) < 0) return -1;
  if (a->u.arguments.vararg && a->u.arguments.vararg->u.arg.annotation &&
      st_expr(st, a->u.arguments.vararg->u.arg.annotation) < 0)
    return -1;
  if (a->u.arguments.kwarg && a->u.arguments.kwarg->u.arg.annotation &&
      st_expr(st, a->u.arguments.kwarg->u.arg.annotation) < 0)
    return -1;
  if (returns && st_expr(st, returns) < 0) return -1;
  return 0;
}

static int enter(St *st, int type, int comp) {
  Block *b = block_new(st, type, comp);
  if (!b) return -1;
  st->cur = b;
  return 0;
}

static void leave(St *st) { st->cur = st->cur->parent; }

/* symtable_extend_namedexpr_scope */
static int extend_namedexpr_scope(St *st, Node *target) {
  Obj *name = target->u.Name.id;
  for (Block *b = st->cur; b; b = b->parent) {
    if (b->comp) {
      if (lookup(b, name) & DEF_COMP_ITER)
        return check_raise_node(st->c, target, "assignment expression cannot rebind comprehension iteration variable '%s'",
                          str_c(name));
      continue;
    }
    if (b->type == B_FUNCTION) {
      if (add_def(st, name, (lookup(b, name) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, target) < 0) return -1;
      if (directive(st, name, target) < 0) return -1;
      return add_def_in(st, b, name, DEF_LOCAL, target);
    }
    if (b->type == B_MODULE) {
      if (add_def(st, name, DEF_GLOBAL, target) < 0 || directive(st, name, target) < 0) return -1;
      return add_def_in(st, b, name, DEF_GLOBAL, target);
    }
    if (b->type == B_CLASS)
      return check_raise_node(st->c, target, "assignment expression within a comprehension cannot be used in a class body", NULL);
  }
  return 0;
}

/* symtable_handle_comprehension */
static int st_comprehension(St *st, Node *e, NodeList gens, Node *elt, Node *value) {
  Node *outer = gens.items[0];
  int comp = e->kind == N_ListComp ? COMP_LIST : e->kind == N_SetComp ? COMP_SET : e->kind == N_DictComp ? COMP_DICT : COMP_GEN;
  st->cur->comp_iter_expr++;
  int r = st_expr(st, outer->u.comprehension.iter);
  st->cur->comp_iter_expr--;
  if (r < 0 || enter(st, B_FUNCTION, comp) < 0) return -1;
  st->cur->comp_iter_target = 1;
  r = st_expr(st, outer->u.comprehension.target);
  st->cur->comp_iter_target = 0;
  if (r < 0 || st_exprs(st, outer->u.comprehension.ifs) < 0) return -1;
  for (size_t i = 1; i < gens.n; i++) {
    Node *g = gens.items[i];
    st->cur->comp_iter_target = 1;
    r = st_expr(st, g->u.comprehension.target);
    st->cur->comp_iter_target = 0;
    if (r < 0) return -1;
    st->cur->comp_iter_expr++;
    r = st_expr(st, g->u.comprehension.iter);
    st->cur->comp_iter_expr--;
    if (r < 0 || st_exprs(st, g->u.comprehension.ifs) < 0) return -1;
  }
  if (value && st_expr(st, value) < 0) return -1;
  if (st_expr(st, elt) < 0) return -1;
  leave(st);
  return 0;
}

static const char *const comp_names[] = {"", "list comprehension", "set comprehension", "dict comprehension",
                                         "generator expression"};

static int st_expr(St *st, Node *e) {
  Check *c = st->c;
  switch ((int)e->kind) {
  case N_NamedExpr:
    if (st->cur->comp_iter_expr > 0)
      return check_raise_node(c, e, "assignment expression cannot be used in a comprehension iterable expression", NULL);
    if (st->cur->comp && extend_namedexpr_scope(st, e->u.NamedExpr.target) < 0) return -1;
    return st_expr(st, e->u.NamedExpr.value) < 0 ? -1 : st_expr(st, e->u.NamedExpr.target);
  case N_Lambda: {
    Node *a = e->u.Lambda.args;
    if (st_exprs(st, a->u.arguments.defaults) < 0 || st_exprs(st, a->u.arguments.kw_defaults) < 0) return -1;
    if (enter(st, B_FUNCTION, COMP_NONE) < 0 || st_arguments(st, a) < 0 || st_expr(st, e->u.Lambda.body) < 0) return -1;
    leave(st);
    return 0;
  }
  case N_Dict:
    if (st_exprs(st, e->u.Dict.keys) < 0) return -1;
    return st_exprs(st, e->u.Dict.values);
  case N_ListComp: case N_SetComp: case N_GeneratorExp:
    return st_comprehension(st, e, e->u.ListComp.generators, e->u.ListComp.elt, NULL);
  case N_DictComp:
    return st_comprehension(st, e, e->u.DictComp.generators, e->u.DictComp.key, e->u.DictComp.value);
  case N_Yield: case N_YieldFrom:
    if (e->u.Yield.value && st_expr(st, e->u.Yield.value) < 0) return -1;
    if (st->cur->comp) return check_raise_node(c, e, "'yield' inside %s", comp_names[st->cur->comp]);
    return 0;
  case N_Name:
    return add_def(st, e->u.Name.id, e->u.Name.ctx == CTX_LOAD ? USE : DEF_LOCAL, e);
  default: {   /* in place, not in a helper: one C frame per tree level */
    Node *c;
    FOR_EACH_CHILD(e, c, it)
      if (st_expr(st, c) < 0) return -1;
    return 0;
  }
  }
}

/* global/nonlocal statements */
static int st_directive(St *st, Node *s, int global) {
  static const char *const msgs[2][4] = {
    {"name '%s' is parameter and nonlocal", "name '%s' is used prior to nonlocal declaration",
     "annotated name '%s' can't be nonlocal", "name '%s' is assigned to before nonlocal declaration"},
    {"name '%s' is parameter and global", "name '%s' is used prior to global declaration",
     "annotated name '%s' can't be global", "name '%s' is assigned to before global declaration"}};
  for (size_t i = 0; i < s->u.Global.n; i++) {
    Obj *name = s->u.Global.names[i];
    int cur = lookup(st->cur, name);
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      int k = (cur & DEF_PARAM) ? 0 : (cur & USE) ? 1 : (cur & DEF_ANNOT) ? 2 : 3;
      return check_raise_node(st->c, s, msgs[global][k], str_c(name));
    }
    if (add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s) < 0 || directive(st, name, s) < 0) return -1;
  }
  return 0;
}

static int st_alias(St *st, Node *a, Node *stmt) {
  Obj *name = a->u.alias.asname ? a->u.alias.asname : a->u.alias.name;
  if (str_eq_c(name, "*")) {
    if (st->cur->type != B_MODULE) return check_raise_node(st->c, a, "import * only allowed at module level", NULL);
    return 0;
  }
  (void)stmt;
  /* `import a.b` binds `a`: that new string lives as long as the table */
  const char *s = str_c(name), *dot = strchr(s, '.');
  if (dot) {
    Obj *bound = str_new(st->c->rt, s, (size_t)(dot - s));
    if (!bound || grow((void **)&st->owned, &st->capowned, st->nowned, sizeof(Obj *)) < 0) {
      xdecref(bound);
      return st->nomem = 1, -1;
    }
    st->owned[st->nowned++] = bound;
    name = bound;
  }
  return add_def(st, name, DEF_IMPORT, a);
}

static int st_stmt(St *st, Node *s) {
  switch ((int)s->kind) {
  case N_FunctionDef: {
    Node *a = s->u.FunctionDef.args;
    if (add_def(st, s->u.FunctionDef.name, DEF_LOCAL, s) < 0) return -1;
    if (st_exprs(st, a->u.arguments.defaults) < 0 || st_exprs(st, a->u.arguments.kw_defaults) < 0) return -1;
    if (st_annotations(st, a, s->u.FunctionDef.returns) < 0) return -1;
    if (st_exprs(st, s->u.FunctionDef.decorator_list) < 0) return -1;
    if (enter(st, B_FUNCTION, COMP_NONE) < 0 || st_arguments(st, a) < 0 || st_stmts(st, s->u.FunctionDef.body) < 0)
      return -1;
    leave(st);
    return 0;
  }
  case N_ClassDef:
    if (add_def(st, s->u.ClassDef.name, DEF_LOCAL, s) < 0) return -1;
    if (st_exprs(st, s->u.ClassDef.bases) < 0 || st_exprs(st, s->u.ClassDef.keywords) < 0 ||
        st_exprs(st, s->u.ClassDef.decorator_list) < 0)
      return -1;
    if (enter(st, B_CLASS, COMP_NONE) < 0 || st_stmts(st, s->u.ClassDef.body) < 0) return -1;
    leave(st);
    return 0;
  case N_AnnAssign: {
    Node *t = s->u.AnnAssign.target;
    if (t->kind == N_Name) {
      int cur = lookup(st->cur, t->u.Name.id);
      if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur->type != B_MODULE && s->u.AnnAssign.simple)
        return check_raise_node(st->c, s, (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                       : "annotated name '%s' can't be nonlocal",
                          str_c(t->u.Name.id));
      if (s->u.AnnAssign.simple) {
        if (add_def(st, t->u.Name.id, DEF_ANNOT | DEF_LOCAL, t) < 0) return -1;
      } else if (s->u.AnnAssign.value && add_def(st, t->u.Name.id, DEF_LOCAL, t) < 0) {
        return -1;
      }
    } else if (st_expr(st, t) < 0) {
      return -1;
    }
    if (st_expr(st, s->u.AnnAssign.annotation) < 0) return -1;
    return s->u.AnnAssign.value ? st_expr(st, s->u.AnnAssign.value) : 0;
  }
  case N_Try: case N_TryStar:
    if (st_stmts(st, s->u.Try.body) < 0 || st_stmts(st, s->u.Try.orelse) < 0) return -1;
    for (size_t i = 0; i < s->u.Try.handlers.n; i++) {
      Node *h = s->u.Try.handlers.items[i];
      if (h->u.ExceptHandler.type && st_expr(st, h->u.ExceptHandler.type) < 0) return -1;
      if (h->u.ExceptHandler.name && add_def(st, h->u.ExceptHandler.name, DEF_LOCAL, h) < 0) return -1;
      if (st_stmts(st, h->u.ExceptHandler.body) < 0) return -1;
    }
    return st_stmts(st, s->u.Try.finalbody);
  case N_Import: case N_ImportFrom: {
    NodeList names = s->kind == N_Import ? s->u.Import.names : s->u.ImportFrom.names;
    for (size_t i = 0; i < names.n; i++)
      if (st_alias(st, names.items[i], s) < 0) return -1;
    return 0;
  }
  case N_Global: return st_directive(st, s, 1);
  case N_Nonlocal: return st_directive(st, s, 0);
  case N_For:
    if (st_expr(st, s->u.For.target) < 0 || st_expr(st, s->u.For.iter) < 0) return -1;
    return st_stmts(st, s->u.For.body) < 0 ? -1 : st_stmts(st, s->u.For.orelse);
  case N_While: case N_If:
    if (st_expr(st, s->u.If.test) < 0 || st_stmts(st, s->u.If.body) < 0) return -1;
    return st_stmts(st, s->u.If.orelse);
  case N_With:
    for (size_t i = 0; i < s->u.With.items.n; i++) {
      Node *w = s->u.With.items.items[i];
      if (st_expr(st, w->u.withitem.context_expr) < 0) return -1;
      if (w->u.withitem.optional_vars && st_expr(st, w->u.withitem.optional_vars) < 0) return -1;
    }
    return st_stmts(st, s->u.With.body);
  default: {
    Node *c;
    FOR_EACH_CHILD(s, c, it)
      if (st_expr(st, c) < 0) return -1;
    return 0;
  }
  }
}

static int st_stmts(St *st, NodeList l) {
  for (size_t i = 0; i < l.n; i++)
    if (st_stmt(st, l.items[i]) < 0) return -1;
  return 0;
}

/* ---- analysis: where the global/nonlocal declarations point ---- */

typedef struct NameSet { Obj **names; size_t n, cap; } NameSet;

static int names_has(NameSet *s, Obj *name) {
  for (size_t i = 0; s && i < s->n; i++)
    if (str_equal(s->names[i], name)) return 1;
  return 0;
}

static int names_add(St *st, NameSet *s, Obj *name) {
  if (names_has(s, name)) return 0;
  if (grow((void **)&s->names, &s->cap, s->n, sizeof(Obj *)) < 0) return st->nomem = 1, -1;
  s->names[s->n++] = name;
  return 0;
}

static int error_at_directive(St *st, Block *b, Obj *name, const char *fmt) {
  for (size_t i = 0; i < b->ndirs; i++)
    if (str_equal(b->dirs[i].name, name)) {
      Directive *d = &b->dirs[i];
      return check_raise_at(st->c, d->lineno, d->col, d->end_lineno, d->end_col, fmt, str_c(name));
    }
  return check_raise_at(st->c, 0, -1, 0, -1, fmt, str_c(name));
}

/* analyze_block, reduced to what raises: `bound` is NULL for the module. */
static int analyze(St *st, Block *b, NameSet *bound) {
  NameSet local = {NULL, 0, 0}, newbound = {NULL, 0, 0};
  int r = 0;
  for (size_t i = 0; i < b->nsyms && !r; i++) {
    Sym *s = &b->syms[i];
    if (s->flags & DEF_GLOBAL) {
      if (s->flags & DEF_NONLOCAL) r = error_at_directive(st, b, s->name, "name '%s' is nonlocal and global");
      continue;
    }
    if (s->flags & DEF_NONLOCAL) {
      if (!bound) r = error_at_directive(st, b, s->name, "nonlocal declaration not allowed at module level");
      else if (!names_has(bound, s->name)) r = error_at_directive(st, b, s->name, "no binding for nonlocal '%s' found");
      continue;
    }
    if (s->flags & DEF_BOUND) r = names_add(st, &local, s->name);
  }
  if (!r) {
    if (b->type == B_FUNCTION)
      for (size_t i = 0; i < local.n && !r; i++) r = names_add(st, &newbound, local.names[i]);
    for (size_t i = 0; bound && i < bound->n && !r; i++) r = names_add(st, &newbound, bound->names[i]);
    for (size_t i = 0; i < b->nkids && !r; i++) r = analyze(st, b->kids[i], &newbound);
  }
  mem_free(local.names);
  mem_free(newbound.names);
  return r;
}

int check_symtable(Check *c, Node *mod) {
  St st = {c, NULL, NULL, 0, NULL, 0, 0};
  if (enter(&st, B_MODULE, COMP_NONE) < 0) return err_nomem(c->rt), -1;
  st.top = st.cur;
  int r = st_stmts(&st, mod->u.Module.body);
  if (!r && !st.nomem) r = analyze(&st, st.top, NULL);
  block_free(st.top);
  for (size_t i = 0; i < st.nowned; i++) decref(st.owned[i]);
  mem_free(st.owned);
  if (st.nomem && !c->failed) {
    err_nomem(c->rt);
    return -1;
  }
  return r;
}
