/* parse_args.c: function parameters (def and lambda share the code: a
 * lambda has no annotations and ends at ':' instead of ')') and call
 * arguments, as in Grammar/python.gram. */
#include "lang/parser.h"
#include "obj/err.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

static int closer(int lam) { return lam ? T_COLON : T_RPAR; }

/* param: NAME annotation? ; lambda_param: NAME ; param_star_annotation: NAME star_annotation */
static Node *param(Parser *p, int lam, int star_ann) {
  ENTER(p);
  int mark = p->mark;
  Token *n = px_expect(p, T_NAME);
  if (!n) LEAVE(p, NULL);
  Node *ann = NULL;
  if (!lam) {
    int m = p->mark;
    if (px_expect(p, T_COLON) && (ann = star_ann ? r_star_expression(p) : r_expression(p))) {
    } else {
      if (p->error) LEAVE(p, NULL);
      ann = NULL;
      p->mark = m;
      if (star_ann) {
        NEXT_ALT;
        LEAVE(p, NULL);
      }
    }
  }
  Node *a = px_node(p, N_arg, n);
  if (a) a->u.arg.arg = px_id(p, n), a->u.arg.annotation = ann;
  LEAVE(p, p->error ? NULL : a);
}

Node *r_param(Parser *p) { return param(p, 0, 0); }
Node *r_lambda_param(Parser *p) { return param(p, 1, 0); }

/* X ',' | X &closer */
static Node *param_no_default(Parser *p, int lam, int star_ann) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if ((a = param(p, lam, star_ann)) && px_expect(p, T_COMMA)) LEAVE(p, a);
  NEXT_ALT;
  if ((a = param(p, lam, star_ann)) && px_next_is(p, closer(lam))) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_param_no_default(Parser *p) { return param_no_default(p, 0, 0); }
Node *r_lambda_param_no_default(Parser *p) { return param_no_default(p, 1, 0); }

/* default: '=' expression | invalid_default */
Node *r_default(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if (px_expect(p, T_EQUAL) && (a = r_expression(p))) LEAVE(p, a);
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_default(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

static NameDefault *pair(Parser *p, Node *a, Node *c) {
  NameDefault *nd = arena_alloc(p->scratch, sizeof *nd);
  if (!nd) return err_nomem(p->rt), p->error = 1, NULL;
  nd->arg = a;
  nd->value = c;
  return nd;
}

/* param_with_default (maybe = 0) / param_maybe_default (maybe = 1):
 *   param default ',' | param default &closer   (default optional when maybe) */
static NameDefault *param_default(Parser *p, int lam, int maybe) {
  ENTER(p);
  int mark = p->mark;
  for (int alt = 0; alt < 2; alt++) {
    Node *a, *c = NULL;
    if ((a = param(p, lam, 0))) {
      int m = p->mark;
      c = r_default(p);
      if (!c && maybe) {
        if (p->error) LEAVE(p, NULL);
        p->mark = m;
      }
      if ((c || maybe) && (alt == 0 ? px_expect(p, T_COMMA) != NULL : px_next_is(p, closer(lam))))
        LEAVE(p, pair(p, a, c));
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

NameDefault *r_param_with_default(Parser *p) { return param_default(p, 0, 0); }
NameDefault *r_param_maybe_default(Parser *p) { return param_default(p, 0, 1); }
NameDefault *r_lambda_param_with_default(Parser *p) { return param_default(p, 1, 0); }
NameDefault *r_lambda_param_maybe_default(Parser *p) { return param_default(p, 1, 1); }

/* X* / X+ over a parameter rule. */
static Vec *many(Parser *p, void *(*f)(Parser *, int, int), int lam, int arg, int min) {
  Vec *v = vec_new(p);
  if (!v) return NULL;
  for (;;) {
    int m = p->mark;
    void *x = f(p, lam, arg);
    if (!x) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, x) < 0) return NULL;
  }
  if (p->error || v->n < (size_t)min) return NULL;
  return v;
}

static void *nd_f(Parser *p, int lam, int maybe) { return param_default(p, lam, maybe); }
static void *pnd_f(Parser *p, int lam, int star_ann) { return param_no_default(p, lam, star_ann); }

Vec *px_params_no_default(Parser *p, int lam, int min) { return many(p, pnd_f, lam, 0, min); }
Vec *px_params_with_default(Parser *p, int lam, int min) { return many(p, nd_f, lam, 0, min); }
Vec *px_params_maybe_default(Parser *p, int lam, int min) { return many(p, nd_f, lam, 1, min); }

/* slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &closer */
static Vec *slash_no_default(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  for (int alt = 0; alt < 2; alt++) {
    Vec *a;
    if ((a = px_params_no_default(p, lam, 1)) && px_expect(p, T_SLASH) &&
        (alt == 0 ? px_expect(p, T_COMMA) != NULL : px_next_is(p, closer(lam))))
      LEAVE(p, a);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

Vec *r_slash_no_default(Parser *p) { return slash_no_default(p, 0); }
Vec *r_lambda_slash_no_default(Parser *p) { return slash_no_default(p, 1); }

/* slash_with_default: param_no_default* param_with_default+ '/' (',' | &closer) */
static SlashDefault *slash_with_default(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  for (int alt = 0; alt < 2; alt++) {
    Vec *a, *b;
    if ((a = px_params_no_default(p, lam, 0)) && (b = px_params_with_default(p, lam, 1)) &&
        px_expect(p, T_SLASH) && (alt == 0 ? px_expect(p, T_COMMA) != NULL : px_next_is(p, closer(lam)))) {
      SlashDefault *sd = arena_alloc(p->scratch, sizeof *sd);
      if (!sd) LEAVE(p, (err_nomem(p->rt), p->error = 1, NULL));
      sd->plain = a;
      sd->with_defaults = b;
      LEAVE(p, sd);
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

SlashDefault *r_slash_with_default(Parser *p) { return slash_with_default(p, 0); }
SlashDefault *r_lambda_slash_with_default(Parser *p) { return slash_with_default(p, 1); }

/* kwds: invalid_kwds | '**' param_no_default */
static Node *kwds(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    if (lam) r_invalid_lambda_kwds(p);
    else r_invalid_kwds(p);
    NEXT_ALT;
  }
  Node *a;
  if (px_expect(p, T_DOUBLESTAR) && (a = param_no_default(p, lam, 0))) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

static StarEtc *star_etc_new(Parser *p, Node *vararg, Vec *kwonly, Node *kwarg) {
  StarEtc *se = arena_alloc(p->scratch, sizeof *se);
  if (!se) return err_nomem(p->rt), p->error = 1, NULL;
  se->vararg = vararg;
  se->kwonly = kwonly;
  se->kwarg = kwarg;
  return se;
}

/* star_etc:
 *   | invalid_star_etc
 *   | '*' param_no_default param_maybe_default* [kwds]
 *   | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
 *   | '*' ',' param_maybe_default+ [kwds]
 *   | kwds */
static StarEtc *star_etc(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    if (lam) r_invalid_lambda_star_etc(p);
    else r_invalid_star_etc(p);
    NEXT_ALT;
  }
  for (int star_ann = 0; star_ann < (lam ? 1 : 2); star_ann++) {
    Node *a, *c;
    Vec *b;
    if (px_expect(p, T_STAR) && (a = param_no_default(p, lam, star_ann)) && (b = px_params_maybe_default(p, lam, 0))) {
      int m = p->mark;
      if (!(c = kwds(p, lam))) {
        if (p->error) LEAVE(p, NULL);
        p->mark = m;
      }
      LEAVE(p, star_etc_new(p, a, b, c));
    }
    NEXT_ALT;
  }
  Vec *b;
  Node *c;
  if (px_expect(p, T_STAR) && px_expect(p, T_COMMA) && (b = px_params_maybe_default(p, lam, 1))) {
    int m = p->mark;
    if (!(c = kwds(p, lam))) {
      if (p->error) LEAVE(p, NULL);
      p->mark = m;
    }
    LEAVE(p, star_etc_new(p, NULL, b, c));
  }
  NEXT_ALT;
  if ((c = kwds(p, lam))) LEAVE(p, star_etc_new(p, NULL, NULL, c));
  NEXT_ALT;
  LEAVE(p, NULL);
}

static void push_names(Parser *p, Vec *out, Vec *pairs) {
  for (size_t i = 0; pairs && i < pairs->n; i++) vec_push(p, out, ((NameDefault *)pairs->items[i])->arg);
}
static void push_defaults(Parser *p, Vec *out, Vec *pairs) {
  for (size_t i = 0; pairs && i < pairs->n; i++) vec_push(p, out, ((NameDefault *)pairs->items[i])->value);
}
static void push_all(Parser *p, Vec *out, Vec *v) {
  for (size_t i = 0; v && i < v->n; i++) vec_push(p, out, v->items[i]);
}

/* _PyPegen_make_arguments */
static Node *make_arguments(Parser *p, Vec *slash_no, SlashDefault *slash_with, Vec *plain, Vec *with_def,
                            StarEtc *se) {
  Vec posonly = {0, 0, NULL}, args = {0, 0, NULL}, defaults = {0, 0, NULL}, kwonly = {0, 0, NULL},
      kwdefs = {0, 0, NULL};
  if (slash_no) push_all(p, &posonly, slash_no);
  else if (slash_with) {
    push_all(p, &posonly, slash_with->plain);
    push_names(p, &posonly, slash_with->with_defaults);
  }
  push_all(p, &args, plain);
  push_names(p, &args, with_def);
  if (slash_with) push_defaults(p, &defaults, slash_with->with_defaults);
  push_defaults(p, &defaults, with_def);
  if (se && se->kwonly) {
    push_names(p, &kwonly, se->kwonly);
    push_defaults(p, &kwdefs, se->kwonly);
  }
  if (p->error) return NULL;
  Node *n = px_node_at(p, N_arguments, 0, 0, 0, 0);
  if (!n) return NULL;
  n->u.arguments.posonlyargs = px_list(p, &posonly);
  n->u.arguments.args = px_list(p, &args);
  n->u.arguments.vararg = se ? se->vararg : NULL;
  n->u.arguments.kwonlyargs = px_list(p, &kwonly);
  n->u.arguments.kw_defaults = px_list(p, &kwdefs);
  n->u.arguments.kwarg = se ? se->kwarg : NULL;
  n->u.arguments.defaults = px_list(p, &defaults);
  return p->error ? NULL : n;
}

/* [star_etc] */
#define OPT_STAR(var) do { int m_ = p->mark; if (!((var) = star_etc(p, lam))) { \
    if (p->error) LEAVE(p, NULL); \
    p->mark = m_; } } while (0)

/* parameters / lambda_parameters */
static Node *parameters(Parser *p, int lam) {
  ENTER(p);
  int mark = p->mark;
  Vec *a, *b, *c;
  SlashDefault *sd;
  StarEtc *d;
  if ((a = slash_no_default(p, lam)) && (b = px_params_no_default(p, lam, 0)) &&
      (c = px_params_with_default(p, lam, 0))) {
    OPT_STAR(d);
    LEAVE(p, make_arguments(p, a, NULL, b, c, d));
  }
  NEXT_ALT;
  if ((sd = slash_with_default(p, lam)) && (b = px_params_with_default(p, lam, 0))) {
    OPT_STAR(d);
    LEAVE(p, make_arguments(p, NULL, sd, NULL, b, d));
  }
  NEXT_ALT;
  if ((a = px_params_no_default(p, lam, 1)) && (b = px_params_with_default(p, lam, 0))) {
    OPT_STAR(d);
    LEAVE(p, make_arguments(p, NULL, NULL, a, b, d));
  }
  NEXT_ALT;
  if ((b = px_params_with_default(p, lam, 1))) {
    OPT_STAR(d);
    LEAVE(p, make_arguments(p, NULL, NULL, NULL, b, d));
  }
  NEXT_ALT;
  if ((d = star_etc(p, lam))) LEAVE(p, make_arguments(p, NULL, NULL, NULL, NULL, d));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* params: invalid_parameters | parameters */
Node *r_params(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_parameters(p);
    NEXT_ALT;
  }
  Node *a = parameters(p, 0);
  if (a) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_lambda_params(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_lambda_parameters(p);
    NEXT_ALT;
  }
  Node *a = parameters(p, 1);
  if (a) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* ---- call arguments ---------------------------------------------------------------------- */

/* starred_expression:
 *   | '*' expression | invalid_starred_expression ('*', 3.12+) */
Node *r_starred_expression(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s;
  Node *a;
  if (p->call_invalid && HAS(p, F_STAR_ASSIGN)) {
    /* invalid_starred_expression_unpacking: '*' expression '=' expression */
    Node *b;
    if ((s = px_expect(p, T_STAR)) && r_expression(p) && px_expect(p, T_EQUAL) && (b = r_expression(p)))
      LEAVE(p, px_raise_range(p, loc_tok(s), loc_node(b), "cannot assign to iterable argument unpacking"));
    NEXT_ALT;
  }
  if ((s = px_expect(p, T_STAR)) && (a = r_expression(p))) {
    Node *n = px_node(p, N_Starred, s);
    if (n) n->u.Starred.value = a, n->u.Starred.ctx = CTX_LOAD;
    LEAVE(p, n);
  }
  NEXT_ALT;
  if (HAS(p, F_INVALID_STAR) &&
      (p->call_invalid || (p->second_pass && HAS(p, F_STAR_ANYWHERE) && !HAS(p, F_STAR_GATED)))) {
    r_invalid_starred_expression(p);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

static KwOrStar *kos(Parser *p, Node *e, int is_kw) {
  KwOrStar *k = arena_alloc(p->scratch, sizeof *k);
  if (!k) return err_nomem(p->rt), p->error = 1, NULL;
  k->element = e;
  k->is_keyword = is_kw;
  return k;
}

/* kwarg_or_starred (dstar = 0) / kwarg_or_double_starred (dstar = 1):
 *   invalid_kwarg | NAME '=' expression | starred_expression / '**' expression */
static KwOrStar *kwarg(Parser *p, int dstar) {
  ENTER(p);
  int mark = p->mark;
  if (p->call_invalid) {
    r_invalid_kwarg(p);
    NEXT_ALT;
  }
  Token *s = px_peek(p), *n;
  Node *b;
  if (!s) LEAVE(p, NULL);
  if ((n = px_expect(p, T_NAME)) && px_expect(p, T_EQUAL) && (b = r_expression(p))) {
    Node *k = px_node(p, N_keyword, s);
    if (k) k->u.keyword.arg = px_id(p, n), k->u.keyword.value = b;
    LEAVE(p, p->error ? NULL : kos(p, k, 1));
  }
  NEXT_ALT;
  if (!dstar) {
    if ((b = r_starred_expression(p))) LEAVE(p, kos(p, b, 0));
  } else if (px_expect(p, T_DOUBLESTAR) && (b = r_expression(p))) {
    Node *k = px_node(p, N_keyword, s);
    if (k) k->u.keyword.value = b;
    LEAVE(p, kos(p, k, 1));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

static Vec *gather_kwargs(Parser *p, int dstar) {
  KwOrStar *k = kwarg(p, dstar);
  if (!k) return NULL;
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, k) < 0) return NULL;
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA) || !(k = kwarg(p, dstar))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, k) < 0) return NULL;
  }
  return p->error ? NULL : v;
}

/* kwargs:
 *   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *   | ','.kwarg_or_starred+
 *   | ','.kwarg_or_double_starred+ */
Vec *r_kwargs(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Vec *a, *b;
  if ((a = gather_kwargs(p, 0)) && px_expect(p, T_COMMA) && (b = gather_kwargs(p, 1))) {
    for (size_t i = 0; i < b->n; i++)
      if (vec_push(p, a, b->items[i]) < 0) LEAVE(p, NULL);
    LEAVE(p, a);
  }
  NEXT_ALT;
  if ((a = gather_kwargs(p, 0))) LEAVE(p, a);
  NEXT_ALT;
  if ((a = gather_kwargs(p, 1))) LEAVE(p, a);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* starred_expression | (assignment_expression | expression !':=') !'=' */
static Node *positional_arg(Parser *p) {
  int m = p->mark;
  Node *a = r_starred_expression(p);
  if (a || p->error) return a;
  p->mark = m;
  a = r_assignment_expression(p);   /* then !'=' applies to this group only */
  if (!a) {
    if (p->error) return NULL;
    p->mark = m;
    a = r_expression(p);
    if (a && px_next_is(p, T_COLONEQUAL)) a = NULL;
  }
  if (a && px_next_is(p, T_EQUAL)) a = NULL;
  if (!a) p->mark = m;
  return p->error ? NULL : a;
}

/* ','.positional_arg+ */
Vec *px_positional_args(Parser *p) {
  Node *a = positional_arg(p);
  if (!a) return NULL;
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, a) < 0) return NULL;
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA) || !(a = positional_arg(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, a) < 0) return NULL;
  }
  return p->error ? NULL : v;
}

/* The Call node holding the arguments (func unset). */
static Node *collect(Parser *p, Token *s, Vec *a, Vec *kw) {
  Vec args = {0, 0, NULL}, keywords = {0, 0, NULL};
  push_all(p, &args, a);
  for (size_t i = 0; kw && i < kw->n; i++) {
    KwOrStar *k = kw->items[i];
    vec_push(p, k->is_keyword ? &keywords : &args, k->element);
  }
  if (p->error) return NULL;
  Node *n = px_node(p, N_Call, s);
  if (n) n->u.Call.args = px_list(p, &args), n->u.Call.keywords = px_list(p, &keywords);
  return p->error ? NULL : n;
}

/* args:
 *   | ','.positional_arg+ [',' kwargs]
 *   | kwargs */
Node *r_args(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  Node *a = positional_arg(p);
  if (a) {
    Vec *v = vec_new(p);
    if (!v || vec_push(p, v, a) < 0) LEAVE(p, NULL);
    for (;;) {
      int m = p->mark;
      if (!px_expect(p, T_COMMA) || !(a = positional_arg(p))) {
        p->mark = m;
        break;
      }
      if (vec_push(p, v, a) < 0) LEAVE(p, NULL);
    }
    if (p->error) LEAVE(p, NULL);
    int m = p->mark;
    Vec *k = NULL;
    if (!(px_expect(p, T_COMMA) && (k = r_kwargs(p)))) {
      if (p->error) LEAVE(p, NULL);
      k = NULL;
      p->mark = m;
    }
    LEAVE(p, collect(p, s, v, k));
  }
  NEXT_ALT;
  Vec *k = r_kwargs(p);
  if (k) LEAVE(p, collect(p, s, NULL, k));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* arguments (memo): args [','] &')' | invalid_arguments */
Node *r_arguments(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_arguments, Node *);
  int mark = p->mark;
  Node *res = NULL;
  Node *a = r_args(p);
  if (a) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA)) p->mark = m;
    if (!p->error && px_next_is(p, T_RPAR)) {
      res = a;
      goto done;
    }
  }
  NEXT_ALT;
  if (p->call_invalid) {
    r_invalid_arguments(p);
    NEXT_ALT;
  }
done:
  if (p->error) LEAVE(p, NULL);
  px_memo(p, mark, M_arguments, res);
  LEAVE(p, res);
}
