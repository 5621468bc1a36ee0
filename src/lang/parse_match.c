/* parse_match.c: match statements and their patterns, type aliases and
 * type parameters (3.12+). None of these is supported: they are parsed so
 * that invalid code gets CPython's SyntaxError and valid code becomes
 * N_UNSUPPORTED. Pattern nodes are placeholders that only carry positions. */
#include "lang/parser.h"
#include "obj/err.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

/* A placeholder spanning start..last token. */
static Node *pat(Parser *p, Token *start) { return px_node(p, N_Pass, start); }

static Node *r_pattern(Parser *p);
static Node *r_closed_pattern(Parser *p);

/* ','.X+ (optionally with a trailing ','). Returns the count, 0 on failure. */
static Vec *gather(Parser *p, Node *(*f)(Parser *)) {
  Node *x = f(p);
  if (!x) return NULL;
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, x) < 0) return NULL;
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA) || !(x = f(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, x) < 0) return NULL;
  }
  return p->error ? NULL : v;
}

static void opt_comma(Parser *p) {
  int m = p->mark;
  if (!px_expect(p, T_COMMA)) p->mark = m;
}

/* NUMBER, checking real/imaginary as _PyPegen_ensure_real/imaginary do. */
static Node *number(Parser *p, int want) {
  Token *t = px_peek(p);
  if (!t || t->type != T_NUMBER) return NULL;
  p->mark++;
  char last = t->end[-1];
  int imag = last == 'j' || last == 'J';
  if (want == 1 && imag) return px_raise_loc(p, loc_tok(t), "real number required in complex literal");
  if (want == 2 && !imag) return px_raise_loc(p, loc_tok(t), "imaginary number required in complex literal");
  return pat(p, t);
}

/* signed_number / signed_real_number: ['-'] NUMBER */
static Node *signed_number(Parser *p, int want) {
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) return NULL;
  Node *n = number(p, want);
  if (n || p->error) return n;
  p->mark = mark;
  if (px_expect(p, T_MINUS) && number(p, want)) return pat(p, s);
  p->mark = mark;
  return NULL;
}

/* literal_pattern / literal_expr */
static Node *r_literal(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  if (signed_number(p, 0) && !px_next_is(p, T_PLUS) && !px_next_is(p, T_MINUS) && !p->error) LEAVE(p, pat(p, s));
  NEXT_ALT;
  if (signed_number(p, 1) && (px_expect(p, T_PLUS) || px_expect(p, T_MINUS)) && number(p, 2)) LEAVE(p, pat(p, s));
  NEXT_ALT;
  if ((s->type == T_STRING || s->type == T_FSTRING_START) && r_strings(p)) LEAVE(p, pat(p, s));
  NEXT_ALT;
  if (s->type == T_KEYWORD && (s->kw == KW_None || s->kw == KW_True || s->kw == KW_False)) {
    p->mark++;
    LEAVE(p, pat(p, s));
  }
  LEAVE(p, NULL);
}

/* name_or_attr: NAME ('.' NAME)*; attr requires a dot. */
static Node *name_or_attr(Parser *p, int need_dot) {
  Token *s = px_peek(p);
  if (!s || !px_expect(p, T_NAME)) return NULL;
  int dots = 0;
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_DOT) || !px_expect(p, T_NAME)) {
      p->mark = m;
      break;
    }
    dots++;
  }
  if (p->error || (need_dot && !dots)) return NULL;
  return pat(p, s);
}

/* !('.' | '(' | '=') */
static int not_dot_paren_eq(Parser *p) {
  Token *t = px_peek(p);
  return t && t->type != T_DOT && t->type != T_LPAR && t->type != T_EQUAL;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static Node *capture_target(Parser *p) {
  int mark = p->mark;
  Token *t = px_peek(p);
  if (!t || t->type != T_NAME || px_str_eq(t, "_")) return NULL;
  p->mark++;
  if (not_dot_paren_eq(p)) return pat(p, t);
  p->mark = mark;
  return NULL;
}

static Node *wildcard(Parser *p) {
  Token *t = px_peek(p);
  if (!t || t->type != T_NAME || !px_str_eq(t, "_")) return NULL;
  p->mark++;
  return pat(p, t);
}

/* star_pattern: '*' (pattern_capture_target | wildcard_pattern) */
static Node *star_pattern(Parser *p) {
  int mark = p->mark;
  Token *s = px_expect(p, T_STAR);
  if (s && (capture_target(p) || (!p->error && wildcard(p)))) return pat(p, s);
  p->mark = mark;
  return NULL;
}

static Node *maybe_star_pattern(Parser *p) {
  int mark = p->mark;
  Node *x = star_pattern(p);
  if (x || p->error) return x;
  p->mark = mark;
  return r_pattern(p);
}

/* open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
static Node *open_sequence(Parser *p) {
  int mark = p->mark;
  Token *s = px_peek(p);
  if (s && maybe_star_pattern(p) && px_expect(p, T_COMMA)) {
    int m = p->mark;
    if (gather(p, maybe_star_pattern)) opt_comma(p);
    else p->mark = m;
    if (!p->error) return pat(p, s);
  }
  p->mark = mark;
  return NULL;
}

static Node *key_value_pattern(Parser *p) {
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *k = r_literal(p);
  if (!k && !p->error) {
    p->mark = mark;
    k = name_or_attr(p, 1);
  }
  if (k && px_expect(p, T_COLON) && r_pattern(p)) return pat(p, s);
  p->mark = mark;
  return NULL;
}

/* mapping_pattern */
static Node *mapping(Parser *p) {
  int mark = p->mark;
  Token *s = px_expect(p, T_LBRACE);
  if (!s) return NULL;
  if (px_expect(p, T_RBRACE)) return pat(p, s);
  p->mark = mark + 1;
  if (px_expect(p, T_DOUBLESTAR) && capture_target(p)) {
    opt_comma(p);
    if (px_expect(p, T_RBRACE)) return pat(p, s);
  }
  p->mark = mark + 1;
  if (!p->error && gather(p, key_value_pattern) && px_expect(p, T_COMMA) && px_expect(p, T_DOUBLESTAR) &&
      capture_target(p)) {
    opt_comma(p);
    if (px_expect(p, T_RBRACE)) return pat(p, s);
  }
  p->mark = mark + 1;
  if (!p->error && gather(p, key_value_pattern)) {
    opt_comma(p);
    if (px_expect(p, T_RBRACE)) return pat(p, s);
  }
  p->mark = mark;
  return NULL;
}

static Node *keyword_pattern(Parser *p) {
  int mark = p->mark;
  Token *s = px_expect(p, T_NAME);
  if (s && px_expect(p, T_EQUAL) && r_pattern(p)) return pat(p, s);
  p->mark = mark;
  return NULL;
}

/* invalid_class_pattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ',' positional_patterns */
Node *r_invalid_class_pattern(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (name_or_attr(p, 0) && px_expect(p, T_LPAR)) {
    int m = p->mark;
    if (!(gather(p, r_pattern) && px_expect(p, T_COMMA))) p->mark = m;
    Vec *a;
    if (!p->error && gather(p, keyword_pattern) && px_expect(p, T_COMMA) && (a = gather(p, r_pattern)))
      LEAVE(p, px_raise_range(p, loc_node(a->items[0]), loc_node(a->items[a->n - 1]),
                              "positional patterns follow keyword patterns"));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* class_pattern */
static Node *class_pattern(Parser *p) {
  int mark = p->mark;
  Token *s = px_peek(p);
  for (int alt = 0; alt < 4; alt++) {
    if (name_or_attr(p, 0) && px_expect(p, T_LPAR)) {
      int ok = 1;
      if (alt == 1 || alt == 3) ok = gather(p, r_pattern) != NULL;
      if (ok && alt == 3) ok = px_expect(p, T_COMMA) != NULL;
      if (ok && (alt == 2 || alt == 3)) ok = gather(p, keyword_pattern) != NULL;
      if (ok && alt) opt_comma(p);
      if (ok && !p->error && px_expect(p, T_RPAR)) return pat(p, s);
    }
    p->mark = mark;
    if (p->error) return NULL;
  }
  if (p->call_invalid) r_invalid_class_pattern(p);
  p->mark = mark;
  return NULL;
}

/* closed_pattern (memo) */
static Node *r_closed_pattern(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_closed_pattern, Node *);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *res = NULL;
  if (!s) LEAVE(p, NULL);
  if ((res = r_literal(p))) goto done;
  NEXT_ALT;
  if ((res = capture_target(p))) goto done;
  NEXT_ALT;
  if ((res = wildcard(p))) goto done;
  NEXT_ALT;
  if (name_or_attr(p, 1) && not_dot_paren_eq(p)) {
    res = pat(p, s);
    goto done;
  }
  NEXT_ALT;
  if (px_expect(p, T_LPAR) && r_pattern(p) && px_expect(p, T_RPAR)) {
    res = pat(p, s);
    goto done;
  }
  NEXT_ALT;
  if (px_expect(p, T_LSQB)) {
    int m = p->mark;
    if (gather(p, maybe_star_pattern)) opt_comma(p);
    else p->mark = m;
    if (!p->error && px_expect(p, T_RSQB)) {
      res = pat(p, s);
      goto done;
    }
  }
  NEXT_ALT;
  if (px_expect(p, T_LPAR)) {
    int m = p->mark;
    if (!open_sequence(p)) p->mark = m;
    if (!p->error && px_expect(p, T_RPAR)) {
      res = pat(p, s);
      goto done;
    }
  }
  NEXT_ALT;
  if ((res = mapping(p))) goto done;
  NEXT_ALT;
  if ((res = class_pattern(p))) goto done;
  NEXT_ALT;
done:
  px_memo(p, mark, M_closed_pattern, res);
  LEAVE(p, res);
}

/* or_pattern: '|'.closed_pattern+ */
static Node *or_pattern(Parser *p) {
  Token *s = px_peek(p);
  if (!s || !r_closed_pattern(p)) return NULL;
  for (;;) {
    int m = p->mark;
    if (!px_expect(p, T_VBAR) || !r_closed_pattern(p)) {
      p->mark = m;
      break;
    }
  }
  return p->error ? NULL : pat(p, s);
}

/* pattern: as_pattern | or_pattern; as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
static Node *r_pattern(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  if (or_pattern(p) && px_expect_kw(p, KW_as) && capture_target(p)) LEAVE(p, pat(p, s));
  NEXT_ALT;
  if (p->call_invalid) {
    Token *a;
    Node *e;
    if (or_pattern(p) && px_expect_kw(p, KW_as) && (a = px_peek(p)) && a->type == T_NAME && px_str_eq(a, "_"))
      LEAVE(p, px_raise_loc(p, loc_tok(a), "cannot use '_' as a target"));
    NEXT_ALT;
    if (HAS(p, F_PATTERN_TARGET)) {
      if (or_pattern(p) && px_expect_kw(p, KW_as) && (e = r_expression(p)))
        LEAVE(p, px_raise_loc(p, loc_node(e), "cannot use %s as pattern target", px_expr_name(e)));
    } else if (or_pattern(p) && px_expect_kw(p, KW_as) && !px_next_is(p, T_NAME) && !p->error && (e = r_expression(p))) {
      LEAVE(p, px_raise_loc(p, loc_node(e), "invalid pattern target"));
    }
    NEXT_ALT;
  }
  Node *r = or_pattern(p);
  if (r) LEAVE(p, r);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* patterns: open_sequence_pattern | pattern */
Node *r_patterns(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *r = open_sequence(p);
  if (r) LEAVE(p, r);
  NEXT_ALT;
  if ((r = r_pattern(p))) LEAVE(p, r);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static Node *subject_expr(Parser *p) {
  int mark = p->mark;
  Node *a;
  if ((a = r_star_named_expression(p)) && px_expect(p, T_COMMA)) {
    int m = p->mark;
    if (!r_star_named_expressions(p)) p->mark = m;
    if (!p->error) return a;
  }
  p->mark = mark;
  if (p->error) return NULL;
  return r_named_expression(p);
}

/* guard? */
static void opt_guard(Parser *p) {
  int m = p->mark;
  if (!(px_expect_kw(p, KW_if) && r_named_expression(p))) p->mark = m;
}

/* case_block: invalid_case_block | "case" patterns guard? ':' block */
static Node *case_block(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  if (p->call_invalid) {
    for (int alt = 0; alt < 2; alt++) {
      if ((a = px_soft_kw(p, "case") ? p->toks[p->mark - 1] : NULL) && r_patterns(p)) {
        opt_guard(p);
        if (!p->error) {
          if (alt == 0 && px_expect(p, T_NEWLINE)) LEAVE(p, px_raise(p, EXC(SyntaxError), "expected ':'"));
          if (alt == 1 && px_expect(p, T_COLON) && px_expect(p, T_NEWLINE) && !px_next_is(p, T_INDENT) && !p->error)
            LEAVE(p, px_raise(p, EXC(IndentationError), "expected an indented block after 'case' statement on line %d",
                              a->lineno));
        }
      }
      NEXT_ALT;
    }
  }
  Token *s = px_peek(p);
  if (px_soft_kw(p, "case") && r_patterns(p)) {
    opt_guard(p);
    if (!p->error && px_expect(p, T_COLON) && r_block(p)) LEAVE(p, pat(p, s));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
Node *r_match_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (!s) LEAVE(p, NULL);
  if (px_soft_kw(p, "match") && subject_expr(p) && px_expect(p, T_COLON) && px_expect(p, T_NEWLINE) &&
      px_expect(p, T_INDENT) && case_block(p)) {
    for (;;) {
      int m = p->mark;
      if (!case_block(p)) {
        p->mark = m;
        break;
      }
    }
    if (!p->error && px_expect(p, T_DEDENT)) LEAVE(p, px_unsupported(p, s, "'match' statements", "expression"));
  }
  NEXT_ALT;
  if (p->call_invalid) {
    if (px_soft_kw(p, "match") && subject_expr(p) && px_expect(p, T_NEWLINE))
      LEAVE(p, px_raise(p, EXC(SyntaxError), "expected ':'"));
    NEXT_ALT;
    if (px_soft_kw(p, "match") && subject_expr(p) && px_expect(p, T_COLON) && px_expect(p, T_NEWLINE) &&
        !px_next_is(p, T_INDENT) && !p->error)
      LEAVE(p, px_raise(p, EXC(IndentationError), "expected an indented block after 'match' statement on line %d",
                        s->lineno));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ---- type parameters and aliases (3.12+) ------------------------------------------------ */

/* type_param (memo) */
static Node *type_param(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_type_param, Node *);
  int mark = p->mark;
  Token *s = px_peek(p);
  Node *res = NULL;
  if (!s) LEAVE(p, NULL);
  if (px_expect(p, T_NAME)) {
    int m = p->mark;
    if (!(px_expect(p, T_COLON) && r_expression(p))) p->mark = m;
    m = p->mark;
    if (p->v >= PY313 && !(px_expect(p, T_EQUAL) && r_expression(p))) p->mark = m;
    if (!p->error) {
      res = pat(p, s);
      goto done;
    }
  }
  NEXT_ALT;
  for (int k = 0; k < 2; k++) {
    Token *c;
    Node *e;
    if (px_expect(p, k ? T_DOUBLESTAR : T_STAR) && px_expect(p, T_NAME) && (c = px_expect(p, T_COLON)) &&
        (e = r_expression(p))) {
      const char *what = k ? "ParamSpec" : "TypeVarTuple";
      LEAVE(p, px_raise_from(p, loc_tok(c), e->kind == N_Tuple ? "cannot use constraints with %s" : "cannot use bound with %s",
                             what));
    }
    NEXT_ALT;
    if (px_expect(p, k ? T_DOUBLESTAR : T_STAR) && px_expect(p, T_NAME)) {
      int m = p->mark;
      if (p->v >= PY313 && !(px_expect(p, T_EQUAL) && (k ? r_expression(p) : r_star_expression(p)))) p->mark = m;
      if (!p->error) {
        res = pat(p, s);
        goto done;
      }
    }
    NEXT_ALT;
  }
done:
  px_memo(p, mark, M_type_param, res);
  LEAVE(p, res);
}

/* type_params: '[' ','.type_param+ [','] ']' */
Node *r_type_params(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LSQB);
  if (s && gather(p, type_param)) {
    opt_comma(p);
    if (!p->error && px_expect(p, T_RSQB)) LEAVE(p, pat(p, s));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* type_alias: "type" NAME [type_params] '=' expression */
Node *r_type_alias(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_peek(p);
  if (s && px_soft_kw(p, "type") && px_expect(p, T_NAME)) {
    int m = p->mark;
    if (!r_type_params(p)) p->mark = m;
    if (!p->error && px_expect(p, T_EQUAL) && r_expression(p))
      LEAVE(p, px_unsupported(p, s, "'type' statements", "expression"));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}
