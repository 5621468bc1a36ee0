/* ast.c: the arena that owns a tree, and ast.dump(tree,
 * include_attributes=True) exactly as CPython 3.11 prints it: fields in
 * ASDL order, optional fields omitted when None, lists always shown (3.11
 * prints empty ones), values by repr, then the four position attributes
 * for the node kinds that have them. */
#include "lang/parser.h"
#include "obj/err.h"
#include "obj/str.h"
#include "obj/ops.h"
#include "base/mem.h"
#include "base/strbuf.h"

/* ---- arena ------------------------------------------------------------------- */

#define CHUNK 16384

/* mem_alloc aligns to 8 bytes: so do we (nodes hold pointers, ints and doubles). */
typedef union Align { void *p; double d; int64_t i; } Align;
typedef struct Chunk { struct Chunk *next; size_t used, cap; Align data[]; } Chunk;

struct Arena {
  Chunk *chunks;
  Obj **objs;
  size_t nobjs, capobjs;
};

Arena *arena_new(void) {
  Arena *a = mem_calloc(1, sizeof *a);
  return a;
}

void arena_free(Arena *a) {
  if (!a) return;
  for (Chunk *c = a->chunks, *next; c; c = next) {
    next = c->next;
    mem_free(c);
  }
  for (size_t i = 0; i < a->nobjs; i++) decref(a->objs[i]);
  mem_free(a->objs);
  mem_free(a);
}

void *arena_alloc(Arena *a, size_t n) {
  n = (n + sizeof(Align) - 1) / sizeof(Align) * sizeof(Align);
  Chunk *c = a->chunks;
  if (!c || c->cap - c->used < n) {
    size_t cap = n > CHUNK ? n : CHUNK;
    c = mem_alloc(sizeof *c + cap);
    if (!c) return NULL;
    c->used = 0;
    c->cap = cap;
    c->next = a->chunks;
    a->chunks = c;
  }
  void *r = (char *)c->data + c->used;
  c->used += n;
  memset(r, 0, n);
  return r;
}

int arena_keep(Arena *a, Obj *o) {
  if (a->nobjs == a->capobjs) {
    size_t cap = a->capobjs ? a->capobjs * 2 : 64;
    Obj **objs = mem_realloc(a->objs, cap * sizeof *objs);
    if (!objs) {
      decref(o);
      return -1;
    }
    a->objs = objs;
    a->capobjs = cap;
  }
  a->objs[a->nobjs++] = o;
  return 0;
}

void ast_free(Ast *ast) {
  if (!ast) return;
  arena_free(ast->arena);
  ast->arena = NULL;
  ast->root = NULL;
}

/* ---- names --------------------------------------------------------------------- */

static const char *const kind_names[N_COUNT] = {
  "Module", "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
  "For", "While", "If", "With", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom",
  "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
  "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
  "SetComp", "DictComp", "GeneratorExp", "Yield", "YieldFrom", "Compare", "Call",
  "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
  "List", "Tuple", "Slice",
  "arguments", "arg", "keyword", "alias", "withitem", "comprehension", "ExceptHandler"};

const char *ast_kind_name(NodeKind k) { return (unsigned)k < N_COUNT ? kind_names[k] : "?"; }

static const char *const binop_names[] = {"Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow",
                                          "LShift", "RShift", "BitAnd", "BitOr", "BitXor", "MatMult"};
static const char *const unop_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const cmpop_names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
static const char *const ctx_names[] = {"Load()", "Store()", "Del()"};

/* ---- dump ------------------------------------------------------------------------ */

/* The dump recurses on the tree (a few C frames per level): past
 * DUMP_MAX_DEPTH levels it stops with RecursionError, as ast.dump (recursive
 * Python code) does. */
#define DUMP_MAX_DEPTH 1000
typedef struct Dump { Rt *rt; StrBuf b; int err, nfields, depth; } Dump;

static void dump_node(Dump *d, const Node *n);

static void field(Dump *d, const char *name) {
  if (d->nfields++) sb_adds(&d->b, ", ");
  sb_adds(&d->b, name);
  sb_addc(&d->b, '=');
}

static void f_obj(Dump *d, const char *name, Obj *v) {   /* omitted when NULL (None) */
  if (!v) return;
  field(d, name);
  Obj *r = obj_repr(d->rt, v);
  if (!r) {
    d->err = 1;
    return;
  }
  sb_add(&d->b, str_c(r), str_len(r));
  decref(r);
}

static void f_node(Dump *d, const char *name, const Node *v) {
  if (!v) return;
  field(d, name);
  int saved = d->nfields;
  dump_node(d, v);
  d->nfields = saved;
}

static void f_int(Dump *d, const char *name, long v) {
  field(d, name);
  sb_addf(&d->b, "%ld", v);
}

static void f_raw(Dump *d, const char *name, const char *text) {
  field(d, name);
  sb_adds(&d->b, text);
}

static void f_list(Dump *d, const char *name, NodeList l) {
  field(d, name);
  int saved = d->nfields;
  sb_addc(&d->b, '[');
  for (size_t i = 0; i < l.n; i++) {
    if (i) sb_adds(&d->b, ", ");
    if (l.items[i]) dump_node(d, l.items[i]);
    else sb_adds(&d->b, "None");
  }
  sb_addc(&d->b, ']');
  d->nfields = saved;
}

static void f_names(Dump *d, const char *name, size_t n, Obj **names) {
  field(d, name);
  sb_addc(&d->b, '[');
  for (size_t i = 0; i < n; i++) {
    if (i) sb_adds(&d->b, ", ");
    str_repr_to(NULL, &d->b, str_c(names[i]), str_len(names[i]));
  }
  sb_addc(&d->b, ']');
}

static void f_body(Dump *d, const char *name, NodeList l) { f_list(d, name, l); }

static int has_attributes(NodeKind k) {
  return k != N_Module && k != N_arguments && k != N_withitem && k != N_comprehension;
}

static void dump_fields(Dump *d, const Node *n) {
  switch (n->kind) {
  case N_Module: f_body(d, "body", n->u.Module.body); f_raw(d, "type_ignores", "[]"); break;
  case N_FunctionDef:
    f_obj(d, "name", n->u.FunctionDef.name); f_node(d, "args", n->u.FunctionDef.args);
    f_body(d, "body", n->u.FunctionDef.body); f_list(d, "decorator_list", n->u.FunctionDef.decorator_list);
    f_node(d, "returns", n->u.FunctionDef.returns); break;
  case N_ClassDef:
    f_obj(d, "name", n->u.ClassDef.name); f_list(d, "bases", n->u.ClassDef.bases);
    f_list(d, "keywords", n->u.ClassDef.keywords); f_body(d, "body", n->u.ClassDef.body);
    f_list(d, "decorator_list", n->u.ClassDef.decorator_list); break;
  case N_Return: f_node(d, "value", n->u.Return.value); break;
  case N_Delete: f_list(d, "targets", n->u.Delete.targets); break;
  case N_Assign: f_list(d, "targets", n->u.Assign.targets); f_node(d, "value", n->u.Assign.value); break;
  case N_AugAssign:
    f_node(d, "target", n->u.AugAssign.target); f_raw(d, "op", "");
    sb_addf(&d->b, "%s()", binop_names[n->u.AugAssign.op]); f_node(d, "value", n->u.AugAssign.value); break;
  case N_AnnAssign:
    f_node(d, "target", n->u.AnnAssign.target); f_node(d, "annotation", n->u.AnnAssign.annotation);
    f_node(d, "value", n->u.AnnAssign.value); f_int(d, "simple", n->u.AnnAssign.simple); break;
  case N_For:
    f_node(d, "target", n->u.For.target); f_node(d, "iter", n->u.For.iter);
    f_body(d, "body", n->u.For.body); f_body(d, "orelse", n->u.For.orelse); break;
  case N_While: case N_If:
    f_node(d, "test", n->u.If.test); f_body(d, "body", n->u.If.body); f_body(d, "orelse", n->u.If.orelse); break;
  case N_With: f_list(d, "items", n->u.With.items); f_body(d, "body", n->u.With.body); break;
  case N_Raise: f_node(d, "exc", n->u.Raise.exc); f_node(d, "cause", n->u.Raise.cause); break;
  case N_Try: case N_TryStar:
    f_body(d, "body", n->u.Try.body); f_list(d, "handlers", n->u.Try.handlers);
    f_body(d, "orelse", n->u.Try.orelse); f_body(d, "finalbody", n->u.Try.finalbody); break;
  case N_Assert: f_node(d, "test", n->u.Assert.test); f_node(d, "msg", n->u.Assert.msg); break;
  case N_Import: f_list(d, "names", n->u.Import.names); break;
  case N_ImportFrom:
    f_obj(d, "module", n->u.ImportFrom.module); f_list(d, "names", n->u.ImportFrom.names);
    f_int(d, "level", n->u.ImportFrom.level); break;
  case N_Global: case N_Nonlocal: f_names(d, "names", n->u.Global.n, n->u.Global.names); break;
  case N_Expr: f_node(d, "value", n->u.Expr.value); break;
  case N_Pass: case N_Break: case N_Continue: break;
  case N_BoolOp:
    f_raw(d, "op", n->u.BoolOp.op == BOOL_AND ? "And()" : "Or()"); f_list(d, "values", n->u.BoolOp.values); break;
  case N_NamedExpr: f_node(d, "target", n->u.NamedExpr.target); f_node(d, "value", n->u.NamedExpr.value); break;
  case N_BinOp:
    f_node(d, "left", n->u.BinOp.left); f_raw(d, "op", "");
    sb_addf(&d->b, "%s()", binop_names[n->u.BinOp.op]); f_node(d, "right", n->u.BinOp.right); break;
  case N_UnaryOp:
    f_raw(d, "op", ""); sb_addf(&d->b, "%s()", unop_names[n->u.UnaryOp.op]);
    f_node(d, "operand", n->u.UnaryOp.operand); break;
  case N_Lambda: f_node(d, "args", n->u.Lambda.args); f_node(d, "body", n->u.Lambda.body); break;
  case N_IfExp:
    f_node(d, "test", n->u.IfExp.test); f_node(d, "body", n->u.IfExp.body); f_node(d, "orelse", n->u.IfExp.orelse); break;
  case N_Dict: f_list(d, "keys", n->u.Dict.keys); f_list(d, "values", n->u.Dict.values); break;
  case N_Set: f_list(d, "elts", n->u.Set.elts); break;
  case N_ListComp: case N_SetComp: case N_GeneratorExp:
    f_node(d, "elt", n->u.ListComp.elt); f_list(d, "generators", n->u.ListComp.generators); break;
  case N_DictComp:
    f_node(d, "key", n->u.DictComp.key); f_node(d, "value", n->u.DictComp.value);
    f_list(d, "generators", n->u.DictComp.generators); break;
  case N_Yield: case N_YieldFrom: f_node(d, "value", n->u.Yield.value); break;
  case N_Compare:
    f_node(d, "left", n->u.Compare.left);
    field(d, "ops");
    sb_addc(&d->b, '[');
    for (size_t i = 0; i < n->u.Compare.n; i++) sb_addf(&d->b, "%s%s()", i ? ", " : "", cmpop_names[n->u.Compare.ops[i]]);
    sb_addc(&d->b, ']');
    field(d, "comparators");
    sb_addc(&d->b, '[');
    for (size_t i = 0; i < n->u.Compare.n; i++) {
      int saved = d->nfields;
      if (i) sb_adds(&d->b, ", ");
      dump_node(d, n->u.Compare.comparators[i]);
      d->nfields = saved;
    }
    sb_addc(&d->b, ']');
    break;
  case N_Call: f_node(d, "func", n->u.Call.func); f_list(d, "args", n->u.Call.args); f_list(d, "keywords", n->u.Call.keywords); break;
  case N_FormattedValue:
    f_node(d, "value", n->u.FormattedValue.value); f_int(d, "conversion", n->u.FormattedValue.conversion);
    f_node(d, "format_spec", n->u.FormattedValue.format_spec); break;
  case N_JoinedStr: f_list(d, "values", n->u.JoinedStr.values); break;
  case N_Constant: f_obj(d, "value", n->u.Constant.value); f_obj(d, "kind", n->u.Constant.kind); break;
  case N_Attribute:
    f_node(d, "value", n->u.Attribute.value); f_obj(d, "attr", n->u.Attribute.attr);
    f_raw(d, "ctx", ctx_names[n->u.Attribute.ctx]); break;
  case N_Subscript:
    f_node(d, "value", n->u.Subscript.value); f_node(d, "slice", n->u.Subscript.slice);
    f_raw(d, "ctx", ctx_names[n->u.Subscript.ctx]); break;
  case N_Starred: f_node(d, "value", n->u.Starred.value); f_raw(d, "ctx", ctx_names[n->u.Starred.ctx]); break;
  case N_Name: f_obj(d, "id", n->u.Name.id); f_raw(d, "ctx", ctx_names[n->u.Name.ctx]); break;
  case N_List: case N_Tuple: f_list(d, "elts", n->u.List.elts); f_raw(d, "ctx", ctx_names[n->u.List.ctx]); break;
  case N_Slice:
    f_node(d, "lower", n->u.Slice.lower); f_node(d, "upper", n->u.Slice.upper); f_node(d, "step", n->u.Slice.step); break;
  case N_arguments:
    f_list(d, "posonlyargs", n->u.arguments.posonlyargs); f_list(d, "args", n->u.arguments.args);
    f_node(d, "vararg", n->u.arguments.vararg); f_list(d, "kwonlyargs", n->u.arguments.kwonlyargs);
    f_list(d, "kw_defaults", n->u.arguments.kw_defaults); f_node(d, "kwarg", n->u.arguments.kwarg);
    f_list(d, "defaults", n->u.arguments.defaults); break;
  case N_arg: f_obj(d, "arg", n->u.arg.arg); f_node(d, "annotation", n->u.arg.annotation); break;
  case N_keyword: f_obj(d, "arg", n->u.keyword.arg); f_node(d, "value", n->u.keyword.value); break;
  case N_alias: f_obj(d, "name", n->u.alias.name); f_obj(d, "asname", n->u.alias.asname); break;
  case N_withitem:
    f_node(d, "context_expr", n->u.withitem.context_expr); f_node(d, "optional_vars", n->u.withitem.optional_vars); break;
  case N_comprehension:
    f_node(d, "target", n->u.comprehension.target); f_node(d, "iter", n->u.comprehension.iter);
    f_list(d, "ifs", n->u.comprehension.ifs); f_int(d, "is_async", n->u.comprehension.is_async); break;
  case N_ExceptHandler:
    f_node(d, "type", n->u.ExceptHandler.type); f_obj(d, "name", n->u.ExceptHandler.name);
    f_body(d, "body", n->u.ExceptHandler.body); break;
  default: break;
  }
}

static void dump_node(Dump *d, const Node *n) {
  if (d->err) return;
  if (d->depth >= DUMP_MAX_DEPTH) {
    err_str(d->rt, EXC(RecursionError), "maximum recursion depth exceeded while calling a Python object");
    d->err = 1;
    return;
  }
  if ((unsigned)n->kind >= N_COUNT) {
    sb_adds(&d->b, "<unsupported>");
    return;
  }
  sb_adds(&d->b, kind_names[n->kind]);
  sb_addc(&d->b, '(');
  int saved = d->nfields;
  d->nfields = 0;
  d->depth++;
  dump_fields(d, n);
  d->depth--;
  if (has_attributes(n->kind)) {
    f_int(d, "lineno", n->lineno);
    f_int(d, "col_offset", n->col);
    f_int(d, "end_lineno", n->end_lineno);
    f_int(d, "end_col_offset", n->end_col);
  }
  d->nfields = saved;
  sb_addc(&d->b, ')');
}

Obj *ast_dump(Rt *rt, const Node *n) {
  Dump d = {rt, SB_INIT, 0, 0, 0};
  dump_node(&d, n);
  if (d.err) {
    sb_free(&d.b);
    return NULL;
  }
  return str_from_buf(rt, &d.b);
}
