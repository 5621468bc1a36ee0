/* anchors.c: what tracebacks need from the parser (the anchors hook of
 * trace/render.h). Like traceback.py, the caret code parses the source
 * segment of the failing instruction (ast.parse) and looks at the node:
 * the operands of a binary operation, the value and slice of a subscript,
 * the function of a call. It also asks whether a statement is
 * `return name(...)` or `name = f(...)` (3.13's _should_show_carets). */
#include "lang/ast.h"
#include "trace/render.h"
#include "lang/text_cache.h"
#include "lang/vm.h"
#include <string.h>

static void span(int *out, const Node *n) {
  out[0] = n->lineno;
  out[1] = n->col;
  out[2] = n->end_lineno;
  out[3] = n->end_col;
}

/* Both answers from one parse of seg: *anchors (1, first, second and
 * whole filled) and the statement check *stmt (0, 1, or 2 with its span in
 * stmt_span). Returns -1 when seg is not valid Python (a SyntaxError),
 * -2 when parsing failed otherwise (out of memory, too deep). */
static int anchors_parse(Rt *rt, const char *seg, size_t len, Obj *warn_filename, int *anchors, int *first, int *second, int *whole,
                         int *stmt, int *stmt_span) {
  Ast ast;
  int r = ast_parse_expr(rt, seg, len, warn_filename, &ast);
  if (r < 0) return r;
  const NodeList *body = &ast.root->u.Module.body;
  const Node *st = body->n ? body->items[0] : NULL, *v = NULL;
  if (st && st->kind == N_Return && st->u.Return.value && st->u.Return.value->kind == N_Call &&
      st->u.Return.value->u.Call.func->kind == N_Name)
    v = st->u.Return.value;
  if (st && st->kind == N_Assign && st->u.Assign.value->kind == N_Call && st->u.Assign.targets.n == 1 &&
      st->u.Assign.targets.items[0]->kind == N_Name)
    v = st->u.Assign.value;
  *stmt = !st ? 0 : v ? 2 : 1;
  if (v) span(stmt_span, v);
  *anchors = 0;
  if (body->n == 1 && body->items[0]->kind == N_Expr) {
    const Node *e = body->items[0]->u.Expr.value;
    *anchors = 1;
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
      *anchors = 0;
    }
    if (*anchors) span(whole + 1, e);
  }
  ast_free(&ast);
  return 0;
}

/* The answers as cached (text_cache.h ints): anchors, first, second,
 * whole, the statement check and its span. */
enum { A_RES = 0, A_FIRST = 1, A_SECOND = 5, A_WHOLE = 9, A_STMT = 14, A_SPAN = 15, A_NOPARSE = 19, A_N = 20 };
_Static_assert(A_N * sizeof(int) <= sizeof(((TextCacheSlot *)0)->ints), "anchors fit a cache slot");

/* whole[0] on entry: 0 asks for anchors, 1 for the statement check.
 * Anchors: 1 with the spans filled (whole[0] = the node kind), else 0.
 * Statement check: -1 no parse, 0 no statement, 1 no such call, 2 the call
 * (its span in whole[1..4]).
 * Tracebacks ask both of the same lines, run after run: the answers of a
 * parse that succeeded without warnings are kept per runtime. */
int lang_anchors(Rt *rt, const char *seg, size_t len, Obj *warn_filename, int *first, int *second, int *whole) {
  int mode = whole[0];
  TextCacheSlot *s = tc_get(rt, TC_ANCHORS, seg, len, NULL);
  int a[A_N] = {0};
  if (s) {
    memcpy(a, s->ints, sizeof a);
  } else {
    unsigned long warned = LANG(rt) ? LANG(rt)->warn_count : 0;
    int r = anchors_parse(rt, seg, len, warn_filename, &a[A_RES], a + A_FIRST, a + A_SECOND, a + A_WHOLE, &a[A_STMT], a + A_SPAN);
    if (r == -2) return mode == 1 ? -1 : 0;   /* not an answer about seg: not kept */
    a[A_NOPARSE] = r < 0;   /* a SyntaxError is an answer too (multi-line segments often are) */
    if (LANG(rt) && warned == LANG(rt)->warn_count && (s = tc_put(rt, TC_ANCHORS, seg, len, NULL)))
      memcpy(s->ints, a, sizeof a);
  }
  if (a[A_NOPARSE]) return mode == 1 ? -1 : 0;
  if (mode == 1) {
    if (a[A_STMT] == 2) memcpy(whole + 1, a + A_SPAN, 4 * sizeof(int));
    return a[A_STMT];
  }
  if (!a[A_RES]) return 0;
  memcpy(first, a + A_FIRST, 4 * sizeof(int));
  memcpy(second, a + A_SECOND, 4 * sizeof(int));
  memcpy(whole, a + A_WHOLE, 5 * sizeof(int));
  return 1;
}
