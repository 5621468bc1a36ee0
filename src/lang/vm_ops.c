/* vm_ops.c: instruction bodies too large for the dispatch loop, each with
 * CPython's behaviour and messages. */
#include "lang/vm_ops.h"
#include "lang/modules.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "exc/exc.h"

/* ---- names ------------------------------------------------------------------------ */

/* Sets .name of the NameError just raised (unless raising it failed with
 * another error); returns NULL for the caller to return. */
static Obj *name_error_name(Rt *rt, Obj *name) {
  if (rt->exc && is_inst(rt->exc, EXC(NameError))) {
    Obj *e = err_fetch(rt);
    if (obj_setattr_s(rt, e, "name", name) < 0) err_clear(rt);
    err_restore(rt, e);
  }
  return NULL;
}

Obj *op_name_error(Rt *rt, Obj *name) {
  err_format(rt, EXC(NameError), "name '%U' is not defined", name);
  return name_error_name(rt, name);
}

/* (CPython sets .name only on a NameError proper; the texts are the same in
 * every version) */
Obj *op_unbound_local(Rt *rt, Obj *name) {
  err_format(rt, EXC(UnboundLocalError),
             "cannot access local variable '%U' where it is not associated with a value", name);
  return NULL;
}

Obj *op_unbound_free(Rt *rt, Obj *name) {
  err_format(rt, EXC(NameError),
             "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
  return name_error_name(rt, name);
}

Obj *op_load_global(Rt *rt, Frame *f, Obj *name) {
  Obj *v = dict_get(rt, f->base.globals, name);
  if (!v && !err_occurred(rt)) v = dict_get(rt, f->builtins, name);
  if (v) return incref(v);
  if (err_occurred(rt)) return NULL;
  return op_name_error(rt, name);
}

Obj *op_load_name(Rt *rt, Frame *f, Obj *name) {
  if (f->locals) {
    Obj *v;
    if (IS_DICT(f->locals)) {
      v = dict_get(rt, f->locals, name);
      if (v) return incref(v);
      if (err_occurred(rt)) return NULL;
    } else {
      v = obj_getitem(rt, f->locals, name);
      if (v) return v;
      if (!err_matches(rt, EXC(KeyError))) return NULL;
      err_clear(rt);
    }
  }
  return op_load_global(rt, f, name);
}

Obj *op_attr_error_context(Rt *rt, Obj *o, Obj *name) {
  if (!rt->exc || !is_inst(rt->exc, EXC(AttributeError))) return NULL;
  AttributeErrorObj *e = (AttributeErrorObj *)rt->exc;
  if ((e->name && e->name != None) || (e->obj && e->obj != None)) return NULL;
  SETREF(e->name, incref(name));
  SETREF(e->obj, incref(o));
  return NULL;
}

Obj *op_load_from_dict_or_globals(Rt *rt, Frame *f, Obj *d, Obj *name) {
  Obj *v = IS_DICT(d) ? xincref(dict_get(rt, d, name)) : obj_getitem(rt, d, name);
  if (v) return v;
  if (err_occurred(rt)) {
    if (!err_matches(rt, EXC(KeyError))) return NULL;
    err_clear(rt);
  }
  return op_load_global(rt, f, name);
}

Frame *op_property_frame(Rt *rt, Obj *o, Obj *name) {
  if (o->type->getattr != obj_generic_getattr) return NULL;
  Obj *getter = property_python_getter(type_lookup(o->type, name));
  if (!getter) return NULL;
  Frame *callee = frame_for_call(rt, (Function *)getter, &o, 1, NULL);
  if (!callee) return NULL;
  if (vm_enter_frame(rt) < 0) { decref((Obj *)callee); return NULL; }
  callee->depth_counted = 1;
  return callee;
}

/* ---- raising and matching ---------------------------------------------------------- */

/* An exception instance from a class or instance (TypeError otherwise). */
static Obj *make_exception(Rt *rt, Obj *v, const char *what) {
  if (is_exc_type(v)) {
    Obj *e = obj_call0(rt, v);
    if (!e) return NULL;
    if (!is_exc(e)) {
      err_format(rt, EXC(TypeError), "calling %R should have returned an instance of BaseException, not %R", v,
                 (Obj *)e->type);
      decref(e);
      return NULL;
    }
    return e;
  }
  if (is_exc(v)) return incref(v);
  return err_format(rt, EXC(TypeError), "%s", what);
}

int op_raise(Rt *rt, Obj *exc, Obj *cause) {
  if (!exc) {
    if (!rt->handled) {
      err_str(rt, EXC(RuntimeError), "No active exception to reraise");
      return 0;
    }
    err_restore(rt, incref(rt->handled));
    return 1;
  }
  Obj *e = make_exception(rt, exc, "exceptions must derive from BaseException");
  if (!e) return 0;
  if (cause) {
    Obj *c = NULL;
    if (cause != None) {
      c = make_exception(rt, cause, "exception causes must derive from BaseException");
      if (!c) { decref(e); return 0; }
    }
    exc_set_cause(e, c);
    xdecref(c);
  }
  err_set_obj(rt, e);
  decref(e);
  return 0;
}

/* A class deriving from BaseException, or a tuple of them (not nested). */
static int check_except_class(Rt *rt, Obj *type, int star);

static int check_except_type(Rt *rt, Obj *type, int star) {
  if (is_type(type, &TupleType)) {
    for (size_t i = 0; i < tuple_len(type); i++)
      if (check_except_class(rt, tuple_get(type, i), star) < 0) return -1;
    return 0;
  }
  return check_except_class(rt, type, star);
}

static int check_except_class(Rt *rt, Obj *type, int star) {
  if (!is_exc_type(type))
    return err_format_i(rt, EXC(TypeError), "catching classes that do not inherit from BaseException is not allowed");
  if (star && type_is_subtype(AS_TYPE(type), EXC(BaseExceptionGroup)))
    return err_format_i(rt, EXC(TypeError),
                        "catching ExceptionGroup with except* is not allowed. Use except instead.");
  return 0;
}

static int matches(Obj *exc, Obj *type) {
  if (is_type(type, &TupleType)) {
    for (size_t i = 0; i < tuple_len(type); i++)
      if (matches(exc, tuple_get(type, i))) return 1;
    return 0;
  }
  return is_inst(exc, AS_TYPE(type));
}

int op_exc_match(Rt *rt, Obj *exc, Obj *type) {
  if (check_except_type(rt, type, 0) < 0) return -1;
  return matches(exc, type);
}

/* A naked exception matched by except*: ExceptionGroup('', (exc,)). Up to
 * 3.12 the wrapper has no traceback; 3.13 gives it one entry, this frame at
 * the CHECK_EG_MATCH (whose span is the whole except* clause). */
static Obj *wrap_naked(Rt *rt, Frame *f, Obj *exc) {
  Obj *excs = tuple_from(rt, &exc, 1);   /* as CPython: a tuple */
  Obj *wrapped = excs ? obj_call2(rt, (Obj *)EXC(BaseExceptionGroup), str_empty(), excs) : NULL;
  xdecref(excs);
  if (!wrapped || rt->pyv < PY313) return wrapped;
  Obj *tb = traceback_new(rt, NULL, &f->base, f->base.lasti);
  if (!tb) { decref(wrapped); return NULL; }
  exc_set_traceback(wrapped, tb);
  decref(tb);
  return wrapped;
}

int op_eg_match(Rt *rt, Frame *f, Obj *exc, Obj *type, Obj **rest, Obj **match) {
  if (check_except_type(rt, type, 1) < 0) return -1;
  if (matches(exc, type)) {
    *match = exc_is_group(exc) ? incref(exc) : wrap_naked(rt, f, exc);
    if (!*match) return -1;
    *rest = incref(None);
    return 0;
  }
  if (exc_is_group(exc)) return exc_group_split(rt, exc, type, match, rest) < 0 ? -1 : 0;
  *match = incref(None);
  *rest = incref(exc);
  return 0;
}

/* ---- except* re-raise ------------------------------------------------------------------ */

static int same_metadata(Obj *a, Obj *b) {
  ExcObj *x = AS_EXC(a), *y = AS_EXC(b);
  Obj *nx = x->dict ? dict_get_s(NULL, x->dict, "__notes__") : NULL;
  Obj *ny = y->dict ? dict_get_s(NULL, y->dict, "__notes__") : NULL;
  return nx == ny && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

static int collect_leaves(Rt *rt, Obj *e, Obj *ids) {
  if (e == None) return 0;
  if (exc_is_group(e)) {
    Obj *excs = ((GroupObj *)e)->excs;
    for (size_t i = 0; i < tuple_len(excs); i++)
      if (collect_leaves(rt, tuple_get(excs, i), ids) < 0) return -1;
    return 0;
  }
  return set_add(rt, ids, e);
}

/* The part of orig whose leaves are among the leaves of keep (by identity). */
static Obj *project(Rt *rt, Obj *orig, Obj *keep);

typedef struct IdMatcher { Obj ob; Obj *ids; } IdMatcher;

Obj *op_prep_reraise_star(Rt *rt, Obj *orig, Obj *list) {
  size_t n = list_len(list);
  size_t real = 0;
  for (size_t i = 0; i < n; i++)
    if (list_get(list, i) != None) real++;
  if (real == 0) return incref(None);
  if (!exc_is_group(orig)) {
    for (size_t i = 0; i < n; i++)
      if (list_get(list, i) != None) return incref(list_get(list, i));
  }
  Obj *raised = list_new(rt, 0), *reraised = list_new(rt, 0), *result = NULL;
  if (!raised || !reraised) goto done;
  for (size_t i = 0; i < n; i++) {
    Obj *e = list_get(list, i);
    if (e == None) continue;
    if (list_append(rt, same_metadata(e, orig) ? reraised : raised, e) < 0) goto done;
  }
  Obj *reraised_eg = incref(None);
  if (list_len(reraised)) {
    decref(reraised_eg);
    reraised_eg = project(rt, orig, reraised);
    if (!reraised_eg) goto done;
  }
  if (list_len(raised) == 0) {
    result = reraised_eg;
  } else {
    if (reraised_eg != None && list_append(rt, raised, reraised_eg) < 0) { decref(reraised_eg); goto done; }
    decref(reraised_eg);
    if (list_len(raised) > 1) result = obj_call2(rt, (Obj *)EXC(BaseExceptionGroup), str_empty(), raised);
    else result = incref(list_get(raised, 0));
  }
done:
  xdecref(raised);
  xdecref(reraised);
  return result;
}

/* split(orig) by leaf identity, through a built-in predicate. */
static Obj *leaf_in(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)kwnames;
  if (argc != 1) return err_str(rt, EXC(TypeError), "bad call");
  int r = exc_is_group(argv[0]) ? 0 : set_contains(rt, self, argv[0]);
  return r < 0 ? NULL : incref(bool_obj(r));
}

static Obj *project(Rt *rt, Obj *orig, Obj *keep) {
  static const MethodDef def = {"leaf_in", leaf_in, 0};
  Obj *ids = set_new(rt, &SetType, NULL);
  if (!ids) return NULL;
  for (size_t i = 0; i < list_len(keep); i++)
    if (collect_leaves(rt, list_get(keep, i), ids) < 0) { decref(ids); return NULL; }
  Obj *pred = cfunc_new(rt, &def, ids, NULL);
  decref(ids);
  if (!pred) return NULL;
  Obj *match, *rest;
  int r = exc_group_split(rt, orig, pred, &match, &rest);
  decref(pred);
  if (r < 0) return NULL;
  decref(rest);
  return match;
}

int op_list_extend(Rt *rt, Obj *dst, Obj *v) {
  Obj *l = obj_to_list(rt, v);
  if (!l) {
    if (err_matches(rt, EXC(TypeError)) && !v->type->iter && !v->type->getitem) {
      err_clear(rt);
      err_format(rt, EXC(TypeError), "Value after * must be an iterable, not %s", type_name(v));
    }
    return -1;
  }
  int r = 0;
  for (size_t i = 0; i < list_len(l) && r == 0; i++) r = list_append(rt, dst, list_get(l, i));
  decref(l);
  return r;
}

/* ---- unpacking and formatting ------------------------------------------------------------ */

int op_unpack(Rt *rt, Obj *seq, int before, int after, int starred, Obj **out) {
  Obj *l;
  if (is_type(seq, &TupleType) || is_type(seq, &ListType)) {
    l = obj_to_list(rt, seq);
  } else {
    l = NULL;
    if (!seq->type->iter && !seq->type->getitem) {
      return err_format_i(rt, EXC(TypeError), "cannot unpack non-iterable %s object", type_name(seq));
    }
    l = obj_to_list(rt, seq);
  }
  if (!l) return -1;
  size_t n = list_len(l), want = (size_t)(before + after);
  if (!starred && n != want) {
    if (n < want)
      err_format(rt, EXC(ValueError), "not enough values to unpack (expected %d, got %zu)", before, n);
    else if (rt->pyv >= PY314 && (is_type(seq, &TupleType) || is_type(seq, &ListType) || IS_DICT(seq)))
      err_format(rt, EXC(ValueError), "too many values to unpack (expected %d, got %zu)", before, n);
    else
      err_format(rt, EXC(ValueError), "too many values to unpack (expected %d)", before);
    decref(l);
    return -1;
  }
  if (starred && n < want) {
    err_format(rt, EXC(ValueError), "not enough values to unpack (expected at least %zu, got %zu)", want, n);
    decref(l);
    return -1;
  }
  /* out[0] is pushed first: items go in reverse so the first is on top */
  size_t k = 0, total = want + (size_t)starred;
  for (int i = after - 1; i >= 0; i--) out[k++] = incref(list_get(l, n - (size_t)after + (size_t)i));
  if (starred) {
    Obj *mid = list_from(rt, AS_LIST(l)->items + before, n - want);
    if (!mid) { while (k) decref(out[--k]); decref(l); return -1; }
    out[k++] = mid;
  }
  for (int i = before - 1; i >= 0; i--) out[k++] = incref(list_get(l, (size_t)i));
  (void)total;
  decref(l);
  return 0;
}

Obj *op_format_value(Rt *rt, Obj *v, int conversion, Obj *spec) {
  Obj *s;
  switch (conversion) {
  case 1: s = obj_str(rt, v); break;
  case 2: s = obj_repr(rt, v); break;
  case 3: s = obj_ascii(rt, v); break;
  default: s = incref(v); break;
  }
  if (!s) return NULL;
  if (is_type(s, &StrType) && (!spec || str_len(spec) == 0)) return s;
  Obj *r = builtin_format(rt, s, spec ? spec : str_empty());
  decref(s);
  return r;
}

Obj *op_compare(Rt *rt, Obj *a, Obj *b, int op) { return obj_richcmp(rt, a, b, op); }

/* ---- imports --------------------------------------------------------------------------------- */

Obj *op_import_name(Rt *rt, Frame *f, Obj *name, Obj *fromlist, Obj *level) {
  (void)f;
  int64_t lv = 0;
  if (IS_INT(level)) int_as_i64(level, &lv);
  if (lv > 0) return err_str(rt, EXC(ImportError), "attempted relative import with no known parent package");
  Obj *m = module_import(rt, name);
  if (!m) return NULL;
  if (fromlist != None) return m;
  /* import a.b binds a */
  const char *s = str_c(name), *dot = strchr(s, '.');
  if (!dot) return m;
  decref(m);
  Obj *top = str_new(rt, s, (size_t)(dot - s));
  if (!top) return NULL;
  m = module_import(rt, top);
  decref(top);
  return m;
}

Obj *op_import_from(Rt *rt, Obj *module, Obj *name) {
  Obj *v = obj_lookup_attr(rt, module, name);
  if (v || err_occurred(rt)) return v;
  Obj *mname = obj_lookup_attr(rt, module, str_static("__name__"));
  if (!mname && err_occurred(rt)) return NULL;
  if (mname && IS_STR(mname))
    err_format(rt, EXC(ImportError), "cannot import name '%U' from '%U' (unknown location)", name, mname);
  else
    err_format(rt, EXC(ImportError), "cannot import name '%U' from '<unknown module name>' (unknown location)", name);
  if (rt->exc && is_inst(rt->exc, EXC(ImportError))) {
    /* name: the module; name_from (3.12+'s suggestions): the missing name */
    ImportErrorObj *e = (ImportErrorObj *)rt->exc;
    if (mname) SETREF(e->name, incref(mname));
    SETREF(e->name_from, incref(name));
  }
  xdecref(mname);
  return NULL;
}

int op_import_star(Rt *rt, Frame *f, Obj *module) {
  Obj *d = obj_getattr_s(rt, module, "__dict__");
  if (!d) return -1;
  size_t pos = 0;
  Obj *k, *v;
  int r = 0;
  while (r == 0 && dict_next(d, &pos, &k, &v))
    if (str_c(k)[0] != '_') r = obj_setitem(rt, f->locals ? f->locals : f->base.globals, k, v);
  decref(d);
  return r;
}

/* ---- functions and with ------------------------------------------------------------------------ */

Obj *op_make_function(Rt *rt, Frame *f, int flags, Obj **args) {
  size_t i = 0;
  Obj *defaults = (flags & MF_DEFAULTS) ? args[i++] : NULL;
  Obj *kwdefaults = (flags & MF_KWDEFAULTS) ? args[i++] : NULL;
  Obj *annotations = (flags & MF_ANNOTATIONS) ? args[i++] : NULL;
  Obj *annotate = (flags & MF_ANNOTATE) ? args[i++] : NULL;
  Obj *closure = (flags & MF_CLOSURE) ? args[i++] : NULL;
  Obj *code = args[i++], *qualname = args[i];
  Function *fn = (Function *)function_new(rt, code, f->base.globals, qualname);
  if (!fn) return NULL;
  fn->builtins = incref(f->builtins);
  fn->defaults = xincref(defaults);
  fn->kwdefaults = xincref(kwdefaults);
  fn->closure = xincref(closure);
  fn->annotations = xincref(annotations);
  fn->annotate = xincref(annotate);
  return (Obj *)fn;
}

static Obj *special_method(Rt *rt, Obj *o, const char *name) {
  Obj *m = type_lookup_s(o->type, name);
  if (!m) return NULL;
  if (m->type->descr_get) return m->type->descr_get(rt, m, o, o->type);
  return incref(m);
}

/* 3.14 looks up __exit__ first, and names the missing method; earlier
 * versions name only a missing __exit__. */
static Obj *no_cm(Rt *rt, Obj *mgr, const char *missing) {
  if (err_occurred(rt)) return NULL;
  if (rt->pyv < PY314)
    return err_format(rt, EXC(TypeError), "'%s' object does not support the context manager protocol%s",
                      type_name(mgr), strcmp(missing, "__exit__") ? "" : " (missed __exit__ method)");
  int async = type_lookup_s(mgr->type, "__aenter__") && type_lookup_s(mgr->type, "__aexit__");
  return err_format(rt, EXC(TypeError),
                    "'%s' object does not support the context manager protocol (missed %s method)%s",
                    type_name(mgr), missing,
                    async ? " but it supports the asynchronous context manager protocol. Did you mean to use "
                            "'async with'?" : "");
}

Obj *op_before_with(Rt *rt, Obj *mgr, Obj **exit) {
  Obj *enter = NULL;
  *exit = NULL;
  if (rt->pyv >= PY314) {
    *exit = special_method(rt, mgr, "__exit__");
    if (!*exit) return no_cm(rt, mgr, "__exit__");
  }
  enter = special_method(rt, mgr, "__enter__");
  if (!enter) { CLEAR(*exit); return no_cm(rt, mgr, "__enter__"); }
  if (!*exit) {
    *exit = special_method(rt, mgr, "__exit__");
    if (!*exit) { decref(enter); return no_cm(rt, mgr, "__exit__"); }
  }
  Obj *r = obj_call0(rt, enter);
  decref(enter);
  if (!r) CLEAR(*exit);
  return r;
}

Obj *op_with_exit(Rt *rt, Obj *exit, Obj *exc) {
  Obj *tb = AS_EXC(exc)->traceback;
  Obj *argv[3] = {(Obj *)exc->type, exc, tb ? tb : None};
  return obj_call(rt, exit, argv, 3, NULL);
}

Obj *op_function_str(Rt *rt, Obj *func) {
  Obj *qualname = obj_lookup_attr(rt, func, str_static("__qualname__"));
  if (!qualname) return err_occurred(rt) ? NULL : obj_str(rt, func);
  Obj *module = obj_lookup_attr(rt, func, str_static("__module__")), *r;
  if (!module && err_occurred(rt)) { decref(qualname); return NULL; }
  if (module && module != None && !(IS_STR(module) && str_eq_c(module, "builtins")))
    r = str_fromf(rt, "%S.%S()", module, qualname);
  else
    r = str_fromf(rt, "%S()", qualname);
  xdecref(module);
  decref(qualname);
  return r;
}

/* The message "<func> <rest>", formatted with the function's string. */
static int func_error(Rt *rt, Obj *func, const char *rest, const char *a, Obj *b) {
  Obj *fs = op_function_str(rt, func);
  if (!fs) return -1;
  Obj *msg = str_fromf(rt, rest, a, b);
  if (msg) {
    err_format(rt, EXC(TypeError), "%U %U", fs, msg);
    decref(msg);
  }
  decref(fs);
  return -1;
}

Obj *op_call_args_tuple(Rt *rt, Obj *func, Obj *args) {
  if (is_type(args, &TupleType)) return incref(args);
  if (!args->type->iter && !args->type->getitem) {
    func_error(rt, func, "argument after * must be an iterable, not %s", type_name(args), NULL);
    return NULL;
  }
  Obj *l = obj_to_list(rt, args);
  if (!l) return NULL;
  Obj *t = tuple_from(rt, AS_LIST(l)->items, list_len(l));
  decref(l);
  return t;
}

/* DICT_UPDATE ({**m}) and DICT_MERGE (f(**m)): m's keys() and items;
 * func NULL for a display (no duplicate check, any keys). */
int op_dict_merge(Rt *rt, Obj *dict, Obj *other, Obj *func) {
  Obj *keys = NULL;
  if (!IS_DICT(other)) {
    Obj *km = obj_lookup_attr(rt, other, str_static("keys"));
    if (!km) {
      if (err_occurred(rt)) return -1;
      if (func) func_error(rt, func, "argument after ** must be a mapping, not %s", type_name(other), NULL);
      else err_format(rt, EXC(TypeError), "'%s' object is not a mapping", type_name(other));
      return -1;
    }
    keys = obj_call0(rt, km);
    decref(km);
    if (!keys) return -1;
    Obj *l = obj_to_list(rt, keys);
    decref(keys);
    if (!l) return -1;
    keys = l;
  } else {
    keys = obj_to_list(rt, other);
    if (!keys) return -1;
  }
  int r = 0;
  for (size_t i = 0; i < list_len(keys) && r == 0; i++) {
    Obj *k = list_get(keys, i);
    if (!func) {
      Obj *v = obj_getitem(rt, other, k);
      if (!v) { r = -1; break; }
      r = obj_setitem(rt, dict, k, v);
      decref(v);
      continue;
    }
    if (!IS_STR(k)) {
      r = err_format_i(rt, EXC(TypeError), "keywords must be strings");
      break;
    }
    if (dict_get(rt, dict, k)) {
      r = func_error(rt, func, "got multiple values for keyword argument '%s'", str_c(k), NULL);
      break;
    }
    Obj *v = obj_getitem(rt, other, k);
    if (!v) { r = -1; break; }
    r = dict_set(rt, dict, k, v);
    decref(v);
  }
  decref(keys);
  return r;
}

/* ---- yield from ------------------------------------------------------------------------------ */

/* The value of StopIteration (taken), or None. */
static Obj *stop_value(Rt *rt) {
  Obj *e = err_fetch(rt);
  Obj *r = incref(((StopIterationObj *)e)->value ? ((StopIterationObj *)e)->value : None);
  decref(e);
  return r;
}

Obj *op_send(Rt *rt, Obj *recv, Obj *v, int *finished) {
  Obj *r;
  *finished = 0;
  if (is_type(recv, &GeneratorType)) return gen_resume(rt, recv, v, 0, finished);
  if (v == None) {
    r = recv->type->next ? recv->type->next(rt, recv)
                         : err_format(rt, EXC(TypeError), "'%s' object is not an iterator", type_name(recv));
    if (r) return r;
    *finished = 1;
    if (err_matches(rt, EXC(StopIteration))) return stop_value(rt);
    return err_occurred(rt) ? NULL : incref(None);
  }
  r = obj_call_method(rt, recv, "send", &v, 1);
  if (!r && err_matches(rt, EXC(StopIteration))) {
    *finished = 1;
    return stop_value(rt);
  }
  return r;
}
