/* run.c: the interpreter state, and running a program as python3 does:
 * compile errors and uncaught exceptions print their tracebacks to stderr
 * and exit 1; SystemExit's code decides the status (None: 0, an int: that
 * int, anything else printed to stderr and 1); KeyboardInterrupt exits 130. */
#include "lang/run.h"
#include "lang/modules.h"
#include "lang/compile.h"
#include "lang/text_cache.h"
#include "trace/render.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "exc/exc.h"
#include "base/mem.h"

int vm_enter_frame(Rt *rt);
int lang_anchors(Rt *rt, const char *seg, size_t len, Obj *warn_filename, int *left_end, int *right_start,
                 int *primary);
Obj *lang_frame_names(Rt *rt, Obj *frame);
int lang_keyword_typo(Rt *rt, Obj *exc, KwTypo *out);

/* A new __main__ module. The first is built entry by entry and its dict
 * kept (L->main_dict, holding only immortal or runtime-lived values); the
 * next ones start from a clone of it. */
static Obj *new_main(Rt *rt) {
  LangState *L = LANG(rt);
  if (L->main_dict) {
    Module *m = (Module *)obj_alloc(rt, &ModuleType, sizeof(Module));
    if (!m) return NULL;
    if (!(m->dict = dict_copy(rt, L->main_dict))) { decref((Obj *)m); return NULL; }
    return (Obj *)m;
  }
  Obj *m = module_new(rt, "__main__");
  if (!m) return NULL;
  Obj *d = ((Module *)m)->dict;
  if (dict_set_s(rt, d, "__builtins__", rt->builtins) < 0 || dict_set_s(rt, d, "__annotations__", None) < 0) {
    decref(m);
    return NULL;
  }
  if (dict_del(rt, d, str_static("__annotations__")) < 0 || !(L->main_dict = dict_copy(rt, d)) ||
      dict_presize(rt, L->main_dict, 16) < 0) {   /* room for a snippet's names without growing */
    decref(m);
    return NULL;
  }
  return m;
}

/* A cached code object and its nested ones, tuples and all, are immutable
 * and live across runs: frozen, so that collections do not scan them. */
static void freeze_code(Rt *rt, Obj *code) {
  Code *c = (Code *)code;
  Obj *parts[] = {c->names, c->varnames, c->cellvars, c->freevars};
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (parts[i]) gc_freeze_from(rt, parts[i]);
  for (size_t i = 0; c->consts && i < tuple_len(c->consts); i++)
    if (is_type(tuple_get(c->consts, i), &CodeType)) freeze_code(rt, tuple_get(c->consts, i));
  gc_freeze_from(rt, code);
}

static Obj *lang_sys_module(Rt *rt) {
  LangState *L = LANG(rt);
  Obj *sys = L && L->modules ? dict_get_s(rt, L->modules, "sys") : NULL;
  if (!sys) err_clear(rt);
  return sys;
}

int lang_init(Rt *rt) {
  LangState *L = mem_calloc(1, sizeof(LangState));
  if (!L) return -1;
  rt->lang = L;
  L->recursion_limit = 1000;
  rt->step_budget = 20000000;   /* about a second of work in the web build */
  rt->on_budget = vm_abort_budget;
  L->modules = dict_new(rt);
  if (!L->modules) return -1;
  static Type *const types[] = {&CodeType, &FunctionType, &CellType, &FrameType, &GeneratorType, &ModuleType};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (type_ready(types[i]) < 0) return -1;
  if (trace_init(rt) < 0 || trace_state_init(rt) < 0) return -1;
  TraceHooks hooks = {lang_anchors, lang_frame_names, lang_keyword_typo, lang_sys_module};
  trace_set_hooks(rt, &hooks);
  if (builtins_init(rt) < 0) return -1;
  L->main = new_main(rt);
  if (!L->main || dict_set_s(rt, L->modules, "__main__", L->main) < 0) return -1;
  gc_freeze(rt);   /* the runtime's own objects: collections scan only what programs make */
  return 0;
}

void lang_fini(Rt *rt) {
  LangState *L = rt->lang;
  if (!L) return;
  CLEAR(L->modules);
  CLEAR(L->main);
  CLEAR(L->finalize);
  CLEAR(L->sources);
  CLEAR(L->warned);
  CLEAR(L->frozen);
  CLEAR(L->main_dict);
  tc_free(rt);
  sb_free(&L->out);
  sb_free(&L->err);
  trace_state_fini(rt);
  mem_free(L);
  rt->lang = NULL;
}

/* ---- the outcome of a run ----------------------------------------------------------------- */

static void print_exception(Rt *rt, Obj *exc) {
  RenderOptions opt = {-1, 1, LANG(rt)->colorize};
  StrBuf *err = &LANG(rt)->err;
  if (trace_format_exception(rt, err, exc, &opt) < 0) {
    err_clear(rt);
    sb_adds(err, "pyexc: could not format the traceback\n");
  }
}

static int finish_run(Rt *rt, RunResult *res);

/* SystemExit: the status, printing a non-int code as python3 does. */
static int system_exit_status(Rt *rt, Obj *exc) {
  Obj *code = ((SystemExitObj *)exc)->code;
  if (!code || code == None) return 0;
  if (IS_INT(code)) {
    int64_t v;
    if (int_as_i64(code, &v) < 0) return -1;
    return (int)(v & 0xFF) == v ? (int)v : (int)(uint8_t)v;
  }
  Obj *s = obj_str(rt, code);
  if (s) {
    sb_add(&LANG(rt)->err, str_c(s), str_len(s));
    sb_addc(&LANG(rt)->err, '\n');
    decref(s);
  } else {
    err_clear(rt);
  }
  return 1;
}

/* The program is over: reporting it may use memory past the cap (after a
 * MemoryError the program usually still holds all it took). */
static int finish(Rt *rt, RunResult *res) {
  size_t limit = mem_limit();
  mem_set_limit(0);
  int r = finish_run(rt, res);
  mem_set_limit(limit);
  return r;
}

static int finish_run(Rt *rt, RunResult *res) {
  LangState *L = LANG(rt);
  Obj *exc = err_fetch(rt);
  if (exc && L->aborted) {
    res->budget_exceeded = 1;
    res->exit_code = 124;
    sb_addf(&L->err, "pyexc: stopped after %llu steps: the program ran past its step budget (an infinite loop?)\n",
            (unsigned long long)rt->steps);
    decref(exc);
    exc = NULL;
  } else if (exc && is_inst(exc, EXC(SystemExit))) {
    res->exit_code = system_exit_status(rt, exc);
  } else if (exc) {
    print_exception(rt, exc);
    res->exit_code = is_inst(exc, EXC(KeyboardInterrupt)) ? 130 : 1;
  }
  res->exception = exc;
  CLEAR(rt->handled);
  CLEAR(L->finalize);   /* left by an aborted run: dropped unclosed */
  L->aborted = 0;
  L->depth = 0;
  L->vm_nesting = 0;
  rt->depth = 0;
  L->frame = NULL;
  res->out = sb_take(&L->out, &res->out_len);
  res->err = sb_take(&L->err, &res->err_len);
  return (res->out && res->err) ? 0 : -1;
}

/* The program's code, or NULL with the SyntaxError pending. A fresh run
 * compiles in the same state every time, so its code is kept for the next
 * fresh run of the same text and filename (unless compiling it warned: the
 * warnings are shown at each compile, and the code is immutable). */
static Obj *compile_program(Rt *rt, const char *source, size_t len, Obj *fname, int fresh) {
  TextCacheSlot *hit = fresh ? tc_get(rt, TC_PROGRAM, source, len, fname) : NULL;
  if (hit) return incref(hit->obj);
  unsigned long warned = LANG(rt)->warn_count;
  Ast ast;
  Obj *code = NULL;
  if (ast_parse(rt, source, len, fname, &ast) == 0) {
    /* the symbol table's and compiler's SyntaxErrors, then the code */
    if (ast_check(rt, &ast, fname, source, len) == 0) code = compile_module(rt, &ast, fname);
    ast_free(&ast);
  }
  TextCacheSlot *s = code && fresh && warned == LANG(rt)->warn_count ? tc_put(rt, TC_PROGRAM, source, len, fname) : NULL;
  if (s) {
    s->obj = incref(code);
    freeze_code(rt, code);
  }
  return code;
}

int lang_run(Rt *rt, const char *source, size_t len, const char *filename, int flags, RunResult *res) {
  LangState *L = LANG(rt);
  memset(res, 0, sizeof *res);
  rt->steps = 0;
  L->aborted = 0;
  L->colorize = (flags & RUN_COLOR) != 0;
  if (!L->main || !L->modules) flags |= RUN_FRESH;   /* a fresh start failed before */
  if (flags & RUN_FRESH) {
    /* as a new process would: a new __main__, modules imported anew (the
     * old ones released first, so their memory is there for the new run) */
    CLEAR(L->main);
    CLEAR(L->modules);
    gc_collect(rt);
    L->modules = dict_new(rt);
    L->main = L->modules ? new_main(rt) : NULL;
    if (!L->main || dict_set_s(rt, L->modules, "__main__", L->main) < 0) return finish(rt, res);
    CLEAR(L->warned);
    L->recursion_limit = 1000;
  }
  Obj *fname = str_from_c(rt, filename);
  if (!fname || trace_set_source(rt, fname, source, len) < 0) { xdecref(fname); return finish(rt, res); }
  Obj *globals = ((Module *)L->main)->dict;
  if (dict_set_s(rt, globals, "__file__", fname) < 0) { decref(fname); return finish(rt, res); }
  Obj *code = compile_program(rt, source, len, fname, flags & RUN_FRESH);
  decref(fname);
  if (code) {
    Frame *f = frame_new(rt, (Code *)code, globals, rt->builtins, globals);
    decref(code);
    if (f && vm_enter_frame(rt) == 0) {
      f->depth_counted = 1;
      Obj *r = vm_run(rt, f, 0);
      xdecref(r);
      if (!L->aborted) gen_run_finalizers(rt);   /* freed by the last instructions */
    }
    xdecref((Obj *)f);
  }
  gc_maybe_collect(rt);
  return finish(rt, res);
}

void run_result_free(RunResult *res) {
  mem_free(res->out);
  mem_free(res->err);
  xdecref(res->exception);
  memset(res, 0, sizeof *res);
}
