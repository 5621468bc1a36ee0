/* vm.c: the dispatch loop. Python-to-Python calls do not recurse in C: the
 * callee's frame is pushed and run by the same loop, so recursion depth is
 * limited by the runtime's recursion limit, not by the C stack.
 *
 * Exceptions: an instruction that fails jumps to `error`, which adds this
 * frame to the traceback and unwinds; a re-raise jumps to `unwind`
 * directly (keeping the traceback as it was). Unwinding pops the innermost
 * SETUP_FINALLY block, restores its stack level and pushes the exception;
 * with no block left the frame is finished and the caller's CALL fails. */
#include "lang/vm.h"
#include "lang/vm_ops.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "exc/exc.h"
#include "trace/frame.h"

/* Frames allowed besides the module's before RecursionError, calibrated
 * on CPython's oracle output ("[Previous line repeated N more times]"). */
static const int frames_below_limit[PY_NVERSIONS] = {3, 4, 4, 4};

int vm_enter_frame(Rt *rt) {
  LangState *L = LANG(rt);
  if (L->depth + 1 > L->recursion_limit - frames_below_limit[rt->pyv]) {
    err_str(rt, EXC(RecursionError), "maximum recursion depth exceeded");
    return -1;
  }
  L->depth++;
  return 0;
}

Obj *vm_call_function(Rt *rt, Function *fn, Obj *const *argv, size_t argc, Obj *kwnames) {
  Frame *f = frame_for_call(rt, fn, argv, argc, kwnames);
  if (!f) return NULL;
  Code *co = (Code *)fn->code;
  if (co->flags & CO_GENERATOR) {
    Obj *g = generator_new(rt, f, fn);
    decref((Obj *)f);
    return g;
  }
  if (vm_enter_frame(rt) < 0) { decref((Obj *)f); return NULL; }
  f->depth_counted = 1;
  Obj *r = vm_run(rt, f, 0);
  decref((Obj *)f);
  return r;
}

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define CONST(i) (((Tuple *)co->consts)->items[i])
#define NAME(i) (((Tuple *)co->names)->items[i])
#define JUMP_TO(t) (f->pc = (t))
#define SAVE() (f->sp = (size_t)(sp - f->stack))
#define LOAD() (co = (Code *)f->base.code, sp = f->stack + f->sp)

static Obj *vm_loop(Rt *rt, Frame *f, int throwing);

/* ---- the shapes most instructions share --------------------------------------------
 * Each helper takes the result of the instruction's operation, already
 * computed from the operands, so that the order of effects (the operation,
 * then the releases) stays the instruction's own. Each returns 0, or -1
 * with the error pending (the instruction then jumps to `error`). */

/* The top of the stack becomes r and the old top is released; when r is
 * NULL the stack is left as it is. */
static inline int set_top(Obj **sp, Obj *r) {
  if (!r) return -1;
  decref(sp[-1]);
  sp[-1] = r;
  return 0;
}

/* Releases the operand b already popped (NULL allowed), then set_top. */
static inline int set_top_drop(Obj **sp, Obj *r, Obj *b) {
  xdecref(b);
  return set_top(sp, r);
}

/* Releases the operand v already popped and passes the status r on. */
static inline int drop(int r, Obj *v) {
  decref(v);
  return r;
}

/* r of deleting a name: a KeyError becomes the NameError for name. */
static int name_deleted(Rt *rt, int r, Obj *name) {
  if (r < 0 && err_matches(rt, EXC(KeyError))) { err_clear(rt); op_name_error(rt, name); }
  return r;
}

/* Runs callee next in this loop; returns it (the caller saved its stack). */
static Frame *enter_frame(LangState *L, Frame *f, Frame *callee) {
  callee->base.back = (TFrame *)incref((Obj *)f);
  L->frame = callee;
  return callee;
}

/* Finishes frame f run by this loop and returns its caller, which runs next
 * (the caller stays alive while f goes: f holds it). */
static Frame *leave_frame(LangState *L, Frame *f) {
  Frame *caller = (Frame *)f->base.back;
  L->depth--;
  incref((Obj *)caller);
  L->frame = caller;   /* before f goes: finalizers it triggers run in the caller */
  decref((Obj *)f);
  decref((Obj *)caller);
  return caller;
}

void vm_abort_budget(Rt *rt) {
  LangState *L = LANG(rt);
  L->aborted = 1;
  err_format(rt, EXC(RuntimeError), "step budget exceeded");
}

/* Calls callable with n arguments on the stack; for plain Python functions
 * returns the pushed frame in *callee instead of a result. */
static Obj *call_or_push(Rt *rt, Obj *callable, Obj **args, size_t n, Obj *kwnames, Frame **callee) {
  *callee = NULL;
  Function *fn = NULL;
  Obj *small[16], **argv = args;
  size_t argc = n - (kwnames ? tuple_len(kwnames) : 0);
  if (is_type(callable, &FunctionType)) fn = (Function *)callable;
  else if (is_type(callable, &BoundMethodType) && is_type(((BoundMethod *)callable)->func, &FunctionType)) {
    fn = (Function *)((BoundMethod *)callable)->func;
    if (n + 1 <= 16) {
      small[0] = ((BoundMethod *)callable)->self;
      for (size_t i = 0; i < n; i++) small[i + 1] = args[i];
      argv = small;
      argc++;
    } else {
      fn = NULL;
    }
  }
  if (!fn || (((Code *)fn->code)->flags & CO_GENERATOR)) {
    /* 3.11 calls classes and instances of classes through
     * _PyObject_MakeTpCall, which counts one more level of recursion */
    LangState *L = LANG(rt);
    int tp_call = rt->pyv == PY311 && ((callable->type->flags & TF_HEAP) ||
                                       (IS_TYPE(callable) && (AS_TYPE(callable)->flags & TF_HEAP)));
    if (tp_call) {
      if (L->depth + 1 > L->recursion_limit - frames_below_limit[rt->pyv])
        return err_str(rt, EXC(RecursionError), "maximum recursion depth exceeded while calling a Python object");
      L->depth++;
    }
    Obj *r = obj_call(rt, callable, args, argc - (argv == small), kwnames);
    if (tp_call) L->depth--;
    return r;
  }
  Frame *nf = frame_for_call(rt, fn, argv, argc, kwnames);
  if (!nf) return NULL;
  if (vm_enter_frame(rt) < 0) { decref((Obj *)nf); return NULL; }
  nf->depth_counted = 1;
  *callee = nf;
  return NULL;
}

/* Frames of the Python code standing in for what CPython writes in C (the
 * warnings module, whose warn() raises a warning turned error with no frame
 * of its own): they add no traceback entries. */
static int frame_hidden(const Frame *f) {
  return str_eq_c(f->base.info->filename, "<frozen warnings>");
}

/* Runs of the VM nested through C (a Python __init__ or __repr__ called by
 * a slot, a generator resumed by a built-in) each use C stack; their number
 * is bounded so that the stack never overflows, also on wasm, where the
 * engine's own stack limit is about 1 MB. */
#ifdef __wasm__
#define VM_NESTING_MAX 500
#else
#define VM_NESTING_MAX 2000
#endif

Obj *vm_run(Rt *rt, Frame *f, int throwing) {
  LangState *L = LANG(rt);
  if (L->vm_nesting >= VM_NESTING_MAX) {
    err_str(rt, EXC(RecursionError), "maximum recursion depth exceeded while calling a Python object");
    return NULL;
  }
  L->vm_nesting++;
  Obj *r = vm_loop(rt, f, throwing);
  L->vm_nesting--;
  return r;
}

static Obj *vm_loop(Rt *rt, Frame *f, int throwing) {
  LangState *L = LANG(rt);
  Frame *saved = L->frame;
  Code *co;
  Obj **sp;
  Obj *retval = NULL;
  if (saved && saved != f && !f->base.back) f->base.back = (TFrame *)incref((Obj *)saved);
  f->entry = 1;
  L->frame = f;
  LOAD();
  if (throwing) goto error;

  for (;;) {
    if (L->finalize) { SAVE(); gen_run_finalizers(rt); }
    int pc = f->pc++;
    f->base.lasti = pc;
    uint32_t w = co->instr[pc];
    int arg = (int)INSTR_ARG(w);
    if (rt_tick(rt) < 0) goto error;
    switch (INSTR_OP(w)) {
    case OP_NOP: break;
    case OP_POP_TOP: decref(POP()); break;
    case OP_COPY: { Obj *v = PEEK(arg); PUSH(incref(v)); break; }
    case OP_SWAP: { Obj *t = TOP(); SET_TOP(PEEK(arg)); PEEK(arg) = t; break; }

    case OP_LOAD_CONST: PUSH(incref(CONST(arg))); break;
    case OP_LOAD_FAST: {
      Obj *v = f->fast[arg];
      if (!v) { op_unbound_local(rt, tuple_get(co->varnames, (size_t)arg)); goto error; }
      PUSH(incref(v));
      break;
    }
    case OP_STORE_FAST: SETREF(f->fast[arg], POP()); break;
    case OP_DELETE_FAST:
      if (!f->fast[arg]) { op_unbound_local(rt, tuple_get(co->varnames, (size_t)arg)); goto error; }
      CLEAR(f->fast[arg]);
      break;
    case OP_LOAD_NAME: {
      Obj *v = op_load_name(rt, f, NAME(arg));
      if (!v) goto error;
      PUSH(v);
      break;
    }
    case OP_STORE_NAME: {
      Obj *v = POP();
      if (drop(obj_setitem(rt, f->locals, NAME(arg), v), v) < 0) goto error;
      break;
    }
    case OP_DELETE_NAME:
      if (name_deleted(rt, obj_delitem(rt, f->locals, NAME(arg)), NAME(arg)) < 0) goto error;
      break;
    case OP_LOAD_GLOBAL: {
      Obj *v = op_load_global(rt, f, NAME(arg));
      if (!v) goto error;
      PUSH(v);
      break;
    }
    case OP_STORE_GLOBAL: {
      Obj *v = POP();
      if (drop(dict_set(rt, f->base.globals, NAME(arg), v), v) < 0) goto error;
      break;
    }
    case OP_DELETE_GLOBAL:
      if (name_deleted(rt, dict_del(rt, f->base.globals, NAME(arg)), NAME(arg)) < 0) goto error;
      break;
    case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: {
      if (INSTR_OP(w) == OP_LOAD_CLASSDEREF) {
        size_t ncells = tuple_len(co->cellvars);
        Obj *name = (size_t)arg < ncells ? tuple_get(co->cellvars, (size_t)arg)
                                         : tuple_get(co->freevars, (size_t)arg - ncells);
        Obj *v = dict_get(rt, f->locals, name);
        if (v) { PUSH(incref(v)); break; }
        if (err_occurred(rt)) goto error;
      }
      Obj *v = ((Cell *)f->fast[co->nlocals + arg])->ref;
      if (!v) {
        size_t ncells = tuple_len(co->cellvars);
        if ((size_t)arg < ncells) op_unbound_local(rt, tuple_get(co->cellvars, (size_t)arg));
        else op_unbound_free(rt, tuple_get(co->freevars, (size_t)arg - ncells));
        goto error;
      }
      PUSH(incref(v));
      break;
    }
    case OP_STORE_DEREF: SETREF(((Cell *)f->fast[co->nlocals + arg])->ref, POP()); break;
    case OP_DELETE_DEREF: {
      Cell *c = (Cell *)f->fast[co->nlocals + arg];
      if (!c->ref) { op_unbound_local(rt, tuple_get(co->cellvars, (size_t)arg)); goto error; }
      CLEAR(c->ref);
      break;
    }
    case OP_LOAD_CLOSURE: PUSH(incref(f->fast[co->nlocals + arg])); break;

    case OP_LOAD_ATTR: {
      Obj *o = TOP(), *v;
      /* a property with a Python getter runs in this loop (no C recursion) */
      Frame *callee = op_property_frame(rt, o, NAME(arg));
      if (callee) {
        decref(POP());
        SAVE();
        f = enter_frame(L, f, callee);
        LOAD();
        break;
      }
      if (err_occurred(rt)) goto error;
      v = obj_getattr(rt, o, NAME(arg));
      if (!v) { op_attr_error_context(rt, o, NAME(arg)); goto error; }
      set_top(sp, v);
      break;
    }
    case OP_STORE_ATTR: {
      Obj *o = POP(), *v = POP();
      int r = obj_setattr(rt, o, NAME(arg), v);
      decref(o);
      decref(v);
      if (r < 0) goto error;
      break;
    }
    case OP_DELETE_ATTR: {
      Obj *o = POP();
      int r = obj_setattr(rt, o, NAME(arg), NULL);
      decref(o);
      if (r < 0) goto error;
      break;
    }
    case OP_BINARY_SUBSCR: {
      Obj *key = POP();
      if (set_top_drop(sp, obj_getitem(rt, TOP(), key), key) < 0) goto error;
      break;
    }
    case OP_STORE_SUBSCR: {
      Obj *key = POP(), *o = POP(), *v = POP();
      int r = obj_setitem(rt, o, key, v);
      decref(key); decref(o); decref(v);
      if (r < 0) goto error;
      break;
    }
    case OP_DELETE_SUBSCR: {
      Obj *key = POP(), *o = POP();
      int r = obj_delitem(rt, o, key);
      decref(key); decref(o);
      if (r < 0) goto error;
      break;
    }
    case OP_BUILD_SLICE: {
      Obj *step = arg == 3 ? POP() : NULL, *stop = POP();
      Obj *s = slice_new(rt, TOP(), stop, step);
      xdecref(step);
      if (set_top_drop(sp, s, stop) < 0) goto error;
      break;
    }

    case OP_BINARY_OP: case OP_INPLACE_OP: {
      Obj *b = POP(), *a = TOP();
      Obj *r = INSTR_OP(w) == OP_BINARY_OP ? num_binop(rt, a, b, arg) : num_inplace(rt, a, b, arg);
      if (set_top_drop(sp, r, b) < 0) goto error;
      break;
    }
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: {
      Obj *a = TOP();
      Obj *r = INSTR_OP(w) == OP_UNARY_NEGATIVE ? num_neg(rt, a)
               : INSTR_OP(w) == OP_UNARY_POSITIVE ? num_pos(rt, a) : num_invert(rt, a);
      if (set_top(sp, r) < 0) goto error;
      break;
    }
    case OP_UNARY_NOT: {
      int t = obj_truth(rt, TOP());
      if (t < 0) goto error;
      decref(TOP());
      SET_TOP(incref(bool_obj(!t)));
      break;
    }
    case OP_COMPARE_OP: {
      Obj *b = POP();
      if (set_top_drop(sp, op_compare(rt, TOP(), b, arg), b) < 0) goto error;
      break;
    }
    case OP_IS_OP: {
      Obj *b = POP(), *a = TOP();
      int r = (a == b) ^ arg;
      decref(a);
      decref(b);
      SET_TOP(incref(bool_obj(r)));
      break;
    }
    case OP_CONTAINS_OP: {
      Obj *b = POP(), *a = TOP();
      int r = obj_contains(rt, b, a);
      decref(b);
      if (r < 0) goto error;
      decref(a);
      SET_TOP(incref(bool_obj(r ^ arg)));
      break;
    }

    case OP_BUILD_TUPLE: {
      Obj *t = tuple_new(rt, (size_t)arg);
      if (!t) goto error;
      for (int i = arg; i > 0; i--) AS_TUPLE(t)->items[i - 1] = POP();
      PUSH(t);
      break;
    }
    case OP_BUILD_LIST: {
      Obj *l = list_new(rt, (size_t)arg);
      if (!l) goto error;
      for (int i = arg; i > 0; i--) AS_LIST(l)->items[i - 1] = POP();
      PUSH(l);
      break;
    }
    case OP_BUILD_SET: {
      Obj *s = set_new(rt, &SetType, NULL);
      int r = s ? 0 : -1;
      for (int i = arg; i > 0 && r == 0; i--) r = set_add(rt, s, PEEK(i));
      for (int i = 0; i < arg; i++) decref(POP());
      if (r < 0) { xdecref(s); goto error; }
      PUSH(s);
      break;
    }
    case OP_BUILD_MAP: {
      Obj *d = dict_new(rt);
      int r = d ? 0 : -1;
      for (int i = arg; i > 0 && r == 0; i--) r = obj_setitem(rt, d, PEEK(2 * i), PEEK(2 * i - 1));
      for (int i = 0; i < 2 * arg; i++) decref(POP());
      if (r < 0) { xdecref(d); goto error; }
      PUSH(d);
      break;
    }
    case OP_LIST_APPEND: {
      Obj *v = POP();
      if (drop(list_append(rt, PEEK(arg), v), v) < 0) goto error;
      break;
    }
    case OP_SET_ADD: {
      Obj *v = POP();
      if (drop(set_add(rt, PEEK(arg), v), v) < 0) goto error;
      break;
    }
    case OP_MAP_ADD: {
      Obj *v = POP(), *k = POP();
      int r = obj_setitem(rt, PEEK(arg), k, v);
      decref(k);
      decref(v);
      if (r < 0) goto error;
      break;
    }
    case OP_LIST_EXTEND: {
      Obj *v = POP();
      if (drop(op_list_extend(rt, PEEK(arg), v), v) < 0) goto error;
      break;
    }
    case OP_SET_UPDATE: {
      Obj *v = POP(), *l = obj_to_list(rt, v);
      decref(v);
      if (!l) goto error;
      int r = 0;
      for (size_t i = 0; i < list_len(l) && r == 0; i++) r = set_add(rt, PEEK(arg), list_get(l, i));
      decref(l);
      if (r < 0) goto error;
      break;
    }
    case OP_DICT_UPDATE: {
      Obj *v = POP();
      if (drop(op_dict_merge(rt, PEEK(arg), v, NULL), v) < 0) goto error;
      break;
    }
    case OP_DICT_MERGE: {
      Obj *v = POP();
      if (drop(op_dict_merge(rt, PEEK(arg), v, PEEK(arg + 2)), v) < 0) goto error;
      break;
    }
    case OP_LIST_TO_TUPLE:
      if (set_top(sp, tuple_from(rt, AS_LIST(TOP())->items, list_len(TOP()))) < 0) goto error;
      break;
    case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: {
      int before = INSTR_OP(w) == OP_UNPACK_EX ? (arg & 0xFF) : arg;
      int after = INSTR_OP(w) == OP_UNPACK_EX ? (arg >> 8) : 0;
      int starred = INSTR_OP(w) == OP_UNPACK_EX;
      Obj *seq = POP();
      int r = op_unpack(rt, seq, before, after, starred, sp);
      decref(seq);
      if (r < 0) goto error;
      sp += before + after + starred;
      break;
    }
    case OP_FORMAT_VALUE: {
      Obj *spec = (arg & 4) ? POP() : NULL;
      if (set_top_drop(sp, op_format_value(rt, TOP(), arg & 3, spec), spec) < 0) goto error;
      break;
    }
    case OP_BUILD_STRING: {
      StrBuf b = SB_INIT;
      for (int i = arg; i > 0; i--) sb_add(&b, str_c(PEEK(i)), str_len(PEEK(i)));
      for (int i = 0; i < arg; i++) decref(POP());
      Obj *s = str_from_buf(rt, &b);
      if (!s) goto error;
      PUSH(s);
      break;
    }

    case OP_JUMP: JUMP_TO(arg); break;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: {
      Obj *v = POP();
      int t = v == Py_True ? 1 : v == Py_False ? 0 : obj_truth(rt, v);
      decref(v);
      if (t < 0) goto error;
      if (t == (INSTR_OP(w) == OP_POP_JUMP_IF_TRUE)) JUMP_TO(arg);
      break;
    }
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: {
      int t = obj_truth(rt, TOP());
      if (t < 0) goto error;
      if (t == (INSTR_OP(w) == OP_JUMP_IF_TRUE_OR_POP)) JUMP_TO(arg);
      else decref(POP());
      break;
    }
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: {
      Obj *v = POP();
      int none = v == None;
      decref(v);
      if (none == (INSTR_OP(w) == OP_POP_JUMP_IF_NONE)) JUMP_TO(arg);
      break;
    }
    case OP_GET_ITER:
      if (set_top(sp, obj_iter(rt, TOP())) < 0) goto error;
      break;
    case OP_FOR_ITER: {
      SAVE();
      Obj *v = obj_next(rt, TOP());
      if (v) { PUSH(v); break; }
      if (err_occurred(rt)) {
        if (!err_matches(rt, EXC(StopIteration))) goto error;
        err_clear(rt);
      }
      decref(POP());
      JUMP_TO(arg);
      break;
    }

    case OP_MAKE_FUNCTION: {
      int n = 2 + !!(arg & MF_DEFAULTS) + !!(arg & MF_KWDEFAULTS) + !!(arg & (MF_ANNOTATIONS | MF_ANNOTATE)) +
              !!(arg & MF_CLOSURE);
      Obj *fn = op_make_function(rt, f, arg, sp - n);
      for (int i = 0; i < n; i++) decref(POP());
      if (!fn) goto error;
      PUSH(fn);
      break;
    }
    case OP_CALL: case OP_CALL_KW: {
      Obj *kwnames = INSTR_OP(w) == OP_CALL_KW ? POP() : NULL;
      Obj **args = sp - arg, *callable = args[-1];
      Frame *callee;
      SAVE();
      Obj *r = call_or_push(rt, callable, args, (size_t)arg, kwnames, &callee);
      xdecref(kwnames);
      for (int i = 0; i < arg + 1; i++) decref(POP());
      if (callee) {
        SAVE();
        f = enter_frame(L, f, callee);
        LOAD();
        break;
      }
      if (!r) goto error;
      PUSH(r);
      break;
    }
    case OP_CALL_EX: {
      Obj *kwargs = (arg & 1) ? POP() : NULL, *args = POP(), *callable = TOP();
      SAVE();
      SETREF(args, op_call_args_tuple(rt, callable, args));
      if (!args) { xdecref(kwargs); goto error; }
      Obj *r = obj_call_tuple(rt, callable, args, kwargs);
      xdecref(kwargs);
      if (set_top_drop(sp, r, args) < 0) goto error;
      break;
    }
    case OP_RETURN_VALUE:
      retval = POP();
      SAVE();
      if (f->entry) goto done;
      frame_clear_stack(f);
      f = leave_frame(L, f);
      LOAD();
      PUSH(retval);
      retval = NULL;
      break;
    case OP_YIELD_VALUE:
      retval = POP();
      SAVE();
      L->yielded = 1;
      goto done;
    case OP_GET_YIELD_FROM_ITER:
      if (!is_type(TOP(), &GeneratorType) && set_top(sp, obj_iter(rt, TOP())) < 0) goto error;
      break;
    case OP_SEND: {
      Obj *v = POP(), *recv = TOP(), *r;
      int finished = 0;
      SAVE();
      r = op_send(rt, recv, v, &finished);
      decref(v);
      if (!r) goto error;
      if (finished) {
        decref(POP());
        PUSH(r);
        JUMP_TO(arg);
      } else {
        PUSH(r);
      }
      break;
    }
    case OP_LOAD_BUILD_CLASS: {
      Obj *bc = dict_get_s(rt, f->builtins, "__build_class__");
      if (!bc) { err_str(rt, EXC(NameError), "__build_class__ not found"); goto error; }
      PUSH(incref(bc));
      break;
    }
    case OP_SETUP_ANNOTATIONS: {
      Obj *k = str_static("__annotations__"), *v = dict_get(rt, f->locals, k);
      if (!v && !err_occurred(rt)) {
        Obj *d = dict_new(rt);
        int r = d ? dict_set(rt, f->locals, k, d) : -1;
        xdecref(d);
        if (r < 0) goto error;
      }
      if (err_occurred(rt)) goto error;
      break;
    }

    case OP_SETUP_FINALLY:
      f->blocks[f->nblocks++] = (Block){arg, (int)(sp - f->stack)};
      break;
    case OP_SETUP_WITH:
      /* the block's level leaves out __enter__'s result, about to be stored */
      f->blocks[f->nblocks++] = (Block){arg, (int)(sp - f->stack) - 1};
      break;
    case OP_POP_BLOCK: f->nblocks--; break;
    case OP_PUSH_EXC_INFO: {
      Obj *exc = POP();
      Obj *prev = rt->handled ? rt->handled : incref(None);
      rt->handled = incref(exc);
      PUSH(prev);
      PUSH(exc);
      break;
    }
    case OP_POP_EXCEPT: {
      Obj *prev = POP();
      Obj *old = rt->handled;   /* released last: its finalizers may raise */
      rt->handled = prev == None ? (decref(prev), (Obj *)NULL) : prev;
      xdecref(old);
      break;
    }
    case OP_RAISE_VARARGS: {
      Obj *cause = arg == 2 ? POP() : NULL, *exc = arg >= 1 ? POP() : NULL;
      int bare = op_raise(rt, exc, cause);
      xdecref(exc);
      xdecref(cause);
      if (bare) goto unwind;
      goto error;
    }
    case OP_RERAISE: {
      Obj *exc = POP();
      err_restore(rt, exc);
      goto unwind;
    }
    case OP_CHECK_EXC_MATCH: {
      Obj *type = POP();
      int r = op_exc_match(rt, TOP(), type);
      decref(type);
      if (r < 0) goto error;
      PUSH(incref(bool_obj(r)));
      break;
    }
    case OP_CHECK_EG_MATCH: {
      Obj *type = POP(), *exc = POP(), *rest, *match;
      int r = op_eg_match(rt, f, exc, type, &rest, &match);
      decref(type);
      decref(exc);
      if (r < 0) goto error;
      if (match != None) SETREF(rt->handled, incref(match));
      PUSH(rest);
      PUSH(match);
      break;
    }
    case OP_PREP_RERAISE_STAR: {
      Obj *list = POP(), *orig = POP();
      Obj *r = op_prep_reraise_star(rt, orig, list);
      decref(list);
      decref(orig);
      if (!r) goto error;
      PUSH(r);
      break;
    }
    case OP_BEFORE_WITH: {
      Obj *mgr = TOP(), *exit, *r = op_before_with(rt, mgr, &exit);
      if (!r) goto error;
      decref(mgr);
      SET_TOP(exit);
      PUSH(r);
      break;
    }
    case OP_WITH_EXCEPT_START: {
      /* [exit, prev, exc] */
      Obj *r = op_with_exit(rt, PEEK(3), TOP());
      if (!r) goto error;
      PUSH(r);
      break;
    }
    case OP_LOAD_LOCALS:
      if (!f->locals) { err_str(rt, EXC(SystemError), "no locals found"); goto error; }
      PUSH(incref(f->locals));
      break;
    case OP_LOAD_FROM_DICT_OR_GLOBALS:
      if (set_top(sp, op_load_from_dict_or_globals(rt, f, TOP(), NAME(arg))) < 0) goto error;
      break;
    case OP_LOAD_ASSERTION_ERROR: PUSH(incref((Obj *)EXC(AssertionError))); break;
    case OP_IMPORT_NAME: {
      Obj *fromlist = POP();
      if (set_top_drop(sp, op_import_name(rt, f, NAME(arg), fromlist, TOP()), fromlist) < 0) goto error;
      break;
    }
    case OP_IMPORT_FROM: {
      Obj *v = op_import_from(rt, TOP(), NAME(arg));
      if (!v) goto error;
      PUSH(v);
      break;
    }
    case OP_IMPORT_STAR: {
      Obj *m = POP();
      if (drop(op_import_star(rt, f, m), m) < 0) goto error;
      break;
    }
    default:
      err_format(rt, EXC(SystemError), "unknown opcode %d", (int)INSTR_OP(w));
      goto error;
    }
    continue;

  error:
    if (!frame_hidden(f) && traceback_here(rt, &f->base) < 0) { /* MemoryError replaced it */ }
  unwind:
    if (!L->aborted && f->nblocks > 0) {
      Block b = f->blocks[--f->nblocks];
      Obj **base = f->stack + b.level;
      while (sp > base) decref(POP());
      PUSH(err_fetch(rt));
      JUMP_TO(b.handler);
      continue;
    }
    /* no handler: the frame is done */
    SAVE();
    frame_clear_stack(f);
    sp = f->stack;
    if (f->entry) { retval = NULL; goto done; }
    {
      int inlined = co->flags & CO_INLINE_COMP;
      if (inlined && rt->exc && is_exc(rt->exc)) {
        /* 3.12+ comprehensions have no frame: their entry becomes the caller's */
        Traceback *tb = (Traceback *)AS_EXC(rt->exc)->traceback;
        if (tb && tb->frame == &f->base) traceback_inline(tb, f->base.back);
        else inlined = 0;
      }
      f = leave_frame(L, f);
      LOAD();
      if (inlined) goto unwind;
      goto error;
    }
  }
done:
  SAVE();
  if (!L->yielded) frame_clear_stack(f);
  L->frame = saved;
  if (f->depth_counted && !L->yielded) { L->depth--; f->depth_counted = 0; }
  return retval;
}
