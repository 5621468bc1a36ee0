/* parse_atom.c: atoms of Grammar/python.gram: names, constants, strings,
 * tuples/groups/generators, lists, sets, dicts, comprehensions, lambda. */
#include "lang/parser.h"
#include "obj/err.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

static Node *constant(Parser *p, Token *t, Obj *v) {
  Node *n = px_node(p, N_Constant, t);
  if (n) n->u.Constant.value = v;
  return n;
}

/* group: '(' (yield_expr | named_expression) ')' | invalid_group */
static Node *r_group(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if (px_expect(p, T_LPAR)) {
    int m = p->mark;
    if (!(a = r_yield_expr(p))) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
      a = r_named_expression(p);
    }
    if (a && px_expect(p, T_RPAR)) LEAVE(p, a);
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_group(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

static Node *seq_node(Parser *p, NodeKind k, Token *s, Vec *v) {
  Node *n = px_node(p, k, s);
  if (n) n->u.List.elts = px_list(p, v), n->u.List.ctx = CTX_LOAD;
  return p->error ? NULL : n;
}

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
Node *r_tuple(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LPAR);
  if (s) {
    Vec *v = NULL;
    int m = p->mark;
    Node *y;
    p->level++;   /* pegen's _tmp rule for the optional group */
    y = r_star_named_expression(p);
    p->level--;
    if (y && px_expect(p, T_COMMA)) {
      int m2 = p->mark;
      Vec *z = r_star_named_expressions(p);
      if (!z) {
        if (p->error) LEAVE(p, NULL);
        p->mark = m2;
      }
      v = vec_prepend(p, y, z);
      if (!v) LEAVE(p, NULL);
    } else {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    if (px_expect(p, T_RPAR)) LEAVE(p, seq_node(p, N_Tuple, s, v));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* list: '[' [star_named_expressions] ']' */
Node *r_list(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LSQB);
  if (s) {
    int m = p->mark;
    Vec *v = r_star_named_expressions(p);
    if (!v) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    if (px_expect(p, T_RSQB)) LEAVE(p, seq_node(p, N_List, s, v));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* set: '{' star_named_expressions '}' */
static Node *r_set(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LBRACE);
  Vec *v;
  if (s && (v = r_star_named_expressions(p)) && px_expect(p, T_RBRACE)) {
    Node *n = px_node(p, N_Set, s);
    if (n) n->u.Set.elts = px_list(p, v);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* kvpair: expression ':' expression */
KeyValue *r_kvpair(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a, *b;
  if ((a = r_expression(p)) && px_expect(p, T_COLON) && (b = r_expression(p))) {
    KeyValue *kv = arena_alloc(p->scratch, sizeof *kv);
    if (!kv) LEAVE(p, (err_nomem(p->rt), p->error = 1, NULL));
    kv->key = a;
    kv->value = b;
    LEAVE(p, kv);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* double_starred_kvpair: '**' bitwise_or | kvpair */
KeyValue *r_double_starred_kvpair(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if (px_expect(p, T_DOUBLESTAR) && (a = r_bitwise_or(p))) {
    KeyValue *kv = arena_alloc(p->scratch, sizeof *kv);
    if (!kv) LEAVE(p, (err_nomem(p->rt), p->error = 1, NULL));
    kv->value = a;
    LEAVE(p, kv);
  }
  NEXT_ALT;
  KeyValue *kv = r_kvpair(p);
  if (kv) LEAVE(p, kv);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
Vec *r_double_starred_kvpairs(Parser *p) {
  ENTER(p);
  KeyValue *kv = r_double_starred_kvpair(p);
  if (!kv) LEAVE(p, NULL);
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, kv) < 0) LEAVE(p, NULL);
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA) || !(kv = r_double_starred_kvpair(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, kv) < 0) LEAVE(p, NULL);
  }
  if (p->error) LEAVE(p, NULL);
  int m = p->mark;
  if (!px_expect(p, T_COMMA)) p->mark = m;
  LEAVE(p, p->error ? NULL : v);
}

/* dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
static Node *r_dict(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LBRACE);
  if (s) {
    int m = p->mark;
    Vec *a = r_double_starred_kvpairs(p);
    if (!a) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    if (px_expect(p, T_RBRACE)) {
      Node *n = px_node(p, N_Dict, s);
      if (!n) LEAVE(p, NULL);
      Vec keys = {0, 0, NULL}, values = {0, 0, NULL};
      for (size_t i = 0; a && i < a->n; i++) {
        KeyValue *kv = a->items[i];
        if (vec_push(p, &keys, kv->key) < 0 || vec_push(p, &values, kv->value) < 0) LEAVE(p, NULL);
      }
      n->u.Dict.keys = px_list(p, &keys);
      n->u.Dict.values = px_list(p, &values);
      LEAVE(p, p->error ? NULL : n);
    }
  }
  NEXT_ALT;
  /* pegen gates only alternatives made of a lone invalid_ rule: this one
   * runs in the first pass too (so "':' expected after dictionary key"
   * comes from the first pass, with the invalid rules below it off) */
  if (px_expect(p, T_LBRACE) && r_invalid_double_starred_kvpairs(p) && px_expect(p, T_RBRACE))
    LEAVE(p, NULL);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ('if' disjunction)* */
static Vec *comp_ifs(Parser *p) {
  Vec *v = vec_new(p);
  if (!v) return NULL;
  for (;;) {
    int m = p->mark;
    Node *z;
    if (!px_expect_kw(p, KW_if) || !(z = r_disjunction(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, z) < 0) return NULL;
  }
  return p->error ? NULL : v;
}

/* for_if_clause:
 *   | ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *   | invalid_for_if_clause (3.13+) | invalid_for_target */
static Node *r_for_if_clause(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  for (int async = 1; async >= 0; async--) {
    Token *s = px_peek(p);
    if (!s) LEAVE(p, NULL);
    if (async && !px_expect_kw(p, KW_async)) {
      NEXT_ALT;
      continue;
    }
    Node *a, *b;
    if (px_expect_kw(p, KW_for) && (a = r_star_targets(p)) && px_expect_kw(p, KW_in)) {
      Vec *c;
      if ((b = r_disjunction(p)) && (c = comp_ifs(p))) {
        if (async) LEAVE(p, px_unsupported(p, s, "asynchronous comprehensions", "expression"));
        Node *n = px_node_at(p, N_comprehension, 0, 0, 0, 0);
        if (n) n->u.comprehension.target = a, n->u.comprehension.iter = b, n->u.comprehension.ifs = px_list(p, c);
        LEAVE(p, p->error ? NULL : n);
      }
      LEAVE(p, NULL);   /* the cut */
    }
    NEXT_ALT;
  }
  /* 3.13 has this one inline in for_if_clause, so in the first pass too */
  if (HAS(p, F_IN_EXPECTED) && (p->call_invalid || !HAS(p, F_IN_EXPECTED_GATED))) {
    r_invalid_for_if_clause(p);
    NEXT_ALT;
  }
  if (p->call_invalid) {
    r_invalid_for_target(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* for_if_clauses: for_if_clause+ */
Vec *r_for_if_clauses(Parser *p) {
  ENTER(p);
  Vec *v = vec_new(p);
  if (!v) LEAVE(p, NULL);
  for (;;) {
    int m = p->mark;
    Node *c = r_for_if_clause(p);
    if (!c) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, c) < 0) LEAVE(p, NULL);
  }
  if (p->error || !v->n) LEAVE(p, NULL);
  LEAVE(p, v);
}

static Node *comp(Parser *p, NodeKind k, Token *s, Node *elt, Vec *gens) {
  Node *n = px_node(p, k, s);
  if (n) n->u.ListComp.elt = elt, n->u.ListComp.generators = px_list(p, gens);
  return p->error ? NULL : n;
}

/* listcomp / setcomp: open named_expression for_if_clauses close | invalid_comprehension */
static Node *r_listcomp_or_setcomp(Parser *p, int open, int close, NodeKind k) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, open);
  Node *a;
  Vec *b;
  if (s && (a = r_named_expression(p)) && (b = r_for_if_clauses(p)) && px_expect(p, close))
    LEAVE(p, comp(p, k, s, a, b));
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_comprehension(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
Node *r_genexp(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LPAR);
  if (s) {
    int m = p->mark;
    Node *a = r_assignment_expression(p);
    if (!a) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
      a = r_expression(p);
      if (a && px_next_is(p, T_COLONEQUAL)) a = NULL;
    }
    Vec *b;
    if (a && !p->error && (b = r_for_if_clauses(p)) && px_expect(p, T_RPAR)) LEAVE(p, comp(p, N_GeneratorExp, s, a, b));
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_comprehension(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
static Node *r_dictcomp(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LBRACE);
  KeyValue *a;
  Vec *b;
  if (s && (a = r_kvpair(p)) && (b = r_for_if_clauses(p)) && px_expect(p, T_RBRACE)) {
    Node *n = px_node(p, N_DictComp, s);
    if (n) n->u.DictComp.key = a->key, n->u.DictComp.value = a->value, n->u.DictComp.generators = px_list(p, b);
    LEAVE(p, p->error ? NULL : n);
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_dict_comprehension(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
Node *r_lambdef(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect_kw(p, KW_lambda);
  if (s) {
    int m = p->mark;
    Node *a = r_lambda_params(p), *b;
    if (!a) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    if (px_expect(p, T_COLON) && (b = r_expression(p))) {
      Node *n = px_node(p, N_Lambda, s);
      if (n) n->u.Lambda.args = a ? a : px_empty_arguments(p), n->u.Lambda.body = b;
      LEAVE(p, n);
    }
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* atom */
Node *r_atom(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t = px_peek(p);
  if (!t) LEAVE(p, NULL);
  Node *r;
  if (t->type == T_NAME) LEAVE(p, px_name(p));
  if (t->type == T_KEYWORD && (t->kw == KW_True || t->kw == KW_False || t->kw == KW_None)) {
    p->mark++;
    LEAVE(p, constant(p, t, t->kw == KW_True ? Py_True : t->kw == KW_False ? Py_False : None));
  }
  if (t->type == T_STRING || t->type == T_FSTRING_START) {
    if ((r = r_strings(p))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (t->type == T_NUMBER) LEAVE(p, px_number(p));
  if (t->type == T_LPAR) {
    p->level++;   /* pegen's _tmp rule for (tuple | group | genexp) */
    r = r_tuple(p);
    if (!r && !p->error) {
      p->mark = mark;
      r = r_group(p);
    }
    if (!r && !p->error) {
      p->mark = mark;
      r = r_genexp(p);
    }
    p->level--;
    if (r) LEAVE(p, r);
    NEXT_ALT;
  }
  if (t->type == T_LSQB) {
    if ((r = r_list(p))) LEAVE(p, r);
    NEXT_ALT;
    if ((r = r_listcomp_or_setcomp(p, T_LSQB, T_RSQB, N_ListComp))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (t->type == T_LBRACE) {
    if ((r = r_dict(p))) LEAVE(p, r);
    NEXT_ALT;
    if ((r = r_set(p))) LEAVE(p, r);
    NEXT_ALT;
    if ((r = r_dictcomp(p))) LEAVE(p, r);
    NEXT_ALT;
    if ((r = r_listcomp_or_setcomp(p, T_LBRACE, T_RBRACE, N_SetComp))) LEAVE(p, r);
    NEXT_ALT;
  }
  if (t->type == T_ELLIPSIS) {
    p->mark++;
    LEAVE(p, constant(p, t, &EllipsisObj));
  }
  LEAVE(p, NULL);
}
