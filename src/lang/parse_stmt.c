/* parse_stmt.c: the module, blocks and simple statements of
 * Grammar/python.gram (GENERAL STATEMENTS, SIMPLE STATEMENTS, imports). */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "obj/ops.h"
#include "base/strbuf.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

/* file: [statements] ENDMARKER */
Node *r_file(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Vec *a = r_statements(p);
  if (!a) {
    if (p->error) LEAVE(p, NULL);
    p->mark = mark;
  }
  if (px_expect(p, T_ENDMARKER)) {
    Node *m = px_node_at(p, N_Module, 0, 0, 0, 0);
    if (m) m->u.Module.body = px_list(p, a);
    LEAVE(p, p->error ? NULL : m);
  }
  LEAVE(p, NULL);
}

/* _PyPegen_register_stmts, for `statement: compound_stmt` in the second
 * pass: the start of the last compound statement parsed (never moving
 * back). A function definition is left out: there 3.14's invalid_def_raw
 * matches first and hands pegen a dummy expression, whose location (read as
 * a statement's) never passes the check. Simple statements never register. */
static void register_stmt(Parser *p, Node *c) {
  if (!p->call_invalid || c->kind == N_FunctionDef) return;
  if (c->kind == N_UNSUPPORTED && strstr(str_c(c->u.Constant.value), "'async def'")) return;
  if (p->last_stmt_line > c->lineno) return;
  p->last_stmt_line = c->lineno;
  p->last_stmt_col = c->col;
}

static Vec *r_statement(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *c = r_compound_stmt(p);
  if (c) {
    register_stmt(p, c);
    Vec *v = vec_new(p);
    if (!v || vec_push(p, v, c) < 0) LEAVE(p, NULL);
    LEAVE(p, v);
  }
  NEXT_ALT;
  Vec *s = r_simple_stmts(p);
  if (s) LEAVE(p, s);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* statements: statement+ (flattened) */
Vec *r_statements(Parser *p) {
  ENTER(p);
  Vec *all = vec_new(p);
  if (!all) LEAVE(p, NULL);
  for (;;) {
    int m = p->mark;
    Vec *v = r_statement(p);
    if (!v) {
      p->mark = m;
      break;
    }
    for (size_t i = 0; i < v->n; i++)
      if (vec_push(p, all, v->items[i]) < 0) LEAVE(p, NULL);
  }
  if (p->error || !all->n) LEAVE(p, NULL);
  LEAVE(p, all);
}

/* simple_stmts:
 *   | simple_stmt !';' NEWLINE
 *   | ';'.simple_stmt+ [';'] NEWLINE */
Vec *r_simple_stmts(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a = r_simple_stmt(p);
  if (a && !px_next_is(p, T_SEMI) && !p->error && px_expect(p, T_NEWLINE)) {
    Vec *v = vec_new(p);
    if (!v || vec_push(p, v, a) < 0) LEAVE(p, NULL);
    LEAVE(p, v);
  }
  NEXT_ALT;
  Vec *v = vec_new(p);
  if (!v) LEAVE(p, NULL);
  Node *s = r_simple_stmt(p);
  if (s) {
    if (vec_push(p, v, s) < 0) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      if (!px_expect(p, T_SEMI)) break;
      Node *t = r_simple_stmt(p);
      if (!t) {
        p->mark = m;
        break;
      }
      if (vec_push(p, v, t) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    int m = p->mark;
    if (!px_expect(p, T_SEMI)) p->mark = m;
    if (!p->error && px_expect(p, T_NEWLINE)) LEAVE(p, v);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Node *stmt_kw_only(Parser *p, int kw, NodeKind k) {
  Token *t = px_expect_kw(p, kw);
  return t ? px_node(p, k, t) : NULL;
}

static Node *r_return_stmt(Parser *p) {
  ENTER(p);
  Token *t = px_expect_kw(p, KW_return);
  if (!t) LEAVE(p, NULL);
  int m = p->mark;
  Node *a = r_star_expressions(p);
  if (!a) {
    if (p->error) LEAVE(p, NULL);
    p->mark = m;
  }
  Node *n = px_node(p, N_Return, t);
  if (n) n->u.Return.value = a;
  LEAVE(p, n);
}

/* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
static Node *r_raise_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_expect_kw(p, KW_raise);
  Node *a;
  if (t && (a = r_expression(p))) {
    int m = p->mark;
    Node *b = NULL;
    if (px_expect_kw(p, KW_from) && (b = r_expression(p))) {
    } else {
      if (p->error) LEAVE(p, NULL);
      b = NULL;
      p->mark = m;
    }
    Node *n = px_node(p, N_Raise, t);
    if (n) n->u.Raise.exc = a, n->u.Raise.cause = b;
    LEAVE(p, n);
  }
  NEXT_ALT;
  if ((t = px_expect_kw(p, KW_raise))) LEAVE(p, px_node(p, N_Raise, t));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* global_stmt / nonlocal_stmt: kw ','.NAME+ */
static Node *r_names_stmt(Parser *p, int kw, NodeKind k) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_expect_kw(p, kw);
  Vec *v = t ? vec_new(p) : NULL;
  Token *nt;
  if (v && (nt = px_expect(p, T_NAME))) {
    if (vec_push(p, v, px_id(p, nt)) < 0) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      if (!px_expect(p, T_COMMA) || !(nt = px_expect(p, T_NAME))) {
        p->mark = m;
        break;
      }
      if (vec_push(p, v, px_id(p, nt)) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    Node *n = px_node(p, k, t);
    if (!n) LEAVE(p, NULL);
    n->u.Global.n = v->n;
    n->u.Global.names = arena_alloc(p->arena, v->n * sizeof(Obj *));
    if (!n->u.Global.names) LEAVE(p, (err_nomem(p->rt), p->error = 1, NULL));
    for (size_t i = 0; i < v->n; i++) n->u.Global.names[i] = v->items[i];
    LEAVE(p, n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static Node *r_del_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_expect_kw(p, KW_del);
  Vec *a;
  if (t && (a = r_del_targets(p)) && (px_next_is(p, T_SEMI) || px_next_is(p, T_NEWLINE))) {
    Node *n = px_node(p, N_Delete, t);
    if (n) n->u.Delete.targets = px_list(p, a);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_del_stmt(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

static Node *r_yield_stmt(Parser *p) {
  ENTER(p);
  Token *s = px_peek(p);
  Node *y = s ? r_yield_expr(p) : NULL;
  if (!y) LEAVE(p, NULL);
  Node *n = px_node(p, N_Expr, s);
  if (n) n->u.Expr.value = y;
  LEAVE(p, n);
}

/* assert_stmt: 'assert' expression [',' expression] */
static Node *r_assert_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_expect_kw(p, KW_assert);
  Node *a;
  if (t && (a = r_expression(p))) {
    int m = p->mark;
    Node *b = NULL;
    if (!(px_expect(p, T_COMMA) && (b = r_expression(p)))) {
      if (p->error) LEAVE(p, NULL);
      b = NULL;
      p->mark = m;
    }
    Node *n = px_node(p, N_Assert, t);
    if (n) n->u.Assert.test = a, n->u.Assert.msg = b;
    LEAVE(p, n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* simple_stmt (memo) */
Node *r_simple_stmt(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_simple_stmt, Node *);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *res = NULL;
  if (!s) LEAVE(p, NULL);
  if ((res = r_assignment(p))) goto done;
  NEXT_ALT;
  if (HAS(p, F_TYPE_PARAMS) && s->type == T_NAME && px_str_eq(s, "type")) {
    if ((res = r_type_alias(p))) goto done;
    NEXT_ALT;
  }
  Node *e;
  if ((e = r_star_expressions(p))) {
    res = px_node(p, N_Expr, s);
    if (res) res->u.Expr.value = e;
    goto done;
  }
  NEXT_ALT;
  if (s->type == T_KEYWORD) {
    switch (s->kw) {
    case KW_return: res = r_return_stmt(p); break;
    case KW_import: case KW_from: res = r_import_stmt(p); break;
    case KW_raise: res = r_raise_stmt(p); break;
    case KW_pass: res = stmt_kw_only(p, KW_pass, N_Pass); break;
    case KW_del: res = r_del_stmt(p); break;
    case KW_yield: res = r_yield_stmt(p); break;
    case KW_assert: res = r_assert_stmt(p); break;
    case KW_break: res = stmt_kw_only(p, KW_break, N_Break); break;
    case KW_continue: res = stmt_kw_only(p, KW_continue, N_Continue); break;
    case KW_global: res = r_names_stmt(p, KW_global, N_Global); break;
    case KW_nonlocal: res = r_names_stmt(p, KW_nonlocal, N_Nonlocal); break;
    default: break;
    }
    if (res) goto done;
    NEXT_ALT;
  }
  res = NULL;
done:
  if (p->error) LEAVE(p, NULL);
  px_memo(p, mark, M_simple_stmt, res);
  LEAVE(p, res);
}

/* ---- assignment ------------------------------------------------------------------- */

/* augassign: '+=' | '-=' | ... -> operator number, or -1 */
static int r_augassign(Parser *p) {
  Token *t = px_peek(p);
  if (!t) return -1;
  int op;
  switch (t->type) {
  case T_PLUSEQUAL: op = OP_ADD; break;
  case T_MINEQUAL: op = OP_SUB; break;
  case T_STAREQUAL: op = OP_MUL; break;
  case T_ATEQUAL: op = OP_MATMUL; break;
  case T_SLASHEQUAL: op = OP_TRUEDIV; break;
  case T_PERCENTEQUAL: op = OP_MOD; break;
  case T_AMPEREQUAL: op = OP_AND; break;
  case T_VBAREQUAL: op = OP_OR; break;
  case T_CIRCUMFLEXEQUAL: op = OP_XOR; break;
  case T_LEFTSHIFTEQUAL: op = OP_LSHIFT; break;
  case T_RIGHTSHIFTEQUAL: op = OP_RSHIFT; break;
  case T_DOUBLESTAREQUAL: op = OP_POW; break;
  case T_DOUBLESLASHEQUAL: op = OP_FLOORDIV; break;
  default: return -1;
  }
  p->mark++;
  return op;
}

int px_augassign(Parser *p) { return r_augassign(p); }

/* annotated_rhs: yield_expr | star_expressions */
Node *r_annotated_rhs(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a = r_yield_expr(p);
  if (a) LEAVE(p, a);
  NEXT_ALT;
  a = r_star_expressions(p);
  if (a) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ['=' annotated_rhs] */
static Node *opt_eq_rhs(Parser *p) {
  int m = p->mark;
  Node *d;
  if (px_expect(p, T_EQUAL) && (d = r_annotated_rhs(p))) return d;
  p->mark = m;
  return NULL;
}

static Node *ann_assign(Parser *p, Token *s, Node *target, Node *ann, Node *value, int simple) {
  Node *n = px_node(p, N_AnnAssign, s);
  if (n) {
    n->u.AnnAssign.target = target;
    n->u.AnnAssign.annotation = ann;
    n->u.AnnAssign.value = value;
    n->u.AnnAssign.simple = simple;
  }
  return n;
}

Node *r_assignment(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  Node *a, *b, *c;
  /* NAME ':' expression ['=' annotated_rhs] */
  if ((a = px_name(p)) && px_expect(p, T_COLON) && (b = r_expression(p))) {
    c = opt_eq_rhs(p);
    if (p->error) LEAVE(p, NULL);
    Node *t = px_set_ctx(p, a, CTX_STORE);
    LEAVE(p, t ? ann_assign(p, s, t, b, c, 1) : NULL);
  }
  NEXT_ALT;
  /* ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs] */
  a = NULL;
  if (px_expect(p, T_LPAR) && (a = r_single_target(p)) && px_expect(p, T_RPAR)) {
  } else {
    a = NULL;
    if (p->error) LEAVE(p, NULL);
    p->mark = mark;
    a = r_single_subscript_attribute_target(p);
  }
  if (a && px_expect(p, T_COLON) && (b = r_expression(p))) {
    c = opt_eq_rhs(p);
    if (p->error) LEAVE(p, NULL);
    LEAVE(p, ann_assign(p, s, a, b, c, 0));
  }
  NEXT_ALT;
  /* (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT] */
  {
    Vec *targets = vec_new(p);
    if (!targets) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      Node *z = r_star_targets(p);
      if (!z || !px_expect(p, T_EQUAL)) {
        p->mark = m;
        break;
      }
      if (vec_push(p, targets, z) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    if (targets->n && (b = r_annotated_rhs(p)) && !px_next_is(p, T_EQUAL) && !p->error) {
      Node *n = px_node(p, N_Assign, s);
      if (n) {
        n->u.Assign.targets = px_list(p, targets);
        n->u.Assign.value = b;
      }
      LEAVE(p, p->error ? NULL : n);
    }
  }
  NEXT_ALT;
  /* single_target augassign ~ (yield_expr | star_expressions) */
  {
    int op;
    if ((a = r_single_target(p)) && (op = r_augassign(p)) >= 0) {
      if ((b = r_annotated_rhs(p))) {
        Node *n = px_node(p, N_AugAssign, s);
        if (n) n->u.AugAssign.target = a, n->u.AugAssign.op = op, n->u.AugAssign.value = b;
        LEAVE(p, n);
      }
      p->mark = mark;
      LEAVE(p, NULL);   /* the cut */
    }
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_assignment(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ---- imports ------------------------------------------------------------------------ */

/* dotted_name: dotted_name '.' NAME | NAME  (a Name whose id has the dots) */
Node *r_dotted_name(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_dotted_name, Node *);
  int mark = p->mark;
  Token *t = px_expect(p, T_NAME);
  Node *res = NULL;
  if (t) {
    StrBuf b = SB_INIT;
    sb_add(&b, t->start, (size_t)(t->end - t->start));
    Token *last = t;
    for (;;) {
      int m = p->mark;
      Token *n;
      if (!px_expect(p, T_DOT) || !(n = px_expect(p, T_NAME))) {
        p->mark = m;
        break;
      }
      sb_addc(&b, '.');
      sb_add(&b, n->start, (size_t)(n->end - n->start));
      last = n;
    }
    if (p->error) {
      sb_free(&b);
      LEAVE(p, NULL);
    }
    res = px_node_at(p, N_Name, t->lineno, t->col, last->end_lineno, last->end_col);
    if (res) {
      res->u.Name.id = px_keep(p, str_from_buf(p->rt, &b));
      res->u.Name.ctx = CTX_LOAD;
    } else {
      sb_free(&b);
    }
    if (p->error) LEAVE(p, NULL);
  } else {
    p->mark = mark;
    if (p->error) LEAVE(p, NULL);
  }
  px_memo(p, mark, M_dotted_name, res);
  LEAVE(p, res);
}

static Node *mk_alias(Parser *p, Token *s, Obj *name, Obj *asname) {
  Node *n = px_node(p, N_alias, s);
  if (n) n->u.alias.name = name, n->u.alias.asname = asname;
  return n;
}

/* ['as' NAME] */
static Obj *opt_as_name(Parser *p) {
  int m = p->mark;
  Token *z;
  if (px_expect_kw(p, KW_as) && (z = px_expect(p, T_NAME))) return px_id(p, z);
  p->mark = m;
  return NULL;
}

/* dotted_as_name: [invalid_dotted_as_name] dotted_name ['as' NAME] */
static Node *r_dotted_as_name(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  if (p->call_invalid && HAS(p, F_IMPORT_TARGET)) {
    r_invalid_dotted_as_name(p);
    NEXT_ALT;
  }
  Node *a = r_dotted_name(p);
  if (a) {
    Obj *b = opt_as_name(p);
    if (p->error) LEAVE(p, NULL);
    LEAVE(p, mk_alias(p, s, a->u.Name.id, b));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* import_from_as_name: [invalid_import_from_as_name] NAME ['as' NAME] */
static Node *r_import_from_as_name(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  if (p->call_invalid && HAS(p, F_IMPORT_TARGET)) {
    r_invalid_import_from_as_name(p);
    NEXT_ALT;
  }
  Token *a = px_expect(p, T_NAME);
  if (a) {
    Obj *b = opt_as_name(p);
    if (p->error) LEAVE(p, NULL);
    LEAVE(p, mk_alias(p, s, px_id(p, a), b));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ','.X+ for alias rules */
static Vec *gather(Parser *p, Node *(*elem)(Parser *)) {
  Node *x = elem(p);
  if (!x) return NULL;
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, x) < 0) return NULL;
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA) || !(x = elem(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, x) < 0) return NULL;
  }
  return p->error ? NULL : v;
}

Vec *px_import_from_as_names(Parser *p) { return gather(p, r_import_from_as_name); }

/* import_from_targets:
 *   | '(' import_from_as_names [','] ')'
 *   | import_from_as_names !','
 *   | '*'
 *   | invalid_import_from_targets */
static Vec *r_import_from_targets(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  Vec *a;
  if (px_expect(p, T_LPAR) && (a = px_import_from_as_names(p))) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA)) p->mark = m;
    if (!p->error && px_expect(p, T_RPAR)) LEAVE(p, a);
  }
  NEXT_ALT;
  if ((a = px_import_from_as_names(p)) && !px_next_is(p, T_COMMA) && !p->error) LEAVE(p, a);
  NEXT_ALT;
  Token *t;
  if ((t = px_expect(p, T_STAR))) {
    Node *al = px_node(p, N_alias, t);
    Vec *v = vec_new(p);
    if (!al || !v) LEAVE(p, NULL);
    al->u.alias.name = px_keep(p, incref(str_static("*")));
    if (vec_push(p, v, al) < 0) LEAVE(p, NULL);
    LEAVE(p, v);
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_import_from_targets(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* import_name: 'import' dotted_as_names */
static Node *r_import_name(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_expect_kw(p, KW_import);
  Vec *a;
  if (t && (a = gather(p, r_dotted_as_name))) {
    Node *n = px_node(p, N_Import, t);
    if (n) n->u.Import.names = px_list(p, a);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ('.' | '...')* counted */
static int dots(Parser *p) {
  int n = 0;
  for (;;) {
    if (px_expect(p, T_DOT)) n += 1;
    else if (px_expect(p, T_ELLIPSIS)) n += 3;
    else break;
  }
  return n;
}

/* import_from:
 *   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *   | 'from' ('.' | '...')+ 'import' import_from_targets */
static Node *r_import_from(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_expect_kw(p, KW_from);
  if (t) {
    int level = dots(p);
    Node *b;
    Vec *c;
    if (!p->error && (b = r_dotted_name(p)) && px_expect_kw(p, KW_import) && (c = r_import_from_targets(p))) {
      Node *n = px_node(p, N_ImportFrom, t);
      if (n) {
        n->u.ImportFrom.module = b->u.Name.id;
        n->u.ImportFrom.names = px_list(p, c);
        n->u.ImportFrom.level = level;
      }
      LEAVE(p, p->error ? NULL : n);
    }
  }
  NEXT_ALT;
  if ((t = px_expect_kw(p, KW_from))) {
    int level = dots(p);
    Vec *c;
    if (level > 0 && px_expect_kw(p, KW_import) && (c = r_import_from_targets(p))) {
      Node *n = px_node(p, N_ImportFrom, t);
      if (n) {
        n->u.ImportFrom.names = px_list(p, c);
        n->u.ImportFrom.level = level;
      }
      LEAVE(p, p->error ? NULL : n);
    }
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* import_stmt: [invalid_import] import_name | import_from */
Node *r_import_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *res;
  if (p->call_invalid && HAS(p, F_INVALID_IMPORT)) {
    r_invalid_import(p);
    NEXT_ALT;
  }
  if ((res = r_import_name(p))) LEAVE(p, res);
  NEXT_ALT;
  if ((res = r_import_from(p))) LEAVE(p, res);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ---- blocks ----------------------------------------------------------------------------- */

/* block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
Vec *r_block(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_block, Vec *);
  int mark = p->mark;
  Vec *res = NULL;
  if (px_expect(p, T_NEWLINE) && px_expect(p, T_INDENT) && (res = r_statements(p)) && px_expect(p, T_DEDENT))
    goto done;
  res = NULL;
  NEXT_ALT;
  if ((res = r_simple_stmts(p))) goto done;
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_block(p);
    NEXT_ALT;
  }
done:
  px_memo(p, mark, M_block, res);
  LEAVE(p, res);
}

/* decorators: ('@' named_expression NEWLINE)+ */
Vec *r_decorators(Parser *p) {
  ENTER(p);
  Vec *v = vec_new(p);
  if (!v) LEAVE(p, NULL);
  for (;;) {
    int m = p->mark;
    Node *f;
    if (!(px_expect(p, T_AT) && (f = r_named_expression(p)) && px_expect(p, T_NEWLINE))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, f) < 0) LEAVE(p, NULL);
  }
  if (p->error || !v->n) LEAVE(p, NULL);
  LEAVE(p, v);
}
