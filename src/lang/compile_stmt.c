/* compile_stmt.c: statements. Exception handling follows CPython 3.11's
 * shapes, with a block stack in place of its exception table:
 *   SETUP_FINALLY h ... POP_BLOCK     h: [exc] pushed at the block's level
 *   PUSH_EXC_INFO  [exc] -> [prev, exc] and exc becomes sys.exception()
 *   POP_EXCEPT     [prev] -> [] and prev becomes sys.exception() again
 * Every handler region is itself guarded by a cleanup that restores the
 * previous exception before re-raising (see emit_cleanup). */
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

/* [prev, exc, new] -> restores prev as the handled exception, re-raises new. */
static int emit_cleanup(Compiler *c) {
  TRY(c_emit(c, OP_SWAP, 2));
  TRY(c_emit(c, OP_POP_TOP, 0));
  TRY(c_emit(c, OP_SWAP, 2));
  TRY(c_emit(c, OP_POP_EXCEPT, 0));
  return c_emit(c, OP_RERAISE, 0);
}

/* ---- unwinding for break / continue / return ------------------------------------------- */

/* [prev, exc] (+ value) -> (value), restoring prev as the handled exception. */
static int pop_handled(Compiler *c, int preserve_tos) {
  if (preserve_tos) TRY(c_emit(c, OP_SWAP, 2));
  TRY(c_emit(c, OP_POP_TOP, 0));
  if (preserve_tos) TRY(c_emit(c, OP_SWAP, 2));
  return c_emit(c, OP_POP_EXCEPT, 0);
}

/* Emits what leaving block b needs; with preserve_tos the value on top of
 * the stack (a return value) survives. */
int c_unwind_fblock(Compiler *c, FBlock *b, int preserve_tos) {
  switch (b->kind) {
  case FB_WHILE: case FB_STAR_HANDLER:
    return 0;
  case FB_FOR:
    if (preserve_tos) TRY(c_emit(c, OP_SWAP, 2));
    return c_emit(c, OP_POP_TOP, 0);
  case FB_TRY_EXCEPT:
    return c_emit(c, OP_POP_BLOCK, 0);
  case FB_FINALLY_TRY: {
    TRY(c_emit(c, OP_POP_BLOCK, 0));
    /* run the finally body in the context outside this block */
    Unit *u = c->u;
    FBlock saved = *b;
    int idx = (int)(b - u->fblocks), n = u->nfblocks;
    u->nfblocks = idx;
    int r = c_stmts(c, &saved.node->u.Try.finalbody);
    u->nfblocks = n;
    u->fblocks[idx] = saved;
    return r;
  }
  case FB_FINALLY_END:
    TRY(c_emit(c, OP_POP_BLOCK, 0));
    return pop_handled(c, preserve_tos);
  case FB_WITH:
    TRY(c_emit(c, OP_POP_BLOCK, 0));
    if (preserve_tos) TRY(c_emit(c, OP_SWAP, 2));
    TRY(load_const(c, None));
    TRY(load_const(c, None));
    TRY(load_const(c, None));
    TRY(c_emit(c, OP_CALL, 3));
    return c_emit(c, OP_POP_TOP, 0);
  case FB_HANDLER_NAMED: {
    TRY(c_emit(c, OP_POP_BLOCK, 0));
    Obj *name = b->node->u.ExceptHandler.name;
    TRY(load_const(c, None));
    TRY(c_store_name(c, name));
    TRY(c_delete_name(c, name));
  }
    /* fall through */
  case FB_HANDLER:
    TRY(c_emit(c, OP_POP_BLOCK, 0));
    return pop_handled(c, preserve_tos);
  }
  return 0;
}

/* Unwinds every block up to (not including) the innermost loop; returns it. */
static FBlock *unwind_to_loop(Compiler *c, const Node *n, const char *what) {
  Unit *u = c->u;
  for (int i = u->nfblocks - 1; i >= 0; i--) {
    FBlock *b = &u->fblocks[i];
    if (b->kind == FB_WHILE || b->kind == FB_FOR) return b;
    if (b->kind == FB_STAR_HANDLER) {
      c_error(c, n, "'break', 'continue' and 'return' cannot appear in an except* block");
      return NULL;
    }
    if (c_unwind_fblock(c, b, 0) < 0) return NULL;
  }
  c_error(c, n, what);
  return NULL;
}

static int c_return(Compiler *c, const Node *n) {
  Unit *u = c->u;
  if (n->u.Return.value) TRY(c_expr(c, n->u.Return.value));
  else TRY(load_const(c, None));
  for (int i = u->nfblocks - 1; i >= 0; i--) {
    if (u->fblocks[i].kind == FB_STAR_HANDLER)
      return c_error(c, n, "'break', 'continue' and 'return' cannot appear in an except* block");
    TRY(c_unwind_fblock(c, &u->fblocks[i], 1));
  }
  c_set_pos(c, n);
  return c_emit(c, OP_RETURN_VALUE, 0);
}

/* ---- try ------------------------------------------------------------------------------------ */

static int c_handlers(Compiler *c, const Node *n, int end) {
  /* [exc] on entry */
  int cleanup = c_new_label(c);
  TRY(c_emit(c, OP_PUSH_EXC_INFO, 0));
  TRY(c_emit(c, OP_SETUP_FINALLY, cleanup));
  for (size_t i = 0; i < n->u.Try.handlers.n; i++) {
    const Node *h = n->u.Try.handlers.items[i];
    c_set_pos(c, h);
    int next = c_new_label(c);
    if (h->u.ExceptHandler.type) {
      TRY(c_expr(c, h->u.ExceptHandler.type));
      c_set_pos(c, h);
      TRY(c_emit(c, OP_CHECK_EXC_MATCH, 0));
      TRY(c_emit(c, OP_POP_JUMP_IF_FALSE, next));
    }
    Obj *name = h->u.ExceptHandler.name;
    if (name) {
      /* [prev, exc]: bind the name to a copy, clear it however the body ends */
      int name_cleanup = c_new_label(c);
      TRY(c_emit(c, OP_COPY, 1));
      TRY(c_store_name(c, name));
      TRY(c_emit(c, OP_SETUP_FINALLY, name_cleanup));
      TRY(c_push_fblock(c, FB_HANDLER_NAMED, -1, -1, h));
      TRY(c_stmts(c, &h->u.ExceptHandler.body));
      c_pop_fblock(c);
      TRY(c_emit(c, OP_POP_BLOCK, 0));
      TRY(load_const(c, None));
      TRY(c_store_name(c, name));
      TRY(c_delete_name(c, name));
      TRY(c_emit(c, OP_POP_BLOCK, 0));
      TRY(c_emit(c, OP_POP_TOP, 0));
      TRY(c_emit(c, OP_POP_EXCEPT, 0));
      TRY(c_emit(c, OP_JUMP, end));
      c_place_label(c, name_cleanup);
      /* [prev, exc, new] */
      TRY(load_const(c, None));
      TRY(c_store_name(c, name));
      TRY(c_delete_name(c, name));
      TRY(c_emit(c, OP_RERAISE, 0));
    } else {
      TRY(c_push_fblock(c, FB_HANDLER, -1, -1, h));
      TRY(c_stmts(c, &h->u.ExceptHandler.body));
      c_pop_fblock(c);
      TRY(c_emit(c, OP_POP_BLOCK, 0));
      TRY(c_emit(c, OP_POP_TOP, 0));
      TRY(c_emit(c, OP_POP_EXCEPT, 0));
      TRY(c_emit(c, OP_JUMP, end));
    }
    c_place_label(c, next);
  }
  /* no handler matched: re-raise through the cleanup */
  TRY(c_emit(c, OP_COPY, 1));
  TRY(c_emit(c, OP_RERAISE, 0));
  c_place_label(c, cleanup);
  return emit_cleanup(c);
}

static int c_try_except(Compiler *c, const Node *n) {
  int handler = c_new_label(c), end = c_new_label(c);
  TRY(c_emit(c, OP_SETUP_FINALLY, handler));
  TRY(c_push_fblock(c, FB_TRY_EXCEPT, -1, -1, n));
  TRY(c_stmts(c, &n->u.Try.body));
  c_pop_fblock(c);
  TRY(c_emit(c, OP_POP_BLOCK, 0));
  TRY(c_stmts(c, &n->u.Try.orelse));
  TRY(c_emit(c, OP_JUMP, end));
  c_place_label(c, handler);
  TRY(c_handlers(c, n, end));
  c_place_label(c, end);
  return 0;
}

static int c_try_finally(Compiler *c, const Node *n) {
  int exc_path = c_new_label(c), end = c_new_label(c), cleanup = c_new_label(c);
  TRY(c_emit(c, OP_SETUP_FINALLY, exc_path));
  TRY(c_push_fblock(c, FB_FINALLY_TRY, -1, -1, n));
  if (n->u.Try.handlers.n) {
    if (n->kind == N_TryStar) TRY(c_try_star(c, n));
    else TRY(c_try_except(c, n));
  } else {
    TRY(c_stmts(c, &n->u.Try.body));
  }
  c_pop_fblock(c);
  TRY(c_emit(c, OP_POP_BLOCK, 0));
  TRY(c_stmts(c, &n->u.Try.finalbody));
  TRY(c_emit(c, OP_JUMP, end));
  /* exception path: the finally body runs with the exception handled */
  c_place_label(c, exc_path);
  TRY(c_emit(c, OP_PUSH_EXC_INFO, 0));
  TRY(c_emit(c, OP_SETUP_FINALLY, cleanup));
  TRY(c_push_fblock(c, FB_FINALLY_END, -1, -1, n));
  /* CPython compiles a finally body once per way in; 3.14 shows the
   * warnings of this (exceptional) copy no more */
  int quiet = c->rt->pyv >= PY314;
  c->quiet += quiet;
  int r = c_stmts(c, &n->u.Try.finalbody);
  c->quiet -= quiet;
  TRY(r);
  c_pop_fblock(c);
  TRY(c_emit(c, OP_COPY, 1));
  TRY(c_emit(c, OP_RERAISE, 0));
  c_place_label(c, cleanup);
  TRY(emit_cleanup(c));
  c_place_label(c, end);
  return 0;
}

/* ---- with ------------------------------------------------------------------------------------- */

static int c_with_items(Compiler *c, const Node *n, size_t i) {
  const Node *item = n->u.With.items.items[i];
  int exc_path = c_new_label(c), end = c_new_label(c), cleanup = c_new_label(c), suppress = c_new_label(c);
  /* 3.12+ place __enter__ and both __exit__ calls at the context expression */
  const Node *at = c->rt->pyv >= PY312 ? item->u.withitem.context_expr : n;
  TRY(c_expr(c, item->u.withitem.context_expr));
  c_set_pos(c, at);
  TRY(c_emit(c, OP_BEFORE_WITH, 0));
  TRY(c_emit(c, OP_SETUP_WITH, exc_path));
  TRY(c_push_fblock(c, FB_WITH, -1, -1, n));
  if (item->u.withitem.optional_vars) TRY(c_store_target(c, item->u.withitem.optional_vars));
  else TRY(c_emit(c, OP_POP_TOP, 0));
  if (i + 1 < n->u.With.items.n) TRY(c_with_items(c, n, i + 1));
  else TRY(c_stmts(c, &n->u.With.body));
  c_pop_fblock(c);
  c_set_pos(c, at);
  TRY(c_emit(c, OP_POP_BLOCK, 0));
  TRY(load_const(c, None));
  TRY(load_const(c, None));
  TRY(load_const(c, None));
  TRY(c_emit(c, OP_CALL, 3));
  TRY(c_emit(c, OP_POP_TOP, 0));
  TRY(c_emit(c, OP_JUMP, end));
  c_place_label(c, exc_path);
  /* [exit, exc] */
  TRY(c_emit(c, OP_PUSH_EXC_INFO, 0));
  TRY(c_emit(c, OP_SETUP_FINALLY, cleanup));
  TRY(c_emit(c, OP_WITH_EXCEPT_START, 0));
  TRY(c_emit(c, OP_POP_JUMP_IF_TRUE, suppress));
  TRY(c_emit(c, OP_COPY, 1));
  TRY(c_emit(c, OP_RERAISE, 0));
  c_place_label(c, suppress);
  TRY(c_emit(c, OP_POP_BLOCK, 0));
  TRY(c_emit(c, OP_POP_TOP, 0));
  TRY(c_emit(c, OP_POP_EXCEPT, 0));
  TRY(c_emit(c, OP_POP_TOP, 0));
  TRY(c_emit(c, OP_JUMP, end));
  c_place_label(c, cleanup);
  TRY(emit_cleanup(c));
  c_place_label(c, end);
  return 0;
}

/* ---- loops and branches --------------------------------------------------------------------------- */

/* Jumps to `target` when the truth of n equals `cond` (short-circuiting). */
static int c_jump_if(Compiler *c, const Node *n, int cond, int target) {
  if (n->kind == N_UnaryOp && n->u.UnaryOp.op == UOP_NOT) return c_jump_if(c, n->u.UnaryOp.operand, !cond, target);
  if (n->kind == N_BoolOp) {
    int is_and = n->u.BoolOp.op == BOOL_AND;
    const NodeList *v = &n->u.BoolOp.values;
    if (is_and == cond) {
      /* (a and b) true-jump / (a or b) false-jump: all must agree */
      int skip = c_new_label(c);
      for (size_t i = 0; i + 1 < v->n; i++) TRY(c_jump_if(c, v->items[i], !cond, skip));
      TRY(c_jump_if(c, v->items[v->n - 1], cond, target));
      c_place_label(c, skip);
      return 0;
    }
    for (size_t i = 0; i < v->n; i++) TRY(c_jump_if(c, v->items[i], cond, target));
    return 0;
  }
  TRY(c_expr(c, n));
  c_set_pos(c, n);
  return c_emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
}

static int c_if(Compiler *c, const Node *n) {
  int orelse = c_new_label(c), end = c_new_label(c);
  TRY(c_jump_if(c, n->u.If.test, 0, orelse));
  TRY(c_stmts(c, &n->u.If.body));
  if (n->u.If.orelse.n) TRY(c_emit(c, OP_JUMP, end));
  c_place_label(c, orelse);
  TRY(c_stmts(c, &n->u.If.orelse));
  c_place_label(c, end);
  return 0;
}

static int c_while(Compiler *c, const Node *n) {
  int top = c_new_label(c), orelse = c_new_label(c), end = c_new_label(c);
  c_place_label(c, top);
  TRY(c_jump_if(c, n->u.While.test, 0, orelse));
  TRY(c_push_fblock(c, FB_WHILE, top, end, n));
  TRY(c_stmts(c, &n->u.While.body));
  c_pop_fblock(c);
  TRY(c_emit(c, OP_JUMP, top));
  c_place_label(c, orelse);
  TRY(c_stmts(c, &n->u.While.orelse));
  c_place_label(c, end);
  return 0;
}

static int c_for(Compiler *c, const Node *n) {
  int top = c_new_label(c), orelse = c_new_label(c), end = c_new_label(c);
  TRY(c_expr(c, n->u.For.iter));
  c_set_pos(c, n->u.For.iter);
  TRY(c_emit(c, OP_GET_ITER, 0));
  c_place_label(c, top);
  c_set_pos(c, c->rt->pyv >= PY312 ? n->u.For.iter : n);   /* 3.12+: FOR_ITER at the iterable */
  TRY(c_emit(c, OP_FOR_ITER, orelse));
  TRY(c_store_target(c, n->u.For.target));
  TRY(c_push_fblock(c, FB_FOR, top, end, n));
  TRY(c_stmts(c, &n->u.For.body));
  c_pop_fblock(c);
  TRY(c_emit(c, OP_JUMP, top));
  c_place_label(c, orelse);
  TRY(c_stmts(c, &n->u.For.orelse));
  c_place_label(c, end);
  return 0;
}

/* ---- definitions ------------------------------------------------------------------------------------ */

static int c_decorated(Compiler *c, const NodeList *decorators) {
  for (size_t i = decorators->n; i-- > 0;) {
    c_set_pos(c, decorators->items[i]);
    TRY(c_emit(c, OP_CALL, 1));
  }
  return 0;
}

static int c_classdef(Compiler *c, const Node *n) {
  TRY(c_exprs(c, &n->u.ClassDef.decorator_list));
  c_set_pos(c, n);
  TRY(c_emit(c, OP_LOAD_BUILD_CLASS, 0));
  int first = n->lineno;
  if (n->u.ClassDef.decorator_list.n) first = n->u.ClassDef.decorator_list.items[0]->lineno;
  (void)first;
  TRY(c_enter_unit(c, n, n->u.ClassDef.name, n->lineno));
  Unit *u = c->u;
  u->flags = CO_CLASSBODY;
  int ok = 1;
  /* __module__ = __name__; __qualname__ = ...; docstring */
  Obj *qn = u->qualname;
  ok = c_load_name(c, str_static("__name__")) == 0 && c_store_name(c, str_static("__module__")) == 0 &&
       load_const(c, qn) == 0 && c_store_name(c, str_static("__qualname__")) == 0;
  const NodeList *body = &n->u.ClassDef.body;
  if (ok && body->n && body->items[0]->kind == N_Expr && body->items[0]->u.Expr.value->kind == N_Constant &&
      IS_STR(body->items[0]->u.Expr.value->u.Constant.value)) {
    ok = load_const(c, body->items[0]->u.Expr.value->u.Constant.value) == 0 &&
         c_store_name(c, str_static("__doc__")) == 0;
  }
  if (ok) ok = c_class_classdict(c) == 0;
  if (ok) ok = c_setup_annotations(c, body) == 0 && c_stmts(c, body) == 0;
  if (ok) ok = c_class_annotate(c, n) == 0;
  if (ok) {
    if (u->scope->child_uses_class) {
      int i = c_derefname(c, str_static("__class__"));
      ok = i >= 0 && c_emit(c, OP_LOAD_CLOSURE, i) == 0 && c_emit(c, OP_COPY, 1) == 0 &&
           c_store_name(c, str_static("__classcell__")) == 0;
    } else {
      ok = load_const(c, None) == 0;
    }
    ok = ok && c_emit(c, OP_RETURN_VALUE, 0) == 0;
  }
  Scope *inner = u->scope;
  Obj *code = c_leave_unit(c);
  if (!ok || !code) { xdecref(code); return -1; }
  c_set_pos(c, n);
  /* closure over the enclosing scope's cells */
  int flags = 0;
  size_t nfree = list_len(inner->freevars);
  if (nfree) {
    for (size_t i = 0; i < nfree; i++) {
      int k = c_derefname(c, list_get(inner->freevars, i));
      if (k < 0 || c_emit(c, OP_LOAD_CLOSURE, k) < 0) { decref(code); return k < 0 ? c_error(c, n, "bad closure") : -1; }
    }
    if (c_emit(c, OP_BUILD_TUPLE, (int)nfree) < 0) { decref(code); return -1; }
    flags |= MF_CLOSURE;
  }
  int r = load_const(c, code);
  decref(code);
  TRY(r);
  TRY(load_const(c, n->u.ClassDef.name));
  TRY(c_emit(c, OP_MAKE_FUNCTION, flags));
  TRY(load_const(c, n->u.ClassDef.name));
  /* __build_class__(func, name, *bases, **keywords) */
  TRY(c_call_helper(c, 2, &n->u.ClassDef.bases, &n->u.ClassDef.keywords));
  TRY(c_decorated(c, &n->u.ClassDef.decorator_list));
  c_set_pos(c, n);
  return c_store_name(c, n->u.ClassDef.name);
}

static int c_funcdef(Compiler *c, const Node *n) {
  TRY(c_exprs(c, &n->u.FunctionDef.decorator_list));
  TRY(c_function(c, n));
  TRY(c_decorated(c, &n->u.FunctionDef.decorator_list));
  c_set_pos(c, n);
  return c_store_name(c, n->u.FunctionDef.name);
}

/* ---- simple statements ------------------------------------------------------------------------------ */

static int c_raise(Compiler *c, const Node *n) {
  int nargs = 0;
  if (n->u.Raise.exc) { TRY(c_expr(c, n->u.Raise.exc)); nargs++; }
  if (n->u.Raise.cause) { TRY(c_expr(c, n->u.Raise.cause)); nargs++; }
  c_set_pos(c, n);
  return c_emit(c, OP_RAISE_VARARGS, nargs);
}

/* 3.11's compiler_jump_if leaves the current location at the last
 * comparison it branched on (through and/or, not and if-else); other
 * tests leave the statement's. */
static const Node *jump_if_location(const Node *e) {
  const Node *r = NULL, *x;
  switch (e->kind) {
  case N_Compare: return e;
  case N_BoolOp:
    for (size_t i = 0; i < e->u.BoolOp.values.n; i++)
      if ((x = jump_if_location(e->u.BoolOp.values.items[i]))) r = x;
    return r;
  case N_UnaryOp: return e->u.UnaryOp.op == UOP_NOT ? jump_if_location(e->u.UnaryOp.operand) : NULL;
  case N_IfExp:
    if ((x = jump_if_location(e->u.IfExp.test))) r = x;
    if ((x = jump_if_location(e->u.IfExp.body))) r = x;
    if ((x = jump_if_location(e->u.IfExp.orelse))) r = x;
    return r;
  default: return NULL;
  }
}

static int c_assert(Compiler *c, const Node *n) {
  TRY(c_check_assert(c, n));
  int end = c_new_label(c);
  TRY(c_jump_if(c, n->u.Assert.test, 1, end));
  /* 3.12+ raise at the test's span, 3.11 where its test left the location */
  const Node *at = c->rt->pyv >= PY312 ? n->u.Assert.test : jump_if_location(n->u.Assert.test);
  if (!at) at = n;
  c_set_pos(c, at);
  TRY(c_emit(c, OP_LOAD_ASSERTION_ERROR, 0));
  if (n->u.Assert.msg) {
    TRY(c_expr(c, n->u.Assert.msg));
    c_set_pos(c, at);
    TRY(c_emit(c, OP_CALL, 1));
  }
  TRY(c_emit(c, OP_RAISE_VARARGS, 1));
  c_place_label(c, end);
  return 0;
}

static int c_import(Compiler *c, const Node *n) {
  for (size_t i = 0; i < n->u.Import.names.n; i++) {
    const Node *a = n->u.Import.names.items[i];
    c_set_pos(c, n);
    Obj *zero = int_from_i64(c->rt, 0);
    TRY(load_const(c, zero));
    TRY(load_const(c, None));
    int k = c_name(c, a->u.alias.name);
    TRY(k);
    TRY(c_emit(c, OP_IMPORT_NAME, k));
    const char *s = str_c(a->u.alias.name), *dot = strchr(s, '.');
    if (a->u.alias.asname) {
      /* import a.b as c binds the submodule */
      while (dot) {
        const char *next = strchr(dot + 1, '.');
        Obj *part = str_new(c->rt, dot + 1, next ? (size_t)(next - dot - 1) : strlen(dot + 1));
        if (!part) return -1;
        int pk = c_name(c, part);
        decref(part);
        TRY(pk);
        TRY(c_emit(c, OP_IMPORT_FROM, pk));
        TRY(c_emit(c, OP_SWAP, 2));
        TRY(c_emit(c, OP_POP_TOP, 0));
        dot = next;
      }
      TRY(c_store_name(c, a->u.alias.asname));
    } else {
      Obj *top = dot ? str_new(c->rt, s, (size_t)(dot - s)) : incref(a->u.alias.name);
      if (!top) return -1;
      int r = c_store_name(c, top);
      decref(top);
      TRY(r);
    }
  }
  return 0;
}

static int c_import_from(Compiler *c, const Node *n) {
  const NodeList *names = &n->u.ImportFrom.names;
  Obj *level = int_from_i64(c->rt, n->u.ImportFrom.level);
  if (!level) return -1;
  int r = load_const(c, level);
  decref(level);
  TRY(r);
  Obj *fromlist = tuple_new(c->rt, names->n);
  if (!fromlist) return -1;
  for (size_t i = 0; i < names->n; i++) AS_TUPLE(fromlist)->items[i] = incref(names->items[i]->u.alias.name);
  r = load_const(c, fromlist);
  decref(fromlist);
  TRY(r);
  int k = c_name(c, n->u.ImportFrom.module ? n->u.ImportFrom.module : str_empty());
  TRY(k);
  TRY(c_emit(c, OP_IMPORT_NAME, k));
  for (size_t i = 0; i < names->n; i++) {
    const Node *a = names->items[i];
    if (str_eq_c(a->u.alias.name, "*")) {
      if (c->u->scope->kind != SCOPE_MODULE) return c_error(c, n, "import * only allowed at module level");
      return c_emit(c, OP_IMPORT_STAR, 0);
    }
    int nk = c_name(c, a->u.alias.name);
    TRY(nk);
    TRY(c_emit(c, OP_IMPORT_FROM, nk));
    TRY(c_store_name(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name));
  }
  return c_emit(c, OP_POP_TOP, 0);
}

static int c_augassign(Compiler *c, const Node *n) {
  const Node *t = n->u.AugAssign.target;
  switch (t->kind) {
  case N_Name:
    c_set_pos(c, t);
    TRY(c_load_name(c, t->u.Name.id));
    TRY(c_expr(c, n->u.AugAssign.value));
    c_set_pos(c, n);
    TRY(c_emit(c, OP_INPLACE_OP, n->u.AugAssign.op));
    c_set_pos(c, t);
    return c_store_name(c, t->u.Name.id);
  case N_Attribute: {
    int k = c_name(c, t->u.Attribute.attr);
    TRY(k);
    TRY(c_expr(c, t->u.Attribute.value));
    c_set_pos(c, t);
    TRY(c_emit(c, OP_COPY, 1));
    TRY(c_emit(c, OP_LOAD_ATTR, k));
    TRY(c_expr(c, n->u.AugAssign.value));
    c_set_pos(c, n);
    TRY(c_emit(c, OP_INPLACE_OP, n->u.AugAssign.op));
    TRY(c_emit(c, OP_SWAP, 2));
    c_set_pos(c, t);
    return c_emit(c, OP_STORE_ATTR, k);
  }
  case N_Subscript:
    TRY(c_expr(c, t->u.Subscript.value));
    TRY(c_expr(c, t->u.Subscript.slice));
    c_set_pos(c, t);
    TRY(c_emit(c, OP_COPY, 2));
    TRY(c_emit(c, OP_COPY, 2));
    TRY(c_emit(c, OP_BINARY_SUBSCR, 0));
    TRY(c_expr(c, n->u.AugAssign.value));
    c_set_pos(c, n);
    TRY(c_emit(c, OP_INPLACE_OP, n->u.AugAssign.op));
    /* [obj, key, result] -> [result, obj, key] */
    TRY(c_emit(c, OP_SWAP, 3));
    TRY(c_emit(c, OP_SWAP, 2));
    c_set_pos(c, t);
    return c_emit(c, OP_STORE_SUBSCR, 0);
  default:
    return c_error(c, t, "'%s' is an illegal expression for augmented assignment", ast_kind_name(t->kind));
  }
}

static int c_annassign(Compiler *c, const Node *n) {
  const Node *t = n->u.AnnAssign.target;
  if (n->u.AnnAssign.value) {
    TRY(c_expr(c, n->u.AnnAssign.value));
    TRY(c_store_target(c, t));
  }
  Scope *s = c->u->scope;
  if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION) return 0;
  /* 3.14 evaluates module and class annotations lazily (class ones in its __annotate__) */
  if (c->rt->pyv >= PY314 && !c->st.future_annotations) return 0;
  if (t->kind == N_Name && n->u.AnnAssign.simple) {
    /* __annotations__[name] = annotation */
    TRY(c_annotation_value(c, n->u.AnnAssign.annotation));
    TRY(c_load_name(c, str_static("__annotations__")));
    TRY(load_const(c, t->u.Name.id));
    c_set_pos(c, n);
    return c_emit(c, OP_STORE_SUBSCR, 0);
  }
  if (c->st.future_annotations) return 0;
  TRY(c_expr(c, n->u.AnnAssign.annotation));
  return c_emit(c, OP_POP_TOP, 0);
}

int c_stmt(Compiler *c, const Node *n) {
  Pos saved = c_set_pos(c, n);
  int r = 0;
  switch (n->kind) {
  case N_Expr:
    r = c_expr(c, n->u.Expr.value);
    if (r == 0) { c_set_pos(c, n); r = c_emit(c, c->interactive ? OP_PRINT_EXPR : OP_POP_TOP, 0); }
    break;
  case N_Assign:
    r = c_expr(c, n->u.Assign.value);
    for (size_t i = 0; r == 0 && i < n->u.Assign.targets.n; i++) {
      if (i + 1 < n->u.Assign.targets.n) r = c_emit(c, OP_COPY, 1);
      if (r == 0) r = c_store_target(c, n->u.Assign.targets.items[i]);
    }
    break;
  case N_AugAssign: r = c_augassign(c, n); break;
  case N_AnnAssign: r = c_annassign(c, n); break;
  case N_Delete:
    for (size_t i = 0; r == 0 && i < n->u.Delete.targets.n; i++) r = c_delete_target(c, n->u.Delete.targets.items[i]);
    break;
  case N_Pass: r = c_emit(c, OP_NOP, 0); break;
  case N_Break: {
    FBlock *loop = unwind_to_loop(c, n, "'break' outside loop");
    if (!loop) { r = -1; break; }
    if (loop->kind == FB_FOR) r = c_emit(c, OP_POP_TOP, 0);
    if (r == 0) r = c_emit(c, OP_JUMP, loop->exit_label);
    break;
  }
  case N_Continue: {
    FBlock *loop = unwind_to_loop(c, n, "'continue' not properly in loop");
    r = loop ? c_emit(c, OP_JUMP, loop->top_label) : -1;
    break;
  }
  case N_Return:
    if (c->u->scope->kind != SCOPE_FUNCTION) { r = c_error(c, n, "'return' outside function"); break; }
    r = c_return(c, n);
    break;
  case N_If: r = c_if(c, n); break;
  case N_While: r = c_while(c, n); break;
  case N_For: r = c_for(c, n); break;
  case N_Raise: r = c_raise(c, n); break;
  case N_Assert: r = c_assert(c, n); break;
  case N_Try:
    r = n->u.Try.finalbody.n ? c_try_finally(c, n) : c_try_except(c, n);
    break;
  case N_TryStar:
    r = n->u.Try.finalbody.n ? c_try_finally(c, n) : c_try_star(c, n);
    break;
  case N_With: r = c_with_items(c, n, 0); break;
  case N_FunctionDef: r = c_funcdef(c, n); break;
  case N_ClassDef: r = c_classdef(c, n); break;
  case N_Import: r = c_import(c, n); break;
  case N_ImportFrom: r = c_import_from(c, n); break;
  case N_Global: case N_Nonlocal: r = 0; break;
  default: r = c_unsupported(c, n, ast_kind_name(n->kind)); break;
  }
  c->u->cur = saved;
  return r;
}

int c_stmts(Compiler *c, const NodeList *l) {
  for (size_t i = 0; i < l->n; i++) TRY(c_stmt(c, l->items[i]));
  return 0;
}
