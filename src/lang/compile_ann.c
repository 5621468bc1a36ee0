/* compile_ann.c: annotations of functions and class bodies, as each
 * version keeps them:
 *   3.11-3.13  evaluated where the function is defined, into a dict
 *              (MAKE_FUNCTION's MF_ANNOTATIONS);
 *   3.14       compiled into an __annotate__(format) function run when
 *              __annotations__ is first read (PEP 649, MF_ANNOTATE); in a
 *              class, names are looked up in the class namespace first;
 *   __future__ annotations: strings, the expressions unparsed.
 * The order is CPython's: args, positional-only, *args, keyword-only,
 * **kwargs, return. */
#include "lang/compile.h"
#include "obj/err.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/ops.h"
#include "obj/num.h"
#include "exc/exc.h"
#include "base/strbuf.h"

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static int load_const(Compiler *c, Obj *v) {
  int k = c_const(c, v);
  return k < 0 ? -1 : c_emit(c, OP_LOAD_CONST, k);
}

/* ---- unparsing (CPython's ast_unparse.c, for what annotations hold) ------------------------- */

enum { PR_TUPLE = 0, PR_TEST = 1, PR_BOR = 5, PR_ATOM = 20 };

static void unparse(Rt *rt, StrBuf *b, const Node *e, int level);

static void unparse_list(Rt *rt, StrBuf *b, const NodeList *l) {
  for (size_t i = 0; i < l->n; i++) {
    if (i) sb_adds(b, ", ");
    unparse(rt, b, l->items[i], PR_TEST);
  }
}

static void unparse(Rt *rt, StrBuf *b, const Node *e, int level) {
  switch (e->kind) {
  case N_Name: sb_add(b, str_c(e->u.Name.id), str_len(e->u.Name.id)); return;
  case N_Constant: {
    Obj *v = e->u.Constant.value;
    if (v == &EllipsisObj) { sb_adds(b, "..."); return; }
    Obj *r = obj_repr(rt, v);
    if (r) { sb_add(b, str_c(r), str_len(r)); decref(r); }
    else err_clear(rt);
    return;
  }
  case N_Attribute:
    unparse(rt, b, e->u.Attribute.value, PR_ATOM);
    sb_addc(b, '.');
    sb_add(b, str_c(e->u.Attribute.attr), str_len(e->u.Attribute.attr));
    return;
  case N_Subscript: {
    unparse(rt, b, e->u.Subscript.value, PR_ATOM);
    sb_addc(b, '[');
    const Node *s = e->u.Subscript.slice;
    if (s->kind == N_Tuple && s->u.List.elts.n) unparse_list(rt, b, &s->u.List.elts);
    else unparse(rt, b, s, PR_TUPLE);
    sb_addc(b, ']');
    return;
  }
  case N_Tuple:
    if (level > PR_TUPLE || !e->u.List.elts.n) sb_addc(b, '(');
    unparse_list(rt, b, &e->u.List.elts);
    if (e->u.List.elts.n == 1) sb_addc(b, ',');
    if (level > PR_TUPLE || !e->u.List.elts.n) sb_addc(b, ')');
    return;
  case N_List:
    sb_addc(b, '[');
    unparse_list(rt, b, &e->u.List.elts);
    sb_addc(b, ']');
    return;
  case N_BinOp:
    if (e->u.BinOp.op == OP_OR) {
      if (level > PR_BOR) sb_addc(b, '(');
      unparse(rt, b, e->u.BinOp.left, PR_BOR);
      sb_adds(b, " | ");
      unparse(rt, b, e->u.BinOp.right, PR_BOR + 1);
      if (level > PR_BOR) sb_addc(b, ')');
      return;
    }
    break;
  case N_Starred:
    sb_addc(b, '*');
    unparse(rt, b, e->u.Starred.value, PR_BOR);
    return;
  case N_Call:
    unparse(rt, b, e->u.Call.func, PR_ATOM);
    sb_addc(b, '(');
    unparse_list(rt, b, &e->u.Call.args);
    for (size_t i = 0; i < e->u.Call.keywords.n; i++) {
      const Node *k = e->u.Call.keywords.items[i];
      if (i || e->u.Call.args.n) sb_adds(b, ", ");
      if (k->u.keyword.arg) { sb_add(b, str_c(k->u.keyword.arg), str_len(k->u.keyword.arg)); sb_addc(b, '='); }
      else sb_adds(b, "**");
      unparse(rt, b, k->u.keyword.value, PR_TEST);
    }
    sb_addc(b, ')');
    return;
  default:
    break;
  }
  sb_adds(b, "...");   /* forms annotations rarely take */
}

static int load_annotation_string(Compiler *c, const Node *e) {
  StrBuf b = SB_INIT;
  unparse(c->rt, &b, e, PR_TEST);
  Obj *s = str_from_buf(c->rt, &b);
  if (!s) return -1;
  int r = load_const(c, s);
  decref(s);
  return r;
}

/* ---- the name: value pairs ----------------------------------------------------------------- */

static int pair(Compiler *c, Obj *name, const Node *ann, int *n) {
  if (!ann) return 0;
  TRY(load_const(c, name));
  if (c->st.future_annotations) TRY(load_annotation_string(c, ann));
  else TRY(c_expr(c, ann));
  (*n)++;
  return 0;
}

static int arg_pairs(Compiler *c, const NodeList *l, int *n) {
  for (size_t i = 0; i < l->n; i++) TRY(pair(c, l->items[i]->u.arg.arg, l->items[i]->u.arg.annotation, n));
  return 0;
}

/* Pushes the values and returns how many pairs. */
static int fn_pairs(Compiler *c, const Node *a, const Node *returns) {
  int n = 0;
  TRY(arg_pairs(c, &a->u.arguments.args, &n));
  TRY(arg_pairs(c, &a->u.arguments.posonlyargs, &n));
  if (a->u.arguments.vararg) TRY(pair(c, a->u.arguments.vararg->u.arg.arg, a->u.arguments.vararg->u.arg.annotation, &n));
  TRY(arg_pairs(c, &a->u.arguments.kwonlyargs, &n));
  if (a->u.arguments.kwarg) TRY(pair(c, a->u.arguments.kwarg->u.arg.arg, a->u.arguments.kwarg->u.arg.annotation, &n));
  TRY(pair(c, str_static("return"), returns, &n));
  return n;
}

/* The annotated simple names of a class body, in order (not inside nested
 * functions or classes). */
static int class_pairs(Compiler *c, const NodeList *body, int *n) {
  for (size_t i = 0; i < body->n; i++) {
    const Node *s = body->items[i];
    switch (s->kind) {
    case N_AnnAssign:
      if (s->u.AnnAssign.target->kind == N_Name && s->u.AnnAssign.simple)
        TRY(pair(c, s->u.AnnAssign.target->u.Name.id, s->u.AnnAssign.annotation, n));
      break;
    case N_If: case N_While:
      TRY(class_pairs(c, &s->u.If.body, n));
      TRY(class_pairs(c, &s->u.If.orelse, n));
      break;
    case N_For:
      TRY(class_pairs(c, &s->u.For.body, n));
      TRY(class_pairs(c, &s->u.For.orelse, n));
      break;
    case N_With: TRY(class_pairs(c, &s->u.With.body, n)); break;
    case N_Try: case N_TryStar:
      TRY(class_pairs(c, &s->u.Try.body, n));
      for (size_t k = 0; k < s->u.Try.handlers.n; k++)
        TRY(class_pairs(c, &s->u.Try.handlers.items[k]->u.ExceptHandler.body, n));
      TRY(class_pairs(c, &s->u.Try.orelse, n));
      TRY(class_pairs(c, &s->u.Try.finalbody, n));
      break;
    default: break;
    }
  }
  return 0;
}

/* ---- __annotate__ (3.14) ---------------------------------------------------------------------- */

/* Compiles the __annotate__ function of `key`'s scope and pushes it:
 *   if format > 2: raise NotImplementedError
 *   return {name: annotation, ...} */
static int make_annotate(Compiler *c, const Node *key, int lineno, const Node *a, const Node *returns,
                         const NodeList *class_body) {
  TRY(c_enter_unit(c, key, str_static("__annotate__"), lineno));
  Unit *u = c->u;
  u->flags = CO_NEWLOCALS | (u->parent->scope->kind != SCOPE_MODULE ? CO_NESTED : 0);
  u->argcount = u->posonly = 1;
  int ok = c_const(c, None) >= 0;   /* the docstring slot */
  int body = c_new_label(c);
  Obj *two = int_from_i64(c->rt, 2);
  ok = ok && two && c_emit(c, OP_LOAD_FAST, 0) == 0 && load_const(c, two) == 0 &&
       c_emit(c, OP_COMPARE_OP, CMP_GT) == 0 && c_emit(c, OP_POP_JUMP_IF_FALSE, body) == 0 &&
       load_const(c, (Obj *)EXC(NotImplementedError)) == 0 && c_emit(c, OP_RAISE_VARARGS, 1) == 0;
  xdecref(two);
  if (ok) ok = c_place_label(c, body) == 0;
  int n = 0;
  if (ok) {
    if (class_body) ok = class_pairs(c, class_body, &n) == 0;
    else ok = (n = fn_pairs(c, a, returns)) >= 0;
  }
  ok = ok && c_emit(c, OP_BUILD_MAP, n) == 0 && c_emit(c, OP_RETURN_VALUE, 0) == 0;
  Scope *inner = u->scope;
  Obj *qualname = incref(u->qualname);
  Obj *code = c_leave_unit(c);
  if (!ok || !code) { xdecref(code); decref(qualname); return -1; }
  int flags = 0;
  size_t nfree = list_len(inner->freevars);
  for (size_t i = 0; i < nfree; i++) {
    int k = c_derefname(c, list_get(inner->freevars, i));
    if (k < 0 || c_emit(c, OP_LOAD_CLOSURE, k) < 0) { decref(code); decref(qualname); return -1; }
  }
  if (nfree) {
    if (c_emit(c, OP_BUILD_TUPLE, (int)nfree) < 0) { decref(code); decref(qualname); return -1; }
    flags |= MF_CLOSURE;
  }
  int r = load_const(c, code);
  decref(code);
  if (r == 0) r = load_const(c, qualname);
  decref(qualname);
  TRY(r);
  return c_emit(c, OP_MAKE_FUNCTION, flags);
}

int c_fn_annotations(Compiler *c, const Node *n) {
  const Node *a = n->u.FunctionDef.args, *returns = n->u.FunctionDef.returns;
  if (!args_have_annotations(a, returns)) return 0;
  if (c->rt->pyv >= PY314 && !c->st.future_annotations) {
    TRY(make_annotate(c, a, n->lineno, a, returns, NULL));
    return MF_ANNOTATE;
  }
  int k = fn_pairs(c, a, returns);
  TRY(k);
  c_set_pos(c, n);
  TRY(c_emit(c, OP_BUILD_MAP, k));
  return MF_ANNOTATIONS;
}

int c_class_annotate(Compiler *c, const Node *n) {
  Scope *s = c->u->scope;
  if (!s->annotate) return 0;
  TRY(make_annotate(c, s->annotate_key, s->annotate_key->lineno, NULL, NULL, &n->u.ClassDef.body));
  return c_store_name(c, str_static("__annotate__"));
}

int c_class_classdict(Compiler *c) {
  if (!c->u->scope->needs_classdict) return 0;
  int i = c_derefname(c, str_static("__classdict__"));
  if (i < 0) { err_str(c->rt, EXC(SystemError), "no __classdict__ cell"); return -1; }
  TRY(c_emit(c, OP_LOAD_LOCALS, 0));
  return c_emit(c, OP_STORE_DEREF, i);
}

/* x: annotation in a module or class body (3.11-3.13, or __future__). */
int c_annotation_value(Compiler *c, const Node *ann) {
  return c->st.future_annotations ? load_annotation_string(c, ann) : c_expr(c, ann);
}
