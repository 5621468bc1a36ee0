/* parse_invalid_stmt.c: the invalid_* rules of Grammar/python.gram for
 * statements: missing ':' and missing indented blocks after compound
 * statements, imports, with, try/except/finally, def and class. */
#include "lang/parser.h"
#include "obj/err.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)

Vec *px_import_from_as_names(Parser *p);
Node *px_except_block(Parser *p, int star);

static Loc tloc(Token *t) { return loc_tok(t); }

/* NEWLINE !INDENT */
static int newline_no_indent(Parser *p) {
  return px_expect(p, T_NEWLINE) && !px_next_is(p, T_INDENT) && !p->error;
}

static void *indent_error(Parser *p, const char *what, int line) {
  return px_raise(p, EXC(IndentationError), "expected an indented block after %s on line %d", what, line);
}

static void *expected_colon(Parser *p) { return px_raise(p, EXC(SyntaxError), "expected ':'"); }

/* invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
 *   kw named_expression NEWLINE  -> expected ':'
 *   kw named_expression ':' NEWLINE !INDENT -> expected an indented block */
static Node *invalid_cond_stmt(Parser *p, int kw, const char *what) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  Node *e;
  if (px_expect_kw(p, kw) && r_named_expression(p) && px_expect(p, T_NEWLINE)) LEAVE(p, expected_colon(p));
  NEXT_ALT;
  if ((a = px_expect_kw(p, kw)) && (e = r_named_expression(p)) && px_expect(p, T_COLON) && newline_no_indent(p))
    /* the 'if' rule rebinds `a` to the expression: its line is used */
    LEAVE(p, indent_error(p, what, kw == KW_if ? e->lineno : a->lineno));
  NEXT_ALT;
  LEAVE(p, NULL);
}

Node *r_invalid_if_stmt(Parser *p) { return invalid_cond_stmt(p, KW_if, "'if' statement"); }
Node *r_invalid_elif_stmt(Parser *p) { return invalid_cond_stmt(p, KW_elif, "'elif' statement"); }
Node *r_invalid_while_stmt(Parser *p) { return invalid_cond_stmt(p, KW_while, "'while' statement"); }

/* invalid_else_stmt: 'else' ':' NEWLINE !INDENT | 'else' ':' block 'elif' (3.14) */
Node *r_invalid_else_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  if ((a = px_expect_kw(p, KW_else)) && px_expect(p, T_COLON) && newline_no_indent(p))
    LEAVE(p, indent_error(p, "'else' statement", a->lineno));
  NEXT_ALT;
  if (HAS(p, F_ELIF_AFTER_ELSE)) {
    if (px_expect_kw(p, KW_else) && px_expect(p, T_COLON) && r_block(p) && px_expect_kw(p, KW_elif))
      LEAVE(p, px_raise(p, EXC(SyntaxError), "'elif' block follows an 'else' block"));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* invalid_for_stmt:
 *   ['async'] 'for' star_targets 'in' star_expressions NEWLINE -> expected ':'
 *   ['async'] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT */
Node *r_invalid_for_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  for (int alt = 0; alt < 2; alt++) {
    px_expect_kw(p, KW_async);
    if (!p->error && (a = px_expect_kw(p, KW_for)) && r_star_targets(p) && px_expect_kw(p, KW_in) &&
        r_star_expressions(p)) {
      if (alt == 0 && px_expect(p, T_NEWLINE)) LEAVE(p, expected_colon(p));
      if (alt == 1 && px_expect(p, T_COLON) && newline_no_indent(p)) LEAVE(p, indent_error(p, "'for' statement", a->lineno));
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ','.(expression ['as' star_target])+  or, parenthesized, expressions */
static int with_items_loose(Parser *p, int paren) {
  int n = 0;
  for (;;) {
    int m = p->mark;
    if (n && !px_expect(p, T_COMMA)) break;
    if (!(paren ? r_expressions(p) : r_expression(p))) {
      p->mark = m;
      break;
    }
    int m2 = p->mark;
    if (!(px_expect_kw(p, KW_as) && r_star_target(p))) p->mark = m2;
    if (p->error) return 0;
    n++;
  }
  return !p->error && n > 0;
}

/* The head of a with statement: ['async'] 'with' items, or
 * ['async'] 'with' '(' items ','? ')'. Returns the 'with' token. */
static Token *with_head(Parser *p, int paren) {
  px_expect_kw(p, KW_async);
  Token *a;
  if (p->error || !(a = px_expect_kw(p, KW_with))) return NULL;
  if (!paren) return with_items_loose(p, 0) ? a : NULL;
  if (!px_expect(p, T_LPAR) || !with_items_loose(p, 1)) return NULL;
  int m = p->mark;
  if (!px_expect(p, T_COMMA)) p->mark = m;
  return !p->error && px_expect(p, T_RPAR) ? a : NULL;
}

/* invalid_with_stmt: with_head NEWLINE -> expected ':' (both forms) */
Node *r_invalid_with_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  for (int paren = 0; paren < 2; paren++) {
    if (with_head(p, paren) && px_expect(p, T_NEWLINE)) LEAVE(p, expected_colon(p));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* invalid_with_stmt_indent: with_head ':' NEWLINE !INDENT (both forms) */
Node *r_invalid_with_stmt_indent(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  for (int paren = 0; paren < 2; paren++) {
    Token *a;
    if ((a = with_head(p, paren)) && px_expect(p, T_COLON) && newline_no_indent(p))
      LEAVE(p, indent_error(p, "'with' statement", a->lineno));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* invalid_try_stmt */
Node *r_invalid_try_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a, *b;
  if ((a = px_expect_kw(p, KW_try)) && px_expect(p, T_COLON) && newline_no_indent(p))
    LEAVE(p, indent_error(p, "'try' statement", a->lineno));
  NEXT_ALT;
  if (px_expect_kw(p, KW_try) && px_expect(p, T_COLON) && r_block(p) && !px_next_is_kw(p, KW_except) &&
      !px_next_is_kw(p, KW_finally) && !p->error)
    LEAVE(p, px_raise(p, EXC(SyntaxError), "expected 'except' or 'finally' block"));
  NEXT_ALT;
  /* 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
   * 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':' */
  for (int star = 0; star < 2; star++) {
    if (px_expect_kw(p, KW_try) && px_expect(p, T_COLON)) {
      for (;;) {
        int m = p->mark;
        if (!r_block(p)) {
          p->mark = m;
          break;
        }
      }
      int n = 0;
      for (;;) {
        int m = p->mark;
        if (!px_except_block(p, star)) {
          p->mark = m;
          break;
        }
        n++;
      }
      if (n && !p->error && (a = px_expect_kw(p, KW_except))) {
        if (!star) {
          if ((b = px_expect(p, T_STAR)) && r_expression(p)) {
            int m = p->mark;
            if (!(px_expect_kw(p, KW_as) && px_expect(p, T_NAME))) p->mark = m;
            if (!p->error && px_expect(p, T_COLON))
              LEAVE(p, px_raise_range(p, tloc(a), tloc(b), "cannot have both 'except' and 'except*' on the same 'try'"));
          }
        } else {
          int m = p->mark;
          if (r_expression(p)) {
            int m2 = p->mark;
            if (!(px_expect_kw(p, KW_as) && px_expect(p, T_NAME))) p->mark = m2;
          } else {
            p->mark = m;
          }
          if (!p->error && px_expect(p, T_COLON))
            LEAVE(p, px_raise_loc(p, tloc(a), "cannot have both 'except' and 'except*' on the same 'try'"));
        }
      }
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ['as' NAME] */
static void opt_as_name(Parser *p) {
  int m = p->mark;
  if (!(px_expect_kw(p, KW_as) && px_expect(p, T_NAME))) p->mark = m;
}

/* invalid_except_stmt (3.11-3.13 forms, and 3.14's) */
Node *r_invalid_except_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  Token *t;
  int v314 = HAS(p, F_EXCEPT_NO_PARENS);
  /* 'except' '*'? expression ',' expressions ['as' NAME] ':'   (3.14: no '*', 'as' NAME required) */
  if (px_expect_kw(p, KW_except)) {
    if (!v314 && !px_expect(p, T_STAR) && p->error) LEAVE(p, NULL);
    if ((a = r_expression(p)) && px_expect(p, T_COMMA) && r_expressions(p)) {
      int ok;
      if (v314) ok = px_expect_kw(p, KW_as) && px_expect(p, T_NAME);
      else {
        opt_as_name(p);
        ok = !p->error;
      }
      if (ok && px_expect(p, T_COLON))
        LEAVE(p, px_raise_from(p, loc_node(a), v314 ? "multiple exception types must be parenthesized when using 'as'"
                                                    : "multiple exception types must be parenthesized"));
    }
  }
  NEXT_ALT;
  /* 'except' '*'? expression ['as' NAME] NEWLINE */
  if (px_expect_kw(p, KW_except)) {
    if (!v314 && !px_expect(p, T_STAR) && p->error) LEAVE(p, NULL);
    if (r_expression(p)) {
      opt_as_name(p);
      if (!p->error && px_expect(p, T_NEWLINE)) LEAVE(p, expected_colon(p));
    }
  }
  NEXT_ALT;
  if (px_expect_kw(p, KW_except) && px_expect(p, T_NEWLINE)) LEAVE(p, expected_colon(p));
  NEXT_ALT;
  if (!v314) {
    /* 'except' '*' (NEWLINE | ':') */
    if (px_expect_kw(p, KW_except) && px_expect(p, T_STAR) && (px_expect(p, T_NEWLINE) || px_expect(p, T_COLON)))
      LEAVE(p, px_raise(p, EXC(SyntaxError), "expected one or more exception types"));
    NEXT_ALT;
  } else {
    /* 'except' expression 'as' expression ':' block */
    if (px_expect_kw(p, KW_except) && r_expression(p) && px_expect_kw(p, KW_as) && (a = r_expression(p)) &&
        px_expect(p, T_COLON) && r_block(p))
      LEAVE(p, px_raise_loc(p, loc_node(a), "cannot use except statement with %s", px_expr_name(a)));
    NEXT_ALT;
  }
  (void)t;
  LEAVE(p, NULL);
}

/* invalid_except_star_stmt (3.14) */
Node *r_invalid_except_star_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Node *a;
  if (px_expect_kw(p, KW_except) && px_expect(p, T_STAR) && (a = r_expression(p)) && px_expect(p, T_COMMA) &&
      r_expressions(p) && px_expect_kw(p, KW_as) && px_expect(p, T_NAME) && px_expect(p, T_COLON))
    LEAVE(p, px_raise_from(p, loc_node(a), "multiple exception types must be parenthesized when using 'as'"));
  NEXT_ALT;
  if (px_expect_kw(p, KW_except) && px_expect(p, T_STAR) && r_expression(p)) {
    opt_as_name(p);
    if (!p->error && px_expect(p, T_NEWLINE)) LEAVE(p, expected_colon(p));
  }
  NEXT_ALT;
  if (px_expect_kw(p, KW_except) && px_expect(p, T_STAR) && (px_expect(p, T_NEWLINE) || px_expect(p, T_COLON)))
    LEAVE(p, px_raise(p, EXC(SyntaxError), "expected one or more exception types"));
  NEXT_ALT;
  if (px_expect_kw(p, KW_except) && px_expect(p, T_STAR) && r_expression(p) && px_expect_kw(p, KW_as) &&
      (a = r_expression(p)) && px_expect(p, T_COLON) && r_block(p))
    LEAVE(p, px_raise_loc(p, loc_node(a), "cannot use except* statement with %s", px_expr_name(a)));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT */
Node *r_invalid_finally_stmt(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  if ((a = px_expect_kw(p, KW_finally)) && px_expect(p, T_COLON) && newline_no_indent(p))
    LEAVE(p, indent_error(p, "'finally' statement", a->lineno));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_except_stmt_indent:
 *   'except' expression ['as' NAME] ':' NEWLINE !INDENT | 'except' ':' NEWLINE !INDENT */
Node *r_invalid_except_stmt_indent(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  if ((a = px_expect_kw(p, KW_except)) && r_expression(p)) {
    opt_as_name(p);
    if (!p->error && px_expect(p, T_COLON) && newline_no_indent(p)) LEAVE(p, indent_error(p, "'except' statement", a->lineno));
  }
  NEXT_ALT;
  if ((a = px_expect_kw(p, KW_except)) && px_expect(p, T_COLON) && newline_no_indent(p))
    LEAVE(p, indent_error(p, "'except' statement", a->lineno));
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT */
Node *r_invalid_except_star_stmt_indent(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  if ((a = px_expect_kw(p, KW_except)) && px_expect(p, T_STAR) && r_expression(p)) {
    opt_as_name(p);
    if (!p->error && px_expect(p, T_COLON) && newline_no_indent(p)) LEAVE(p, indent_error(p, "'except*' statement", a->lineno));
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
Node *r_invalid_def_raw(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a;
  px_expect_kw(p, KW_async);
  if (!p->error && (a = px_expect_kw(p, KW_def)) && px_expect(p, T_NAME)) {
    if (HAS(p, F_TYPE_PARAMS)) {
      int m = p->mark;
      if (!r_type_params(p)) p->mark = m;
    }
    if (!p->error && px_expect(p, T_LPAR)) {
      int m = p->mark;
      if (!r_params(p)) p->mark = m;
      if (!p->error && px_expect(p, T_RPAR)) {
        m = p->mark;
        if (!(px_expect(p, T_RARROW) && r_expression(p))) p->mark = m;
        if (!p->error && px_expect(p, T_COLON) && newline_no_indent(p))
          LEAVE(p, indent_error(p, "function definition", a->lineno));
      }
    }
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_class_def_raw:
 *   'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE -> expected ':'
 *   'class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT */
Node *r_invalid_class_def_raw(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  for (int alt = 0; alt < 2; alt++) {
    Token *a;
    if ((a = px_expect_kw(p, KW_class)) && px_expect(p, T_NAME)) {
      if (HAS(p, F_TYPE_PARAMS)) {
        int m = p->mark;
        if (!r_type_params(p)) p->mark = m;
      }
      int m = p->mark;
      if (!p->error && px_expect(p, T_LPAR)) {
        int m2 = p->mark;
        if (!r_arguments(p)) p->mark = m2;
        if (p->error || !px_expect(p, T_RPAR)) p->mark = m;
      } else {
        p->mark = m;
      }
      if (!p->error) {
        if (alt == 0 && px_expect(p, T_NEWLINE)) LEAVE(p, expected_colon(p));
        if (alt == 1 && px_expect(p, T_COLON) && newline_no_indent(p))
          LEAVE(p, indent_error(p, "class definition", a->lineno));
      }
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* ---- imports ------------------------------------------------------------------------------ */

/* invalid_import (3.12): 'import' ','.dotted_name+ 'from' dotted_name
 *                 (3.13): | 'import' NEWLINE */
Node *r_invalid_import(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *a, *t;
  if ((a = px_expect_kw(p, KW_import)) && r_dotted_name(p)) {
    for (;;) {
      int m = p->mark;
      if (!px_expect(p, T_COMMA) || !r_dotted_name(p)) {
        p->mark = m;
        break;
      }
    }
    if (!p->error && px_expect_kw(p, KW_from) && r_dotted_name(p))
      LEAVE(p, px_raise_from(p, tloc(a), "Did you mean to use 'from ... import ...' instead?"));
  }
  NEXT_ALT;
  if (HAS(p, F_IMPORT_NO_NAMES)) {
    if (px_expect_kw(p, KW_import) && (t = px_expect(p, T_NEWLINE)))
      LEAVE(p, px_raise_from(p, tloc(t), "Expected one or more names after 'import'"));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* invalid_import_from_targets: import_from_as_names ',' NEWLINE | NEWLINE (3.13) */
Node *r_invalid_import_from_targets(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *t;
  if (px_import_from_as_names(p) && px_expect(p, T_COMMA) && px_expect(p, T_NEWLINE))
    LEAVE(p, px_raise(p, EXC(SyntaxError), "trailing comma not allowed without surrounding parentheses"));
  NEXT_ALT;
  if (HAS(p, F_IMPORT_NO_NAMES)) {
    if ((t = px_expect(p, T_NEWLINE))) LEAVE(p, px_raise_from(p, tloc(t), "Expected one or more names after 'import'"));
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* 'as' !(NAME (',' | ')' | ';' | NEWLINE)) expression -> cannot use %s as import target */
static Node *bad_import_target(Parser *p) {
  Node *a;
  if (!px_expect_kw(p, KW_as)) return NULL;
  int m = p->mark;
  int blocked = 0;
  if (px_expect(p, T_NAME)) {
    Token *t = px_peek(p);
    blocked = t && (t->type == T_COMMA || t->type == T_RPAR || t->type == T_SEMI || t->type == T_NEWLINE);
  }
  p->mark = m;
  if (p->error || blocked || !(a = r_expression(p))) return NULL;
  return px_raise_loc(p, loc_node(a), "cannot use %s as import target", px_expr_name(a));
}

/* invalid_dotted_as_name (3.14): dotted_name 'as' ... */
Node *r_invalid_dotted_as_name(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (r_dotted_name(p)) bad_import_target(p);
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* invalid_import_from_as_name (3.14): NAME 'as' ... */
Node *r_invalid_import_from_as_name(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  if (px_expect(p, T_NAME)) bad_import_target(p);
  NEXT_ALT;
  LEAVE(p, NULL);
}
