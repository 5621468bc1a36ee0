/* code.c: code objects, functions (with CPython's argument binding and its
 * messages), cells and frames. */
#include "lang/code.h"
#include "lang/vm.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "exc/exc.h"
#include "base/mem.h"
#include <stdio.h>

const char *const opcode_names[OP_COUNT] = {
#define X(name) #name,
  OPCODES(X)
#undef X
};

/* ---- code ---------------------------------------------------------------------- */

static void code_dealloc(Obj *o) {
  Code *c = (Code *)o;
  CLEAR(c->info.filename);
  CLEAR(c->info.name);
  CLEAR(c->info.qualname);
  CLEAR(c->consts);
  CLEAR(c->names);
  CLEAR(c->varnames);
  CLEAR(c->cellvars);
  CLEAR(c->freevars);
  mem_free(c->instr);
  mem_free(c->pos);
  mem_free(c->cell2arg);
  obj_free_mem(o);
}

static int code_traverse(Obj *o, VisitFn visit, void *arg) {
  Code *c = (Code *)o;
  return c->consts ? visit(c->consts, arg) : 0;
}

static Obj *code_repr(Rt *rt, Obj *o) {
  Code *c = (Code *)o;
  return str_fromf(rt, "<code object %U at %p, file \"%U\", line %d>", c->info.name, (void *)o, c->info.filename,
                   c->info.firstlineno);
}

static Obj *code_get_name(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->info.name); }
static Obj *code_get_qualname(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->info.qualname); }
static Obj *code_get_filename(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->info.filename); }
static Obj *code_get_firstlineno(Rt *rt, Obj *o) { return int_from_i64(rt, ((Code *)o)->info.firstlineno); }
static Obj *code_get_varnames(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->varnames); }
static const GetSetDef code_getsets[] = {
  {"co_name", code_get_name, NULL},
  {"co_qualname", code_get_qualname, NULL},
  {"co_filename", code_get_filename, NULL},
  {"co_firstlineno", code_get_firstlineno, NULL},
  {"co_varnames", code_get_varnames, NULL},
  {NULL, NULL, NULL}
};

Type CodeType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "code",
  .basicsize = sizeof(Code),
  .flags = TF_GC,
  .dealloc = code_dealloc,
  .traverse = code_traverse,
  .repr = code_repr,
  .getsets = code_getsets,
};

/* ---- cells ------------------------------------------------------------------------ */

Obj *cell_new(Rt *rt, Obj *ref) {
  Cell *c = (Cell *)obj_alloc(rt, &CellType, sizeof(Cell));
  if (c) c->ref = xincref(ref);
  return (Obj *)c;
}

static void cell_dealloc(Obj *o) {
  CLEAR(((Cell *)o)->ref);
  obj_free_mem(o);
}
static int cell_traverse(Obj *o, VisitFn visit, void *arg) {
  Obj *r = ((Cell *)o)->ref;
  return r ? visit(r, arg) : 0;
}
static void cell_clear(Obj *o) { CLEAR(((Cell *)o)->ref); }
static Obj *cell_get_contents(Rt *rt, Obj *o) {
  Obj *r = ((Cell *)o)->ref;
  if (!r) return err_str(rt, EXC(ValueError), "Cell is empty");
  return incref(r);
}
static const GetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents, NULL}, {NULL, NULL, NULL}};

Type CellType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "cell",
  .basicsize = sizeof(Cell),
  .flags = TF_GC,
  .dealloc = cell_dealloc,
  .traverse = cell_traverse,
  .clear = cell_clear,
  .getsets = cell_getsets,
};

/* ---- frames ------------------------------------------------------------------------- */

static size_t frame_slots(const Code *c) {
  return (size_t)c->nlocals + tuple_len(c->cellvars) + tuple_len(c->freevars);
}

Frame *frame_new(Rt *rt, Code *code, Obj *globals, Obj *builtins, Obj *locals) {
  size_t nslots = frame_slots(code), nstack = (size_t)code->stacksize, nblocks = (size_t)code->maxblocks;
  size_t size = sizeof(Frame) + (nslots + nstack) * sizeof(Obj *) + nblocks * sizeof(Block);
  Frame *f = (Frame *)obj_alloc(rt, &FrameType, size);
  if (!f) return NULL;
  f->base.code = incref((Obj *)code);
  f->base.info = &code->info;
  f->base.globals = incref(globals);
  f->base.lasti = -1;
  f->builtins = incref(builtins);
  f->locals = xincref(locals);
  f->fast = (Obj **)(f + 1);
  f->stack = f->fast + nslots;
  f->blocks = (Block *)(f->stack + nstack);
  return f;
}

/* Drops the values still on the stack (when the frame finishes). */
void frame_clear_stack(Frame *f) {
  while (f->sp) xdecref(f->stack[--f->sp]);
  f->nblocks = 0;
}

static void frame_dealloc(Obj *o) {
  Frame *f = (Frame *)o;
  frame_clear_stack(f);
  size_t n = frame_slots((Code *)f->base.code);
  for (size_t i = 0; i < n; i++) CLEAR(f->fast[i]);
  CLEAR(f->base.code);
  CLEAR(f->base.globals);
  CLEAR(f->base.back);
  CLEAR(f->builtins);
  CLEAR(f->locals);
  CLEAR(f->func);
  obj_free_mem(o);
}

static int frame_traverse(Obj *o, VisitFn visit, void *arg) {
  Frame *f = (Frame *)o;
  Obj *own[] = {f->base.code, f->base.globals, (Obj *)f->base.back, f->builtins, f->locals, f->func};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    if (own[i] && visit(own[i], arg)) return 1;
  size_t n = f->base.code ? frame_slots((Code *)f->base.code) : 0;
  for (size_t i = 0; i < n; i++)
    if (f->fast[i] && visit(f->fast[i], arg)) return 1;
  for (size_t i = 0; i < f->sp; i++)
    if (f->stack[i] && visit(f->stack[i], arg)) return 1;
  return 0;
}

static void frame_clear(Obj *o) {
  Frame *f = (Frame *)o;
  frame_clear_stack(f);
  size_t n = f->base.code ? frame_slots((Code *)f->base.code) : 0;
  for (size_t i = 0; i < n; i++) CLEAR(f->fast[i]);
  CLEAR(f->base.back);
  CLEAR(f->locals);
  CLEAR(f->func);
}

static Obj *frame_get_code(Rt *rt, Obj *o) { (void)rt; return incref(((Frame *)o)->base.code); }
static Obj *frame_get_globals(Rt *rt, Obj *o) { (void)rt; return incref(((Frame *)o)->base.globals); }
static Obj *frame_get_back(Rt *rt, Obj *o) { (void)rt; Obj *b = (Obj *)((Frame *)o)->base.back; return incref(b ? b : None); }
static Obj *frame_get_lineno(Rt *rt, Obj *o) {
  Frame *f = (Frame *)o;
  return int_from_i64(rt, frame_pos(&f->base, f->base.lasti < 0 ? 0 : f->base.lasti).lineno);
}
static Obj *frame_get_locals(Rt *rt, Obj *o) { return frame_locals_dict(rt, (Frame *)o); }
static const GetSetDef frame_getsets[] = {
  {"f_code", frame_get_code, NULL},
  {"f_globals", frame_get_globals, NULL},
  {"f_back", frame_get_back, NULL},
  {"f_lineno", frame_get_lineno, NULL},
  {"f_locals", frame_get_locals, NULL},
  {NULL, NULL, NULL}
};

static Obj *frame_repr(Rt *rt, Obj *o) {
  Frame *f = (Frame *)o;
  Pos p = frame_pos(&f->base, f->base.lasti < 0 ? 0 : f->base.lasti);
  return str_fromf(rt, "<frame at %p, file '%U', line %d, code %U>", (void *)o, f->base.info->filename, p.lineno,
                   f->base.info->name);
}

Type FrameType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "frame",
  .basicsize = sizeof(Frame),
  .flags = TF_GC,
  .dealloc = frame_dealloc,
  .traverse = frame_traverse,
  .clear = frame_clear,
  .repr = frame_repr,
  .getsets = frame_getsets,
};

/* ---- functions ------------------------------------------------------------------------- */

Obj *function_new(Rt *rt, Obj *code, Obj *globals, Obj *qualname) {
  Function *f = (Function *)obj_alloc(rt, &FunctionType, sizeof(Function));
  if (!f) return NULL;
  Code *c = (Code *)code;
  f->code = incref(code);
  f->globals = incref(globals);
  f->name = incref(c->info.name);
  f->qualname = incref(qualname ? qualname : c->info.qualname);
  Obj *mod = dict_get_s(rt, globals, "__name__");
  f->module = xincref(mod);
  Obj *doc = (c->flags & (CO_CLASSBODY | CO_MODULE)) || !tuple_len(c->consts) ? None : tuple_get(c->consts, 0);
  f->doc = incref(IS_STR(doc) ? doc : None);
  return (Obj *)f;
}

static void function_dealloc(Obj *o) {
  Function *f = (Function *)o;
  Obj **fields[] = {&f->code, &f->globals, &f->builtins, &f->name, &f->qualname, &f->module, &f->doc,
                    &f->defaults, &f->kwdefaults, &f->closure, &f->dict};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) CLEAR(*fields[i]);
  obj_free_mem(o);
}

static int function_traverse(Obj *o, VisitFn visit, void *arg) {
  Function *f = (Function *)o;
  Obj *fields[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->module, f->doc,
                   f->defaults, f->kwdefaults, f->closure, f->dict};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (fields[i] && visit(fields[i], arg)) return 1;
  return 0;
}

static void function_clear(Obj *o) {
  Function *f = (Function *)o;
  CLEAR(f->globals);
  CLEAR(f->defaults);
  CLEAR(f->kwdefaults);
  CLEAR(f->closure);
  CLEAR(f->dict);
  CLEAR(f->module);
  CLEAR(f->doc);
}

static Obj *function_repr(Rt *rt, Obj *o) {
  return str_fromf(rt, "<function %U at %p>", ((Function *)o)->qualname, (void *)o);
}

static Obj *function_get(Rt *rt, Obj *descr, Obj *obj, Type *type) {
  (void)type;
  if (!obj) return incref(descr);
  return bound_method_new(rt, descr, obj);
}

static Obj *function_call(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames) {
  return vm_call_function(rt, (Function *)callee, argv, argc, kwnames);
}

#define FIELD_MEMBER(name, field) {name, MEMBER_OBJ, offsetof(Function, field)}
static const MemberDef function_members[] = {
  FIELD_MEMBER("__name__", name), FIELD_MEMBER("__qualname__", qualname), FIELD_MEMBER("__module__", module),
  FIELD_MEMBER("__doc__", doc), FIELD_MEMBER("__defaults__", defaults), FIELD_MEMBER("__kwdefaults__", kwdefaults),
  {"__code__", MEMBER_OBJ_RO, offsetof(Function, code)}, {"__globals__", MEMBER_OBJ_RO, offsetof(Function, globals)},
  {"__closure__", MEMBER_OBJ_RO, offsetof(Function, closure)},
  {NULL, 0, 0}
};

Type FunctionType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "function",
  .basicsize = sizeof(Function),
  .flags = TF_GC,
  .dictoffset = offsetof(Function, dict),
  .dealloc = function_dealloc,
  .traverse = function_traverse,
  .clear = function_clear,
  .repr = function_repr,
  .call = function_call,
  .descr_get = function_get,
  .members = function_members,
};

/* ---- argument binding ------------------------------------------------------------------- */

static Obj *names_list(Rt *rt, Obj **names, size_t n) {
  /* 'a', 'b' and 'c'  /  'a' and 'b'  /  'a' */
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < n; i++) {
    if (i) sb_adds(&b, n == 2 ? " and " : i + 1 == n ? ", and " : ", ");
    sb_addf(&b, "'%s'", str_c(names[i]));
  }
  return str_from_buf(rt, &b);
}

static void missing_error(Rt *rt, Function *fn, Frame *f, int kwonly) {
  Code *c = (Code *)fn->code;
  int start = kwonly ? c->argcount : 0, end = kwonly ? c->argcount + c->kwonlyargcount : c->argcount;
  Obj *missing[256];
  size_t n = 0;
  for (int i = start; i < end && n < 256; i++)
    if (!f->fast[i]) missing[n++] = tuple_get(c->varnames, (size_t)i);
  Obj *list = names_list(rt, missing, n);
  if (!list) return;
  err_format(rt, EXC(TypeError), "%U() missing %zu required %s argument%s: %U", fn->qualname, n,
             kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
  decref(list);
}

static void too_many_positional(Rt *rt, Function *fn, Frame *f, size_t given) {
  Code *c = (Code *)fn->code;
  size_t defcount = fn->defaults ? tuple_len(fn->defaults) : 0, kwgiven = 0;
  for (int i = c->argcount; i < c->argcount + c->kwonlyargcount; i++)
    if (f->fast[i]) kwgiven++;
  char sig[64];
  if (defcount) snprintf(sig, sizeof sig, "from %d to %d", c->argcount - (int)defcount, c->argcount);
  else snprintf(sig, sizeof sig, "%d", c->argcount);
  char kw[96] = "";
  if (kwgiven)
    snprintf(kw, sizeof kw, " positional argument%s (and %zu keyword-only argument%s)", given != 1 ? "s" : "",
             kwgiven, kwgiven != 1 ? "s" : "");
  err_format(rt, EXC(TypeError), "%U() takes %s positional argument%s but %zu%s %s given", fn->qualname, sig,
             (c->argcount == 1 && !defcount) ? "" : "s", given, kwgiven ? kw : "",
             given == 1 && !kwgiven ? "was" : "were");
}

Frame *frame_for_call(Rt *rt, Function *fn, Obj *const *argv, size_t argc, Obj *kwnames) {
  Code *c = (Code *)fn->code;
  Frame *f = frame_new(rt, c, fn->globals, fn->builtins ? fn->builtins : rt->builtins, NULL);
  if (!f) return NULL;
  f->func = incref((Obj *)fn);
  int nargs = c->argcount, nkwonly = c->kwonlyargcount, total = nargs + nkwonly;
  Obj *varargs = NULL, *kwdict = NULL;
  if (c->flags & CO_VARKEYWORDS) {
    kwdict = dict_new(rt);
    if (!kwdict) goto fail;
    f->fast[total + !!(c->flags & CO_VARARGS)] = kwdict;
  }
  size_t npos = argc < (size_t)nargs ? argc : (size_t)nargs;
  for (size_t i = 0; i < npos; i++) f->fast[i] = incref(argv[i]);
  if (c->flags & CO_VARARGS) {
    varargs = tuple_from(rt, argv + npos, argc - npos);
    if (!varargs) goto fail;
    f->fast[total] = varargs;
  }
  size_t nkw = kwnames ? tuple_len(kwnames) : 0;
  Obj *posonly_as_kw[64];
  size_t nposonly_kw = 0;
  for (size_t k = 0; k < nkw; k++) {
    Obj *name = tuple_get(kwnames, k), *value = argv[argc + k];
    int j;
    for (j = c->posonlyargcount; j < total; j++)
      if (str_equal(tuple_get(c->varnames, (size_t)j), name)) break;
    if (j == total) {
      int posonly = -1;
      for (int p = 0; p < c->posonlyargcount; p++)
        if (str_equal(tuple_get(c->varnames, (size_t)p), name)) posonly = p;
      if (kwdict) {
        if (dict_set(rt, kwdict, name, value) < 0) goto fail;
        continue;
      }
      if (posonly >= 0 && nposonly_kw < 64) { posonly_as_kw[nposonly_kw++] = name; continue; }
      err_format(rt, EXC(TypeError), "%U() got an unexpected keyword argument '%U'", fn->qualname, name);
      goto fail;
    }
    if (f->fast[j]) {
      err_format(rt, EXC(TypeError), "%U() got multiple values for argument '%U'", fn->qualname, name);
      goto fail;
    }
    f->fast[j] = incref(value);
  }
  if (nposonly_kw) {
    Obj *list = names_list(rt, posonly_as_kw, nposonly_kw);
    if (list) {
      err_format(rt, EXC(TypeError), "%U() got some positional-only arguments passed as keyword arguments: %U",
                 fn->qualname, list);
      decref(list);
    }
    goto fail;
  }
  if (argc > (size_t)nargs && !(c->flags & CO_VARARGS)) {
    too_many_positional(rt, fn, f, argc);
    goto fail;
  }
  /* defaults fill the last positional parameters */
  size_t ndef = fn->defaults ? tuple_len(fn->defaults) : 0;
  for (int i = 0; i < nargs; i++) {
    if (f->fast[i]) continue;
    int d = i - (nargs - (int)ndef);
    if (d < 0) { missing_error(rt, fn, f, 0); goto fail; }
    f->fast[i] = incref(tuple_get(fn->defaults, (size_t)d));
  }
  for (int i = nargs; i < total; i++) {
    if (f->fast[i]) continue;
    Obj *d = fn->kwdefaults ? dict_get(rt, fn->kwdefaults, tuple_get(c->varnames, (size_t)i)) : NULL;
    if (!d) { missing_error(rt, fn, f, 1); goto fail; }
    f->fast[i] = incref(d);
  }
  /* cells: fresh, or holding the argument they capture; then the closure */
  size_t ncells = tuple_len(c->cellvars), nfree = tuple_len(c->freevars);
  for (size_t i = 0; i < ncells; i++) {
    int a = c->cell2arg ? c->cell2arg[i] : -1;
    Obj *cell = cell_new(rt, a >= 0 ? f->fast[a] : NULL);
    if (!cell) goto fail;
    f->fast[c->nlocals + (int)i] = cell;
  }
  for (size_t i = 0; i < nfree; i++) f->fast[c->nlocals + (int)(ncells + i)] = incref(tuple_get(fn->closure, i));
  return f;
fail:
  decref((Obj *)f);
  return NULL;
}
