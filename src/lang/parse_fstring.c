/* parse_fstring.c: the `strings` rule. For 3.11 the STRING tokens go to
 * px_concat_strings (parse_string.c); from 3.12 on f-strings are made of
 * FSTRING_START / FSTRING_MIDDLE / FSTRING_END tokens and replacement
 * fields parsed by the grammar (PEP 701), as below. The trees are built in
 * 3.11's shape (JoinedStr of Constant and FormattedValue). */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "base/strbuf.h"

#define NEXT_ALT do { p->mark = mark; if (p->error) LEAVE(p, NULL); } while (0)


/* (yield_expr | star_expressions), i.e. annotated_rhs */
static Node *field_expr(Parser *p) { return r_annotated_rhs(p); }

static int is_raw_fstring(Token *start) {
  for (const char *s = start->start; *s != '\'' && *s != '"'; s++)
    if (*s == 'r' || *s == 'R') return 1;
  return 0;
}

/* An FSTRING_MIDDLE token decoded (doubled braces are already single). */
static Node *middle_constant(Parser *p, Token *t, int raw) {
  int unsup = 0;
  size_t n = (size_t)(t->end - t->start);
  Obj *v = px_decode_str(p, t, t->start, n, raw, &unsup);
  if (!v) return NULL;
  if (unsup) return px_unsupported(p, t, "\\N{...} escapes", "literal");
  Node *c = px_node_at(p, N_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
  if (c) c->u.Constant.value = v;
  return c;
}

static Node *r_replacement_field(Parser *p, int raw);
static Vec *fold_constants(Parser *p, Vec *items, int drop_empty);

/* fstring_format_spec*: FSTRING_MIDDLE | fstring_replacement_field */
static Vec *format_specs(Parser *p, int raw) {
  Vec *v = vec_new(p);
  if (!v) return NULL;
  for (;;) {
    int m = p->mark;
    Token *t;
    Node *x = NULL;
    if ((t = px_expect(p, T_FSTRING_MIDDLE))) {
      p->raw_decode_errors = 1;   /* _PyPegen_decoded_constant_from_token: no conversion */
      x = middle_constant(p, t, raw);
      p->raw_decode_errors = 0;
    } else if (!p->error) {
      x = r_replacement_field(p, raw);
    }
    if (!x) {
      p->mark = m;
      break;
    }
    if (vec_push(p, v, x) < 0) return NULL;
  }
  return p->error ? NULL : v;
}

/* invalid_replacement_field (3.12) */
static Node *invalid_field(Parser *p, int raw) {
  ENTER(p);
  int mark = p->mark;
  static const struct { int tok; const char *ch; } before[] = {
    {T_EQUAL, "="}, {T_EXCLAMATION, "!"}, {T_COLON, ":"}, {T_RBRACE, "}"}};
  Token *a;
  for (int i = 0; i < 4; i++) {
    if (px_expect(p, T_LBRACE) && (a = px_expect(p, before[i].tok)))
      LEAVE(p, px_raise_loc(p, loc_tok(a), "f-string: valid expression required before '%s'", before[i].ch));
    NEXT_ALT;
  }
  if (px_expect(p, T_LBRACE)) {
    int m = p->mark;
    Node *e = field_expr(p);
    p->mark = m;
    if (!e && !p->error) LEAVE(p, px_raise_next(p, "f-string: expecting a valid expression after '{'"));
  }
  NEXT_ALT;
  if (px_expect(p, T_LBRACE) && field_expr(p)) {
    Token *t = px_peek(p);
    if (t && t->type != T_EQUAL && t->type != T_EXCLAMATION && t->type != T_COLON && t->type != T_RBRACE)
      LEAVE(p, err_occurred(p->rt) ? NULL : px_raise_next(p, "f-string: expecting '=', or '!', or ':', or '}'"));
  }
  NEXT_ALT;
  if (px_expect(p, T_LBRACE) && field_expr(p) && px_expect(p, T_EQUAL)) {
    Token *t = px_peek(p);
    if (t && t->type != T_EXCLAMATION && t->type != T_COLON && t->type != T_RBRACE)
      LEAVE(p, err_occurred(p->rt) ? NULL : px_raise_next(p, "f-string: expecting '!', or ':', or '}'"));
  }
  NEXT_ALT;
  /* '{' expr '='? invalid_conversion_character */
  if (px_expect(p, T_LBRACE) && field_expr(p)) {
    int m = p->mark;
    if (!px_expect(p, T_EQUAL)) p->mark = m;
    if (!p->error && px_expect(p, T_EXCLAMATION)) {
      Token *t = px_peek(p);
      if (t && (t->type == T_COLON || t->type == T_RBRACE))
        LEAVE(p, px_raise_next(p, "f-string: missing conversion character"));
      if (t && t->type != T_NAME) LEAVE(p, px_raise_next(p, "f-string: invalid conversion character"));
    }
  }
  NEXT_ALT;
  for (int alt = 0; alt < 3; alt++) {
    if (px_expect(p, T_LBRACE) && field_expr(p)) {
      int m = p->mark;
      if (!px_expect(p, T_EQUAL)) p->mark = m;
      m = p->mark;
      if (!(px_expect(p, T_EXCLAMATION) && px_expect(p, T_NAME))) p->mark = m;
      if (!p->error) {
        Token *t = px_peek(p);
        if (alt == 0 && t && t->type != T_COLON && t->type != T_RBRACE)
          LEAVE(p, err_occurred(p->rt) ? NULL : px_raise_next(p, "f-string: expecting ':' or '}'"));
        if (alt == 1 && px_expect(p, T_COLON) && format_specs(p, raw) && !px_next_is(p, T_RBRACE) && !p->error)
          LEAVE(p, err_occurred(p->rt) ? NULL : px_raise_next(p, "f-string: expecting '}', or format specs"));
        if (alt == 2 && t && t->type != T_RBRACE)
          LEAVE(p, err_occurred(p->rt) ? NULL : px_raise_next(p, "f-string: expecting '}'"));
      }
    }
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

static int valid_conversion(Node *conv) {
  const char *c = str_c(conv->u.Name.id);
  return str_len(conv->u.Name.id) == 1 && (c[0] == 's' || c[0] == 'r' || c[0] == 'a');
}

/* fstring_replacement_field:
 *   '{' (yield_expr | star_expressions) '='? ['!' NAME] [':' fstring_format_spec*] '}'
 *   | invalid_replacement_field */
static Node *r_replacement_field(Parser *p, int raw) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_LBRACE);
  Node *a;
  if (s && (a = field_expr(p))) {
    int m = p->mark;
    Token *debug = px_expect(p, T_EQUAL), *conv_tok = NULL, *colon = NULL, *rbrace;
    Node *conv = NULL, *spec = NULL;
    if (!debug) p->mark = m;
    m = p->mark;
    if ((conv_tok = px_expect(p, T_EXCLAMATION)) && (conv = px_name(p))) {
      if (conv_tok->lineno != conv->lineno || conv_tok->end_col != conv->col)
        LEAVE(p, px_raise_range(p, loc_tok(conv_tok), loc_node(conv),
                                p->v >= PY314 ? "f-string: conversion type must come right after the exclamation mark"
                                              : "f-string: conversion type must come right after the exclamanation mark"));
      if (p->v >= PY314 && !valid_conversion(conv))   /* 3.14 checks it here, before the '}' */
        LEAVE(p, px_raise_loc(p, loc_node(conv), "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'",
                              str_c(conv->u.Name.id)));
    } else {
      if (p->error) LEAVE(p, NULL);
      conv_tok = NULL;
      conv = NULL;
      p->mark = m;
    }
    m = p->mark;
    Vec *specs = NULL;
    if ((colon = px_expect(p, T_COLON)) && (specs = format_specs(p, raw))) {
      /* _PyPegen_setup_full_format_spec: empty pieces go, constants fold */
      spec = px_node(p, N_JoinedStr, colon);
      if (!spec || !(specs = fold_constants(p, specs, 1))) LEAVE(p, NULL);
      spec->u.JoinedStr.values = px_list(p, specs);
    } else {
      if (p->error) LEAVE(p, NULL);
      colon = NULL;
      p->mark = m;
    }
    if ((rbrace = px_expect(p, T_RBRACE))) {
      int conversion = -1;
      if (conv) {
        const char *c = str_c(conv->u.Name.id);
        if (!valid_conversion(conv))
          LEAVE(p, px_raise_loc(p, loc_node(conv), "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", c));
        conversion = c[0];
      } else if (debug && !spec) {
        conversion = 'r';
      }
      Node *fv = px_node(p, N_FormattedValue, s);
      if (!fv) LEAVE(p, NULL);
      fv->u.FormattedValue.value = a;
      fv->u.FormattedValue.conversion = conversion;
      fv->u.FormattedValue.format_spec = spec;
      if (!debug) LEAVE(p, fv);
      /* the debug text: the source between '{' and the first ! : or } */
      Token *mt = conv_tok ? conv_tok : colon ? colon : rbrace;
      Obj *text = mt->dbg ? px_str(p, mt->dbg, (size_t)(mt->dbg_end - mt->dbg)) : px_str(p, "", 0);
      /* it spans from after the '{' to the '!', ':' or '}' */
      Node *c = text ? px_node(p, N_Constant, s) : NULL;
      Node *j = c ? px_node(p, N_JoinedStr, s) : NULL;
      if (!j) LEAVE(p, NULL);
      c->u.Constant.value = text;
      c->col = s->col + 1;
      if (conv) c->end_lineno = conv->lineno, c->end_col = conv->col - 1;
      else if (spec) c->end_lineno = spec->lineno, c->end_col = spec->col;
      else c->end_lineno = rbrace->end_lineno, c->end_col = rbrace->end_col - 1;
      Vec *v = vec_new(p);
      if (!v || vec_push(p, v, c) < 0 || vec_push(p, v, fv) < 0) LEAVE(p, NULL);
      j->u.JoinedStr.values = px_list(p, v);
      LEAVE(p, j);
    }
  }
  NEXT_ALT;
  if (p->call_invalid) {
    invalid_field(p, raw);
    NEXT_ALT;
  }
  LEAVE(p, NULL);
}

/* fstring: FSTRING_START fstring_middle* FSTRING_END -> JoinedStr */
Node *r_fstring(Parser *p) {
  ENTER(p);
  int mark = p->mark;
  Token *s = px_expect(p, T_FSTRING_START);
  if (!s) LEAVE(p, NULL);
  int raw = is_raw_fstring(s);
  Vec *v = vec_new(p), *mids = vec_new(p);
  if (!v || !mids) LEAVE(p, NULL);
  for (;;) {
    int m = p->mark;
    Token *t;
    Node *x = NULL;
    if ((t = px_expect(p, T_FSTRING_MIDDLE))) {
      /* decoded once FSTRING_END is reached, as _PyPegen_joined_str does */
      if (vec_push(p, mids, t) < 0 || vec_push(p, v, NULL) < 0) LEAVE(p, NULL);
      continue;
    }
    if (!p->error) x = r_replacement_field(p, raw);
    if (!x) {
      p->mark = m;
      break;
    }
    if (x->kind == N_JoinedStr) {   /* a debug field: its text and value */
      for (size_t i = 0; i < x->u.JoinedStr.values.n; i++)
        if (vec_push(p, v, x->u.JoinedStr.values.items[i]) < 0) LEAVE(p, NULL);
    } else if (vec_push(p, v, x) < 0) {
      LEAVE(p, NULL);
    }
  }
  if (p->error) LEAVE(p, NULL);
  if (px_expect(p, T_FSTRING_END)) {
    for (size_t i = 0, k = 0; i < v->n; i++)
      if (!v->items[i] && !(v->items[i] = middle_constant(p, mids->items[k++], raw))) LEAVE(p, NULL);
    char c0 = s->start[0];
    if (c0 == 't' || c0 == 'T' || ((c0 == 'r' || c0 == 'R') && (s->start[1] == 't' || s->start[1] == 'T')))
      LEAVE(p, px_unsupported(p, s, "t-strings", "t-string expression"));
    Node *j = px_node(p, N_JoinedStr, s);
    if (j) j->u.JoinedStr.values = px_list(p, v);
    LEAVE(p, p->error ? NULL : j);
  }
  NEXT_ALT;
  LEAVE(p, NULL);
}

/* The folding step of _PyPegen_concatenate_strings (3.12+): a run of two
 * or more Constants becomes one, spanning the first to the last; in an
 * f-string (drop_empty) empty Constants are left out. */
static Vec *fold_constants(Parser *p, Vec *items, int drop_empty) {
  Vec *out = vec_new(p);
  if (!out) return NULL;
  for (size_t i = 0; i < items->n; i++) {
    Node *e = items->items[i];
    if (e->kind == N_Constant && i + 1 < items->n && ((Node *)items->items[i + 1])->kind == N_Constant) {
      StrBuf b = SB_INIT;
      Node *first = e, *last = e;
      size_t j = i;
      for (; j < items->n && ((Node *)items->items[j])->kind == N_Constant; j++) {
        last = items->items[j];
        sb_add(&b, str_c(last->u.Constant.value), str_len(last->u.Constant.value));
      }
      i = j - 1;
      e = px_node_at(p, N_Constant, first->lineno, first->col, last->end_lineno, last->end_col);
      if (!e || !(e->u.Constant.value = px_keep(p, str_from_buf(p->rt, &b)))) {
        sb_free(&b);
        return NULL;
      }
      e->u.Constant.kind = first->u.Constant.kind;
    }
    if (drop_empty && e->kind == N_Constant && is_type(e->u.Constant.value, &StrType) && str_len(e->u.Constant.value) == 0)
      continue;
    if (vec_push(p, out, e) < 0) return NULL;
  }
  return out;
}

/* _PyPegen_concatenate_strings (3.12+): parts are Constants and JoinedStrs. */
Node *px_concat_strings_312(Parser *p, Vec *parts, Token *start) {
  int fstring = 0, unicode = 0, bytes = 0;
  for (size_t i = 0; i < parts->n; i++) {
    Node *e = parts->items[i];
    if (e->kind == N_Constant) {
      if (is_type(e->u.Constant.value, &BytesType)) bytes = 1;
      else unicode = 1;
    } else {
      fstring = 1;
      if (e->kind == N_UNSUPPORTED) return e;
    }
  }
  if ((unicode || fstring) && bytes) return px_raise(p, EXC(SyntaxError), "cannot mix bytes and nonbytes literals");
  StrBuf b = SB_INIT;
  if (bytes) {
    for (size_t i = 0; i < parts->n; i++) {
      Bytes *o = (Bytes *)((Node *)parts->items[i])->u.Constant.value;
      sb_add(&b, o->s, o->len);
    }
    Obj *v = px_keep(p, bytes_new(p->rt, b.data ? b.data : "", b.len));
    sb_free(&b);
    Node *n = v ? px_node(p, N_Constant, start) : NULL;
    if (n) n->u.Constant.value = v;
    return n;
  }
  if (!fstring && parts->n == 1) return parts->items[0];
  Vec *flat = vec_new(p);
  if (!flat) return NULL;
  for (size_t i = 0; i < parts->n; i++) {
    Node *e = parts->items[i];
    NodeList items = e->kind == N_JoinedStr ? e->u.JoinedStr.values : (NodeList){1, &e};
    for (size_t k = 0; k < items.n; k++)
      if (vec_push(p, flat, items.items[k]) < 0) return NULL;
  }
  Vec *out = fold_constants(p, flat, fstring);
  if (!out) return NULL;
  if (!fstring) {
    Node *c = out->items[0];
    c->lineno = start->lineno, c->col = start->col;
    Token *last = px_last_token(p);
    c->end_lineno = last->end_lineno, c->end_col = last->end_col;
    if (start->start[0] == 'u') c->u.Constant.kind = px_keep(p, incref(str_static("u")));
    return c;
  }
  Node *j = px_node(p, N_JoinedStr, start);
  if (j) j->u.JoinedStr.values = px_list(p, out);
  return p->error ? NULL : j;
}

/* string: STRING (3.12+: one literal) */
static Node *string_constant(Parser *p, Token *t) {
  Lit l;
  int unsup = 0;
  px_split_literal(t, &l);
  Obj *v = l.bytes ? px_decode_bytes(p, t, l.body, l.len, l.raw) : px_decode_str(p, t, l.body, l.len, l.raw, &unsup);
  if (!v) return NULL;
  if (unsup) return px_unsupported(p, t, "\\N{...} escapes", "literal");
  Node *c = px_node_at(p, N_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
  if (c) c->u.Constant.value = v;
  if (c && t->start[0] == 'u') c->u.Constant.kind = px_keep(p, incref(str_static("u")));
  return c;
}

/* strings (memo): STRING+ (3.11) | (fstring|string)+ (3.12+) */
Node *r_strings(Parser *p) {
  ENTER(p);
  MEMO_CHECK(p, M_strings, Node *);
  int mark = p->mark;
  Token *first = px_peek(p);
  Node *res = NULL;
  Vec *v = vec_new(p);
  if (!first || !v) LEAVE(p, NULL);
  if (!HAS(p, F_FSTRING_TOKENS)) {
    Token *t;
    while ((t = px_expect(p, T_STRING)))
      if (vec_push(p, v, t) < 0) LEAVE(p, NULL);
    if (p->error) LEAVE(p, NULL);
    if (v->n) res = px_concat_strings(p, v, first, v->items[v->n - 1]);
  } else {
    for (;;) {
      int m = p->mark;
      Token *t;
      Node *x = NULL;
      if ((t = px_expect(p, T_STRING))) x = string_constant(p, t);
      else if (!p->error) x = r_fstring(p);
      if (!x) {
        if (p->error) LEAVE(p, NULL);
        p->mark = m;
        break;
      }
      if (vec_push(p, v, x) < 0) LEAVE(p, NULL);
    }
    if (v->n) res = px_concat_strings_312(p, v, first);
  }
  if (p->error) LEAVE(p, NULL);
  if (!res) p->mark = mark;
  px_memo(p, mark, M_strings, res);
  LEAVE(p, res);
}

/* fstring: star_expressions (the start rule of 3.11's f-string sub-parsers) */
Node *r_fstring_input(Parser *p) { return r_star_expressions(p); }

Node *r_invalid_fstring_replacement_field(Parser *p) { return invalid_field(p, 0); }
