/* anchors.c: what tracebacks need from the parser (the anchors hook of
 * trace/render.h). Like traceback.py, the caret code parses the source
 * segment of the failing instruction (ast.parse) and looks at the node:
 * the operands of a binary operation, the value and slice of a subscript,
 * the function of a call. It also asks whether a statement is
 * `return name(...)` or `name = f(...)` (3.13's _should_show_carets). */
#include "lang/ast.h"
#include "trace/render.h"

static void span(int *out, const Node *n) {
  out[0] = n->lineno;
  out[1] = n->col;
  out[2] = n->end_lineno;
  out[3] = n->end_col;
}

/* whole[0] on entry: 0 asks for anchors, 1 for the statement check.
 * Anchors: 1 with the spans filled (whole[0] = the node kind), else 0.
 * Statement check: -1 no parse, 0 no statement, 1 no such call, 2 the call
 * (its span in whole[1..4]). */
int lang_anchors(Rt *rt, const char *seg, size_t len, Obj *warn_filename, int *first, int *second, int *whole) {
  int mode = whole[0];
  Ast ast;
  if (ast_parse_expr(rt, seg, len, warn_filename, &ast) < 0) return mode == 1 ? -1 : 0;
  const NodeList *body = &ast.root->u.Module.body;
  int res = 0;
  if (mode == 1) {
    const Node *st = body->n ? body->items[0] : NULL, *v = NULL;
    if (st && st->kind == N_Return && st->u.Return.value && st->u.Return.value->kind == N_Call &&
        st->u.Return.value->u.Call.func->kind == N_Name)
      v = st->u.Return.value;
    if (st && st->kind == N_Assign && st->u.Assign.value->kind == N_Call && st->u.Assign.targets.n == 1 &&
        st->u.Assign.targets.items[0]->kind == N_Name)
      v = st->u.Assign.value;
    res = !st ? 0 : v ? 2 : 1;
    if (v) span(whole + 1, v);
  } else if (body->n == 1 && body->items[0]->kind == N_Expr) {
    const Node *e = body->items[0]->u.Expr.value;
    res = 1;
    switch (e->kind) {
    case N_BinOp:
      whole[0] = TRACE_NODE_BINOP;
      span(first, e->u.BinOp.left);
      span(second, e->u.BinOp.right);
      break;
    case N_Subscript:
      whole[0] = TRACE_NODE_SUBSCRIPT;
      span(first, e->u.Subscript.value);
      span(second, e->u.Subscript.slice);
      break;
    case N_Call:
      whole[0] = TRACE_NODE_CALL;
      span(first, e->u.Call.func);
      span(second, e);
      break;
    default:
      res = 0;
    }
    if (res) span(whole + 1, e);
  }
  ast_free(&ast);
  return res;
}
