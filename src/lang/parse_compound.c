/* parse_compound.c: compound statements of Grammar/python.gram: def,
 * class, if/elif/else, while, for, with, try (except, except*, finally).
 * 'async' forms are parsed (so that errors come out right) and become
 * N_UNSUPPORTED. */
#include "lang/parser.h"
#include "obj/err.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

/* [x] for a rule returning a pointer: NULL result is fine, errors are not. */
#define OPT(p, expr, var) do { int m_ = (p)->mark; (var) = (expr); \
    if (!(var)) { if ((p)->error) LEAVE((p), NULL); (p)->mark = m_; } } while (0)

/* ---- def and class --------------------------------------------------------------- */

/* function_def_raw:
 *   | invalid_def_raw
 *   | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block */
static Node *r_function_def_raw(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_def_raw(p);
    NEXT_ALT;
  }
  for (int async = 0; async < 2; async++) {
    Token *s = px_peek(p), *n;
    if (!s) LEAVE(p, NULL);
    if (async && !px_expect_kw(p, KW_async)) {
      NEXT_ALT;
      continue;
    }
    Node *tp = NULL, *params = NULL, *ret = NULL;
    Vec *body;
    if (px_expect_kw(p, KW_def) && (n = px_expect(p, T_NAME))) {
      if (HAS(p, F_TYPE_PARAMS)) OPT(p, r_type_params(p), tp);
      if (px_expect_forced(p, T_LPAR, "(")) {
        OPT(p, r_params(p), params);
        if (px_expect(p, T_RPAR)) {
          int m = p->mark;
          if (!(px_expect(p, T_RARROW) && (ret = r_expression(p)))) {
            if (p->error) LEAVE(p, NULL);
            ret = NULL;
            p->mark = m;
          }
          if (px_expect_forced(p, T_COLON, ":") && (body = r_block(p))) {
            if (async) LEAVE(p, px_unsupported(p, s, "'async def' functions", "expression"));
            if (tp) LEAVE(p, px_unsupported(p, s, "type parameters", "expression"));
            Node *f = px_node(p, N_FunctionDef, s);
            if (!f) LEAVE(p, NULL);
            f->u.FunctionDef.name = px_id(p, n);
            f->u.FunctionDef.args = params ? params : px_empty_arguments(p);
            f->u.FunctionDef.body = px_list(p, body);
            f->u.FunctionDef.returns = ret;
            LEAVE(p, p->error ? NULL : f);
          }
        }
      }
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

static Node *with_decorators(Parser *p, Vec *d, Node *f) {
  if (f->kind == N_UNSUPPORTED) return f;
  Node *n = px_node_at(p, f->kind, f->lineno, f->col, f->end_lineno, f->end_col);
  if (!n) return NULL;
  n->u = f->u;
  if (f->kind == N_FunctionDef) n->u.FunctionDef.decorator_list = px_list(p, d);
  else n->u.ClassDef.decorator_list = px_list(p, d);
  return p->error ? NULL : n;
}

/* function_def: decorators function_def_raw | function_def_raw */
Node *r_function_def(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Vec *d;
  Node *f;
  if ((d = r_decorators(p)) && (f = r_function_def_raw(p))) LEAVE(p, with_decorators(p, d, f));
  NEXT_ALT;
  if ((f = r_function_def_raw(p))) LEAVE(p, f);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* class_def_raw: invalid_class_def_raw
 *   | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
static Node *r_class_def_raw(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_class_def_raw(p);
    NEXT_ALT;
  }
  Token *s = px_expect_kw(p, KW_class), *n;
  if (s && (n = px_expect(p, T_NAME))) {
    Node *tp = NULL, *args = NULL;
    int have_parens = 0;
    if (HAS(p, F_TYPE_PARAMS)) OPT(p, r_type_params(p), tp);
    int m = p->mark;
    if (px_expect(p, T_LPAR)) {
      OPT(p, r_arguments(p), args);
      if (px_expect(p, T_RPAR)) have_parens = 1;
    }
    if (!have_parens) {
      if (p->error) LEAVE(p, NULL);
      args = NULL;
      p->mark = m;
    }
    Vec *body;
    if (px_expect(p, T_COLON) && (body = r_block(p))) {
      if (tp) LEAVE(p, px_unsupported(p, s, "type parameters", "expression"));
      Node *c = px_node(p, N_ClassDef, s);
      if (!c) LEAVE(p, NULL);
      c->u.ClassDef.name = px_id(p, n);
      if (args) {
        c->u.ClassDef.bases = args->u.Call.args;
        c->u.ClassDef.keywords = args->u.Call.keywords;
      }
      c->u.ClassDef.body = px_list(p, body);
      LEAVE(p, p->error ? NULL : c);
    }
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_class_def(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Vec *d;
  Node *c;
  if ((d = r_decorators(p)) && (c = r_class_def_raw(p))) LEAVE(p, with_decorators(p, d, c));
  NEXT_ALT;
  if ((c = r_class_def_raw(p))) LEAVE(p, c);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ---- if / while / for ---------------------------------------------------------------------- */

/* else_block: invalid_else_stmt | 'else' &&':' block */
Vec *r_else_block(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_else_stmt(p);
    NEXT_ALT;
  }
  Vec *b;
  if (px_expect_kw(p, KW_else) && px_expect_forced(p, T_COLON, ":") && (b = r_block(p))) LEAVE(p, b);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* if_stmt / elif_stmt (kw picks which). */
static Node *r_if_or_elif(Parser *p, int kw) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    if (kw == KW_if) r_invalid_if_stmt(p);
    else r_invalid_elif_stmt(p);
    NEXT_ALT;
  }
  Token *s;
  Node *a, *c;
  Vec *b;
  if ((s = px_expect_kw(p, kw)) && (a = r_named_expression(p)) && px_expect(p, T_COLON) && (b = r_block(p)) &&
      (c = r_if_or_elif(p, KW_elif))) {
    Node *n = px_node(p, N_If, s);
    if (n) n->u.If.test = a, n->u.If.body = px_list(p, b), n->u.If.orelse = px_list1(p, c);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  if ((s = px_expect_kw(p, kw)) && (a = r_named_expression(p)) && px_expect(p, T_COLON) && (b = r_block(p))) {
    Vec *e;
    OPT(p, r_else_block(p), e);
    Node *n = px_node(p, N_If, s);
    if (n) n->u.If.test = a, n->u.If.body = px_list(p, b), n->u.If.orelse = px_list(p, e);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_if_stmt(Parser *p) { return r_if_or_elif(p, KW_if); }

/* while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
Node *r_while_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_while_stmt(p);
    NEXT_ALT;
  }
  Token *s;
  Node *a;
  Vec *b, *e;
  if ((s = px_expect_kw(p, KW_while)) && (a = r_named_expression(p)) && px_expect(p, T_COLON) && (b = r_block(p))) {
    OPT(p, r_else_block(p), e);
    Node *n = px_node(p, N_While, s);
    if (n) n->u.While.test = a, n->u.While.body = px_list(p, b), n->u.While.orelse = px_list(p, e);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* for_stmt: invalid_for_stmt
 *   | ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
 *   | invalid_for_target */
Node *r_for_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_for_stmt(p);
    NEXT_ALT;
  }
  for (int async = 0; async < 2; async++) {
    Token *s = px_peek(p);
    Node *t, *ex;
    Vec *b, *e;
    if (!s) LEAVE(p, NULL);
    if (async && !px_expect_kw(p, KW_async)) {
      NEXT_ALT;
      continue;
    }
    if (px_expect_kw(p, KW_for) && (t = r_star_targets(p)) && px_expect_kw(p, KW_in)) {
      if ((ex = r_star_expressions(p)) && px_expect(p, T_COLON) && (b = r_block(p))) {
        OPT(p, r_else_block(p), e);
        if (async) LEAVE(p, px_unsupported(p, s, "'async for' loops", "expression"));
        Node *n = px_node(p, N_For, s);
        if (n) {
          n->u.For.target = t;
          n->u.For.iter = ex;
          n->u.For.body = px_list(p, b);
          n->u.For.orelse = px_list(p, e);
        }
        LEAVE(p, p->error ? NULL : n);
      }
      LEAVE(p, NULL);   /* the cut */
    }
    NEXT_ALT;
  }
  if (p->call_invalid) {
    r_invalid_for_target(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ---- with ---------------------------------------------------------------------------------- */

/* with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
static Node *r_with_item(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *e, *t;
  if ((e = r_expression(p)) && px_expect_kw(p, KW_as) && (t = r_star_target(p)) &&
      (px_next_is(p, T_COMMA) || px_next_is(p, T_RPAR) || px_next_is(p, T_COLON))) {
    Node *w = px_node_at(p, N_withitem, 0, 0, 0, 0);
    if (w) w->u.withitem.context_expr = e, w->u.withitem.optional_vars = t;
    LEAVE(p, w);
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_with_item(p);
    NEXT_ALT;
  }
  if ((e = r_expression(p))) {
    Node *w = px_node_at(p, N_withitem, 0, 0, 0, 0);
    if (w) w->u.withitem.context_expr = e;
    LEAVE(p, w);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Vec *with_items(Parser *p) {
  Node *x = r_with_item(p);
  if (!x) return NULL;
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, x) < 0) return NULL;
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA) || !(x = r_with_item(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, x) < 0) return NULL;
  }
  return p->error ? NULL : v;
}

/* with_stmt: invalid_with_stmt_indent
 *   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
 *   | ['async'] 'with' ','.with_item+ ':' block
 *   | invalid_with_stmt */
Node *r_with_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_with_stmt_indent(p);
    NEXT_ALT;
  }
  for (int async = 0; async < 2; async++) {
    for (int paren = 1; paren >= 0; paren--) {
      Token *s = px_peek(p);
      Vec *a, *b;
      if (!s) LEAVE(p, NULL);
      if (async && !px_expect_kw(p, KW_async)) {
        NEXT_ALT;
        continue;
      }
      if (!px_expect_kw(p, KW_with)) {
        NEXT_ALT;
        continue;
      }
      int ok;
      if (paren) {
        ok = px_expect(p, T_LPAR) && (a = with_items(p));
        if (ok) {
          int m = p->mark;
          if (!px_expect(p, T_COMMA)) p->mark = m;
          ok = !p->error && px_expect(p, T_RPAR);
        }
      } else {
        ok = (a = with_items(p)) != NULL;
      }
      if (ok && px_expect(p, T_COLON) && (b = r_block(p))) {
        if (async) LEAVE(p, px_unsupported(p, s, "'async with' statements", "expression"));
        Node *n = px_node(p, N_With, s);
        if (n) n->u.With.items = px_list(p, a), n->u.With.body = px_list(p, b);
        LEAVE(p, p->error ? NULL : n);
      }
      NEXT_ALT;
    }
  }
  if (p->call_invalid) {
    r_invalid_with_stmt(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ---- try -------------------------------------------------------------------------------------- */

static Node *handler(Parser *p, Token *s, Node *type, Obj *name, Vec *body) {
  Node *h = px_node(p, N_ExceptHandler, s);
  if (h) h->u.ExceptHandler.type = type, h->u.ExceptHandler.name = name, h->u.ExceptHandler.body = px_list(p, body);
  return p->error ? NULL : h;
}

/* except_block (star = 0) and except_star_block (star = 1). */
static Node *r_except_block(Parser *p, int star) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    if (star) r_invalid_except_star_stmt_indent(p);
    else r_invalid_except_stmt_indent(p);
    NEXT_ALT;
  }
  Token *s;
  Node *e;
  Vec *b;
  /* 'except' ['*'] expression ['as' NAME] ':' block */
  if ((s = px_expect_kw(p, KW_except)) && (!star || px_expect(p, T_STAR)) && (e = r_expression(p))) {
    Obj *name = NULL;
    int m = p->mark;
    Token *z;
    if (px_expect_kw(p, KW_as) && (z = px_expect(p, T_NAME))) name = px_id(p, z);
    else p->mark = m;
    if (!p->error && px_expect(p, T_COLON) && (b = r_block(p))) LEAVE(p, handler(p, s, e, name, b));
  }
  NEXT_ALT;
  /* 3.14: 'except' ['*'] expressions ':' block */
  if (HAS(p, F_EXCEPT_NO_PARENS) && (s = px_expect_kw(p, KW_except)) && (!star || px_expect(p, T_STAR)) &&
      (e = r_expressions(p)) && px_expect(p, T_COLON) && (b = r_block(p)))
    LEAVE(p, handler(p, s, e, NULL, b));
  NEXT_ALT;
  if (!star && (s = px_expect_kw(p, KW_except)) && px_expect(p, T_COLON) && (b = r_block(p)))
    LEAVE(p, handler(p, s, NULL, NULL, b));
  NEXT_ALT;
  if (p->call_invalid) {
    if (star && HAS(p, F_EXCEPT_NO_PARENS)) r_invalid_except_star_stmt(p);
    else r_invalid_except_stmt(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

Node *px_except_block(Parser *p, int star) { return r_except_block(p, star); }

/* finally_block: invalid_finally_stmt | 'finally' &&':' block */
static Vec *r_finally_block(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_finally_stmt(p);
    NEXT_ALT;
  }
  Vec *b;
  if (px_expect_kw(p, KW_finally) && px_expect_forced(p, T_COLON, ":") && (b = r_block(p))) LEAVE(p, b);
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Vec *handlers(Parser *p, int star) {
  Vec *v = vec_new(p);
  if (!v) return NULL;
  for (;;) {
    int m = p->mark;
    Node *h = r_except_block(p, star);
    if (!h) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, h) < 0) return NULL;
  }
  return p->error || !v->n ? NULL : v;
}

/* try_stmt: invalid_try_stmt
 *   | 'try' &&':' block finally_block
 *   | 'try' &&':' block except_block+ [else_block] [finally_block]
 *   | 'try' &&':' block except_star_block+ [else_block] [finally_block] */
Node *r_try_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_try_stmt(p);
    NEXT_ALT;
  }
  Token *s;
  Vec *b, *f, *ex, *el;
  if ((s = px_expect_kw(p, KW_try)) && px_expect_forced(p, T_COLON, ":") && (b = r_block(p)) &&
      (f = r_finally_block(p))) {
    Node *n = px_node(p, N_Try, s);
    if (n) n->u.Try.body = px_list(p, b), n->u.Try.finalbody = px_list(p, f);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  for (int star = 0; star < 2; star++) {
    if ((s = px_expect_kw(p, KW_try)) && px_expect_forced(p, T_COLON, ":") && (b = r_block(p)) &&
        (ex = handlers(p, star))) {
      OPT(p, r_else_block(p), el);
      OPT(p, r_finally_block(p), f);
      Node *n = px_node(p, star ? N_TryStar : N_Try, s);
      if (n) {
        n->u.Try.body = px_list(p, b);
        n->u.Try.handlers = px_list(p, ex);
        n->u.Try.orelse = px_list(p, el);
        n->u.Try.finalbody = px_list(p, f);
      }
      LEAVE(p, p->error ? NULL : n);
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ---- compound_stmt -------------------------------------------------------------------------- */

Node *r_compound_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_peek(p);
  if (!t) LEAVE(p, NULL);
  int kw = t->type == T_KEYWORD ? t->kw : KW_NONE;
  Node *r;
  if (kw == KW_def || t->type == T_AT || kw == KW_async) {
    if ((r = r_function_def(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (kw == KW_if) {
    if ((r = r_if_stmt(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (kw == KW_class || t->type == T_AT) {
    if ((r = r_class_def(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (kw == KW_with || kw == KW_async) {
    if ((r = r_with_stmt(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (kw == KW_for || kw == KW_async) {
    if ((r = r_for_stmt(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (kw == KW_try) {
    if ((r = r_try_stmt(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (kw == KW_while) {
    if ((r = r_while_stmt(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if ((r = r_match_stmt(p))) LEAVE(p, r);
  NEXT_ALT;
  LEAVE(p, NULL);
}
