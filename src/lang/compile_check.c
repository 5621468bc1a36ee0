/* compile_check.c: the compiler's SyntaxWarnings about code that cannot
 * work (CPython's check_compare, check_caller, check_subscripter,
 * check_index and the parenthesized assert). */
#include <string.h>
#include "lang/compile.h"
#include "lang/warnings.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/ops.h"

/* The type an expression certainly has, by its form (CPython's infer_type). */
static const char *infer_type(const Node *e) {
  switch (e->kind) {
  case N_Constant: return e->u.Constant.value == None ? "NoneType" : type_name(e->u.Constant.value);
  case N_Tuple: return "tuple";
  case N_List: case N_ListComp: return "list";
  case N_Dict: case N_DictComp: return "dict";
  case N_Set: case N_SetComp: return "set";
  case N_GeneratorExp: return "generator";
  case N_Lambda: return "function";
  case N_JoinedStr: case N_FormattedValue: return "str";
  default: return NULL;
  }
}

/* A tuple display of constants is folded into a constant by CPython. */
static int constant_tuple(const Node *e) {
  if (e->kind != N_Tuple) return 0;
  for (size_t i = 0; i < e->u.List.elts.n; i++) {
    const Node *x = e->u.List.elts.items[i];
    if (x->kind != N_Constant && !constant_tuple(x)) return 0;
  }
  return 1;
}

static int is_literal(const Node *e) {
  if (constant_tuple(e)) return 1;
  if (e->kind != N_Constant) return 0;
  Obj *v = e->u.Constant.value;
  return !(v == None || v == Py_True || v == Py_False || v == &EllipsisObj);
}

static int warn(Compiler *c, const Node *n, const char *fmt, const char *a, const char *b) {
  if (c->quiet) return 0;
  return lang_warn(c->rt, c->filename, n->lineno, "SyntaxWarning", fmt, a, b);
}

static const char *const is_fmt[PY_NVERSIONS] = {
  "\"%s\" with a literal. Did you mean \"%s\"?", "\"%s\" with '%s' literal. Did you mean \"%s\"?",
  "\"%s\" with '%s' literal. Did you mean \"%s\"?", "\"%s\" with '%s' literal. Did you mean \"%s\"?",
};

int c_check_compare(Compiler *c, const Node *n) {
  const Node *left = n->u.Compare.left;
  for (size_t i = 0; i < n->u.Compare.n; i++) {
    CmpOpKind op = n->u.Compare.ops[i];
    const Node *right = n->u.Compare.comparators[i];
    if (op == CMPOP_IS || op == CMPOP_ISNOT) {
      const Node *lit = is_literal(left) ? left : is_literal(right) ? right : NULL;
      if (lit && !c->quiet) {
        const char *word = op == CMPOP_IS ? "is" : "is not", *alt = op == CMPOP_IS ? "==" : "!=";
        int r = c->rt->pyv == PY311
                  ? lang_warn(c->rt, c->filename, n->lineno, "SyntaxWarning", is_fmt[PY311], word, alt)
                  : lang_warn(c->rt, c->filename, n->lineno, "SyntaxWarning", is_fmt[c->rt->pyv], word,
                              infer_type(lit), alt);
        if (r < 0) return -1;
      }
    }
    left = right;
  }
  return 0;
}

int c_check_caller(Compiler *c, const Node *call) {
  const Node *f = call->u.Call.func;
  switch (f->kind) {
  case N_Constant: case N_Tuple: case N_List: case N_ListComp: case N_Dict: case N_DictComp: case N_Set:
  case N_SetComp: case N_GeneratorExp: case N_JoinedStr: case N_FormattedValue:
    return warn(c, call, "'%s' object is not callable; perhaps you missed a comma?", infer_type(f), NULL);
  default:
    return 0;
  }
}

int c_check_subscript(Compiler *c, const Node *n) {
  const Node *v = n->u.Subscript.value, *i = n->u.Subscript.slice;
  switch (v->kind) {
  case N_Constant: {
    Obj *x = v->u.Constant.value;
    if (!(x == None || x == &EllipsisObj || IS_INT(x) || is_inst(x, &FloatType) || is_inst(x, &SetType) ||
          is_inst(x, &FrozenSetType)))
      break;
  }
    /* fall through */
  case N_Set: case N_SetComp: case N_GeneratorExp: case N_Lambda:
    return warn(c, n, "'%s' object is not subscriptable; perhaps you missed a comma?", infer_type(v), NULL);
  default:
    break;
  }
  /* an index of the wrong type on a sequence display */
  const char *itype = infer_type(i);
  if (!itype || !strcmp(itype, "int") || !strcmp(itype, "bool") || i->kind == N_Slice) return 0;
  switch (v->kind) {
  case N_Constant: {
    Obj *x = v->u.Constant.value;
    if (!(IS_STR(x) || is_inst(x, &BytesType) || IS_TUPLE(x))) return 0;
  }
    /* fall through */
  case N_Tuple: case N_List: case N_ListComp: case N_JoinedStr: case N_FormattedValue:
    return warn(c, n, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", infer_type(v),
                itype);
  default:
    return 0;
  }
}

int c_check_assert(Compiler *c, const Node *n) {
  const Node *t = n->u.Assert.test;
  if (t->kind == N_Tuple && t->u.List.elts.n > 0)
    return warn(c, n, "assertion is always true, perhaps remove parentheses?", NULL, NULL);
  return 0;
}

/* ---- PEP 765 (3.14) ------------------------------------------------------------------------
 * CPython's ast_preprocess.c keeps a stack of contexts: a finally body
 * pushes (finally), a function (funcdef), a loop body (loop); only the top
 * counts, so a return in a loop in a finally block is not reported. */
typedef struct FlowCtx { int in_finally, in_funcdef, in_loop; } FlowCtx;

static int flow_stmts(Compiler *c, const NodeList *l, FlowCtx x);

static int flow_stmt(Compiler *c, const Node *n, FlowCtx x) {
  static const FlowCtx funcdef = {0, 1, 0}, loop = {0, 0, 1}, finally = {1, 0, 0};
  switch (n->kind) {
  case N_Return:
    return x.in_finally && !x.in_funcdef ? warn(c, n, "'return' in a 'finally' block", NULL, NULL) : 0;
  case N_Break: case N_Continue:
    if (!x.in_finally || x.in_loop) return 0;
    return warn(c, n, n->kind == N_Break ? "'break' in a 'finally' block" : "'continue' in a 'finally' block", NULL,
                NULL);
  case N_FunctionDef: return flow_stmts(c, &n->u.FunctionDef.body, funcdef);
  case N_ClassDef: return flow_stmts(c, &n->u.ClassDef.body, x);
  case N_For:
    if (flow_stmts(c, &n->u.For.body, loop) < 0) return -1;
    return flow_stmts(c, &n->u.For.orelse, x);
  case N_While: case N_If:
    if (flow_stmts(c, &n->u.While.body, n->kind == N_While ? loop : x) < 0) return -1;
    return flow_stmts(c, &n->u.While.orelse, x);
  case N_With: return flow_stmts(c, &n->u.With.body, x);
  case N_Try: case N_TryStar:
    if (flow_stmts(c, &n->u.Try.body, x) < 0) return -1;
    for (size_t i = 0; i < n->u.Try.handlers.n; i++)
      if (flow_stmts(c, &n->u.Try.handlers.items[i]->u.ExceptHandler.body, x) < 0) return -1;
    if (flow_stmts(c, &n->u.Try.orelse, x) < 0) return -1;
    return flow_stmts(c, &n->u.Try.finalbody, finally);
  default: return 0;
  }
}

static int flow_stmts(Compiler *c, const NodeList *l, FlowCtx x) {
  for (size_t i = 0; i < l->n; i++)
    if (flow_stmt(c, l->items[i], x) < 0) return -1;
  return 0;
}

int compile_finally_warnings(Rt *rt, const Node *module, Obj *filename) {
  static const FlowCtx none = {0, 0, 0};
  if (rt->pyv < PY314) return 0;
  Compiler c;
  memset(&c, 0, sizeof c);
  c.rt = rt;
  c.filename = filename;
  return flow_stmts(&c, &module->u.Module.body, none);
}
