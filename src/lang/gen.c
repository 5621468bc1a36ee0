/* gen.c: generators. A generator owns a suspended frame; resuming runs it
 * in the VM until it yields, returns or raises. A StopIteration escaping
 * the frame becomes RuntimeError (PEP 479). While suspended inside an
 * except block, the generator keeps its own handled exception. */
#include "lang/vm.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/type.h"
#include "obj/args.h"
#include "obj/gc.h"
#include "exc/exc.h"
#include "trace/render.h"

int vm_enter_frame(Rt *rt);

Obj *generator_new(Rt *rt, Frame *f, Function *fn) {
  Generator *g = (Generator *)obj_alloc(rt, &GeneratorType, sizeof(Generator));
  if (!g) return NULL;
  g->rt = rt;
  g->frame = (Frame *)incref((Obj *)f);
  g->name = incref(fn->name);
  g->qualname = incref(fn->qualname);
  f->gen = g;
  return (Obj *)g;
}

/* PEP 479: StopIteration leaving a generator becomes RuntimeError. */
static void stopiteration_to_runtime_error(Rt *rt) {
  if (!err_matches(rt, EXC(StopIteration))) return;
  Obj *si = err_fetch(rt);
  err_str(rt, EXC(RuntimeError), "generator raised StopIteration");
  if (rt->exc) {
    exc_set_cause(rt->exc, si);
    exc_set_context(rt->exc, si);
  }
  decref(si);
}

Obj *gen_resume(Rt *rt, Obj *o, Obj *value, int throwing, int *done) {
  Generator *g = (Generator *)o;
  LangState *L = LANG(rt);
  *done = 0;
  if (g->running) return err_str(rt, EXC(ValueError), "generator already executing");
  if (!g->frame) {
    *done = 1;
    if (throwing) return NULL;
    return incref(None);
  }
  if (!g->started && !throwing && value && value != None)
    return err_str(rt, EXC(TypeError), "can't send non-None value to a just-started generator");
  Frame *f = g->frame;
  if (vm_enter_frame(rt) < 0) return NULL;
  if (g->started && !throwing) f->stack[f->sp++] = incref(value ? value : None);
  g->started = 1;
  g->running = 1;
  /* the generator's handled exception goes on top of the caller's */
  Obj *caller_handled = rt->handled;
  rt->handled = g->handled ? g->handled : xincref(caller_handled);
  g->handled = NULL;
  if (throwing && rt->exc) exc_chain_context(rt, rt->exc);
  SETREF(f->base.back, (TFrame *)xincref((Obj *)L->frame));
  L->yielded = 0;
  Obj *r = vm_run(rt, f, throwing);
  int yielded = L->yielded;
  L->yielded = 0;
  L->depth--;
  CLEAR(f->base.back);
  Obj *own = rt->handled;
  rt->handled = caller_handled;
  if (own != caller_handled) g->handled = own;
  else xdecref(own);
  g->running = 0;
  if (yielded) return r;
  *done = 1;
  f->gen = NULL;
  CLEAR(g->frame);
  CLEAR(g->handled);
  if (!r) stopiteration_to_runtime_error(rt);
  return r;
}

/* ---- the generator type ------------------------------------------------------------------ */

static Obj *gen_iternext(Rt *rt, Obj *o) {
  int done;
  Obj *r = gen_resume(rt, o, None, 0, &done);
  if (!r || !done) return r;
  if (r != None) {
    err_set(rt, EXC(StopIteration), r);
  }
  decref(r);
  return NULL;
}

/* The value a finished generator returned, as StopIteration. */
static Obj *finish_with(Rt *rt, Obj *r, int done) {
  if (!r || !done) return r;
  if (r == None) err_set(rt, EXC(StopIteration), NULL);
  else err_set(rt, EXC(StopIteration), r);
  decref(r);
  return NULL;
}

static Obj *m_send(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (args_no_kw(rt, "send", kwnames) < 0 || args_count(rt, "send", argc, 1, 1) < 0) return NULL;
  int done;
  Obj *r = gen_resume(rt, self, argv[0], 0, &done);
  return finish_with(rt, r, done);
}

/* The iterator a generator suspended in `yield from` delegates to
 * (borrowed), or NULL: the frame stopped after the YIELD_VALUE of a
 * SEND/YIELD_VALUE/JUMP loop, the iterator on top of its stack. */
static Obj *gen_yf(Generator *g) {
  Frame *f = g->frame;
  if (!f || !g->started || g->running || f->sp == 0) return NULL;
  Code *co = (Code *)f->base.code;
  if (f->pc <= 0 || (size_t)f->pc >= co->ninstr) return NULL;
  uint32_t w = co->instr[f->pc];
  if (INSTR_OP(co->instr[f->pc - 1]) != OP_YIELD_VALUE || INSTR_OP(w) != OP_JUMP) return NULL;
  if (INSTR_OP(co->instr[INSTR_ARG(w)]) != OP_SEND) return NULL;
  return f->stack[f->sp - 1];
}

static Obj *m_close(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames);

/* Closes what a `yield from` delegates to: -1 when that raised. */
static int close_iter(Rt *rt, Obj *yf) {
  Obj *r;
  if (is_type(yf, &GeneratorType)) {
    r = m_close(rt, yf, NULL, 0, NULL);
  } else {
    Obj *m = obj_lookup_attr(rt, yf, str_static("close"));
    if (!m) return err_occurred(rt) ? -1 : 0;
    r = obj_call0(rt, m);
    decref(m);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

/* The delegation is over (the iterator finished or raised): the outer
 * generator leaves its SEND loop and resumes with the result, or with the
 * pending exception. */
static Obj *leave_yield_from(Rt *rt, Generator *g, Obj *value, int *done) {
  Frame *f = g->frame;
  Code *co = (Code *)f->base.code;
  decref(f->stack[--f->sp]);
  f->pc = (int)INSTR_ARG(co->instr[INSTR_ARG(co->instr[f->pc])]);
  if (value) return gen_resume(rt, (Obj *)g, value, 0, done);
  if (err_matches(rt, EXC(StopIteration))) {
    Obj *e = err_fetch(rt);
    Obj *v = ((StopIterationObj *)e)->value;
    Obj *r = gen_resume(rt, (Obj *)g, v ? v : None, 0, done);
    decref(e);
    return r;
  }
  return gen_resume(rt, (Obj *)g, None, 1, done);
}

/* CPython's _gen_throw: the pending exception goes to the iterator a
 * `yield from` delegates to (closing it for GeneratorExit), else it is
 * raised where the generator stopped. */
static Obj *gen_throw_pending(Rt *rt, Generator *g, int *done) {
  *done = 0;
  Obj *yf = gen_yf(g);
  if (!yf) return gen_resume(rt, (Obj *)g, None, 1, done);
  incref(yf);
  Obj *ret;
  int subdone = 0;
  if (err_matches(rt, EXC(GeneratorExit))) {
    Obj *exc = err_fetch(rt);
    g->running = 1;
    int e = close_iter(rt, yf);
    g->running = 0;
    decref(yf);
    if (e < 0) { decref(exc); return gen_resume(rt, (Obj *)g, None, 1, done); }
    err_restore(rt, exc);
    return gen_resume(rt, (Obj *)g, None, 1, done);
  }
  if (is_type(yf, &GeneratorType)) {
    g->running = 1;
    ret = gen_throw_pending(rt, (Generator *)yf, &subdone);
    g->running = 0;
  } else {
    Obj *m = obj_lookup_attr(rt, yf, str_static("throw"));
    if (!m) {
      decref(yf);
      if (err_occurred(rt) && !rt->exc) return NULL;
      return gen_resume(rt, (Obj *)g, None, 1, done);
    }
    Obj *exc = err_fetch(rt);
    g->running = 1;
    ret = obj_call1(rt, m, exc);
    g->running = 0;
    decref(exc);
    decref(m);
  }
  decref(yf);
  if (ret && !subdone) return ret;          /* the iterator yielded: so does g */
  Obj *r = leave_yield_from(rt, g, ret, done);
  xdecref(ret);
  return r;
}

static Obj *m_throw(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (args_no_kw(rt, "throw", kwnames) < 0 || args_count(rt, "throw", argc, 1, 3) < 0) return NULL;
  Obj *typ = argv[0], *val = argc > 1 ? argv[1] : None, *exc;
  if (is_exc_type(typ)) {
    exc = val != None && is_exc(val) ? incref(val) : (val == None ? obj_call0(rt, typ) : obj_call1(rt, typ, val));
    if (!exc) return NULL;
  } else if (is_exc(typ)) {
    if (val != None) return err_str(rt, EXC(TypeError), "instance exception may not have a separate value");
    exc = incref(typ);
  } else {
    return err_format(rt, EXC(TypeError), "exceptions must be classes or instances deriving from BaseException, not %s",
                      type_name(typ));
  }
  err_restore(rt, exc);
  int done;
  Obj *r = gen_throw_pending(rt, (Generator *)self, &done);
  return finish_with(rt, r, done);
}

/* close(): GeneratorExit thrown in; the generator must not yield again.
 * 3.13+ return what the generator returned on GeneratorExit. */
static Obj *m_close(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)argv;
  if (args_no_kw(rt, "close", kwnames) < 0 || args_count(rt, "close", argc, 0, 0) < 0) return NULL;
  Generator *g = (Generator *)self;
  if (!g->frame) return incref(None);
  if (!g->started) {
    g->frame->gen = NULL;
    CLEAR(g->frame);
    return incref(None);
  }
  err_set(rt, EXC(GeneratorExit), NULL);
  int done;
  Obj *r = gen_throw_pending(rt, g, &done);
  if (r && !done) {
    decref(r);
    return err_str(rt, EXC(RuntimeError), "generator ignored GeneratorExit");
  }
  if (r) return rt->pyv >= PY313 ? r : (decref(r), incref(None));
  if (err_matches(rt, EXC(GeneratorExit)) || err_matches(rt, EXC(StopIteration))) {
    err_clear(rt);
    return incref(None);
  }
  return NULL;
}

static Obj *gen_self_iter(Rt *rt, Obj *o) { (void)rt; return incref(o); }

static Obj *gen_repr(Rt *rt, Obj *o) {
  return str_fromf(rt, "<generator object %U at %p>", ((Generator *)o)->qualname, (void *)o);
}

/* PEP 442's finalizer: a generator freed while suspended inside a try,
 * with or except block is closed, so that its finally blocks run (as when
 * `for x in gen(): break` drops it). Only while a program runs. Freeing
 * happens anywhere (inside a dict being cleared...), so the generator is
 * kept alive in a list and closed at the next instruction boundary. An
 * error is reported as CPython's PyErr_WriteUnraisable does. */
static int gen_defer_finalize(Generator *g) {
  Rt *rt = g->rt;
  LangState *L = rt ? LANG(rt) : NULL;
  if (!L || !L->frame || L->aborted || rt->gc.collecting || g->finalized || !g->frame || !g->started || g->running ||
      g->frame->nblocks == 0)
    return 0;
  Obj *o = (Obj *)g;
  o->rc = 1;   /* resurrected: the list takes this reference */
  g->finalized = 1;
  Obj *saved = rt->exc;
  rt->exc = NULL;
  if (!L->finalize) L->finalize = list_new(rt, 0);
  int r = L->finalize ? list_append(rt, L->finalize, o) : -1;
  if (r < 0) err_clear(rt);
  rt->exc = saved;
  return --o->rc > 0;
}

static void gen_finalize(Rt *rt, Obj *o) {
  LangState *L = LANG(rt);
  Obj *r = m_close(rt, o, NULL, 0, NULL);
  if (r) {
    decref(r);
    return;
  }
  if (!rt->exc) return;
  Obj *e = err_fetch(rt);
  Obj *what = obj_repr(rt, o);
  if (!what) err_clear(rt);
  StrBuf *err = &L->err;
  sb_adds(err, "Exception ignored in: ");
  if (what) sb_add(err, str_c(what), str_len(what));
  sb_addc(err, '\n');
  xdecref(what);
  RenderOptions opt = {-1, 0, 0};   /* the unraisable hook shows no chain */
  if (trace_format_exception(rt, err, e, &opt) < 0) err_clear(rt);
  decref(e);
}

void gen_run_finalizers(Rt *rt) {
  LangState *L = LANG(rt);
  while (L->finalize && list_len(L->finalize)) {
    Obj *l = L->finalize;
    L->finalize = NULL;
    Obj *saved = rt->exc;
    rt->exc = NULL;
    for (size_t i = 0; i < list_len(l) && !L->aborted; i++) gen_finalize(rt, list_get(l, i));
    rt->exc = saved;
    decref(l);
  }
}

static void gen_dealloc(Obj *o) {
  Generator *g = (Generator *)o;
  if (gen_defer_finalize(g)) return;
  if (g->frame) g->frame->gen = NULL;
  CLEAR(g->frame);
  CLEAR(g->name);
  CLEAR(g->qualname);
  CLEAR(g->handled);
  obj_free_mem(o);
}

static int gen_traverse(Obj *o, VisitFn visit, void *arg) {
  Generator *g = (Generator *)o;
  if (g->frame && visit((Obj *)g->frame, arg)) return 1;
  return g->handled ? visit(g->handled, arg) : 0;
}

static void gen_clear(Obj *o) {
  Generator *g = (Generator *)o;
  if (g->frame) g->frame->gen = NULL;
  CLEAR(g->frame);
  CLEAR(g->handled);
}

static Obj *gen_get_running(Rt *rt, Obj *o) { (void)rt; return incref(bool_obj(((Generator *)o)->running)); }
static Obj *gen_get_frame(Rt *rt, Obj *o) { (void)rt; Obj *f = (Obj *)((Generator *)o)->frame; return incref(f ? f : None); }
static const GetSetDef gen_getsets[] = {
  {"gi_running", gen_get_running, NULL},
  {"gi_frame", gen_get_frame, NULL},
  {NULL, NULL, NULL}
};
static const MemberDef gen_members[] = {
  {"__name__", MEMBER_OBJ, offsetof(Generator, name)},
  {"__qualname__", MEMBER_OBJ, offsetof(Generator, qualname)},
  {NULL, 0, 0}
};
static const MethodDef gen_methods[] = {
  {"send", m_send, 0},
  {"throw", m_throw, 0},
  {"close", m_close, 0},
  {NULL, NULL, 0}
};

Type GeneratorType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "generator",
  .basicsize = sizeof(Generator),
  .flags = TF_GC,
  .dealloc = gen_dealloc,
  .traverse = gen_traverse,
  .clear = gen_clear,
  .repr = gen_repr,
  .iter = gen_self_iter,
  .next = gen_iternext,
  .getsets = gen_getsets,
  .members = gen_members,
  .methods = gen_methods,
};
