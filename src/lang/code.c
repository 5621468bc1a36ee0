/* code.c: code objects, functions (with CPython's argument binding and its
 * messages), cells and frames. */
#include "lang/code.h"
#include "lang/vm.h"
#include "lang/modules.h"
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
static Obj *code_get_argcount(Rt *rt, Obj *o) { return int_from_i64(rt, ((Code *)o)->argcount); }
static Obj *code_get_posonlyargcount(Rt *rt, Obj *o) { return int_from_i64(rt, ((Code *)o)->posonlyargcount); }
static Obj *code_get_kwonlyargcount(Rt *rt, Obj *o) { return int_from_i64(rt, ((Code *)o)->kwonlyargcount); }
static Obj *code_get_nlocals(Rt *rt, Obj *o) { return int_from_i64(rt, ((Code *)o)->nlocals); }
static Obj *code_get_flags(Rt *rt, Obj *o) {
  /* CPython's values: OPTIMIZED 1, NEWLOCALS 2, VARARGS 4, VARKEYWORDS 8, NESTED 16, GENERATOR 32 */
  int f = ((Code *)o)->flags, r = 0;
  if (f & CO_NEWLOCALS) r |= 1 | 2;
  if (f & CO_VARARGS) r |= 4;
  if (f & CO_VARKEYWORDS) r |= 8;
  if (f & CO_NESTED) r |= 16;
  if (f & CO_GENERATOR) r |= 32;
  return int_from_i64(rt, r);
}
static Obj *code_get_cellvars(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->cellvars); }
static Obj *code_get_freevars(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->freevars); }
static Obj *code_get_names(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->names); }
static Obj *code_get_consts(Rt *rt, Obj *o) { (void)rt; return incref(((Code *)o)->consts); }
static const GetSetDef code_getsets[] = {
  {"co_argcount", code_get_argcount, NULL},
  {"co_posonlyargcount", code_get_posonlyargcount, NULL},
  {"co_kwonlyargcount", code_get_kwonlyargcount, NULL},
  {"co_nlocals", code_get_nlocals, NULL},
  {"co_flags", code_get_flags, NULL},
  {"co_cellvars", code_get_cellvars, NULL},
  {"co_freevars", code_get_freevars, NULL},
  {"co_names", code_get_names, NULL},
  {"co_consts", code_get_consts, NULL},
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
                    &f->defaults, &f->kwdefaults, &f->closure, &f->dict, &f->annotations, &f->annotate};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) CLEAR(*fields[i]);
  obj_free_mem(o);
}

static int function_traverse(Obj *o, VisitFn visit, void *arg) {
  Function *f = (Function *)o;
  Obj *fields[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->module, f->doc,
                   f->defaults, f->kwdefaults, f->closure, f->dict, f->annotations, f->annotate};
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
  CLEAR(f->annotations);
  CLEAR(f->annotate);
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

/* __annotations__: the dict made at definition (3.11-3.13), or computed
 * once by __annotate__(1) (3.14), or a new empty dict. */
static Obj *function_get_annotations(Rt *rt, Obj *o) {
  Function *f = (Function *)o;
  if (!f->annotations && f->annotate) {
    Obj *one = int_from_i64(rt, 1), *d = one ? obj_call1(rt, f->annotate, one) : NULL;
    xdecref(one);
    if (!d) return NULL;
    if (!IS_DICT(d)) {
      err_format(rt, EXC(TypeError), "__annotate__ returned non-dict of type '%s'", type_name(d));
      decref(d);
      return NULL;
    }
    f->annotations = d;
  }
  if (!f->annotations && !(f->annotations = dict_new(rt))) return NULL;
  return incref(f->annotations);
}
static int function_set_annotations(Rt *rt, Obj *o, Obj *v) {
  Function *f = (Function *)o;
  if (v && v != None && !IS_DICT(v))
    return err_format_i(rt, EXC(TypeError), "__annotations__ must be set to a dict object");
  SETREF(f->annotations, v && v != None ? incref(v) : NULL);
  if (rt->pyv >= PY314) CLEAR(f->annotate);
  return 0;
}
static Obj *function_get_annotate(Rt *rt, Obj *o) {
  if (rt->pyv < PY314) return err_format(rt, EXC(AttributeError), "'function' object has no attribute '__annotate__'");
  Obj *a = ((Function *)o)->annotate;
  return incref(a ? a : None);
}
static const GetSetDef function_getsets[] = {
  {"__annotations__", function_get_annotations, function_set_annotations},
  {"__annotate__", function_get_annotate, NULL},
  {NULL, NULL, NULL}
};

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
  .flags = TF_GC | TF_PYFUNCTION,
  .dictoffset = offsetof(Function, dict),
  .dealloc = function_dealloc,
  .traverse = function_traverse,
  .clear = function_clear,
  .repr = function_repr,
  .call = function_call,
  .descr_get = function_get,
  .members = function_members,
  .getsets = function_getsets,
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

/* CPython's missing_arguments(): the positional ones without a default,
 * or the keyword-only ones (after their defaults were filled). */
static void missing_error(Rt *rt, Function *fn, Frame *f, int kwonly) {
  Code *c = (Code *)fn->code;
  int ndef = fn->defaults ? (int)tuple_len(fn->defaults) : 0;
  int start = kwonly ? c->argcount : 0, end = kwonly ? c->argcount + c->kwonlyargcount : c->argcount - ndef;
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

/* CPython's positional_only_passed_as_keyword(): 1 when it raised. */
static int posonly_as_keyword(Rt *rt, Function *fn, Obj *const *kwvalues, Obj *kwnames) {
  Code *c = (Code *)fn->code;
  (void)kwvalues;
  StrBuf b = SB_INIT;
  size_t n = 0;
  for (int p = 0; p < c->posonlyargcount; p++) {
    Obj *pname = tuple_get(c->varnames, (size_t)p);
    for (size_t k = 0; k < tuple_len(kwnames); k++) {
      if (!str_equal(tuple_get(kwnames, k), pname)) continue;
      if (n++) sb_adds(&b, ", ");
      sb_add(&b, str_c(pname), str_len(pname));
    }
  }
  if (!n) { sb_free(&b); return 0; }
  Obj *names = str_from_buf(rt, &b);
  if (!names) return 1;
  err_format(rt, EXC(TypeError), "%U() got some positional-only arguments passed as keyword arguments: '%U'",
             fn->qualname, names);
  decref(names);
  return 1;
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
  for (size_t k = 0; k < nkw; k++) {
    Obj *name = tuple_get(kwnames, k), *value = argv[argc + k];
    int j;
    for (j = c->posonlyargcount; j < total; j++)
      if (str_equal(tuple_get(c->varnames, (size_t)j), name)) break;
    if (j == total) {
      if (kwdict) {
        if (dict_set(rt, kwdict, name, value) < 0) goto fail;
        continue;
      }
      if (!posonly_as_keyword(rt, fn, argv + argc, kwnames)) {
        /* 3.13+ suggest a parameter that may be passed by keyword */
        Obj *sugg = rt->pyv >= PY313 ? lang_suggest(AS_TUPLE(c->varnames)->items + c->posonlyargcount,
                                                    (size_t)(total - c->posonlyargcount), name) : NULL;
        if (sugg)
          err_format(rt, EXC(TypeError), "%U() got an unexpected keyword argument '%U'. Did you mean '%U'?",
                     fn->qualname, name, sugg);
        else
          err_format(rt, EXC(TypeError), "%U() got an unexpected keyword argument '%U'", fn->qualname, name);
      }
      goto fail;
    }
    if (f->fast[j]) {
      err_format(rt, EXC(TypeError), "%U() got multiple values for argument '%U'", fn->qualname, name);
      goto fail;
    }
    f->fast[j] = incref(value);
  }
  if (argc > (size_t)nargs && !(c->flags & CO_VARARGS)) {
    too_many_positional(rt, fn, f, argc);
    goto fail;
  }
  /* defaults fill the last positional parameters */
  size_t ndef = fn->defaults ? tuple_len(fn->defaults) : 0;
  for (int i = (int)npos; i < nargs - (int)ndef; i++)
    if (!f->fast[i]) { missing_error(rt, fn, f, 0); goto fail; }
  for (int i = nargs - (int)ndef; i < nargs; i++)
    if (i >= 0 && !f->fast[i]) f->fast[i] = incref(tuple_get(fn->defaults, (size_t)(i - (nargs - (int)ndef))));
  int kwmissing = 0;
  for (int i = nargs; i < total; i++) {
    if (f->fast[i]) continue;
    Obj *d = fn->kwdefaults ? dict_get(rt, fn->kwdefaults, tuple_get(c->varnames, (size_t)i)) : NULL;
    if (d) f->fast[i] = incref(d);
    else kwmissing = 1;
  }
  if (kwmissing) { missing_error(rt, fn, f, 1); goto fail; }
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
