/* parse_core.c: the parser's machinery, after pegen.c: filling tokens,
 * expecting them, memoization, vectors and node construction. */
#include "lang/parser.h"
#include "lang/ident.h"
#include "base/utf8.h"
#include "obj/err.h"
#include "obj/str.h"
#include "obj/num.h"
#include "base/mem.h"
#include "base/numfmt.h"
#include "exc/exc.h"

/* ---- version tables ------------------------------------------------------------- */

const PyVersion px_since[F_COUNT] = {
  [F_TYPE_PARAMS] = PY312, [F_FSTRING_TOKENS] = PY312, [F_INVALID_IMPORT] = PY312,
  [F_INVALID_STAR] = PY312, [F_KWARG_UNPACK_EQ] = PY312, [F_ARG_VALUE_EXPECTED] = PY312,
  [F_LAMBDA_IN_FSTRING] = PY312, [F_KWUNPACK_FROM_COMMA] = PY312, [F_STAR_ASSIGN] = PY312,
  [F_PATTERN_TARGET] = PY314, [F_IMPORT_NO_NAMES] = PY313, [F_NOT_AFTER_OP] = PY313,
  [F_IN_EXPECTED] = PY313, [F_IN_EXPECTED_GATED] = PY314, [F_IMPORT_TARGET] = PY314, [F_ELIF_AFTER_ELSE] = PY314,
  [F_EXCEPT_NO_PARENS] = PY314, [F_EXCEPT_AS_TARGET] = PY314, [F_ELSE_STATEMENT] = PY314,
  [F_STRING_PART] = PY314, [F_STMT_BEFORE_IF] = PY314, [F_IF_EXPR_STAR] = PY_NVERSIONS, [F_TSTRINGS] = PY314,
  [F_SOFT_KW_EXACT] = PY314, [F_STAR_ANYWHERE] = PY312, [F_STAR_GATED] = PY314,
  [F_SYNTAX_METADATA] = PY314, [F_ESCAPE_WARNING] = PY312, [F_ESCAPE_WARNING_LINE] = PY314,
};

const char *const px_msgs[MSG_COUNT][PY_NVERSIONS] = {
  [MSG_NONDEFAULT_AFTER_DEFAULT] = {"non-default argument follows default argument",
                                    "parameter without a default follows parameter with a default",
                                    "parameter without a default follows parameter with a default",
                                    "parameter without a default follows parameter with a default"},
  [MSG_SLASH_FIRST] = {"at least one argument must precede /", "at least one argument must precede /",
                       "at least one argument must precede /", "at least one argument must precede /"},
};

/* ---- tokens -------------------------------------------------------------------- */

static Token *new_token(Parser *p) {
  if (p->fill == p->size) {
    int n = p->size ? p->size * 2 : 256;
    Token **t = mem_realloc(p->toks, (size_t)n * sizeof *t);
    if (!t) return NULL;
    p->toks = t;
    p->size = n;
  }
  Token *tok = arena_alloc(p->scratch, sizeof *tok);
  if (tok) p->toks[p->fill] = tok;
  return tok;
}

/* _PyPegen_fill_token + initialize_token. */
int px_fill(Parser *p) {
  Token *t = new_token(p);
  if (!t) {
    err_nomem(p->rt);
    p->error = 1;
    return -1;
  }
  Lexer *lx = p->lx;
  int type = lx_next(lx, t);
  if (p->starting_lineno && lx->lineno == p->starting_lineno) {
    if (t->col >= 0) t->col += p->starting_col_offset;
    if (t->end_col >= 0) t->end_col += p->starting_col_offset;
  }
  p->fill++;
  if (type == T_ERRORTOKEN) {
    px_tokenizer_error(p);
    p->error = 1;
    return -1;
  }
  return 0;
}

Token *px_peek(Parser *p) {
  if (p->mark == p->fill && px_fill(p) < 0) {
    p->error = 1;
    return NULL;
  }
  return p->toks[p->mark];
}

Token *px_expect(Parser *p, int type) {
  Token *t = px_peek(p);
  if (!t || t->type != type) return NULL;
  p->mark++;
  return t;
}

Token *px_expect_kw(Parser *p, int kw) {
  Token *t = px_peek(p);
  if (!t || t->type != T_KEYWORD || t->kw != kw) return NULL;
  p->mark++;
  return t;
}

/* &&'x': raises "expected 'x'" at the token found instead. */
Token *px_expect_forced(Parser *p, int type, const char *expected) {
  if (p->error) return NULL;
  Token *t = px_peek(p);
  if (!t) return NULL;
  if (t->type != type) {
    px_raise_loc(p, loc_tok(t), "expected '%s'", expected);
    return NULL;
  }
  p->mark++;
  return t;
}

int px_str_eq(Token *t, const char *s) {
  size_t n = strlen(s);
  return t->start && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

int px_next_is(Parser *p, int type) {
  Token *t = px_peek(p);
  return t && t->type == type;
}

int px_next_is_kw(Parser *p, int kw) {
  Token *t = px_peek(p);
  return t && t->type == T_KEYWORD && t->kw == kw;
}

Token *px_last_token(Parser *p) {
  Token *t = NULL;
  for (int m = p->mark - 1; m >= 0; m--) {
    t = p->toks[m];
    if (t->type != T_ENDMARKER && (t->type < T_NEWLINE || t->type > T_DEDENT)) break;
  }
  return t;
}

/* ---- memo ------------------------------------------------------------------------ */

int px_is_memoized(Parser *p, int type, void **res) {
  Token *t = px_peek(p);
  if (!t) return 0;
  for (Memo *m = t->memo; m; m = m->next)
    if (m->type == type) {
      p->mark = m->mark;
      *res = m->node;
      return 1;
    }
  return 0;
}

void px_memo(Parser *p, int mark, int type, void *node) {
  Token *t = p->toks[mark];
  for (Memo *m = t->memo; m; m = m->next)
    if (m->type == type) {
      m->node = node;
      m->mark = p->mark;
      return;
    }
  Memo *m = arena_alloc(p->scratch, sizeof *m);
  if (!m) {
    err_nomem(p->rt);
    p->error = 1;
    return;
  }
  m->type = type;
  m->node = node;
  m->mark = p->mark;
  m->next = t->memo;
  t->memo = m;
}

void px_stack_overflow(Parser *p) {
  p->error = 1;
  if (p->v >= PY312)
    err_str(p->rt, EXC(MemoryError), "Parser stack overflowed - Python source too complex to parse");
  else
    err_set(p->rt, EXC(MemoryError), NULL);
}

/* ---- vectors --------------------------------------------------------------------- */

Vec *px_comma_seq(Parser *p, Node *(*elem)(Parser *), Node **single) {
  *single = NULL;
  Node *a = elem(p);
  if (!a) return NULL;
  Vec *v = vec_new(p);
  if (!v || vec_push(p, v, a) < 0) return NULL;
  int after_a = p->mark;
  for (;;) {
    int m = p->mark;
    Node *c;
    if (!px_expect(p, T_COMMA) || !(c = elem(p))) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, c) < 0) return NULL;
  }
  if (p->error) return NULL;
  if (v->n > 1) {
    int m = p->mark;
    if (!px_expect(p, T_COMMA)) p->mark = m;
    return p->error ? NULL : v;
  }
  p->mark = after_a;
  if (px_expect(p, T_COMMA)) return v;
  if (p->error) return NULL;
  p->mark = after_a;
  *single = a;
  return NULL;
}

Vec *vec_new(Parser *p) {
  Vec *v = arena_alloc(p->scratch, sizeof *v);
  if (!v) {
    err_nomem(p->rt);
    p->error = 1;
  }
  return v;
}

int vec_push(Parser *p, Vec *v, void *x) {
  if (v->n == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 4;
    void **items = arena_alloc(p->scratch, cap * sizeof *items);
    if (!items) {
      err_nomem(p->rt);
      p->error = 1;
      return -1;
    }
    if (v->n) memcpy(items, v->items, v->n * sizeof *items);
    v->items = items;
    v->cap = cap;
  }
  v->items[v->n++] = x;
  return 0;
}

Vec *vec_prepend(Parser *p, void *x, Vec *v) {
  Vec *r = vec_new(p);
  if (!r || vec_push(p, r, x) < 0) return NULL;
  for (size_t i = 0; v && i < v->n; i++)
    if (vec_push(p, r, v->items[i]) < 0) return NULL;
  return r;
}

NodeList px_list(Parser *p, Vec *v) {
  NodeList l = {0, NULL};
  if (!v || !v->n) return l;
  l.items = arena_alloc(p->arena, v->n * sizeof *l.items);
  if (!l.items) {
    err_nomem(p->rt);
    p->error = 1;
    return l;
  }
  for (size_t i = 0; i < v->n; i++) l.items[i] = v->items[i];
  l.n = v->n;
  return l;
}

NodeList px_list1(Parser *p, Node *n) {
  Vec v = {1, 1, (void **)&n};
  return px_list(p, &v);
}

/* ---- nodes ----------------------------------------------------------------------- */

Loc loc_node(const Node *n) { Loc l = {n->lineno, n->col, n->end_lineno, n->end_col}; return l; }
Loc loc_tok(const Token *t) { Loc l = {t->lineno, t->col, t->end_lineno, t->end_col}; return l; }

Node *px_node_at(Parser *p, NodeKind k, int lineno, int col, int end_lineno, int end_col) {
  Node *n = arena_alloc(p->arena, sizeof *n);
  if (!n) {
    err_nomem(p->rt);
    p->error = 1;
    return NULL;
  }
  n->kind = k;
  n->lineno = lineno;
  n->col = col;
  n->end_lineno = end_lineno;
  n->end_col = end_col;
  return n;
}

Node *px_node(Parser *p, NodeKind k, Token *start) {
  Token *last = px_last_token(p);
  if (!last) last = start;
  return px_node_at(p, k, start->lineno, start->col, last->end_lineno, last->end_col);
}

Node *px_node_range(Parser *p, NodeKind k, const Node *a, const Node *b) {
  return px_node_at(p, k, a->lineno, a->col, b->end_lineno, b->end_col);
}

Obj *px_keep(Parser *p, Obj *o) {
  if (!o) {
    p->error = 1;
    return NULL;
  }
  if (arena_keep(p->arena, o) < 0) {
    err_nomem(p->rt);
    p->error = 1;
    return NULL;
  }
  return o;
}

Obj *px_str(Parser *p, const char *s, size_t n) { return px_keep(p, str_new(p->rt, s, n)); }

/* An identifier: NFKC would normalize a non-ASCII one, which pyexc cannot
 * do; the first such one is remembered and refused after the parse. */
Obj *px_id(Parser *p, Token *t) {
  size_t n = (size_t)(t->end - t->start);
  Obj *id = px_str(p, t->start, n);
  if (id && !p->nfkc_line && str_len(id) != utf8_count(t->start, n) && ident_nfkc_changes(t->start, n)) {
    p->nfkc_line = t->lineno;
    p->nfkc_id = id;
  }
  return id;
}

Node *px_unsupported(Parser *p, Token *start, const char *what, const char *exprname) {
  Node *n = px_node(p, N_UNSUPPORTED, start);
  if (!n) return NULL;
  n->u.Constant.kind = str_static(exprname);
  n->u.Constant.value = px_keep(p, str_fromf(p->rt, "pyexc does not support %s (line %d)", what, start->lineno));
  return n->u.Constant.value ? n : NULL;
}

Node *px_name(Parser *p) {
  Token *t = px_expect(p, T_NAME);
  if (!t) return NULL;
  Node *n = px_node_at(p, N_Name, t->lineno, t->col, t->end_lineno, t->end_col);
  if (!n) return NULL;
  n->u.Name.id = px_id(p, t);
  n->u.Name.ctx = CTX_LOAD;
  return n->u.Name.id ? n : NULL;
}

Node *px_soft_kw(Parser *p, const char *kw) {
  Token *t = px_peek(p);
  if (!t || t->type != T_NAME || !px_str_eq(t, kw)) return NULL;
  return px_name(p);
}

/* NUMBER -> Constant (int or float); complex literals are unsupported. */
Node *px_number(Parser *p) {
  Token *t = px_expect(p, T_NUMBER);
  if (!t) return NULL;
  const char *s = t->start;
  size_t n = (size_t)(t->end - t->start);
  char last = s[n - 1];
  if (last == 'j' || last == 'J') return px_unsupported(p, t, "complex literals", "literal");
  Node *node = px_node_at(p, N_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
  if (!node) return NULL;
  int is_float = 0;
  if (!(n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' ||
                                 s[1] == 'b' || s[1] == 'B')))
    for (size_t i = 0; i < n; i++)
      if (s[i] == '.' || s[i] == 'e' || s[i] == 'E') is_float = 1;
  Obj *v;
  if (is_float) {
    double d;
    if (nf_parse_float(s, n, &d) < 0) d = 0.0;
    v = float_new(p->rt, d);
  } else {
    size_t digits = 0;
    if (!(n > 1 && s[0] == '0' && s[1] != '_' && (s[1] < '0' || s[1] > '9')))
      for (size_t i = 0; i < n; i++) digits += s[i] != '_';
    if (digits > 4300) {   /* sys.int_info.default_max_str_digits */
      px_raise_at(p, EXC(SyntaxError), t->lineno, -1, t->end_lineno, -1,
                  "Exceeds the limit (4300 digits) for integer string conversion: value has %zu digits; "
                  "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                  "integer literals to avoid decimal conversion limits.", digits);
      return NULL;
    }
    v = int_from_text(p->rt, s, n, 0);
    if (!v && err_matches(p->rt, EXC(ValueError))) {
      /* the int max str digits limit: pegen's _PyPegen_number_token */
      Obj *e = err_fetch(p->rt);
      Obj *msg = e ? exc_str(p->rt, e) : NULL;
      xdecref(e);
      if (msg) {
        px_raise_at(p, EXC(SyntaxError), t->lineno, -1, t->end_lineno, -1,
                    "%s - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    str_c(msg));
        decref(msg);
      }
      p->error = 1;
      return NULL;
    }
  }
  node->u.Constant.value = px_keep(p, v);
  return node->u.Constant.value ? node : NULL;
}

/* _PyPegen_set_expr_context. */
Node *px_set_ctx(Parser *p, Node *e, ExprContext ctx) {
  Node *n = px_node_at(p, e->kind, e->lineno, e->col, e->end_lineno, e->end_col);
  if (!n) return NULL;
  n->u = e->u;
  switch (e->kind) {
  case N_Name: n->u.Name.ctx = ctx; break;
  case N_Attribute: n->u.Attribute.ctx = ctx; break;
  case N_Subscript: n->u.Subscript.ctx = ctx; break;
  case N_Starred:
    n->u.Starred.ctx = ctx;
    n->u.Starred.value = px_set_ctx(p, e->u.Starred.value, ctx);
    if (!n->u.Starred.value) return NULL;
    break;
  case N_List: case N_Tuple: {
    NodeList *l = &n->u.List.elts;
    n->u.List.ctx = ctx;
    if (l->n) {
      Node **items = arena_alloc(p->arena, l->n * sizeof *items);
      if (!items) return err_nomem(p->rt), p->error = 1, NULL;
      for (size_t i = 0; i < l->n; i++)
        if (!(items[i] = px_set_ctx(p, e->u.List.elts.items[i], ctx))) return NULL;
      l->items = items;
    }
    break;
  }
  default: break;
  }
  return n;
}

Node *px_empty_arguments(Parser *p) {
  Node *n = px_node_at(p, N_arguments, 0, 0, 0, 0);
  return n;
}

/* _PyPegen_get_expr_name. */
const char *px_expr_name(Node *e) {
  switch ((int)e->kind) {
  case N_Attribute: return "attribute";
  case N_Subscript: return "subscript";
  case N_Starred: return "starred";
  case N_Name: return "name";
  case N_List: return "list";
  case N_Tuple: return "tuple";
  case N_Lambda: return "lambda";
  case N_Call: return "function call";
  case N_BoolOp: case N_BinOp: case N_UnaryOp: return "expression";
  case N_GeneratorExp: return "generator expression";
  case N_Yield: case N_YieldFrom: return "yield expression";
  case N_ListComp: return "list comprehension";
  case N_SetComp: return "set comprehension";
  case N_DictComp: return "dict comprehension";
  case N_Dict: return "dict literal";
  case N_Set: return "set display";
  case N_JoinedStr: case N_FormattedValue: return "f-string expression";
  case N_Constant: {
    Obj *v = e->u.Constant.value;
    if (v == None) return "None";
    if (v == Py_False) return "False";
    if (v == Py_True) return "True";
    if (v == &EllipsisObj) return "ellipsis";
    return "literal";
  }
  case N_Compare: return "comparison";
  case N_IfExp: return "conditional expression";
  case N_NamedExpr: return "named expression";
  case N_UNSUPPORTED: return str_c(e->u.Constant.kind);
  default: return "expression";
  }
}
