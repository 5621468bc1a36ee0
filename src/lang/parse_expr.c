/* parse_expr.c: EXPRESSIONS of Grammar/python.gram, from `expressions`
 * down to `primary` and `slices`. The left-recursive rules (bitwise_or ..
 * term, primary) are loops; they consume and look at exactly the tokens
 * pegen's seed growing does. */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/ops.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

static Node *tuple_of(Parser *p, Token *s, Vec *v, ExprContext ctx) {
  Node *n = px_node(p, N_Tuple, s);
  if (n) n->u.List.elts = px_list(p, v), n->u.List.ctx = ctx;
  return p->error ? NULL : n;
}

/* X (',' X)+ [','] -> Tuple | X ',' -> Tuple | X, for expressions and
 * star_expressions. */
static Node *comma_list(Parser *p, Node *(*elem)(Parser *)) {
  Token *s = px_peek(p);
  if (!s) return NULL;
  Node *single;
  Vec *v = px_comma_seq(p, elem, &single);
  return v ? tuple_of(p, s, v, CTX_LOAD) : single;
}

Node *r_expressions(Parser *p) {
  ENTER(p);
  LEAVE(p, comma_list(p, r_expression));
}

Node *r_star_expressions(Parser *p) {
  ENTER(p);
  LEAVE(p, comma_list(p, r_star_expression));
}

/* disjunction 'if' disjunction 'else' expression */
Node *r_if_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a, *b, *c;
  if (s && (a = r_disjunction(p)) && px_expect_kw(p, KW_if) && (b = r_disjunction(p)) && px_expect_kw(p, KW_else) &&
      (c = r_expression(p))) {
    Node *n = px_node(p, N_IfExp, s);
    if (n) n->u.IfExp.test = b, n->u.IfExp.body = a, n->u.IfExp.orelse = c;
    LEAVE(p, n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* expression (memo):
 *   | invalid_if_expression (3.14) | invalid_expression | invalid_legacy_expression
 *   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
Node *r_expression(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_expression, Node *);
  int mark = p->mark;
  Node *res = NULL;
  if (p->call_invalid) {
    if (HAS(p, F_IF_EXPR_STAR)) {
      r_invalid_if_expression(p);
      NEXT_ALT;
    }
    r_invalid_expression(p);
    NEXT_ALT;
    r_invalid_legacy_expression(p);
    NEXT_ALT;
  }
  {
    Token *s = px_peek(p);
    Node *a, *b, *c;
    if (s && (a = r_disjunction(p)) && px_expect_kw(p, KW_if) && (b = r_disjunction(p)) && px_expect_kw(p, KW_else) &&
        (c = r_expression(p))) {
      res = px_node(p, N_IfExp, s);
      if (res) res->u.IfExp.test = b, res->u.IfExp.body = a, res->u.IfExp.orelse = c;
      goto done;
    }
    NEXT_ALT;
  }
  if ((res = r_disjunction(p))) goto done;
  NEXT_ALT;
  if ((res = r_lambdef(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_expression, res);
  LEAVE(p, res);
}

/* expression_without_invalid: the same, with invalid rules off underneath. */
Node *r_expression_without_invalid(Parser *p) {
  ENTER(p);
  int saved = p->call_invalid;
  p->call_invalid = 0;
  int mark = p->mark;
  Node *res;
  if ((res = r_if_expression(p))) goto done;
  p->mark = mark;
  if (p->error) goto done;
  if ((res = r_disjunction(p))) goto done;
  p->mark = mark;
  if (p->error) goto done;
  if ((res = r_lambdef(p))) goto done;
  p->mark = mark;
done:
  p->call_invalid = saved;
  LEAVE(p, p->error ? NULL : res);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
Node *r_yield_expr(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s;
  Node *a;
  if ((s = px_expect_kw(p, KW_yield)) && px_expect_kw(p, KW_from) && (a = r_expression(p))) {
    Node *n = px_node(p, N_YieldFrom, s);
    if (n) n->u.Yield.value = a;
    LEAVE(p, n);
  }
  NEXT_ALT;
  if ((s = px_expect_kw(p, KW_yield))) {
    int m = p->mark;
    a = r_star_expressions(p);
    if (!a) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    Node *n = px_node(p, N_Yield, s);
    if (n) n->u.Yield.value = a;
    LEAVE(p, n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Node *starred(Parser *p, Token *s, Node *a) {
  Node *n = px_node(p, N_Starred, s);
  if (n) n->u.Starred.value = a, n->u.Starred.ctx = CTX_LOAD;
  return n;
}

/* star_expression (memo): '*' bitwise_or | expression */
Node *r_star_expression(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_star_expression, Node *);
  int mark = p->mark;
  Node *res = NULL, *a;
  Token *s;
  if ((s = px_expect(p, T_STAR)) && (a = r_bitwise_or(p))) {
    res = starred(p, s, a);
    goto done;
  }
  NEXT_ALT;
  if ((res = r_expression(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_star_expression, res);
  LEAVE(p, res);
}

/* star_named_expressions: ','.star_named_expression+ [','] */
Vec *r_star_named_expressions(Parser *p) {
  ENTER(p);
  Node *x = r_star_named_expression(p);
  if (!x) LEAVE(p, NULL);
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, x) < 0) LEAVE(p, NULL);
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA) || !(x = r_star_named_expression(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, x) < 0) LEAVE(p, NULL);
  }
  if (p->error) LEAVE(p, NULL);
  int m = p->mark;
  if (!px_expect(p, T_COMMA)) p->mark = m;
  LEAVE(p, p->error ? NULL : v);
}

/* star_named_expression: '*' bitwise_or | named_expression */
Node *r_star_named_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  Token *s;
  if ((s = px_expect(p, T_STAR)) && (a = r_bitwise_or(p))) LEAVE(p, starred(p, s, a));
  NEXT_ALT;
  if ((a = r_named_expression(p))) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* assignment_expression: NAME ':=' ~ expression */
Node *r_assignment_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a, *b;
  if (s && (a = px_name(p)) && px_expect(p, T_COLONEQUAL)) {
    if ((b = r_expression(p))) {
      Node *t = px_set_ctx(p, a, CTX_STORE);
      Node *n = t ? px_node(p, N_NamedExpr, s) : NULL;
      if (n) n->u.NamedExpr.target = t, n->u.NamedExpr.value = b;
      LEAVE(p, n);
    }
    LEAVE(p, NULL);   /* the cut */
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* named_expression: assignment_expression | invalid_named_expression | expression !':=' */
Node *r_named_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if ((a = r_assignment_expression(p))) LEAVE(p, a);
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_named_expression(p);
    NEXT_ALT;
  }
  if ((a = r_expression(p)) && !px_next_is(p, T_COLONEQUAL) && !p->error) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* disjunction / conjunction (memo): X ('or'|'and' X)+ | X */
static Node *boolop(Parser *p, int memo, int kw, BoolOpKind op, Node *(*sub)(Parser *)) {
  ENTER(p);
  MEMO_CHECK(p, memo, Node *);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *res = NULL, *a;
  if (s && (a = sub(p))) {
    Vec *v = vec_new(p);
    if (!v || vec_push(p, v, a) < 0) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      Node *c;
      if (!px_expect_kw(p, kw) || !(c = sub(p))) {
        p->mark = m;
        break;
      }
      if (vec_push(p, v, c) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    if (v->n > 1) {
      res = px_node(p, N_BoolOp, s);
      if (!res) LEAVE(p, NULL);
      res->u.BoolOp.op = op;
      res->u.BoolOp.values = px_list(p, v);
    } else {
      res = a;
    }
  } else {
    NEXT_ALT;
  }
  px_memo(p, mark, memo, res);
  LEAVE(p, res);
}

Node *r_disjunction(Parser *p) { return boolop(p, M_disjunction, KW_or, BOOL_OR, r_conjunction); }
Node *r_conjunction(Parser *p) { return boolop(p, M_conjunction, KW_and, BOOL_AND, r_inversion); }

/* inversion (memo): 'not' inversion | comparison */
Node *r_inversion(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_inversion, Node *);
  int mark = p->mark;
  Node *res = NULL, *a;
  Token *s;
  if ((s = px_expect_kw(p, KW_not)) && (a = r_inversion(p))) {
    res = px_node(p, N_UnaryOp, s);
    if (res) res->u.UnaryOp.op = UOP_NOT, res->u.UnaryOp.operand = a;
    goto done;
  }
  NEXT_ALT;
  if ((res = r_comparison(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_inversion, res);
  LEAVE(p, res);
}

/* compare_op_bitwise_or_pair, alternatives in the grammar's order. */
static CmpPair *r_compare_pair(Parser *p) {
  static const struct { int tok, kw, kw2; CmpOpKind op; } alts[] = {
    {T_EQEQUAL, 0, 0, CMPOP_EQ}, {T_NOTEQUAL, 0, 0, CMPOP_NOTEQ}, {T_LESSEQUAL, 0, 0, CMPOP_LTE},
    {T_LESS, 0, 0, CMPOP_LT}, {T_GREATEREQUAL, 0, 0, CMPOP_GTE}, {T_GREATER, 0, 0, CMPOP_GT},
    {T_KEYWORD, KW_not, KW_in, CMPOP_NOTIN}, {T_KEYWORD, KW_in, -1, CMPOP_IN},
    {T_KEYWORD, KW_is, KW_not, CMPOP_ISNOT}, {T_KEYWORD, KW_is, -1, CMPOP_IS}};
  ENTER(p);
  int mark = p->mark;
  for (size_t i = 0; i < sizeof alts / sizeof alts[0]; i++) {
    Token *t;
    int ok;
    if (alts[i].tok == T_KEYWORD) {
      ok = px_expect_kw(p, alts[i].kw) != NULL;
      if (ok && alts[i].kw2 >= 0) ok = px_expect_kw(p, alts[i].kw2) != NULL;
    } else {
      ok = (t = px_expect(p, alts[i].tok)) != NULL;
      if (ok && alts[i].op == CMPOP_NOTEQ && px_str_eq(t, "<>")) ok = 0;  /* Barry as FLUFL */
    }
    Node *a;
    if (ok && (a = r_bitwise_or(p))) {
      CmpPair *c = arena_alloc(p->scratch, sizeof *c);
      if (!c) LEAVE(p, (err_nomem(p->rt), p->error = 1, NULL));
      c->op = alts[i].op;
      c->expr = a;
      LEAVE(p, c);
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
Node *r_comparison(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a;
  if (s && (a = r_bitwise_or(p))) {
    Vec *v = vec_new(p);
    if (!v) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      CmpPair *c = r_compare_pair(p);
      if (!c) {
        p->mark = m;
        break;
      }
      if (vec_push(p, v, c) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    if (!v->n) LEAVE(p, a);
    Node *n = px_node(p, N_Compare, s);
    if (!n) LEAVE(p, NULL);
    n->u.Compare.left = a;
    n->u.Compare.n = v->n;
    n->u.Compare.ops = arena_alloc(p->arena, v->n * sizeof(CmpOpKind));
    n->u.Compare.comparators = arena_alloc(p->arena, v->n * sizeof(Node *));
    if (!n->u.Compare.ops || !n->u.Compare.comparators) LEAVE(p, (err_nomem(p->rt), p->error = 1, NULL));
    for (size_t i = 0; i < v->n; i++) {
      CmpPair *c = v->items[i];
      n->u.Compare.ops[i] = c->op;
      n->u.Compare.comparators[i] = c->expr;
    }
    LEAVE(p, n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* A left-recursive binary rule: X (op Y)* with ops given as token -> op. */
typedef struct { int tok; int op; } OpMap;

static Node *binary(Parser *p, int memo, const OpMap *ops, size_t nops, Node *(*sub)(Parser *),
                    Node *(*invalid)(Parser *)) {
  ENTER(p);
  MEMO_CHECK(p, memo, Node *);
  p->level++;   /* pegen runs a left-recursive rule as two functions (rule and _raw) */
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *res = NULL, *a = NULL;
  if (!s) goto fail;
  if (invalid && p->call_invalid) {
    invalid(p);
    p->mark = mark;
    if (p->error) goto fail;
  }
  if (!(a = sub(p))) {
    p->mark = mark;
    if (p->error) goto fail;
    goto done;
  }
  for (;;) {
    int m = p->mark;
    Token *t = px_peek(p);
    if (!t) goto fail;
    size_t i;
    for (i = 0; i < nops; i++)
      if (t->type == ops[i].tok) break;
    Node *b;
    if (i == nops) break;
    p->mark++;
    if (!(b = sub(p))) {
      p->mark = m;
      if (p->error) goto fail;
      break;
    }
    Node *n = px_node(p, N_BinOp, s);
    if (!n) goto fail;
    n->u.BinOp.left = a;
    n->u.BinOp.op = ops[i].op;
    n->u.BinOp.right = b;
    a = n;
  }
  res = a;
done:
  p->level--;
  px_memo(p, mark, memo, res);
  LEAVE(p, res);
fail:
  p->level--;
  LEAVE(p, NULL);
}

static Node *r_term(Parser *p);
static Node *r_bitwise_and(Parser *p);
static Node *r_shift_expr(Parser *p);
static Node *r_bitwise_xor(Parser *p);

static const OpMap or_ops[] = {{T_VBAR, OP_OR}}, xor_ops[] = {{T_CIRCUMFLEX, OP_XOR}},
                   and_ops[] = {{T_AMPER, OP_AND}}, shift_ops[] = {{T_LEFTSHIFT, OP_LSHIFT}, {T_RIGHTSHIFT, OP_RSHIFT}},
                   sum_ops[] = {{T_PLUS, OP_ADD}, {T_MINUS, OP_SUB}},
                   term_ops[] = {{T_STAR, OP_MUL}, {T_SLASH, OP_TRUEDIV}, {T_DOUBLESLASH, OP_FLOORDIV},
                                 {T_PERCENT, OP_MOD}, {T_AT, OP_MATMUL}};

Node *r_bitwise_or(Parser *p) { return binary(p, M_bitwise_or, or_ops, 1, r_bitwise_xor, NULL); }
static Node *r_bitwise_xor(Parser *p) { return binary(p, M_bitwise_xor, xor_ops, 1, r_bitwise_and, NULL); }
static Node *r_bitwise_and(Parser *p) { return binary(p, M_bitwise_and, and_ops, 1, r_shift_expr, NULL); }
static Node *r_shift_expr(Parser *p) {
  return binary(p, M_shift_expr, shift_ops, 2, r_sum, HAS(p, F_NOT_AFTER_OP) ? r_invalid_arithmetic : NULL);
}
Node *r_sum(Parser *p) { return binary(p, M_sum, sum_ops, 2, r_term, NULL); }
static Node *r_term(Parser *p) {
  return binary(p, M_term, term_ops, 5, r_factor, HAS(p, F_NOT_AFTER_OP) ? r_invalid_factor : NULL);
}

static Node *r_await_primary(Parser *p);

/* power: await_primary '**' factor | await_primary */
static Node *r_power(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a, *b;
  if (s && (a = r_await_primary(p)) && px_expect(p, T_DOUBLESTAR) && (b = r_factor(p))) {
    Node *n = px_node(p, N_BinOp, s);
    if (n) n->u.BinOp.left = a, n->u.BinOp.op = OP_POW, n->u.BinOp.right = b;
    LEAVE(p, n);
  }
  NEXT_ALT;
  if ((a = r_await_primary(p))) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* factor (memo): '+' factor | '-' factor | '~' factor | power */
Node *r_factor(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_factor, Node *);
  int mark = p->mark;
  Node *res = NULL, *a;
  static const struct { int tok; UnaryOpKind op; } un[] = {{T_PLUS, UOP_UADD}, {T_MINUS, UOP_USUB}, {T_TILDE, UOP_INVERT}};
  for (int i = 0; i < 3; i++) {
    Token *s;
    if ((s = px_expect(p, un[i].tok)) && (a = r_factor(p))) {
      res = px_node(p, N_UnaryOp, s);
      if (res) res->u.UnaryOp.op = un[i].op, res->u.UnaryOp.operand = a;
      goto done;
    }
    NEXT_ALT;
  }
  if ((res = r_power(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_factor, res);
  LEAVE(p, res);
}

/* await_primary (memo): 'await' primary | primary */
static Node *r_await_primary(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_await_primary, Node *);
  int mark = p->mark;
  Node *res = NULL;
  Token *s;
  if ((s = px_expect_kw(p, KW_await)) && r_primary(p)) {
    res = px_unsupported(p, s, "'await' expressions", "await expression");
    goto done;
  }
  NEXT_ALT;
  if ((res = r_primary(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_await_primary, res);
  LEAVE(p, res);
}

static Node *call(Parser *p, Token *s, Node *f, NodeList args, NodeList kws) {
  Node *n = px_node(p, N_Call, s);
  if (n) n->u.Call.func = f, n->u.Call.args = args, n->u.Call.keywords = kws;
  return n;
}

/* One trailer of primary/t_primary: '.' NAME | genexp | '(' [arguments] ')' |
 * '[' slices ']'. NULL when none applies (mark restored). */
Node *px_trailer(Parser *p, Token *s, Node *a, ExprContext ctx) {
  int mark = p->mark;
  Token *t;
  Node *b;
  if (px_expect(p, T_DOT) && (t = px_expect(p, T_NAME))) {
    Node *n = px_node(p, N_Attribute, s);
    if (n) n->u.Attribute.value = a, n->u.Attribute.attr = px_id(p, t), n->u.Attribute.ctx = ctx;
    return n;
  }
  p->mark = mark;
  if (p->error) return NULL;
  if ((b = r_genexp(p))) return call(p, s, a, px_list1(p, b), (NodeList){0, NULL});
  p->mark = mark;
  if (p->error) return NULL;
  if (px_expect(p, T_LPAR)) {
    int m = p->mark;
    b = r_arguments(p);
    if (!b) {
      if (p->error) return NULL;
      p->mark = m;
    }
    if (px_expect(p, T_RPAR)) {
      NodeList none = {0, NULL};
      return call(p, s, a, b ? b->u.Call.args : none, b ? b->u.Call.keywords : none);
    }
  }
  p->mark = mark;
  if (p->error) return NULL;
  if (px_expect(p, T_LSQB) && (b = r_slices(p)) && px_expect(p, T_RSQB)) {
    Node *n = px_node(p, N_Subscript, s);
    if (n) n->u.Subscript.value = a, n->u.Subscript.slice = b, n->u.Subscript.ctx = ctx;
    return n;
  }
  p->mark = mark;
  return NULL;
}

/* primary: primary ('.' NAME | genexp | '(' [arguments] ')' | '[' slices ']') | atom */
Node *r_primary(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_primary, Node *);
  int mark = p->mark;
  Token *s = px_peek(p);
  p->level++;   /* left recursion: rule + _raw */
  Node *a = s ? r_atom(p) : NULL;
  if (a) {
    for (;;) {
      Node *n = px_trailer(p, s, a, CTX_LOAD);
      if (!n) break;
      a = n;
    }
  }
  p->level--;
  if (p->error) LEAVE(p, NULL);
  if (!a) p->mark = mark;
  px_memo(p, mark, M_primary, a);
  LEAVE(p, a);
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Node *r_slice(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  Node *a = r_expression(p);
  if (!a) {
    if (p->error) LEAVE(p, NULL);
    p->mark = mark;
  }
  if (px_expect(p, T_COLON)) {
    int m = p->mark;
    Node *b = r_expression(p), *c = NULL;
    if (!b) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    m = p->mark;
    if (px_expect(p, T_COLON)) {
      int m2 = p->mark;
      c = r_expression(p);
      if (!c) {
        if (p->error) LEAVE(p, NULL);
        p->mark = m2;
      }
    } else {
      p->mark = m;
    }
    Node *n = px_node(p, N_Slice, s);
    if (n) n->u.Slice.lower = a, n->u.Slice.upper = b, n->u.Slice.step = c;
    LEAVE(p, n);
  }
  NEXT_ALT;
  if ((a = r_named_expression(p))) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Node *slice_or_starred(Parser *p) {
  int m = p->mark;
  Node *a = r_slice(p);
  if (a || p->error) return a;
  p->mark = m;
  return r_starred_expression(p);
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
Node *r_slices(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a;
  if (s && (a = r_slice(p)) && !px_next_is(p, T_COMMA) && !p->error) LEAVE(p, a);
  NEXT_ALT;
  if ((a = slice_or_starred(p))) {
    Vec *v = vec_new(p);
    if (!v || vec_push(p, v, a) < 0) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      if (!px_expect(p, T_COMMA) || !(a = slice_or_starred(p))) {
        p->mark = m;
        break;
      }
      if (vec_push(p, v, a) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    int m = p->mark;
    if (!px_expect(p, T_COMMA)) p->mark = m;
    LEAVE(p, tuple_of(p, s, v, CTX_LOAD));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}
