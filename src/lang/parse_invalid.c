/* parse_invalid.c: the invalid_* rules of Grammar/python.gram for
 * expressions, assignments, comprehensions, calls and parameters. They run
 * in the second pass only; each either raises its SyntaxError or fails. */
#include <string.h>

#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

static Loc tloc(Token *t) { return loc_tok(t); }
static Loc nloc(Node *n) { return loc_node(n); }

/* _PyPegen_check_legacy_stmt */
static int legacy_stmt(Node *a) {
  return a->kind == N_Name && (str_eq_c(a->u.Name.id, "print") || str_eq_c(a->u.Name.id, "exec"));
}

/* The SOFT_KEYWORD token (_PyPegen_soft_keyword_token). Before 3.14 it
 * compared with strncmp(keyword, name, len(name)): a NAME that is a prefix
 * of a soft keyword ('c', 'ma', 'ty') counts as one. */
static int is_soft_keyword(Parser *p, Token *t) {
  static const char *const soft[] = {"_", "case", "match", "type"};
  if (t->type != T_NAME || !t->start) return 0;
  size_t n = (size_t)(t->end - t->start);
  for (size_t i = 0; i < sizeof soft / sizeof *soft; i++) {
    if (i == 3 && p->v < PY312) break;
    size_t k = strlen(soft[i]);
    if (HAS(p, F_SOFT_KW_EXACT) ? n == k && !memcmp(t->start, soft[i], k) : n <= k && !memcmp(t->start, soft[i], n))
      return 1;
  }
  return 0;
}

/* invalid_expression */
Node *r_invalid_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a, *b;
  Token *t;
  /* 3.14: STRING (!STRING expression_without_invalid)+ STRING */
  if (HAS(p, F_STRING_PART) && px_expect(p, T_STRING)) {
    Node *first = NULL, *last = NULL;
    for (;;) {
      int m = p->mark;
      if (px_next_is(p, T_STRING) || p->error || !(b = r_expression_without_invalid(p))) {
        p->mark = m;
        break;
      }
      if (!first) first = b;
      last = b;
    }
    if (first && !p->error && px_expect(p, T_STRING))
      LEAVE(p, px_raise_range(p, nloc(first), nloc(last), "invalid syntax. Is this intended to be part of the string?"));
    NEXT_ALT;
  }
  /* !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid */
  {
    Token *t0 = px_peek(p);
    int blocked = 0;
    if (!t0) LEAVE(p, NULL);
    if (t0->type == T_NAME) {
      p->mark++;
      blocked = px_next_is(p, T_STRING);
      p->mark = mark;
      if (!blocked) blocked = is_soft_keyword(p, t0);
    }
    if (p->error) LEAVE(p, NULL);
    if (!blocked && (a = r_disjunction(p)) && (b = r_expression_without_invalid(p))) {
      /* the action yields NULL: the rule ends there, without trying more */
      if (legacy_stmt(a) || p->toks[p->mark - 1]->level == 0) LEAVE(p, NULL);
      LEAVE(p, px_raise_range(p, nloc(a), nloc(b), "invalid syntax. Perhaps you forgot a comma?"));
    }
    NEXT_ALT;
  }
  /* disjunction 'if' disjunction !('else'|':') */
  if ((a = r_disjunction(p)) && px_expect_kw(p, KW_if) && (b = r_disjunction(p)) && !px_next_is_kw(p, KW_else) &&
      !px_next_is(p, T_COLON) && !p->error)
    LEAVE(p, px_raise_range(p, nloc(a), nloc(b), "expected 'else' after 'if' expression"));
  NEXT_ALT;
  if (HAS(p, F_ELSE_STATEMENT)) {
    /* disjunction 'if' disjunction 'else' !expression */
    if ((a = r_disjunction(p)) && px_expect_kw(p, KW_if) && (b = r_disjunction(p)) && px_expect_kw(p, KW_else)) {
      int m = p->mark;
      Node *e = r_expression(p);
      p->mark = m;
      if (!e && !p->error) LEAVE(p, px_raise_next(p, "expected expression after 'else', but statement is given"));
    }
    NEXT_ALT;
  }
  if (HAS(p, F_STMT_BEFORE_IF)) {
    /* (pass_stmt|break_stmt|continue_stmt) 'if' disjunction 'else' simple_stmt */
    t = px_peek(p);
    if (t && t->type == T_KEYWORD && (t->kw == KW_pass || t->kw == KW_break || t->kw == KW_continue)) {
      p->mark++;
      if (px_expect_kw(p, KW_if) && (b = r_disjunction(p)) && px_expect_kw(p, KW_else) && r_simple_stmt(p))
        LEAVE(p, px_raise_loc(p, tloc(t), "expected expression before 'if', but statement is given"));
    }
    NEXT_ALT;
  }
  if (HAS(p, F_LAMBDA_IN_FSTRING) && (t = px_expect_kw(p, KW_lambda))) {
    int m = p->mark;
    if (!r_lambda_params(p)) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    Token *c = px_expect(p, T_COLON);
    if (c && (px_next_is(p, T_FSTRING_MIDDLE) || (p->v == PY312 && px_next_is(p, T_LBRACE))))
      LEAVE(p, px_raise_range(p, tloc(t), tloc(c), "f-string: lambda expressions are not allowed without parentheses"));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* invalid_legacy_expression: NAME !'(' star_expressions */
Node *r_invalid_legacy_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a, *b;
  if ((a = px_name(p)) && !px_next_is(p, T_LPAR) && !p->error && (b = r_star_expressions(p))) {
    if (legacy_stmt(a)) {
      const char *id = str_c(a->u.Name.id);
      LEAVE(p, px_raise_range(p, nloc(a), nloc(b), "Missing parentheses in call to '%s'. Did you mean %s(...)?", id, id));
    }
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* !('='|':=') */
static int not_eq_or_walrus(Parser *p) {
  Token *t = px_peek(p);
  return t && t->type != T_EQUAL && t->type != T_COLONEQUAL;
}

/* invalid_named_expression (memo) */
Node *r_invalid_named_expression(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_invalid_named_expression, Node *);
  int mark = p->mark;
  Node *a, *b;
  Token *t;
  if ((a = r_expression(p)) && px_expect(p, T_COLONEQUAL) && r_expression(p))
    LEAVE(p, px_raise_loc(p, nloc(a), "cannot use assignment expressions with %s", px_expr_name(a)));
  NEXT_ALT;
  if ((a = px_name(p)) && px_expect(p, T_EQUAL) && (b = r_bitwise_or(p)) && not_eq_or_walrus(p))
    LEAVE(p, px_raise_range(p, nloc(a), nloc(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
  NEXT_ALT;
  /* !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=') */
  {
    int blocked = 0;
    t = px_peek(p);
    if (!t) LEAVE(p, NULL);
    if (t->type == T_KEYWORD && (t->kw == KW_True || t->kw == KW_None || t->kw == KW_False)) blocked = 1;
    if (!blocked && (r_list(p) || (p->mark = mark, !p->error && r_tuple(p)) ||
                     (p->mark = mark, !p->error && r_genexp(p))))
      blocked = 1;
    p->mark = mark;
    if (p->error) LEAVE(p, NULL);
    if (!blocked && (a = r_bitwise_or(p)) && px_expect(p, T_EQUAL) && r_bitwise_or(p) && not_eq_or_walrus(p))
      LEAVE(p, px_raise_loc(p, nloc(a), "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                            px_expr_name(a)));
  }
  NEXT_ALT;
  px_memo(p, mark, M_invalid_named_expression, NULL);
  LEAVE(p, NULL);
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
static Node *r_invalid_ann_assign_target(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if ((a = r_list(p))) LEAVE(p, a);
  NEXT_ALT;
  if ((a = r_tuple(p))) LEAVE(p, a);
  NEXT_ALT;
  if (px_expect(p, T_LPAR) && (a = r_invalid_ann_assign_target(p)) && px_expect(p, T_RPAR)) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* (star_targets '=')* */
static void skip_star_targets_eq(Parser *p) {
  for (;;) {
    int m = p->mark;
    if (!r_star_targets(p) || !px_expect(p, T_EQUAL)) {
      p->mark = m;
      return;
    }
  }
}

int px_augassign(Parser *p);

/* invalid_assignment */
Node *r_invalid_assignment(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if ((a = r_invalid_ann_assign_target(p)) && px_expect(p, T_COLON) && r_expression(p))
    LEAVE(p, px_raise_loc(p, nloc(a), "only single target (not %s) can be annotated", px_expr_name(a)));
  NEXT_ALT;
  if ((a = r_star_named_expression(p)) && px_expect(p, T_COMMA)) {
    for (;;) {
      int m = p->mark;
      if (!r_star_named_expressions(p)) {
        p->mark = m;
        break;
      }
    }
    if (!p->error && px_expect(p, T_COLON) && r_expression(p))
      LEAVE(p, px_raise_loc(p, nloc(a), "only single target (not tuple) can be annotated"));
  }
  NEXT_ALT;
  if ((a = r_expression(p)) && px_expect(p, T_COLON) && r_expression(p))
    LEAVE(p, px_raise_loc(p, nloc(a), "illegal target for annotation"));
  NEXT_ALT;
  skip_star_targets_eq(p);
  if (!p->error && (a = r_star_expressions(p)) && px_expect(p, T_EQUAL))
    LEAVE(p, px_raise_invalid_target(p, TARGETS_STAR, a));
  NEXT_ALT;
  skip_star_targets_eq(p);
  if (!p->error && (a = r_yield_expr(p)) && px_expect(p, T_EQUAL))
    LEAVE(p, px_raise_loc(p, nloc(a), "assignment to yield expression not possible"));
  NEXT_ALT;
  if ((a = r_star_expressions(p)) && px_augassign(p) >= 0 && r_annotated_rhs(p))
    LEAVE(p, px_raise_loc(p, nloc(a), "'%s' is an illegal expression for augmented assignment", px_expr_name(a)));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_del_stmt: 'del' star_expressions */
Node *r_invalid_del_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if (px_expect_kw(p, KW_del) && (a = r_star_expressions(p))) LEAVE(p, px_raise_invalid_target(p, TARGETS_DEL, a));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_block: NEWLINE !INDENT */
Node *r_invalid_block(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (px_expect(p, T_NEWLINE) && !px_next_is(p, T_INDENT) && !p->error)
    LEAVE(p, px_raise(p, EXC(IndentationError), "expected an indented block"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Node *last_comprehension_item(Node *c) {
  NodeList ifs = c->u.comprehension.ifs;
  return ifs.n ? ifs.items[ifs.n - 1] : c->u.comprehension.iter;
}

/* invalid_comprehension */
Node *r_invalid_comprehension(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_peek(p);
  Node *a;
  Vec *b;
  if (!t) LEAVE(p, NULL);
  int open3 = t->type == T_LSQB || t->type == T_LPAR || t->type == T_LBRACE;
  int open2 = t->type == T_LSQB || t->type == T_LBRACE;
  if (open3) {
    p->mark++;
    if ((a = r_starred_expression(p)) && r_for_if_clauses(p))
      LEAVE(p, px_raise_loc(p, nloc(a), "iterable unpacking cannot be used in comprehension"));
    NEXT_ALT;
  }
  if (open2) {
    p->mark++;
    if ((a = r_star_named_expression(p)) && px_expect(p, T_COMMA) && (b = r_star_named_expressions(p)) &&
        r_for_if_clauses(p))
      LEAVE(p, px_raise_range(p, nloc(a), nloc(b->items[b->n - 1]),
                              "did you forget parentheses around the comprehension target?"));
    NEXT_ALT;
    p->mark++;
    Token *c;
    if ((a = r_star_named_expression(p)) && (c = px_expect(p, T_COMMA)) && r_for_if_clauses(p))
      LEAVE(p, px_raise_range(p, nloc(a), tloc(c), "did you forget parentheses around the comprehension target?"));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
Node *r_invalid_dict_comprehension(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  if (px_expect(p, T_LBRACE) && (a = px_expect(p, T_DOUBLESTAR)) && r_bitwise_or(p) && r_for_if_clauses(p) &&
      px_expect(p, T_RBRACE))
    LEAVE(p, px_raise_loc(p, tloc(a), "dict unpacking cannot be used in dict comprehension"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ---- calls ------------------------------------------------------------------------------- */

Vec *px_params_no_default(Parser *p, int lam, int min);
Vec *px_params_with_default(Parser *p, int lam, int min);
Vec *px_params_maybe_default(Parser *p, int lam, int min);

/* invalid_arguments */
Node *r_invalid_arguments(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a, *e;
  Vec *b;
  Token *t;
  /* ((','.positional+ ',' kwargs) | kwargs) ',' '*' */
  {
    Vec *kw = NULL;
    if (px_positional_args(p) && px_expect(p, T_COMMA)) kw = r_kwargs(p);
    if (!kw && !p->error) {
      p->mark = mark;
      kw = r_kwargs(p);
    }
    if (!HAS(p, F_KWUNPACK_FROM_COMMA)) {
      if (kw && px_expect(p, T_COMMA) && (t = px_expect(p, T_STAR)))
        LEAVE(p, px_raise_loc(p, tloc(t), "iterable argument unpacking follows keyword argument unpacking"));
    } else if (kw && (t = px_expect(p, T_COMMA))) {
      /* ','.(starred_expression !'=')+ */
      int n = 0;
      for (;;) {
        int m = p->mark;
        if ((n && !px_expect(p, T_COMMA)) || !r_starred_expression(p) || px_next_is(p, T_EQUAL)) {
          p->mark = m;
          break;
        }
        n++;
      }
      if (n && !p->error)
        LEAVE(p, px_raise_from(p, tloc(t), "iterable argument unpacking follows keyword argument unpacking"));
    }
    NEXT_ALT;
  }
  if ((a = r_expression(p)) && (b = r_for_if_clauses(p)) && px_expect(p, T_COMMA)) {
    int m = p->mark;
    if (!r_args(p)) {
      p->mark = m;
      if (!p->error && !((e = r_expression(p)) && r_for_if_clauses(p))) p->mark = m;
    }
    if (!p->error)
      LEAVE(p, px_raise_range(p, nloc(a), nloc(last_comprehension_item(b->items[b->n - 1])),
                              "Generator expression must be parenthesized"));
  }
  NEXT_ALT;
  if ((a = px_name(p)) && (t = px_expect(p, T_EQUAL)) && r_expression(p) && r_for_if_clauses(p))
    LEAVE(p, px_raise_range(p, nloc(a), tloc(t), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
  NEXT_ALT;
  if (HAS(p, F_ARG_VALUE_EXPECTED)) {
    /* (args ',')? NAME '=' &(',' | ')') */
    int m = p->mark;
    if (!(r_args(p) && px_expect(p, T_COMMA))) p->mark = m;
    if (!p->error && (a = px_name(p)) && (t = px_expect(p, T_EQUAL)) &&
        (px_next_is(p, T_COMMA) || px_next_is(p, T_RPAR)))
      LEAVE(p, px_raise_range(p, nloc(a), tloc(t), "expected argument value expression"));
    NEXT_ALT;
  }
  if ((a = r_args(p)) && (b = r_for_if_clauses(p))) {
    NodeList args = a->u.Call.args;
    if (args.n <= 1) LEAVE(p, NULL);   /* _PyPegen_nonparen_genexp_in_call yields NULL: the rule ends */
    LEAVE(p, px_raise_range(p, nloc(args.items[args.n - 1]), nloc(last_comprehension_item(b->items[b->n - 1])),
                            "Generator expression must be parenthesized"));
  }
  NEXT_ALT;
  if (r_args(p) && px_expect(p, T_COMMA) && (a = r_expression(p)) && (b = r_for_if_clauses(p)))
    LEAVE(p, px_raise_range(p, nloc(a), nloc(last_comprehension_item(b->items[b->n - 1])),
                            "Generator expression must be parenthesized"));
  NEXT_ALT;
  if ((a = r_args(p)) && px_expect(p, T_COMMA) && r_args(p)) {
    int unpack = 0;
    for (size_t i = 0; i < a->u.Call.keywords.n; i++)
      if (!a->u.Call.keywords.items[i]->u.keyword.arg) unpack = 1;
    LEAVE(p, px_raise(p, EXC(SyntaxError), unpack ? "positional argument follows keyword argument unpacking"
                                                   : "positional argument follows keyword argument"));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_kwarg */
Node *r_invalid_kwarg(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a = px_peek(p), *b;
  Node *e;
  if (!a) LEAVE(p, NULL);
  if (a->type == T_KEYWORD && (a->kw == KW_True || a->kw == KW_False || a->kw == KW_None)) {
    p->mark++;
    if ((b = px_expect(p, T_EQUAL))) LEAVE(p, px_raise_range(p, tloc(a), tloc(b), "cannot assign to %s", lx_keyword_names[a->kw]));
    NEXT_ALT;
  }
  if ((e = px_name(p)) && (b = px_expect(p, T_EQUAL)) && r_expression(p) && r_for_if_clauses(p))
    LEAVE(p, px_raise_range(p, nloc(e), tloc(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
  NEXT_ALT;
  /* !(NAME '=') expression '=' */
  {
    int blocked = px_name(p) && px_next_is(p, T_EQUAL);
    p->mark = mark;
    if (p->error) LEAVE(p, NULL);
    if (!blocked && (e = r_expression(p)) && (b = px_expect(p, T_EQUAL)))
      LEAVE(p, px_raise_range(p, nloc(e), tloc(b), "expression cannot contain assignment, perhaps you meant \"==\"?"));
    NEXT_ALT;
  }
  if (HAS(p, F_KWARG_UNPACK_EQ)) {
    Node *v;
    if ((a = px_expect(p, T_DOUBLESTAR)) && r_expression(p) && px_expect(p, T_EQUAL) && (v = r_expression(p)))
      LEAVE(p, px_raise_range(p, tloc(a), nloc(v), "cannot assign to keyword argument unpacking"));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* invalid_starred_expression (3.12+): '*' */
Node *r_invalid_starred_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (px_expect(p, T_STAR)) LEAVE(p, px_raise(p, EXC(SyntaxError), "Invalid star expression"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
Node *r_invalid_with_item(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if (r_expression(p) && px_expect_kw(p, KW_as) && (a = r_expression(p)) &&
      (px_next_is(p, T_COMMA) || px_next_is(p, T_RPAR) || px_next_is(p, T_COLON)))
    LEAVE(p, px_raise_invalid_target(p, TARGETS_STAR, a));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_for_target: 'async'? 'for' star_expressions */
Node *r_invalid_for_target(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  px_expect_kw(p, KW_async);
  if (!p->error && px_expect_kw(p, KW_for) && (a = r_star_expressions(p)))
    LEAVE(p, px_raise_invalid_target(p, TARGETS_FOR, a));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_for_if_clause (3.13): 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
Node *r_invalid_for_if_clause(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  px_expect_kw(p, KW_async);
  if (!p->error && px_expect_kw(p, KW_for) && r_bitwise_or(p)) {
    for (;;) {
      int m = p->mark;
      if (!px_expect(p, T_COMMA) || !r_bitwise_or(p)) {
        p->mark = m;
        break;
      }
    }
    int m = p->mark;
    if (!px_expect(p, T_COMMA)) p->mark = m;
    if (!p->error && !px_next_is_kw(p, KW_in) && !p->error)
      LEAVE(p, px_raise(p, EXC(SyntaxError), "'in' expected after for-loop variables"));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
Node *r_invalid_group(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  Token *t;
  if (px_expect(p, T_LPAR) && (a = r_starred_expression(p)) && px_expect(p, T_RPAR))
    LEAVE(p, px_raise_loc(p, nloc(a), "cannot use starred expression here"));
  NEXT_ALT;
  if (px_expect(p, T_LPAR) && (t = px_expect(p, T_DOUBLESTAR)) && r_expression(p) && px_expect(p, T_RPAR))
    LEAVE(p, px_raise_loc(p, tloc(t), "cannot use double starred expression here"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_arithmetic (3.13): sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion */
Node *r_invalid_arithmetic(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t, *a;
  Node *b;
  if (r_sum(p) && (t = px_peek(p)) &&
      (t->type == T_PLUS || t->type == T_MINUS || t->type == T_STAR || t->type == T_SLASH ||
       t->type == T_PERCENT || t->type == T_DOUBLESLASH || t->type == T_AT)) {
    p->mark++;
    if ((a = px_expect_kw(p, KW_not)) && (b = r_inversion(p)))
      LEAVE(p, px_raise_range(p, tloc(a), nloc(b), "'not' after an operator must be parenthesized"));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_factor (3.13): ('+' | '-' | '~') 'not' factor */
Node *r_invalid_factor(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_peek(p), *a;
  Node *b;
  if (t && (t->type == T_PLUS || t->type == T_MINUS || t->type == T_TILDE)) {
    p->mark++;
    if ((a = px_expect_kw(p, KW_not)) && (b = r_factor(p)))
      LEAVE(p, px_raise_range(p, tloc(a), nloc(b), "'not' after an operator must be parenthesized"));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_invalid_if_expression(Parser *p) {
  (void)p;
  return NULL;
}

/* ---- dicts -------------------------------------------------------------------------------- */

/* invalid_kvpair */
Node *r_invalid_kvpair(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  Token *t;
  if ((a = r_expression(p)) && !px_next_is(p, T_COLON) && !p->error)
    LEAVE(p, px_raise_at(p, EXC(SyntaxError), a->lineno, a->end_col - 1, a->end_lineno, -1,
                         "':' expected after dictionary key"));
  NEXT_ALT;
  if (r_expression(p) && px_expect(p, T_COLON) && (t = px_expect(p, T_STAR)) && r_bitwise_or(p))
    LEAVE(p, px_raise_from(p, tloc(t), "cannot use a starred expression in a dictionary value"));
  NEXT_ALT;
  if (r_expression(p) && (t = px_expect(p, T_COLON)) && (px_next_is(p, T_RBRACE) || px_next_is(p, T_COMMA)))
    LEAVE(p, px_raise_loc(p, tloc(t), "expression expected after dictionary key and ':'"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_double_starred_kvpairs */
Node *r_invalid_double_starred_kvpairs(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t;
  if (r_double_starred_kvpair(p)) {
    for (;;) {
      int m = p->mark;
      if (!px_expect(p, T_COMMA) || !r_double_starred_kvpair(p)) {
        p->mark = m;
        break;
      }
    }
    if (!p->error && px_expect(p, T_COMMA) && r_invalid_kvpair(p)) LEAVE(p, NULL);
  }
  NEXT_ALT;
  if (r_expression(p) && px_expect(p, T_COLON) && (t = px_expect(p, T_STAR)) && r_bitwise_or(p))
    LEAVE(p, px_raise_from(p, tloc(t), "cannot use a starred expression in a dictionary value"));
  NEXT_ALT;
  if (r_expression(p) && (t = px_expect(p, T_COLON)) && (px_next_is(p, T_RBRACE) || px_next_is(p, T_COMMA)))
    LEAVE(p, px_raise_loc(p, tloc(t), "expression expected after dictionary key and ':'"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ---- parameters ---------------------------------------------------------------------------- */

/* invalid_parameters_helper: slash_with_default | param_with_default+ */
static int params_helper(Parser *p, int lam) {
  int m = p->mark;
  if (lam ? (void *)r_lambda_slash_with_default(p) : (void *)r_slash_with_default(p)) return 1;
  p->mark = m;
  if (p->error) return 0;
  return px_params_with_default(p, lam, 1) != NULL;
}

static Node *param_no_default_any(Parser *p, int lam) {
  return lam ? r_lambda_param_no_default(p) : r_param_no_default(p);
}

/* invalid_parameters / invalid_lambda_parameters (3.11 order of alternatives) */
static Node *invalid_params(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  Token *t, *b;
  /* [slash_no_default (3.12+)] param_no_default* invalid_parameters_helper param_no_default */
  if (p->v >= PY312) {
    int m = p->mark;
    if (!(lam ? r_lambda_slash_no_default(p) : r_slash_no_default(p))) p->mark = m;
    if (p->error) LEAVE(p, NULL);
  }
  if (px_params_no_default(p, lam, 0) && params_helper(p, lam) && (a = param_no_default_any(p, lam)))
    LEAVE(p, px_raise_loc(p, nloc(a), "%s", MSG(p, MSG_NONDEFAULT_AFTER_DEFAULT)));
  NEXT_ALT;
  /* param_no_default* '(' param_no_default+ ','? ')'  (lambda: ','.lambda_param+) */
  if (px_params_no_default(p, lam, 0) && (t = px_expect(p, T_LPAR))) {
    int ok;
    if (lam) {
      ok = r_lambda_param(p) != NULL;
      while (ok) {
        int m = p->mark;
        if (!px_expect(p, T_COMMA) || !r_lambda_param(p)) {
          p->mark = m;
          break;
        }
      }
    } else {
      ok = px_params_no_default(p, lam, 1) != NULL;
    }
    if (ok) {
      int m = p->mark;
      if (!px_expect(p, T_COMMA)) p->mark = m;
      if (!p->error && (b = px_expect(p, T_RPAR)))
        LEAVE(p, px_raise_range(p, tloc(t), tloc(b), lam ? "Lambda expression parameters cannot be parenthesized"
                                                         : "Function parameters cannot be parenthesized"));
    }
  }
  NEXT_ALT;
  /* '/' ',' */
  if ((t = px_expect(p, T_SLASH)) && px_expect(p, T_COMMA))
    LEAVE(p, px_raise_loc(p, tloc(t), "%s", MSG(p, MSG_SLASH_FIRST)));
  NEXT_ALT;
  /* (slash_no_default | slash_with_default) param_maybe_default* '/' */
  {
    int ok = (lam ? (void *)r_lambda_slash_no_default(p) : (void *)r_slash_no_default(p)) != NULL;
    if (!ok && !p->error) {
      p->mark = mark;
      ok = (lam ? (void *)r_lambda_slash_with_default(p) : (void *)r_slash_with_default(p)) != NULL;
    }
    if (ok && px_params_maybe_default(p, lam, 0) && (t = px_expect(p, T_SLASH)))
      LEAVE(p, px_raise_loc(p, tloc(t), "/ may appear only once"));
    NEXT_ALT;
  }
  /* (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
   * param_maybe_default* '/' */
  {
    int ok = (lam ? (void *)r_lambda_slash_no_default(p) : (void *)r_slash_no_default(p)) != NULL;
    if (!ok && !p->error) {
      p->mark = mark;
      ok = (lam ? (void *)r_lambda_slash_with_default(p) : (void *)r_slash_with_default(p)) != NULL;
      if (!ok) p->mark = mark;
    }
    if (!p->error && px_params_maybe_default(p, lam, 0) && px_expect(p, T_STAR)) {
      int m = p->mark;
      int ok2 = px_expect(p, T_COMMA) != NULL;
      if (!ok2) {
        p->mark = m;
        ok2 = !p->error && param_no_default_any(p, lam) != NULL;
      }
      if (ok2 && px_params_maybe_default(p, lam, 0) && (t = px_expect(p, T_SLASH)))
        LEAVE(p, px_raise_loc(p, tloc(t), "/ must be ahead of *"));
    }
    NEXT_ALT;
  }
  /* param_maybe_default+ '/' '*' */
  if (px_params_maybe_default(p, lam, 1) && px_expect(p, T_SLASH) && (t = px_expect(p, T_STAR)))
    LEAVE(p, px_raise_loc(p, tloc(t), "expected comma between / and *"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_invalid_parameters(Parser *p) { return invalid_params(p, 0); }
Node *r_invalid_lambda_parameters(Parser *p) { return invalid_params(p, 1); }

/* invalid_default: '=' &(')'|',') */
Node *r_invalid_default(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  if ((a = px_expect(p, T_EQUAL)) && (px_next_is(p, T_RPAR) || px_next_is(p, T_COMMA)))
    LEAVE(p, px_raise_loc(p, tloc(a), "expected default value expression"));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_star_etc / invalid_lambda_star_etc */
static Node *invalid_star_etc(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  Token *a, *t;
  int close = lam ? T_COLON : T_RPAR;
  /* '*' (')' | ',' (')' | '**'))   (lambda: ':' ... ':' ..., plain RAISE_SYNTAX_ERROR) */
  if ((a = px_expect(p, T_STAR))) {
    int ok = px_expect(p, close) != NULL;
    if (!ok && !p->error) ok = px_expect(p, T_COMMA) && (px_expect(p, close) || px_expect(p, T_DOUBLESTAR));
    if (ok) {
      if (lam) LEAVE(p, px_raise(p, EXC(SyntaxError), "named arguments must follow bare *"));
      LEAVE(p, px_raise_loc(p, tloc(a), "named arguments must follow bare *"));
    }
  }
  NEXT_ALT;
  /* '*' param '=' */
  if (px_expect(p, T_STAR) && (lam ? r_lambda_param(p) : r_param(p)) && (t = px_expect(p, T_EQUAL)))
    LEAVE(p, px_raise_loc(p, tloc(t), "var-positional argument cannot have default value"));
  NEXT_ALT;
  /* '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',') */
  if (px_expect(p, T_STAR)) {
    int m = p->mark;
    int ok = param_no_default_any(p, lam) != NULL;
    if (!ok && !p->error) {
      p->mark = m;
      ok = px_expect(p, T_COMMA) != NULL;
    }
    if (ok && px_params_maybe_default(p, lam, 0) && (t = px_expect(p, T_STAR))) {
      m = p->mark;
      int ok2 = param_no_default_any(p, lam) != NULL;
      if (!ok2 && !p->error) {
        p->mark = m;
        ok2 = px_expect(p, T_COMMA) != NULL;
      }
      if (ok2) LEAVE(p, px_raise_loc(p, tloc(t), "* argument may appear only once"));
    }
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_invalid_star_etc(Parser *p) { return invalid_star_etc(p, 0); }
Node *r_invalid_lambda_star_etc(Parser *p) { return invalid_star_etc(p, 1); }

/* invalid_kwds / invalid_lambda_kwds */
static Node *invalid_kwds(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  Token *t;
  Node *a;
  Node *(*param)(Parser *) = lam ? r_lambda_param : r_param;
  if (px_expect(p, T_DOUBLESTAR) && param(p) && (t = px_expect(p, T_EQUAL)))
    LEAVE(p, px_raise_loc(p, tloc(t), "var-keyword argument cannot have default value"));
  NEXT_ALT;
  if (px_expect(p, T_DOUBLESTAR) && param(p) && px_expect(p, T_COMMA) && (a = param(p)))
    LEAVE(p, px_raise_loc(p, nloc(a), "arguments cannot follow var-keyword argument"));
  NEXT_ALT;
  if (px_expect(p, T_DOUBLESTAR) && param(p) && px_expect(p, T_COMMA) && (t = px_peek(p)) &&
      (t->type == T_STAR || t->type == T_DOUBLESTAR || t->type == T_SLASH)) {
    p->mark++;
    LEAVE(p, px_raise_loc(p, tloc(t), "arguments cannot follow var-keyword argument"));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_invalid_kwds(Parser *p) { return invalid_kwds(p, 0); }
Node *r_invalid_lambda_kwds(Parser *p) { return invalid_kwds(p, 1); }
