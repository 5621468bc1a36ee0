/* exc_group.c: BaseExceptionGroup and ExceptionGroup: construction (with
 * the automatic choice of ExceptionGroup), message/exceptions, derive, and
 * split/subgroup keeping the nesting and copying traceback, cause, context
 * and notes to every derived part. */
#include <stdio.h>
#include <string.h>
#include "exc/exc_impl.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/args.h"

int exc_is_group(const Obj *o) { return is_inst(o, EXC(BaseExceptionGroup)); }

static int is_sequence(Obj *o) {
  if (IS_DICT(o) || is_inst(o, &SetType) || is_inst(o, &FrozenSetType)) return 0;
  return o->type->getitem != NULL;
}

Obj *group_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  size_t n = tuple_len(args);
  if (n != 2)
    return err_format(rt, EXC(TypeError), "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", n);
  Obj *msg = tuple_get(args, 0), *seq = tuple_get(args, 1);
  if (!IS_STR(msg))
    return err_format(rt, EXC(TypeError), "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                      msg == None ? "None" : type_name(msg));
  if (!is_sequence(seq)) return err_str(rt, EXC(TypeError), "second argument (exceptions) must be a sequence");
  Obj *excs = obj_to_tuple(rt, seq);
  if (!excs) return NULL;
  if (tuple_len(excs) == 0) {
    decref(excs);
    return err_str(rt, EXC(ValueError), "second argument (exceptions) must be a non-empty sequence");
  }
  int nested_base = 0;
  for (size_t i = 0; i < tuple_len(excs); i++) {
    Obj *e = tuple_get(excs, i);
    if (!is_exc(e)) {
      decref(excs);
      return err_format(rt, EXC(ValueError), "Item %zu of second argument (exceptions) is not an exception", i);
    }
    if (!is_inst(e, EXC(Exception))) nested_base = 1;
  }
  Type *cls = t;
  if (t == EXC(BaseExceptionGroup)) {
    if (!nested_base) cls = EXC(ExceptionGroup);
  } else if (t == EXC(ExceptionGroup)) {
    if (nested_base) {
      decref(excs);
      return err_str(rt, EXC(TypeError), "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (nested_base && type_is_subtype(t, EXC(Exception))) {
    decref(excs);
    return err_format(rt, EXC(TypeError), "Cannot nest BaseExceptions in '%s'", t->name);
  }
  GroupObj *g = (GroupObj *)exc_base_new(rt, cls, args, kwargs);
  if (!g) { decref(excs); return NULL; }
  g->msg = incref(msg);
  g->excs = excs;
  return (Obj *)g;
}

int group_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  if (exc_no_kw(rt, self->type->name, kwargs) < 0) return -1;
  return exc_base_init(rt, self, args, NULL);
}

Obj *group_str(Rt *rt, Obj *self) {
  GroupObj *g = (GroupObj *)self;
  size_t n = g->excs ? tuple_len(g->excs) : 0;
  return str_fromf(rt, "%S (%zu sub-exception%s)", g->msg ? g->msg : None, n, n > 1 ? "s" : "");
}

/* The one argument of derive/split/subgroup. 3.13 made them METH_O
 * ("BaseExceptionGroup.split() takes exactly one argument (0 given)");
 * before, they were METH_VARARGS parsing with PyArg_ParseTuple("O") (derive:
 * "function takes exactly 1 argument (0 given)") or PyArg_UnpackTuple
 * (split, subgroup: "split expected 1 argument, got 0"). */
static int one_arg(Rt *rt, const char *name, size_t argc, Obj *kwnames) {
  if (argc == 1 && (!kwnames || !tuple_len(kwnames))) return 0;   /* the usual case: no name to build */
  char q[48];
  snprintf(q, sizeof q, "BaseExceptionGroup.%s", name);
  if (rt->pyv >= PY313) return args_one(rt, q, argc, kwnames);
  if (kwnames && tuple_len(kwnames)) return err_format_i(rt, EXC(TypeError), "%s() takes no keyword arguments", q);
  if (argc == 1) return 0;
  if (!strcmp(name, "derive"))
    return err_format_i(rt, EXC(TypeError), "function takes exactly 1 argument (%zu given)", argc);
  return err_format_i(rt, EXC(TypeError), "%s expected 1 argument, got %zu", name, argc);
}

/* BaseExceptionGroup.derive: a group of the same message. */
static Obj *derive(Rt *rt, Obj *self, Obj *excs) {
  GroupObj *g = (GroupObj *)self;
  return obj_call2(rt, (Obj *)EXC(BaseExceptionGroup), g->msg ? g->msg : None, excs);
}

static Obj *m_derive(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (one_arg(rt, "derive", argc, kwnames) < 0) return NULL;
  return derive(rt, self, argv[0]);
}

/* ---- split and subgroup ------------------------------------------------------------ */

enum MatchKind { MATCH_TYPE, MATCH_PREDICATE };

static int matcher_kind(Rt *rt, Obj *cond, enum MatchKind *kind) {
  if (obj_callable(cond) && !IS_TYPE(cond)) { *kind = MATCH_PREDICATE; return 0; }
  if (is_exc_type(cond)) { *kind = MATCH_TYPE; return 0; }
  if (is_type(cond, &TupleType)) {
    int ok = 1;
    for (size_t i = 0; i < tuple_len(cond) && ok; i++) ok = is_exc_type(tuple_get(cond, i));
    if (ok) { *kind = MATCH_TYPE; return 0; }
  }
  /* The wording changed in 3.13. */
  return err_format_i(rt, EXC(TypeError), "%s",
                      rt->pyv < PY313
                          ? "expected a function, exception type or tuple of exception types"
                          : "expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

static int type_matches(Obj *exc, Obj *cond) {
  if (is_type(cond, &TupleType)) {
    for (size_t i = 0; i < tuple_len(cond); i++)
      if (type_matches(exc, tuple_get(cond, i))) return 1;
    return 0;
  }
  return is_inst(exc, AS_TYPE(cond));
}

static int matches(Rt *rt, Obj *exc, enum MatchKind kind, Obj *cond) {
  if (kind == MATCH_TYPE) return type_matches(exc, cond);
  Obj *r = obj_call1(rt, cond, exc);
  if (!r) return -1;
  int t = obj_truth(rt, r);
  decref(r);
  return t;
}

/* getattr(o, '__notes__', NULL) as a new reference (NULL without an error
 * when there is none). With no class attribute of that name and the generic
 * getattr, only the instance __dict__ can hold it: reading it there spares
 * making (and dropping) an AttributeError for every derived group. */
static Obj *notes_of(Rt *rt, Obj *o) {
  if (o->type->getattr == obj_generic_getattr &&
      (!(o->type->flags & TF_HEAP) || !type_lookup_s(o->type, "__notes__"))) {   /* built-in classes have none */
    Obj *d = AS_EXC(o)->dict;
    Obj *v = d ? dict_get_s(rt, d, "__notes__") : NULL;
    return v ? incref(v) : NULL;
  }
  return obj_lookup_attr(rt, o, str_static("__notes__"));
}

/* orig.derive(excs) with orig's traceback, context, cause and notes. */
static int subset(Rt *rt, Obj *orig, Obj *excs, Obj **out) {
  *out = NULL;
  if (list_len(excs) == 0) return 0;
  Obj *arg = excs;
  /* a built-in group class (immutable) derives with its own method */
  Obj *eg = orig->type->flags & TF_HEAP ? obj_call_method(rt, orig, "derive", &arg, 1) : derive(rt, orig, excs);
  if (!eg) return -1;
  if (!exc_is_group(eg)) {
    decref(eg);
    return err_format_i(rt, EXC(TypeError), "derive must return an instance of BaseExceptionGroup");
  }
  ExcObj *o = AS_EXC(orig);
  if (o->traceback) exc_set_traceback(eg, o->traceback);
  exc_set_context(eg, o->context);
  exc_set_cause(eg, o->cause);
  Obj *notes = notes_of(rt, orig);
  if (!notes && err_occurred(rt)) { decref(eg); return -1; }
  if (notes) {
    if (is_sequence(notes)) {
      Obj *copy = obj_to_list(rt, notes);
      int r = copy ? obj_setattr_s(rt, eg, "__notes__", copy) : -1;
      xdecref(copy);
      if (r < 0) { decref(notes); decref(eg); return -1; }
    }
    decref(notes);
  }
  *out = eg;
  return 0;
}

static int split_rec(Rt *rt, Obj *exc, enum MatchKind kind, Obj *cond, int with_rest, Obj **match, Obj **rest) {
  *match = *rest = NULL;
  int m = matches(rt, exc, kind, cond);
  if (m < 0) return -1;
  if (m) { *match = incref(exc); return 0; }
  if (!exc_is_group(exc)) {
    if (with_rest) *rest = incref(exc);
    return 0;
  }
  Obj *excs = ((GroupObj *)exc)->excs;
  Obj *ml = list_new(rt, 0), *rl = with_rest ? list_new(rt, 0) : NULL;
  int r = -1;
  if (!ml || (with_rest && !rl)) goto done;
  for (size_t i = 0; i < tuple_len(excs); i++) {
    Obj *sm, *sr;
    if (rt_enter(rt, " in exceptiongroup_split_recursive") < 0) goto done;
    int rr = split_rec(rt, tuple_get(excs, i), kind, cond, with_rest, &sm, &sr);
    rt_leave(rt);
    if (rr < 0) goto done;
    int bad = (sm && list_append(rt, ml, sm) < 0) || (sr && list_append(rt, rl, sr) < 0);
    xdecref(sm);
    xdecref(sr);
    if (bad) goto done;
  }
  if (subset(rt, exc, ml, match) < 0) goto done;
  if (with_rest && subset(rt, exc, rl, rest) < 0) { CLEAR(*match); goto done; }
  r = 0;
done:
  xdecref(ml);
  xdecref(rl);
  return r;
}

int exc_group_split(Rt *rt, Obj *group, Obj *cond, Obj **match, Obj **rest) {
  enum MatchKind kind;
  if (matcher_kind(rt, cond, &kind) < 0) return -1;
  if (split_rec(rt, group, kind, cond, 1, match, rest) < 0) return -1;
  if (!*match) *match = incref(None);
  if (!*rest) *rest = incref(None);
  return 0;
}

Obj *exc_group_subgroup(Rt *rt, Obj *group, Obj *cond) {
  enum MatchKind kind;
  Obj *match, *rest;
  if (matcher_kind(rt, cond, &kind) < 0) return NULL;
  if (split_rec(rt, group, kind, cond, 0, &match, &rest) < 0) return NULL;
  return match ? match : incref(None);
}

/* Before 3.13, the Python methods take as a predicate only a Python
 * function (PyFunction_Check): not a lambda-less callable object, a bound
 * method or a builtin. (The C entry points take any callable: the JS API's
 * conditions and except*'s own re-raise predicate are C functions.) */
static int python_condition(Rt *rt, Obj *cond) {
  if (rt->pyv >= PY313 || !obj_callable(cond) || IS_TYPE(cond) || (cond->type->flags & TF_PYFUNCTION)) return 0;
  return err_format_i(rt, EXC(TypeError), "%s", "expected a function, exception type or tuple of exception types");
}

static Obj *m_split(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (one_arg(rt, "split", argc, kwnames) < 0 || python_condition(rt, argv[0]) < 0) return NULL;
  Obj *match, *rest;
  if (exc_group_split(rt, self, argv[0], &match, &rest) < 0) return NULL;
  Obj *t = tuple_pack(rt, 2, match, rest);
  decref(match);
  decref(rest);
  return t;
}

static Obj *m_subgroup(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (one_arg(rt, "subgroup", argc, kwnames) < 0 || python_condition(rt, argv[0]) < 0) return NULL;
  return exc_group_subgroup(rt, self, argv[0]);
}

const MemberDef group_members[] = {
  {"message", MEMBER_OBJ_RO, offsetof(GroupObj, msg)},
  {"exceptions", MEMBER_OBJ_RO, offsetof(GroupObj, excs)},
  {NULL, 0, 0}
};

Obj *class_getitem_m(Rt *, Obj *, Obj *const *, size_t, Obj *);   /* obj/generic_alias.c */

const MethodDef group_methods[] = {
  {"derive", m_derive, 0},
  {"split", m_split, 0},
  {"subgroup", m_subgroup, 0},
  {"__class_getitem__", class_getitem_m, METH_CLASS},
  {NULL, NULL, 0}
};
