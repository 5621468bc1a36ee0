/* parse_target.c: ASSIGNMENT TARGETS of Grammar/python.gram: star_targets,
 * single_target, t_primary (a loop standing for pegen's left recursion;
 * every step must be followed by '(' '[' or '.'), del targets. */
#include "lang/parser.h"
#include "obj/err.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

/* t_lookahead: '(' | '[' | '.' */
int px_t_lookahead(Parser *p) {
  Token *t = px_peek(p);
  return t && (t->type == T_LPAR || t->type == T_LSQB || t->type == T_DOT);
}

static Node *attribute(Parser *p, Token *s, Node *v, Token *name, ExprContext ctx) {
  Node *n = px_node(p, N_Attribute, s);
  if (n) n->u.Attribute.value = v, n->u.Attribute.attr = px_id(p, name), n->u.Attribute.ctx = ctx;
  return p->error ? NULL : n;
}

static Node *subscript(Parser *p, Token *s, Node *v, Node *slice, ExprContext ctx) {
  Node *n = px_node(p, N_Subscript, s);
  if (n) n->u.Subscript.value = v, n->u.Subscript.slice = slice, n->u.Subscript.ctx = ctx;
  return n;
}

/* One step of t_primary from `a`; NULL (mark restored) if none applies. */
static Node *t_step(Parser *p, Token *s, Node *a) {
  int mark = p->mark;
  Token *t;
  Node *b;
  if (px_expect(p, T_DOT) && (t = px_expect(p, T_NAME)) && px_t_lookahead(p)) return attribute(p, s, a, t, CTX_LOAD);
  p->mark = mark;
  if (p->error) return NULL;
  if (px_expect(p, T_LSQB) && (b = r_slices(p)) && px_expect(p, T_RSQB) && px_t_lookahead(p))
    return subscript(p, s, a, b, CTX_LOAD);
  p->mark = mark;
  if (p->error) return NULL;
  if ((b = r_genexp(p)) && px_t_lookahead(p)) {
    Node *n = px_node(p, N_Call, s);
    if (n) n->u.Call.func = a, n->u.Call.args = px_list1(p, b);
    return p->error ? NULL : n;
  }
  p->mark = mark;
  if (p->error) return NULL;
  if (px_expect(p, T_LPAR)) {
    int m = p->mark;
    b = r_arguments(p);
    if (!b) {
      if (p->error) return NULL;
      p->mark = m;
    }
    if (px_expect(p, T_RPAR) && px_t_lookahead(p)) {
      Node *n = px_node(p, N_Call, s);
      if (n && b) n->u.Call.args = b->u.Call.args, n->u.Call.keywords = b->u.Call.keywords;
      if (n) n->u.Call.func = a;
      return n;
    }
  }
  p->mark = mark;
  return NULL;
}

/* t_primary: t_primary ('.' NAME | '[' slices ']' | genexp | '(' [arguments] ')') &t_lookahead
 *          | atom &t_lookahead */
Node *r_t_primary(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_t_primary, Node *);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a = s ? r_atom(p) : NULL;
  if (a && !px_t_lookahead(p)) a = NULL;
  if (a) {
    for (;;) {
      Node *n = t_step(p, s, a);
      if (!n) break;
      a = n;
    }
  }
  if (p->error) LEAVE(p, NULL);
  if (!a) p->mark = mark;
  px_memo(p, mark, M_t_primary, a);
  LEAVE(p, a);
}

/* t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in ctx */
static Node *attr_or_subscript_target(Parser *p, ExprContext ctx) {
  int mark = p->mark;
  Token *s = px_peek(p), *t;
  Node *a, *b;
  if (!s) return NULL;
  if ((a = r_t_primary(p)) && px_expect(p, T_DOT) && (t = px_expect(p, T_NAME)) && !px_t_lookahead(p) && !p->error)
    return attribute(p, s, a, t, ctx);
  p->mark = mark;
  if (p->error) return NULL;
  if ((a = r_t_primary(p)) && px_expect(p, T_LSQB) && (b = r_slices(p)) && px_expect(p, T_RSQB) &&
      !px_t_lookahead(p) && !p->error)
    return subscript(p, s, a, b, ctx);
  p->mark = mark;
  return NULL;
}

Node *r_single_subscript_attribute_target(Parser *p) {
  ENTER(p);
  LEAVE(p, attr_or_subscript_target(p, CTX_STORE));
}

/* single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
Node *r_single_target(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if ((a = attr_or_subscript_target(p, CTX_STORE))) LEAVE(p, a);
  NEXT_ALT;
  if ((a = px_name(p))) LEAVE(p, px_set_ctx(p, a, CTX_STORE));
  NEXT_ALT;
  if (px_expect(p, T_LPAR) && (a = r_single_target(p)) && px_expect(p, T_RPAR)) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Node *seq_node(Parser *p, NodeKind k, Token *s, Vec *v, ExprContext ctx) {
  Node *n = px_node(p, k, s);
  if (n) n->u.List.elts = px_list(p, v), n->u.List.ctx = ctx;
  return p->error ? NULL : n;
}

/* ','.X+ [','] */
static Vec *comma_seq(Parser *p, Node *(*elem)(Parser *)) {
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
  if (p->error) return NULL;
  int m = p->mark;
  if (!px_expect(p, T_COMMA)) p->mark = m;
  return p->error ? NULL : v;
}

/* star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
static Vec *star_targets_tuple_seq(Parser *p) {
  int mark = p->mark;
  Node *single;
  Vec *v = px_comma_seq(p, r_star_target, &single);
  if (!v && !p->error) p->mark = mark;
  return v;
}

/* star_atom */
static Node *r_star_atom(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a;
  if (!s) LEAVE(p, NULL);
  if ((a = px_name(p))) LEAVE(p, px_set_ctx(p, a, CTX_STORE));
  NEXT_ALT;
  if (px_expect(p, T_LPAR) && (a = r_target_with_star_atom(p)) && px_expect(p, T_RPAR))
    LEAVE(p, px_set_ctx(p, a, CTX_STORE));
  NEXT_ALT;
  if (px_expect(p, T_LPAR)) {
    int m = p->mark;
    Vec *v = star_targets_tuple_seq(p);
    if (!v) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    if (px_expect(p, T_RPAR)) LEAVE(p, seq_node(p, N_Tuple, s, v, CTX_STORE));
  }
  NEXT_ALT;
  if (px_expect(p, T_LSQB)) {
    int m = p->mark;
    Vec *v = comma_seq(p, r_star_target);
    if (!v) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    if (px_expect(p, T_RSQB)) LEAVE(p, seq_node(p, N_List, s, v, CTX_STORE));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* target_with_star_atom (memo) */
Node *r_target_with_star_atom(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_target_with_star_atom, Node *);
  int mark = p->mark;
  Node *res;
  if ((res = attr_or_subscript_target(p, CTX_STORE))) goto done;
  NEXT_ALT;
  if ((res = r_star_atom(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_target_with_star_atom, res);
  LEAVE(p, res);
}

/* star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
Node *r_star_target(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_star_target, Node *);
  int mark = p->mark;
  Node *res = NULL, *a;
  Token *s;
  if ((s = px_expect(p, T_STAR)) && !px_next_is(p, T_STAR) && !p->error && (a = r_star_target(p))) {
    Node *t = px_set_ctx(p, a, CTX_STORE);
    res = t ? px_node(p, N_Starred, s) : NULL;
    if (res) res->u.Starred.value = t, res->u.Starred.ctx = CTX_STORE;
    goto done;
  }
  NEXT_ALT;
  if ((res = r_target_with_star_atom(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_star_target, res);
  LEAVE(p, res);
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
Node *r_star_targets(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a;
  if (s && (a = r_star_target(p)) && !px_next_is(p, T_COMMA) && !p->error) LEAVE(p, a);
  NEXT_ALT;
  if ((a = r_star_target(p))) {
    Vec *v = vec_new(p);
    if (!v || vec_push(p, v, a) < 0) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      Node *c;
      if (!px_expect(p, T_COMMA) || !(c = r_star_target(p))) {
        p->mark = m;
        break;
      }
      if (vec_push(p, v, c) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    int m = p->mark;
    if (!px_expect(p, T_COMMA)) p->mark = m;
    LEAVE(p, seq_node(p, N_Tuple, s, v, CTX_STORE));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ---- del targets ------------------------------------------------------------------------- */

static Node *r_del_target(Parser *p);

/* del_t_atom */
static Node *r_del_t_atom(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *a;
  if (!s) LEAVE(p, NULL);
  if ((a = px_name(p))) LEAVE(p, px_set_ctx(p, a, CTX_DEL));
  NEXT_ALT;
  if (px_expect(p, T_LPAR) && (a = r_del_target(p)) && px_expect(p, T_RPAR)) LEAVE(p, px_set_ctx(p, a, CTX_DEL));
  NEXT_ALT;
  for (int k = 0; k < 2; k++) {
    if (px_expect(p, k ? T_LSQB : T_LPAR)) {
      int m = p->mark;
      Vec *v = r_del_targets(p);
      if (!v) {
        if (p->error) LEAVE(p, NULL);
        p->mark = m;
      }
      if (px_expect(p, k ? T_RSQB : T_RPAR)) LEAVE(p, seq_node(p, k ? N_List : N_Tuple, s, v, CTX_DEL));
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* del_target (memo) */
static Node *r_del_target(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_del_target, Node *);
  int mark = p->mark;
  Node *res;
  if ((res = attr_or_subscript_target(p, CTX_DEL))) goto done;
  NEXT_ALT;
  if ((res = r_del_t_atom(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_del_target, res);
  LEAVE(p, res);
}

Vec *r_del_targets(Parser *p) {
  ENTER(p);
  LEAVE(p, comma_seq(p, r_del_target));
}

/* _PyPegen_get_invalid_target */
Node *px_invalid_target(Node *e, int kind) {
  if (!e) return NULL;
  switch ((int)e->kind) {
  case N_List: case N_Tuple:
    for (size_t i = 0; i < e->u.List.elts.n; i++) {
      Node *c = px_invalid_target(e->u.List.elts.items[i], kind);
      if (c) return c;
    }
    return NULL;
  case N_Starred:
    if (kind == TARGETS_DEL) return e;
    return px_invalid_target(e->u.Starred.value, kind);
  case N_Compare:
    if (kind == TARGETS_FOR) {
      if (e->u.Compare.ops[0] == CMPOP_IN) return px_invalid_target(e->u.Compare.left, kind);
      return NULL;
    }
    return e;
  case N_Name: case N_Subscript: case N_Attribute:
    return NULL;
  default:
    return e;
  }
}
