/* compile.c: the compiler's core: units (one per code object), emission,
 * labels, constants and names, name resolution to opcodes, and assembly
 * (jump resolution, stack depth) into Code objects. */
#include "lang/compile.h"
#include "trace/render.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "exc/exc.h"
#include "base/mem.h"

/* ---- emission ------------------------------------------------------------------- */

int c_emit(Compiler *c, int op, int arg) {
  Unit *u = c->u;
  if (arg < 0 || arg > ARG_MAX) { err_str(c->rt, EXC(SystemError), "bytecode argument out of range"); return -1; }
  if (u->n == u->cap) {
    size_t cap = u->cap ? u->cap * 2 : 64;
    uint32_t *in = mem_realloc(u->instr, cap * sizeof(uint32_t));
    if (!in) { err_nomem(c->rt); return -1; }
    u->instr = in;
    Pos *p = mem_realloc(u->pos, cap * sizeof(Pos));
    if (!p) { err_nomem(c->rt); return -1; }
    u->pos = p;
    u->cap = cap;
  }
  u->instr[u->n] = INSTR(op, arg);
  u->pos[u->n] = u->cur;
  u->n++;
  return 0;
}

int c_new_label(Compiler *c) {
  Unit *u = c->u;
  if (u->nlabels == u->labelcap) {
    size_t cap = u->labelcap ? u->labelcap * 2 : 16;
    int *l = mem_realloc(u->labels, cap * sizeof(int));
    if (!l) { err_nomem(c->rt); return -1; }
    u->labels = l;
    u->labelcap = cap;
  }
  u->labels[u->nlabels] = -1;
  return (int)u->nlabels++;
}

int c_place_label(Compiler *c, int label) {
  c->u->labels[label] = (int)c->u->n;
  return 0;
}

Pos c_set_pos(Compiler *c, const Node *n) {
  Pos old = c->u->cur;
  c->u->cur = (Pos){n->lineno, n->end_lineno, n->col, n->end_col};
  return old;
}

/* Constants are shared when equal and of the same type (so 0.0 and -0.0,
 * 1 and True stay apart). */
static int same_const(Obj *a, Obj *b) {
  if (a->type != b->type) return 0;
  if (is_type(a, &FloatType)) return memcmp(&((Float *)a)->v, &((Float *)b)->v, sizeof(double)) == 0;
  if (is_type(a, &StrType)) return str_equal(a, b);
  if (is_type(a, &IntType)) return int_cmp(a, b) == 0;
  if (is_type(a, &BytesType)) {
    size_t na, nb;
    const char *x = bytes_data(a, &na), *y = bytes_data(b, &nb);
    return na == nb && memcmp(x, y, na) == 0;
  }
  return a == b;
}

int c_const(Compiler *c, Obj *v) {
  Obj *l = c->u->consts;
  for (size_t i = 0; i < list_len(l); i++)
    if (same_const(list_get(l, i), v)) return (int)i;
  if (list_append(c->rt, l, v) < 0) return -1;
  return (int)list_len(l) - 1;
}

static int index_of(Obj *list, Obj *name) {
  for (size_t i = 0; i < list_len(list); i++)
    if (str_equal(list_get(list, i), name)) return (int)i;
  return -1;
}

int c_name(Compiler *c, Obj *name) {
  int i = index_of(c->u->names, name);
  if (i >= 0) return i;
  if (list_append(c->rt, c->u->names, name) < 0) return -1;
  return (int)list_len(c->u->names) - 1;
}

int c_varname(Compiler *c, Obj *name) { return index_of(c->u->scope->varnames, name); }

int c_derefname(Compiler *c, Obj *name) {
  Scope *s = c->u->scope;
  int i = index_of(s->cellvars, name);
  if (i >= 0) return i;
  i = index_of(s->freevars, name);
  return i < 0 ? -1 : (int)list_len(s->cellvars) + i;
}

/* A SyntaxError at node n (for errors only the compiler can see). */
int c_error(Compiler *c, const Node *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  StrBuf b = SB_INIT;
  str_vformat_to(c->rt, &b, fmt, ap);
  va_end(ap);
  Obj *msg = str_from_buf(c->rt, &b);
  if (!msg) return -1;
  /* as CPython's compiler_error: the node's span (byte columns, 1-based) and
   * the line's text with its newline */
  Obj *ln = int_from_i64(c->rt, n->lineno), *off = int_from_i64(c->rt, n->col + 1);
  Obj *eln = int_from_i64(c->rt, n->end_lineno), *eoff = int_from_i64(c->rt, n->end_col + 1);
  Obj *line = trace_source_line(c->rt, c->filename, n->lineno);
  Obj *text = line ? str_fromf(c->rt, "%U\n", line) : incref(None);
  xdecref(line);
  Obj *details = ln && off && eln && eoff && text ? tuple_pack(c->rt, 6, c->filename, ln, off, text, eln, eoff) : NULL;
  xdecref(ln);
  xdecref(off);
  xdecref(eln);
  xdecref(eoff);
  xdecref(text);
  if (details) {
    Obj *argv[2] = {msg, details};
    Obj *e = obj_call(c->rt, (Obj *)EXC(SyntaxError), argv, 2, NULL);
    if (e) { err_set_obj(c->rt, e); decref(e); }
    decref(details);
  }
  decref(msg);
  return -1;
}

int c_unsupported(Compiler *c, const Node *n, const char *what) {
  err_format(c->rt, EXC(NotImplementedError), "pyexc does not support %s (line %d)", what, n->lineno);
  return -1;
}

/* ---- units -------------------------------------------------------------------------- */

static Obj *make_qualname(Compiler *c, Scope *s, Obj *name) {
  Unit *p = c->u;
  if (!p || p->scope->kind == SCOPE_MODULE) return incref(name);
  /* a global declared in the parent makes the name top-level */
  if (p->scope->kind == SCOPE_CLASS || p->scope->kind == SCOPE_FUNCTION || p->scope->kind == SCOPE_COMPREHENSION) {
    if (s->kind != SCOPE_COMPREHENSION || 1) {
      enum NameScope ns = scope_of(p->scope, name);
      if (ns == NS_GLOBAL_EXPLICIT && s->kind != SCOPE_COMPREHENSION) return incref(name);
    }
  }
  if (p->scope->kind == SCOPE_CLASS) return str_fromf(c->rt, "%U.%U", p->qualname, name);
  return str_fromf(c->rt, "%U.<locals>.%U", p->qualname, name);
}

int c_enter_unit(Compiler *c, const Node *node, Obj *name, int firstlineno) {
  Scope *s = symtable_lookup(&c->st, node);
  if (!s) { err_str(c->rt, EXC(SystemError), "no scope for node"); return -1; }
  Unit *u = mem_calloc(1, sizeof(Unit));
  if (!u) { err_nomem(c->rt); return -1; }
  u->scope = s;
  u->name = incref(name);
  u->qualname = make_qualname(c, s, name);
  u->consts = list_new(c->rt, 0);
  u->names = list_new(c->rt, 0);
  u->firstlineno = firstlineno;
  u->cur = (Pos){firstlineno, firstlineno, -1, -1};
  u->parent = c->u;
  if (!u->qualname || !u->consts || !u->names) {
    xdecref(u->name); xdecref(u->qualname); xdecref(u->consts); xdecref(u->names);
    mem_free(u);
    return -1;
  }
  c->u = u;
  return 0;
}

static void unit_free(Unit *u) {
  xdecref(u->name);
  xdecref(u->qualname);
  xdecref(u->consts);
  xdecref(u->names);
  mem_free(u->instr);
  mem_free(u->pos);
  mem_free(u->labels);
  mem_free(u);
}

/* ---- assembly ------------------------------------------------------------------------- */

static int is_jump(int op) {
  switch (op) {
  case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP:
  case OP_JUMP_IF_TRUE_OR_POP: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_FOR_ITER:
  case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SEND:
    return 1;
  default:
    return 0;
  }
}

/* Stack effect of an instruction: when the jump is taken (jump=1) or not. */
static int stack_effect(int op, int arg, int jump) {
  switch (op) {
  case OP_NOP: case OP_SWAP: case OP_DELETE_NAME: case OP_DELETE_FAST: case OP_DELETE_GLOBAL:
  case OP_DELETE_DEREF: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
  case OP_UNARY_NOT: case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_JUMP: case OP_GET_ITER:
  case OP_GET_YIELD_FROM_ITER: case OP_RETURN_GENERATOR: case OP_SETUP_ANNOTATIONS: case OP_POP_BLOCK:
  case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH: case OP_YIELD_VALUE:
    return 0;
  case OP_POP_TOP: case OP_STORE_NAME: case OP_STORE_FAST: case OP_STORE_GLOBAL: case OP_STORE_DEREF:
  case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP: case OP_INPLACE_OP: case OP_COMPARE_OP:
  case OP_IS_OP: case OP_CONTAINS_OP: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND:
  case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE:
  case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE:
  case OP_POP_EXCEPT: case OP_RERAISE: case OP_PREP_RERAISE_STAR: case OP_IMPORT_NAME: case OP_IMPORT_STAR:
  case OP_PRINT_EXPR: case OP_END_FOR:
    return -1;
  case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_NAME: case OP_LOAD_FAST: case OP_LOAD_GLOBAL:
  case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_CLOSURE: case OP_LOAD_BUILD_CLASS:
  case OP_PUSH_EXC_INFO: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START: case OP_LOAD_ASSERTION_ERROR:
  case OP_IMPORT_FROM: case OP_LOAD_METHOD:
    return 1;
  case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: return -2;
  case OP_STORE_SUBSCR: return -3;
  case OP_BUILD_SLICE: return 1 - arg;
  case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - arg;
  case OP_BUILD_MAP: return 1 - 2 * arg;
  case OP_UNPACK_SEQUENCE: return arg - 1;
  case OP_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
  case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
  case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
  case OP_FOR_ITER: return jump ? -1 : 1;
  case OP_SEND: return jump ? -1 : 0;
  case OP_MAKE_FUNCTION:
    return -1 - !!(arg & MF_DEFAULTS) - !!(arg & MF_KWDEFAULTS) - !!(arg & (MF_ANNOTATIONS | MF_ANNOTATE)) -
           !!(arg & MF_CLOSURE);
  case OP_LOAD_LOCALS: return 1;
  case OP_LOAD_FROM_DICT_OR_GLOBALS: return 0;
  case OP_CALL: return -arg;
  case OP_CALL_KW: return -arg - 1;
  case OP_CALL_EX: return (arg & 1) ? -2 : -1;
  case OP_SETUP_FINALLY: return jump ? 1 : 0;
  case OP_SETUP_WITH: return 0;   /* the handler's level leaves out __enter__'s result */
  case OP_RAISE_VARARGS: return -arg;
  case OP_CLEANUP_THROW: return -1;
  default: return 0;
  }
}

/* The deepest the value stack gets, by walking every path from the start
 * (a worklist over jump targets; each instruction queued once at a time). */
static int compute_stacksize(Compiler *c, Unit *u, int *maxblocks) {
  int *depth = mem_alloc((u->n + 1) * sizeof(int));
  size_t *work = mem_alloc((u->n + 1) * sizeof(size_t));
  char *queued = mem_calloc(u->n + 1, 1);
  if (!depth || !work || !queued) {
    mem_free(depth); mem_free(work); mem_free(queued);
    err_nomem(c->rt);
    return -1;
  }
  for (size_t i = 0; i <= u->n; i++) depth[i] = -1;
  size_t nw = 0;
  int max = 0, nsetup = 0;
  depth[0] = 0;
  work[nw++] = 0;
  queued[0] = 1;
  while (nw) {
    size_t i = work[--nw];
    queued[i] = 0;
    int d = depth[i];
    for (; i < u->n; i++) {
      int op = INSTR_OP(u->instr[i]), arg = (int)INSTR_ARG(u->instr[i]);
      if (d > max) max = d;
      if (is_jump(op)) {
        int t = arg, td = d + stack_effect(op, arg, 1);
        if (td > max) max = td;
        if (depth[t] < td) {
          depth[t] = td;
          if (!queued[t]) { queued[t] = 1; work[nw++] = (size_t)t; }
        }
      }
      d += stack_effect(op, arg, 0);
      if (d > max) max = d;
      if (op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE) break;
      if (i + 1 < u->n && depth[i + 1] >= d) break;
      if (i + 1 < u->n) depth[i + 1] = d;
    }
  }
  for (size_t i = 0; i < u->n; i++)
    if (INSTR_OP(u->instr[i]) == OP_SETUP_FINALLY || INSTR_OP(u->instr[i]) == OP_SETUP_WITH) nsetup++;
  mem_free(depth);
  mem_free(work);
  mem_free(queued);
  *maxblocks = nsetup + 1;
  return max + 2;
}

static Obj *list_tuple(Rt *rt, Obj *l) { return tuple_from(rt, AS_LIST(l)->items, list_len(l)); }

Obj *c_leave_unit(Compiler *c) {
  Unit *u = c->u;
  Rt *rt = c->rt;
  Code *co = NULL;
  int stacksize = -1, maxblocks = 0;
  /* after an error the unit is incomplete (labels unplaced): just drop it */
  if (err_occurred(rt)) goto done;
  /* resolve jump labels into instruction indexes */
  for (size_t i = 0; i < u->n; i++) {
    int op = INSTR_OP(u->instr[i]);
    if (is_jump(op)) u->instr[i] = INSTR(op, u->labels[INSTR_ARG(u->instr[i])]);
  }
  stacksize = compute_stacksize(c, u, &maxblocks);
  co = stacksize < 0 ? NULL : (Code *)obj_alloc(rt, &CodeType, sizeof(Code));
  if (!co) goto done;
  co->stacksize = stacksize;
  co->maxblocks = maxblocks;
  co->instr = u->instr;
  co->pos = u->pos;
  co->ninstr = u->n;
  u->instr = NULL;
  u->pos = NULL;
  co->info.positions = co->pos;
  co->info.npositions = co->ninstr;
  co->info.filename = incref(c->filename);
  co->info.name = incref(u->name);
  co->info.qualname = incref(u->qualname);
  co->info.firstlineno = u->firstlineno;
  Scope *s = u->scope;
  co->consts = list_tuple(rt, u->consts);
  co->names = list_tuple(rt, u->names);
  co->varnames = list_tuple(rt, s->varnames);
  co->cellvars = list_tuple(rt, s->cellvars);
  co->freevars = list_tuple(rt, s->freevars);
  if (!co->consts || !co->names || !co->varnames || !co->cellvars || !co->freevars) { CLEAR(co); goto done; }
  co->argcount = u->argcount;
  co->posonlyargcount = u->posonly;
  co->kwonlyargcount = u->kwonly;
  co->flags = u->flags | (s->generator ? CO_GENERATOR : 0);
  co->nlocals = (int)tuple_len(co->varnames);
  size_t ncells = tuple_len(co->cellvars);
  if (ncells) {
    co->cell2arg = mem_alloc(ncells * sizeof(int));
    if (!co->cell2arg) { err_nomem(rt); CLEAR(co); goto done; }
    int nargs = co->argcount + co->kwonlyargcount + !!(co->flags & CO_VARARGS) + !!(co->flags & CO_VARKEYWORDS);
    for (size_t i = 0; i < ncells; i++) {
      co->cell2arg[i] = -1;
      for (int a = 0; a < nargs; a++)
        if (str_equal(tuple_get(co->cellvars, i), tuple_get(co->varnames, (size_t)a))) co->cell2arg[i] = a;
    }
  }
done:
  c->u = u->parent;
  unit_free(u);
  return (Obj *)co;
}

/* ---- names ------------------------------------------------------------------------------ */

enum { NAME_LOAD, NAME_STORE, NAME_DEL };

#define TRY_NAME(x) do { if ((x) < 0) return -1; } while (0)

static int name_op(Compiler *c, Obj *name, int kind) {
  Scope *s = c->u->scope;
  enum NameScope ns = scope_of(s, name);
  int64_t flags = 0;
  (void)flags;
  static const int fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
  static const int deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
  static const int global[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
  static const int named[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
  switch (ns) {
  case NS_FREE: case NS_CELL: {
    int i = c_derefname(c, name);
    if (i < 0) break;
    if (s->kind == SCOPE_CLASS && kind == NAME_LOAD) return c_emit(c, OP_LOAD_CLASSDEREF, i);
    return c_emit(c, deref[kind], i);
  }
  case NS_LOCAL:
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION) {
      int i = c_varname(c, name);
      if (i >= 0) return c_emit(c, fast[kind], i);
    }
    break;
  case NS_GLOBAL_EXPLICIT: {
    int i = c_name(c, name);
    return i < 0 ? -1 : c_emit(c, global[kind], i);
  }
  case NS_GLOBAL_IMPLICIT:
    if (s->annotation_in_class && kind == NAME_LOAD) {
      /* 3.14: the class namespace first (its __classdict__), then globals */
      int d = c_derefname(c, str_static("__classdict__")), i = c_name(c, name);
      if (d < 0 || i < 0) return -1;
      TRY_NAME(c_emit(c, OP_LOAD_DEREF, d));
      return c_emit(c, OP_LOAD_FROM_DICT_OR_GLOBALS, i);
    }
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION) {
      int i = c_name(c, name);
      return i < 0 ? -1 : c_emit(c, global[kind], i);
    }
    break;
  }
  int i = c_name(c, name);
  return i < 0 ? -1 : c_emit(c, named[kind], i);
}

int c_load_name(Compiler *c, Obj *name) { return name_op(c, name, NAME_LOAD); }
int c_store_name(Compiler *c, Obj *name) { return name_op(c, name, NAME_STORE); }
int c_delete_name(Compiler *c, Obj *name) { return name_op(c, name, NAME_DEL); }

/* ---- fblocks -------------------------------------------------------------------------------- */

int c_push_fblock(Compiler *c, enum FBlockKind k, int top, int exit, const Node *node) {
  Unit *u = c->u;
  if (u->nfblocks >= MAX_FBLOCKS) {
    err_str(c->rt, EXC(SyntaxError), "too many statically nested blocks");
    return -1;
  }
  u->fblocks[u->nfblocks++] = (FBlock){k, top, exit, node};
  return 0;
}

void c_pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* ---- annotations -------------------------------------------------------------------------------- */

/* Module and class bodies with annotated names get an __annotations__ dict
 * first, as CPython's SETUP_ANNOTATIONS does. */
static int has_annotations(const NodeList *body) {
  for (size_t i = 0; i < body->n; i++) {
    const Node *s = body->items[i];
    switch (s->kind) {
    case N_AnnAssign: return 1;
    case N_If: case N_While:
      if (has_annotations(&s->u.If.body) || has_annotations(&s->u.If.orelse)) return 1;
      break;
    case N_For:
      if (has_annotations(&s->u.For.body) || has_annotations(&s->u.For.orelse)) return 1;
      break;
    case N_With: if (has_annotations(&s->u.With.body)) return 1; break;
    case N_Try: case N_TryStar:
      if (has_annotations(&s->u.Try.body) || has_annotations(&s->u.Try.orelse) ||
          has_annotations(&s->u.Try.finalbody))
        return 1;
      for (size_t k = 0; k < s->u.Try.handlers.n; k++)
        if (has_annotations(&s->u.Try.handlers.items[k]->u.ExceptHandler.body)) return 1;
      break;
    default: break;
    }
  }
  return 0;
}

int c_setup_annotations(Compiler *c, const NodeList *body) {
  if (c->rt->pyv >= PY314 && !c->st.future_annotations) return 0;   /* lazy: no __annotations__ name */
  return has_annotations(body) ? c_emit(c, OP_SETUP_ANNOTATIONS, 0) : 0;
}

/* ---- eval ----------------------------------------------------------------------------------- */

Obj *compile_eval(Rt *rt, Ast *ast, Obj *filename) {
  const NodeList *body = &ast->root->u.Module.body;
  if (body->n != 1 || body->items[0]->kind != N_Expr) {
    const Node *n = body->n ? body->items[body->n > 1 ? 1 : 0] : ast->root;
    Obj *details = NULL, *ln = int_from_i64(rt, n->lineno > 0 ? n->lineno : 1);
    Obj *off = int_from_i64(rt, n->col + 1);
    if (ln && off) details = tuple_pack(rt, 4, filename, ln, off, None);
    if (details) {
      Obj *argv[2] = {str_static("invalid syntax"), details};
      Obj *e = obj_call(rt, (Obj *)EXC(SyntaxError), argv, 2, NULL);
      if (e) { err_set_obj(rt, e); decref(e); }
    }
    xdecref(ln); xdecref(off); xdecref(details);
    return NULL;
  }
  Compiler c;
  memset(&c, 0, sizeof c);
  c.rt = rt;
  c.filename = filename;
  if (symtable_build(rt, ast->root, &c.st) < 0) return NULL;
  Obj *code = NULL;
  if (c_enter_unit(&c, ast->root, str_static("<module>"), 1) == 0) {
    c.u->flags = CO_MODULE;
    const Node *e = body->items[0]->u.Expr.value;
    int ok = c_expr(&c, e) == 0;
    if (ok) { c_set_pos(&c, e); ok = c_emit(&c, OP_RETURN_VALUE, 0) == 0; }
    code = c_leave_unit(&c);
    if (!ok) CLEAR(code);
  }
  symtable_free(&c.st);
  return code;
}

/* ---- modules ---------------------------------------------------------------------------------- */

Obj *compile_module(Rt *rt, Ast *ast, Obj *filename) {
  Compiler c;
  memset(&c, 0, sizeof c);
  c.rt = rt;
  c.filename = filename;
  if (symtable_build(rt, ast->root, &c.st) < 0) return NULL;
  Obj *code = NULL;
  if (c_enter_unit(&c, ast->root, str_static("<module>"), 1) == 0) {
    c.u->flags = CO_MODULE;
    int ok = c_setup_annotations(&c, &ast->root->u.Module.body) == 0 && c_stmts(&c, &ast->root->u.Module.body) == 0;
    if (ok) {
      int k = c_const(&c, None);
      ok = k >= 0 && c_emit(&c, OP_LOAD_CONST, k) == 0 && c_emit(&c, OP_RETURN_VALUE, 0) == 0;
    }
    code = c_leave_unit(&c);
    if (!ok) CLEAR(code);
  }
  symtable_free(&c.st);
  return code;
}
