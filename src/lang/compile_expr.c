/* compile_expr.c: expressions, assignment targets, calls, functions and
 * comprehensions. Every instruction gets the span of the node that emitted
 * it, as CPython's compiler does, so tracebacks can point at it. */
#include "lang/compile.h"
#include "obj/err.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "exc/exc.h"

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static int load_const(Compiler *c, Obj *v) {
  int k = c_const(c, v);
  return k < 0 ? -1 : c_emit(c, OP_LOAD_CONST, k);
}

static int has_starred(const NodeList *l) {
  for (size_t i = 0; i < l->n; i++)
    if (l->items[i]->kind == N_Starred) return 1;
  return 0;
}

/* ---- displays -------------------------------------------------------------------- */

/* Builds a list from elts with * unpacking; leaves it on the stack. */
static int build_list_unpacking(Compiler *c, const NodeList *elts, const Node *at) {
  TRY(c_emit(c, OP_BUILD_LIST, 0));
  for (size_t i = 0; i < elts->n; i++) {
    const Node *e = elts->items[i];
    if (e->kind == N_Starred) {
      TRY(c_expr(c, e->u.Starred.value));
      c_set_pos(c, e);
      TRY(c_emit(c, OP_LIST_EXTEND, 1));
    } else {
      TRY(c_expr(c, e));
      c_set_pos(c, at);
      TRY(c_emit(c, OP_LIST_APPEND, 1));
    }
  }
  c_set_pos(c, at);
  return 0;
}

static int c_sequence(Compiler *c, const Node *n) {
  const NodeList *elts = &n->u.List.elts;
  if (n->kind == N_Set) {
    elts = &n->u.Set.elts;
    if (!has_starred(elts)) {
      TRY(c_exprs(c, elts));
      c_set_pos(c, n);
      return c_emit(c, OP_BUILD_SET, (int)elts->n);
    }
    TRY(c_emit(c, OP_BUILD_SET, 0));
    for (size_t i = 0; i < elts->n; i++) {
      const Node *e = elts->items[i];
      TRY(c_expr(c, e->kind == N_Starred ? e->u.Starred.value : e));
      c_set_pos(c, n);
      TRY(c_emit(c, e->kind == N_Starred ? OP_SET_UPDATE : OP_SET_ADD, 1));
    }
    return 0;
  }
  if (!has_starred(elts)) {
    TRY(c_exprs(c, elts));
    c_set_pos(c, n);
    return c_emit(c, n->kind == N_List ? OP_BUILD_LIST : OP_BUILD_TUPLE, (int)elts->n);
  }
  TRY(build_list_unpacking(c, elts, n));
  return n->kind == N_Tuple ? c_emit(c, OP_LIST_TO_TUPLE, 0) : 0;
}

static int c_dict(Compiler *c, const Node *n) {
  const NodeList *k = &n->u.Dict.keys, *v = &n->u.Dict.values;
  int unpack = 0;
  for (size_t i = 0; i < k->n; i++)
    if (!k->items[i]) unpack = 1;
  if (!unpack) {
    for (size_t i = 0; i < k->n; i++) {
      TRY(c_expr(c, k->items[i]));
      TRY(c_expr(c, v->items[i]));
    }
    c_set_pos(c, n);
    return c_emit(c, OP_BUILD_MAP, (int)k->n);
  }
  TRY(c_emit(c, OP_BUILD_MAP, 0));
  for (size_t i = 0; i < k->n; i++) {
    if (!k->items[i]) {
      TRY(c_expr(c, v->items[i]));
      c_set_pos(c, n);
      TRY(c_emit(c, OP_DICT_UPDATE, 1));
    } else {
      TRY(c_expr(c, k->items[i]));
      TRY(c_expr(c, v->items[i]));
      c_set_pos(c, n);
      TRY(c_emit(c, OP_MAP_ADD, 1));
    }
  }
  return 0;
}

/* ---- operators -------------------------------------------------------------------- */

static const int cmp_to_op[] = {CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE};

static int emit_compare(Compiler *c, CmpOpKind op) {
  switch (op) {
  case CMPOP_IS: return c_emit(c, OP_IS_OP, 0);
  case CMPOP_ISNOT: return c_emit(c, OP_IS_OP, 1);
  case CMPOP_IN: return c_emit(c, OP_CONTAINS_OP, 0);
  case CMPOP_NOTIN: return c_emit(c, OP_CONTAINS_OP, 1);
  default: return c_emit(c, OP_COMPARE_OP, cmp_to_op[op]);
  }
}

static int c_compare(Compiler *c, const Node *n) {
  size_t k = n->u.Compare.n;
  TRY(c_check_compare(c, n));
  TRY(c_expr(c, n->u.Compare.left));
  if (k == 1) {
    TRY(c_expr(c, n->u.Compare.comparators[0]));
    c_set_pos(c, n);
    return emit_compare(c, n->u.Compare.ops[0]);
  }
  int cleanup = c_new_label(c), end = c_new_label(c);
  for (size_t i = 0; i + 1 < k; i++) {
    TRY(c_expr(c, n->u.Compare.comparators[i]));
    c_set_pos(c, n);
    TRY(c_emit(c, OP_SWAP, 2));
    TRY(c_emit(c, OP_COPY, 2));
    TRY(emit_compare(c, n->u.Compare.ops[i]));
    TRY(c_emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
  }
  TRY(c_expr(c, n->u.Compare.comparators[k - 1]));
  c_set_pos(c, n);
  TRY(emit_compare(c, n->u.Compare.ops[k - 1]));
  TRY(c_emit(c, OP_JUMP, end));
  c_place_label(c, cleanup);
  TRY(c_emit(c, OP_SWAP, 2));
  TRY(c_emit(c, OP_POP_TOP, 0));
  c_place_label(c, end);
  return 0;
}

static int c_boolop(Compiler *c, const Node *n) {
  int end = c_new_label(c);
  const NodeList *v = &n->u.BoolOp.values;
  for (size_t i = 0; i < v->n; i++) {
    TRY(c_expr(c, v->items[i]));
    if (i + 1 < v->n) {
      c_set_pos(c, n);
      TRY(c_emit(c, n->u.BoolOp.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end));
    }
  }
  c_place_label(c, end);
  return 0;
}

/* ---- calls -------------------------------------------------------------------------- */

/* Calls the callable under `already` pushed positional arguments with args
 * and keywords. */
int c_call_helper(Compiler *c, int already, const NodeList *args, const NodeList *kw) {
  Pos at = c->u->cur;
  int dstar = 0;
  for (size_t i = 0; i < kw->n; i++)
    if (!kw->items[i]->u.keyword.arg) dstar = 1;
  if (!has_starred(args) && !dstar) {
    TRY(c_exprs(c, args));
    for (size_t i = 0; i < kw->n; i++) TRY(c_expr(c, kw->items[i]->u.keyword.value));
    c->u->cur = at;
    if (!kw->n) return c_emit(c, OP_CALL, already + (int)args->n);
    Obj *names = tuple_new(c->rt, kw->n);
    if (!names) return -1;
    for (size_t i = 0; i < kw->n; i++) AS_TUPLE(names)->items[i] = incref(kw->items[i]->u.keyword.arg);
    int r = load_const(c, names);
    decref(names);
    TRY(r);
    return c_emit(c, OP_CALL_KW, already + (int)(args->n + kw->n));
  }
  /* positional arguments: one lone *x goes as it is (CALL_EX makes the tuple) */
  if (already == 0 && args->n == 1 && args->items[0]->kind == N_Starred) {
    TRY(c_expr(c, args->items[0]->u.Starred.value));
  } else {
    TRY(c_emit(c, OP_BUILD_LIST, already));
    for (size_t i = 0; i < args->n; i++) {
      const Node *e = args->items[i];
      TRY(c_expr(c, e->kind == N_Starred ? e->u.Starred.value : e));
      c->u->cur = at;
      TRY(c_emit(c, e->kind == N_Starred ? OP_LIST_EXTEND : OP_LIST_APPEND, 1));
    }
    TRY(c_emit(c, OP_LIST_TO_TUPLE, 0));
  }
  /* keywords: runs of name=value become dicts, merged (with each **m) into
   * one dict by DICT_MERGE, which rejects repeated names, as CPython does */
  int have_dict = 0;
  size_t seen = 0;
  for (size_t i = 0; i <= kw->n; i++) {
    const Node *k = i < kw->n ? kw->items[i] : NULL;
    if (k && k->u.keyword.arg) { seen++; continue; }
    if (seen) {
      for (size_t j = i - seen; j < i; j++) {
        TRY(load_const(c, kw->items[j]->u.keyword.arg));
        TRY(c_expr(c, kw->items[j]->u.keyword.value));
      }
      c->u->cur = at;
      TRY(c_emit(c, OP_BUILD_MAP, (int)seen));
      if (have_dict) TRY(c_emit(c, OP_DICT_MERGE, 1));
      have_dict = 1;
      seen = 0;
    }
    if (!k) break;
    if (!have_dict) TRY(c_emit(c, OP_BUILD_MAP, 0));
    have_dict = 1;
    TRY(c_expr(c, k->u.keyword.value));
    c->u->cur = at;
    TRY(c_emit(c, OP_DICT_MERGE, 1));
  }
  c->u->cur = at;
  return c_emit(c, OP_CALL_EX, have_dict ? 1 : 0);
}

static int c_call(Compiler *c, const Node *n) {
  TRY(c_check_caller(c, n));
  TRY(c_expr(c, n->u.Call.func));
  c_set_pos(c, n);
  return c_call_helper(c, 0, &n->u.Call.args, &n->u.Call.keywords);
}

/* ---- f-strings ----------------------------------------------------------------------- */

static int c_fvalue(Compiler *c, const Node *n) {
  TRY(c_expr(c, n->u.FormattedValue.value));
  int flags = 0;
  switch (n->u.FormattedValue.conversion) {
  case 's': flags = 1; break;
  case 'r': flags = 2; break;
  case 'a': flags = 3; break;
  default: break;
  }
  if (n->u.FormattedValue.format_spec) {
    TRY(c_expr(c, n->u.FormattedValue.format_spec));
    flags |= 4;
  }
  c_set_pos(c, n);
  return c_emit(c, OP_FORMAT_VALUE, flags);
}

static int c_joinedstr(Compiler *c, const Node *n) {
  const NodeList *v = &n->u.JoinedStr.values;
  if (v->n == 1 && v->items[0]->kind == N_FormattedValue) return c_expr(c, v->items[0]);
  TRY(c_exprs(c, v));
  c_set_pos(c, n);
  if (v->n == 0) return load_const(c, str_empty());
  return v->n == 1 ? 0 : c_emit(c, OP_BUILD_STRING, (int)v->n);
}

/* ---- functions ---------------------------------------------------------------------------- */

static int docstring(const NodeList *body, Obj **doc) {
  *doc = NULL;
  if (body->n && body->items[0]->kind == N_Expr && body->items[0]->u.Expr.value->kind == N_Constant &&
      IS_STR(body->items[0]->u.Expr.value->u.Constant.value)) {
    *doc = body->items[0]->u.Expr.value->u.Constant.value;
    return 1;
  }
  return 0;
}

/* Pushes the closure tuple for the scope `inner`; returns MF_CLOSURE or 0. */
static int closure(Compiler *c, Scope *inner, const Node *n) {
  size_t nfree = list_len(inner->freevars);
  if (!nfree) return 0;
  for (size_t i = 0; i < nfree; i++) {
    int k = c_derefname(c, list_get(inner->freevars, i));
    if (k < 0) return c_error(c, n, "internal error: no cell for '%U'", list_get(inner->freevars, i));
    TRY(c_emit(c, OP_LOAD_CLOSURE, k));
  }
  TRY(c_emit(c, OP_BUILD_TUPLE, (int)nfree));
  return MF_CLOSURE;
}

int c_function(Compiler *c, const Node *n) {
  int is_lambda = n->kind == N_Lambda;
  const Node *args = is_lambda ? n->u.Lambda.args : n->u.FunctionDef.args;
  int flags = 0;
  if (args->u.arguments.defaults.n) {
    TRY(c_exprs(c, &args->u.arguments.defaults));
    c_set_pos(c, n);
    TRY(c_emit(c, OP_BUILD_TUPLE, (int)args->u.arguments.defaults.n));
    flags |= MF_DEFAULTS;
  }
  int nkw = 0;
  for (size_t i = 0; i < args->u.arguments.kwonlyargs.n; i++) {
    const Node *d = args->u.arguments.kw_defaults.items[i];
    if (!d) continue;
    TRY(load_const(c, args->u.arguments.kwonlyargs.items[i]->u.arg.arg));
    TRY(c_expr(c, d));
    nkw++;
  }
  if (nkw) {
    c_set_pos(c, n);
    TRY(c_emit(c, OP_BUILD_MAP, nkw));
    flags |= MF_KWDEFAULTS;
  }
  if (!is_lambda) {
    int af = c_fn_annotations(c, n);
    TRY(af);
    flags |= af;
  }
  Obj *name = is_lambda ? str_static("<lambda>") : n->u.FunctionDef.name;
  int first = n->lineno;
  if (!is_lambda && n->u.FunctionDef.decorator_list.n) first = n->u.FunctionDef.decorator_list.items[0]->lineno;
  TRY(c_enter_unit(c, n, name, first));
  Unit *u = c->u;
  u->flags = CO_NEWLOCALS | (c->u->parent->scope->kind != SCOPE_MODULE ? CO_NESTED : 0);
  u->posonly = (int)args->u.arguments.posonlyargs.n;
  u->argcount = u->posonly + (int)args->u.arguments.args.n;
  u->kwonly = (int)args->u.arguments.kwonlyargs.n;
  if (args->u.arguments.vararg) u->flags |= CO_VARARGS;
  if (args->u.arguments.kwarg) u->flags |= CO_VARKEYWORDS;
  int ok;
  if (is_lambda) {
    /* consts[0] is the docstring slot: None for lambdas */
    ok = c_const(c, None) >= 0 && c_expr(c, n->u.Lambda.body) == 0;
    if (ok) { c_set_pos(c, n->u.Lambda.body); ok = c_emit(c, OP_RETURN_VALUE, 0) == 0; }
  } else {
    Obj *doc;
    const NodeList *body = &n->u.FunctionDef.body;
    int has_doc = docstring(body, &doc);
    ok = c_const(c, has_doc ? doc : None) >= 0;
    NodeList rest = {body->n - (size_t)has_doc, body->items + has_doc};
    if (ok) ok = c_stmts(c, &rest) == 0;
    if (ok) {
      if (body->n) {
        const Node *last = body->items[body->n - 1];
        c->u->cur = (Pos){last->end_lineno, last->end_lineno, -1, -1};
      }
      ok = load_const(c, None) == 0 && c_emit(c, OP_RETURN_VALUE, 0) == 0;
    }
  }
  Scope *inner = u->scope;
  Obj *qualname = incref(u->qualname);
  Obj *code = c_leave_unit(c);
  if (!ok || !code) { xdecref(code); decref(qualname); return -1; }
  c_set_pos(c, n);
  int cl = closure(c, inner, n);
  if (cl < 0) { decref(code); decref(qualname); return -1; }
  flags |= cl;
  int r = load_const(c, code);
  decref(code);
  if (r == 0) r = load_const(c, qualname);
  decref(qualname);
  TRY(r);
  return c_emit(c, OP_MAKE_FUNCTION, flags);
}

/* ---- comprehensions ------------------------------------------------------------------------------ */

static int comp_loops(Compiler *c, const Node *n, const NodeList *gens, size_t i, int depth) {
  const Node *g = gens->items[i];
  int top = c_new_label(c), end = c_new_label(c);
  if (i == 0) {
    TRY(c_emit(c, OP_LOAD_FAST, 0));   /* .0: the outermost iterator */
  } else {
    TRY(c_expr(c, g->u.comprehension.iter));
    c_set_pos(c, g->u.comprehension.iter);
    TRY(c_emit(c, OP_GET_ITER, 0));
  }
  c_place_label(c, top);
  c_set_pos(c, g->u.comprehension.iter);
  TRY(c_emit(c, OP_FOR_ITER, end));
  TRY(c_store_target(c, g->u.comprehension.target));
  for (size_t k = 0; k < g->u.comprehension.ifs.n; k++) {
    const Node *cond = g->u.comprehension.ifs.items[k];
    TRY(c_expr(c, cond));
    c_set_pos(c, cond);
    TRY(c_emit(c, OP_POP_JUMP_IF_FALSE, top));
  }
  if (i + 1 < gens->n) {
    TRY(comp_loops(c, n, gens, i + 1, depth + 1));
  } else {
    switch (n->kind) {
    case N_GeneratorExp:
      TRY(c_expr(c, n->u.ListComp.elt));
      c_set_pos(c, n->u.ListComp.elt);
      TRY(c_emit(c, OP_YIELD_VALUE, 0));
      TRY(c_emit(c, OP_POP_TOP, 0));
      break;
    case N_DictComp:
      TRY(c_expr(c, n->u.DictComp.key));
      TRY(c_expr(c, n->u.DictComp.value));
      c_set_pos(c, n);
      TRY(c_emit(c, OP_MAP_ADD, depth + 2));
      break;
    default:
      TRY(c_expr(c, n->u.ListComp.elt));
      c_set_pos(c, n);
      TRY(c_emit(c, n->kind == N_ListComp ? OP_LIST_APPEND : OP_SET_ADD, depth + 2));
      break;
    }
  }
  TRY(c_emit(c, OP_JUMP, top));
  c_place_label(c, end);
  return 0;
}

int c_comprehension(Compiler *c, const Node *n) {
  const NodeList *gens = n->kind == N_DictComp ? &n->u.DictComp.generators : &n->u.ListComp.generators;
  Obj *name = str_static(n->kind == N_ListComp ? "<listcomp>" : n->kind == N_SetComp ? "<setcomp>"
                         : n->kind == N_DictComp ? "<dictcomp>" : "<genexpr>");
  TRY(c_enter_unit(c, n, name, n->lineno));
  Unit *u = c->u;
  u->flags = CO_NEWLOCALS | CO_NESTED;
  if (n->kind != N_GeneratorExp && c->rt->pyv >= PY312) u->flags |= CO_INLINE_COMP;
  u->argcount = 1;
  c_set_pos(c, n);
  int ok = 1;
  if (n->kind == N_ListComp) ok = c_emit(c, OP_BUILD_LIST, 0) == 0;
  else if (n->kind == N_SetComp) ok = c_emit(c, OP_BUILD_SET, 0) == 0;
  else if (n->kind == N_DictComp) ok = c_emit(c, OP_BUILD_MAP, 0) == 0;
  if (ok) ok = comp_loops(c, n, gens, 0, 0) == 0;
  if (ok) {
    c_set_pos(c, n);
    if (n->kind == N_GeneratorExp) ok = load_const(c, None) == 0;
    ok = ok && c_emit(c, OP_RETURN_VALUE, 0) == 0;
  }
  Scope *inner = u->scope;
  Obj *qualname = incref(u->qualname);
  Obj *code = c_leave_unit(c);
  if (!ok || !code) { xdecref(code); decref(qualname); return -1; }
  c_set_pos(c, n);
  int flags = closure(c, inner, n);
  int r = flags < 0 ? -1 : load_const(c, code);
  decref(code);
  if (r == 0) r = load_const(c, qualname);
  decref(qualname);
  TRY(r);
  TRY(c_emit(c, OP_MAKE_FUNCTION, flags));
  const Node *first = gens->items[0];
  TRY(c_expr(c, first->u.comprehension.iter));
  c_set_pos(c, first->u.comprehension.iter);
  TRY(c_emit(c, OP_GET_ITER, 0));
  c_set_pos(c, n);
  return c_emit(c, OP_CALL, 1);
}

/* ---- targets ------------------------------------------------------------------------------------- */

static int unpack(Compiler *c, const Node *t) {
  const NodeList *elts = &t->u.List.elts;
  size_t star = elts->n;
  for (size_t i = 0; i < elts->n; i++)
    if (elts->items[i]->kind == N_Starred) {
      if (star != elts->n) return c_error(c, elts->items[i], "multiple starred expressions in assignment");
      star = i;
    }
  c_set_pos(c, t);
  if (star == elts->n) TRY(c_emit(c, OP_UNPACK_SEQUENCE, (int)elts->n));
  else TRY(c_emit(c, OP_UNPACK_EX, (int)star | (int)((elts->n - star - 1) << 8)));
  for (size_t i = 0; i < elts->n; i++) {
    const Node *e = elts->items[i];
    TRY(c_store_target(c, e->kind == N_Starred ? e->u.Starred.value : e));
  }
  return 0;
}

int c_store_target(Compiler *c, const Node *t) {
  Pos saved = c_set_pos(c, t);
  int r;
  switch (t->kind) {
  case N_Name: r = c_store_name(c, t->u.Name.id); break;
  case N_Attribute: {
    int k = c_name(c, t->u.Attribute.attr);
    r = k < 0 || c_expr(c, t->u.Attribute.value) < 0 ? -1 : (c_set_pos(c, t), c_emit(c, OP_STORE_ATTR, k));
    break;
  }
  case N_Subscript:
    r = c_expr(c, t->u.Subscript.value) < 0 || c_expr(c, t->u.Subscript.slice) < 0
          ? -1 : (c_set_pos(c, t), c_emit(c, OP_STORE_SUBSCR, 0));
    break;
  case N_Tuple: case N_List: r = unpack(c, t); break;
  case N_Starred: r = c_error(c, t, "starred assignment target must be in a list or tuple"); break;
  default: r = c_error(c, t, "cannot assign to %s", ast_kind_name(t->kind)); break;
  }
  c->u->cur = saved;
  return r;
}

int c_delete_target(Compiler *c, const Node *t) {
  Pos saved = c_set_pos(c, t);
  int r;
  switch (t->kind) {
  case N_Name: r = c_delete_name(c, t->u.Name.id); break;
  case N_Attribute: {
    int k = c_name(c, t->u.Attribute.attr);
    r = k < 0 || c_expr(c, t->u.Attribute.value) < 0 ? -1 : (c_set_pos(c, t), c_emit(c, OP_DELETE_ATTR, k));
    break;
  }
  case N_Subscript:
    r = c_expr(c, t->u.Subscript.value) < 0 || c_expr(c, t->u.Subscript.slice) < 0
          ? -1 : (c_set_pos(c, t), c_emit(c, OP_DELETE_SUBSCR, 0));
    break;
  case N_Tuple: case N_List:
    r = 0;
    for (size_t i = 0; r == 0 && i < t->u.List.elts.n; i++) r = c_delete_target(c, t->u.List.elts.items[i]);
    break;
  default: r = c_error(c, t, "cannot delete %s", ast_kind_name(t->kind)); break;
  }
  c->u->cur = saved;
  return r;
}

/* ---- expressions ------------------------------------------------------------------------------------ */

static const int unary_ops[] = {OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE, OP_UNARY_NEGATIVE};

int c_expr(Compiler *c, const Node *n) {
  if (c->nested_depth > 400) return c_error(c, n, "too many nested expressions");
  c->nested_depth++;
  Pos saved = c_set_pos(c, n);
  int r = 0;
  switch (n->kind) {
  case N_Constant: r = load_const(c, n->u.Constant.value); break;
  case N_Name: r = c_load_name(c, n->u.Name.id); break;
  case N_BinOp:
    r = c_expr(c, n->u.BinOp.left) < 0 || c_expr(c, n->u.BinOp.right) < 0
          ? -1 : (c_set_pos(c, n), c_emit(c, OP_BINARY_OP, n->u.BinOp.op));
    break;
  case N_UnaryOp:
    r = c_expr(c, n->u.UnaryOp.operand) < 0 ? -1 : (c_set_pos(c, n), c_emit(c, unary_ops[n->u.UnaryOp.op], 0));
    break;
  case N_BoolOp: r = c_boolop(c, n); break;
  case N_Compare: r = c_compare(c, n); break;
  case N_IfExp: {
    int orelse = c_new_label(c), end = c_new_label(c);
    r = c_expr(c, n->u.IfExp.test);
    if (r == 0) { c_set_pos(c, n->u.IfExp.test); r = c_emit(c, OP_POP_JUMP_IF_FALSE, orelse); }
    if (r == 0) r = c_expr(c, n->u.IfExp.body);
    if (r == 0) r = c_emit(c, OP_JUMP, end);
    c_place_label(c, orelse);
    if (r == 0) r = c_expr(c, n->u.IfExp.orelse);
    c_place_label(c, end);
    break;
  }
  case N_NamedExpr:
    r = c_expr(c, n->u.NamedExpr.value);
    if (r == 0) { c_set_pos(c, n); r = c_emit(c, OP_COPY, 1); }
    if (r == 0) r = c_store_target(c, n->u.NamedExpr.target);
    break;
  case N_Attribute: {
    int k = c_name(c, n->u.Attribute.attr);
    r = k < 0 || c_expr(c, n->u.Attribute.value) < 0 ? -1 : (c_set_pos(c, n), c_emit(c, OP_LOAD_ATTR, k));
    break;
  }
  case N_Subscript:
    r = c_check_subscript(c, n) < 0 || c_expr(c, n->u.Subscript.value) < 0 || c_expr(c, n->u.Subscript.slice) < 0
          ? -1 : (c_set_pos(c, n), c_emit(c, OP_BINARY_SUBSCR, 0));
    break;
  case N_Slice: {
    const Node *parts[3] = {n->u.Slice.lower, n->u.Slice.upper, n->u.Slice.step};
    int k = n->u.Slice.step ? 3 : 2;
    for (int i = 0; r == 0 && i < k; i++) r = parts[i] ? c_expr(c, parts[i]) : load_const(c, None);
    if (r == 0) { c_set_pos(c, n); r = c_emit(c, OP_BUILD_SLICE, k); }
    break;
  }
  case N_Call: r = c_call(c, n); break;
  case N_List: case N_Tuple: case N_Set: r = c_sequence(c, n); break;
  case N_Dict: r = c_dict(c, n); break;
  case N_JoinedStr: r = c_joinedstr(c, n); break;
  case N_FormattedValue: r = c_fvalue(c, n); break;
  case N_Lambda: r = c_function(c, n); break;
  case N_ListComp: case N_SetComp: case N_DictComp: case N_GeneratorExp: r = c_comprehension(c, n); break;
  case N_Yield:
    if (c->u->scope->kind != SCOPE_FUNCTION && c->u->scope->kind != SCOPE_COMPREHENSION) {
      r = c_error(c, n, "'yield' outside function");
      break;
    }
    r = n->u.Yield.value ? c_expr(c, n->u.Yield.value) : load_const(c, None);
    if (r == 0) { c_set_pos(c, n); r = c_emit(c, OP_YIELD_VALUE, 0); }
    break;
  case N_YieldFrom: {
    int send = c_new_label(c), done = c_new_label(c);
    r = c_expr(c, n->u.Yield.value);
    c_set_pos(c, n);
    if (r == 0) r = c_emit(c, OP_GET_YIELD_FROM_ITER, 0);
    if (r == 0) r = load_const(c, None);
    c_place_label(c, send);
    if (r == 0) r = c_emit(c, OP_SEND, done);
    if (r == 0) r = c_emit(c, OP_YIELD_VALUE, 0);
    if (r == 0) r = c_emit(c, OP_JUMP, send);
    c_place_label(c, done);
    break;
  }
  case N_Starred: r = c_error(c, n, "can't use starred expression here"); break;
  default: r = c_unsupported(c, n, ast_kind_name(n->kind)); break;
  }
  c->u->cur = saved;
  c->nested_depth--;
  return r;
}

int c_exprs(Compiler *c, const NodeList *l) {
  for (size_t i = 0; i < l->n; i++) TRY(c_expr(c, l->items[i]));
  return 0;
}
