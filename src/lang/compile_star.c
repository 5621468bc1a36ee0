/* compile_star.c: try/except* (CPython 3.11's shape). Each clause takes
 * the part of the group that matches it (CHECK_EG_MATCH splits); what the
 * clauses raise, and what none matched, are gathered in a list and combined
 * by PREP_RERAISE_STAR into the exception to re-raise, if any. */
#include "lang/compile.h"
#include "obj/seq.h"
#include "obj/str.h"

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static int clear_name(Compiler *c, Obj *name) {
  int k = c_const(c, None);
  TRY(k);
  TRY(c_emit(c, OP_LOAD_CONST, k));
  TRY(c_store_name(c, name));
  return c_delete_name(c, name);
}

int c_try_star(Compiler *c, const Node *n) {
  int handler = c_new_label(c), end = c_new_label(c), cleanup = c_new_label(c), reraise = c_new_label(c);
  TRY(c_emit(c, OP_SETUP_FINALLY, handler));
  TRY(c_push_fblock(c, FB_TRY_EXCEPT, -1, -1, n));
  TRY(c_stmts(c, &n->u.Try.body));
  c_pop_fblock(c);
  TRY(c_emit(c, OP_POP_BLOCK, 0));
  TRY(c_stmts(c, &n->u.Try.orelse));
  TRY(c_emit(c, OP_JUMP, end));

  c_place_label(c, handler);
  /* [exc] -> [prev, orig, list, eg] */
  TRY(c_emit(c, OP_PUSH_EXC_INFO, 0));
  TRY(c_emit(c, OP_SETUP_FINALLY, cleanup));
  TRY(c_emit(c, OP_COPY, 1));
  TRY(c_emit(c, OP_BUILD_LIST, 0));
  TRY(c_emit(c, OP_SWAP, 2));
  for (size_t i = 0; i < n->u.Try.handlers.n; i++) {
    const Node *h = n->u.Try.handlers.items[i];
    int no_match = c_new_label(c), next = c_new_label(c), raised = c_new_label(c);
    Obj *name = h->u.ExceptHandler.name;
    c_set_pos(c, h);
    TRY(c_expr(c, h->u.ExceptHandler.type));
    c_set_pos(c, h);
    TRY(c_emit(c, OP_CHECK_EG_MATCH, 0));              /* [.., list, rest, match] */
    TRY(c_emit(c, OP_COPY, 1));
    TRY(c_emit(c, OP_POP_JUMP_IF_NONE, no_match));
    if (name) TRY(c_store_name(c, name));
    else TRY(c_emit(c, OP_POP_TOP, 0));               /* [.., list, rest] */
    TRY(c_emit(c, OP_SETUP_FINALLY, raised));
    TRY(c_push_fblock(c, FB_STAR_HANDLER, -1, -1, h));
    TRY(c_stmts(c, &h->u.ExceptHandler.body));
    c_pop_fblock(c);
    TRY(c_emit(c, OP_POP_BLOCK, 0));
    if (name) TRY(clear_name(c, name));
    TRY(c_emit(c, OP_JUMP, next));
    c_place_label(c, raised);                         /* [.., list, rest, raised] */
    if (name) TRY(clear_name(c, name));
    TRY(c_emit(c, OP_LIST_APPEND, 2));
    TRY(c_emit(c, OP_JUMP, next));
    c_place_label(c, no_match);                       /* [.., list, rest, None] */
    TRY(c_emit(c, OP_POP_TOP, 0));
    c_place_label(c, next);
  }
  /* [prev, orig, list, rest] */
  c_set_pos(c, n);
  TRY(c_emit(c, OP_LIST_APPEND, 1));
  TRY(c_emit(c, OP_PREP_RERAISE_STAR, 0));            /* [prev, result] */
  TRY(c_emit(c, OP_COPY, 1));
  TRY(c_emit(c, OP_POP_JUMP_IF_NOT_NONE, reraise));
  TRY(c_emit(c, OP_POP_TOP, 0));
  TRY(c_emit(c, OP_POP_BLOCK, 0));
  TRY(c_emit(c, OP_POP_EXCEPT, 0));
  TRY(c_emit(c, OP_JUMP, end));
  c_place_label(c, reraise);
  TRY(c_emit(c, OP_POP_BLOCK, 0));
  TRY(c_emit(c, OP_SWAP, 2));
  TRY(c_emit(c, OP_POP_EXCEPT, 0));
  TRY(c_emit(c, OP_RERAISE, 0));
  c_place_label(c, cleanup);                          /* [prev, orig, new] */
  TRY(c_emit(c, OP_SWAP, 2));
  TRY(c_emit(c, OP_POP_TOP, 0));
  TRY(c_emit(c, OP_SWAP, 2));
  TRY(c_emit(c, OP_POP_EXCEPT, 0));
  TRY(c_emit(c, OP_RERAISE, 0));
  c_place_label(c, end);
  return 0;
}
