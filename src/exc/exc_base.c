/* exc_base.c: BaseException — args, str, repr, the chaining attributes,
 * notes, with_traceback — and the implicit context chaining on raise. */
#include "exc/exc_impl.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/args.h"

Type *exc_traceback_type;

/* ---- construction ------------------------------------------------------------- */

Obj *exc_base_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  (void)kwargs;
  ExcObj *e = (ExcObj *)type_generic_alloc(rt, t);
  if (!e) return NULL;
  e->args = incref(args ? args : tuple_empty());
  return (Obj *)e;
}

int exc_no_kw(Rt *rt, const char *name, Obj *kwargs) {
  if (kwargs && dict_len(kwargs))
    return err_format_i(rt, EXC(TypeError), "%s() takes no keyword arguments", name);
  return 0;
}

int exc_base_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  if (exc_no_kw(rt, self->type->name, kwargs) < 0) return -1;
  SETREF(AS_EXC(self)->args, incref(args));
  return 0;
}

/* ---- text ------------------------------------------------------------------------ */

Obj *exc_base_str(Rt *rt, Obj *self) {
  Obj *args = AS_EXC(self)->args;
  switch (tuple_len(args)) {
  case 0: return incref(str_empty());
  case 1: return obj_str(rt, tuple_get(args, 0));
  default: return obj_str(rt, args);
  }
}

/* The class's __name__ (CPython uses _PyType_Name: no module, no qualname). */
const char *exc_class_name(Obj *self) {
  const char *n = self->type->name, *dot = strrchr(n, '.');
  return dot ? dot + 1 : n;
}

/* ClassName(arg) or ClassName(args...) appended to b. */
int exc_base_repr_to(Rt *rt, StrBuf *b, Obj *self) {
  Obj *args = AS_EXC(self)->args;
  sb_adds(b, exc_class_name(self));
  if (tuple_len(args) != 1) return obj_repr_to(rt, b, args);
  sb_addc(b, '(');
  if (obj_repr_to(rt, b, tuple_get(args, 0)) < 0) return -1;
  sb_addc(b, ')');
  return 0;
}

Obj *exc_base_repr(Rt *rt, Obj *self) {
  StrBuf b = SB_INIT;
  if (exc_base_repr_to(rt, &b, self) < 0) { sb_free(&b); return NULL; }
  return str_from_buf(rt, &b);
}

Obj *exc_key_str(Rt *rt, Obj *self) {
  Obj *args = AS_EXC(self)->args;
  if (tuple_len(args) == 1) return obj_repr(rt, tuple_get(args, 0));
  return exc_base_str(rt, self);
}

Obj *exc_str(Rt *rt, Obj *exc) { return obj_str(rt, exc); }

/* ---- attributes ---------------------------------------------------------------------- */

static Obj *get_args(Rt *rt, Obj *self) { (void)rt; return incref(AS_EXC(self)->args); }
static int set_args(Rt *rt, Obj *self, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "args may not be deleted");
  Obj *t = obj_to_tuple(rt, v);
  if (!t) return -1;
  SETREF(AS_EXC(self)->args, t);
  return 0;
}

static Obj *get_tb(Rt *rt, Obj *self) { (void)rt; Obj *t = AS_EXC(self)->traceback; return incref(t ? t : None); }
static int set_tb(Rt *rt, Obj *self, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "__traceback__ may not be deleted");
  if (v != None && !(exc_traceback_type && is_inst(v, exc_traceback_type)))
    return err_format_i(rt, EXC(TypeError), "__traceback__ must be a traceback or None");
  exc_set_traceback(self, v == None ? NULL : v);
  return 0;
}

static Obj *get_context(Rt *rt, Obj *self) { (void)rt; Obj *c = AS_EXC(self)->context; return incref(c ? c : None); }
static int set_context(Rt *rt, Obj *self, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "__context__ may not be deleted");
  if (v != None && !is_exc(v))
    return err_format_i(rt, EXC(TypeError), "exception context must be None or derive from BaseException");
  exc_set_context(self, v == None ? NULL : v);
  return 0;
}

static Obj *get_cause(Rt *rt, Obj *self) { (void)rt; Obj *c = AS_EXC(self)->cause; return incref(c ? c : None); }
static int set_cause(Rt *rt, Obj *self, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "__cause__ may not be deleted");
  if (v != None && !is_exc(v))
    return err_format_i(rt, EXC(TypeError), "exception cause must be None or derive from BaseException");
  exc_set_cause(self, v == None ? NULL : v);
  return 0;
}

static Obj *get_suppress(Rt *rt, Obj *self) { (void)rt; return incref(bool_obj(AS_EXC(self)->suppress_context)); }
static int set_suppress(Rt *rt, Obj *self, Obj *v) {
  /* CPython's T_BOOL member */
  if (!v) return err_format_i(rt, EXC(TypeError), "can't delete numeric/char attribute");
  if (!is_type(v, &BoolType)) return err_format_i(rt, EXC(TypeError), "attribute value type must be bool");
  AS_EXC(self)->suppress_context = v == Py_True;
  return 0;
}

static Obj *get_dict(Rt *rt, Obj *self) {
  ExcObj *e = AS_EXC(self);
  if (!e->dict && !(e->dict = dict_new(rt))) return NULL;
  return incref(e->dict);
}
static int set_dict(Rt *rt, Obj *self, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "__dict__ may not be deleted");
  if (!IS_DICT(v)) return err_format_i(rt, EXC(TypeError), "__dict__ must be a dictionary, not a '%s'", type_name(v));
  SETREF(AS_EXC(self)->dict, incref(v));
  return 0;
}

const GetSetDef exc_base_getsets[] = {
  {"args", get_args, set_args},
  {"__traceback__", get_tb, set_tb},
  {"__context__", get_context, set_context},
  {"__cause__", get_cause, set_cause},
  {"__suppress_context__", get_suppress, set_suppress},
  {"__dict__", get_dict, set_dict},
  {NULL, NULL, NULL}
};

/* ---- methods ---------------------------------------------------------------------------- */

static Obj *m_with_traceback(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (args_no_kw(rt, "with_traceback", kwnames) < 0 ||
      args_count(rt, "with_traceback", argc, 1, 1) < 0) return NULL;
  if (set_tb(rt, self, argv[0]) < 0) return NULL;
  return incref(self);
}

static const char *const note_type_fmt[PY_NVERSIONS] = {
  "note must be a str, not '%s'", "note must be a str, not '%s'", "note must be a str, not '%s'",
  "add_note() argument must be str, not %s",
};

static Obj *m_add_note(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (args_one(rt, "BaseException.add_note", argc, kwnames) < 0) return NULL;
  Obj *note = argv[0];
  if (!IS_STR(note)) return err_format(rt, EXC(TypeError), note_type_fmt[rt->pyv], type_name(note));
  Obj *notes = obj_lookup_attr(rt, self, str_static("__notes__"));
  if (!notes) {
    if (err_occurred(rt)) return NULL;
    notes = list_new(rt, 0);
    if (!notes || obj_setattr_s(rt, self, "__notes__", notes) < 0) { xdecref(notes); return NULL; }
  } else if (!IS_LIST(notes)) {
    decref(notes);
    return err_str(rt, EXC(TypeError), "Cannot add note: __notes__ is not a list");
  }
  int r = list_append(rt, notes, note);
  decref(notes);
  return r < 0 ? NULL : incref(None);
}

const MethodDef exc_base_methods[] = {
  {"with_traceback", m_with_traceback, 0},
  {"add_note", m_add_note, 0},
  {NULL, NULL, 0}
};

/* ---- chaining ------------------------------------------------------------------------------- */

void exc_set_context(Obj *exc, Obj *context) { SETREF(AS_EXC(exc)->context, xincref(context)); }

void exc_set_cause(Obj *exc, Obj *cause) {
  SETREF(AS_EXC(exc)->cause, xincref(cause));
  AS_EXC(exc)->suppress_context = 1;
}

void exc_set_traceback(Obj *exc, Obj *tb) { SETREF(AS_EXC(exc)->traceback, xincref(tb)); }

/* Sets exc.__context__ to the exception being handled, first cutting any
 * chain that would lead back to exc (Floyd's cycle detection guards against
 * pre-existing cycles). */
void exc_chain_context(Rt *rt, Obj *exc) {
  Obj *handled = rt->handled;
  if (!handled || handled == None || handled == exc || !is_exc(exc)) return;
  Obj *o = handled, *slow = o, *ctx;
  int toggle = 0;
  while ((ctx = AS_EXC(o)->context)) {
    if (ctx == exc) {
      exc_set_context(o, NULL);
      break;
    }
    o = ctx;
    if (o == slow) break;
    if (toggle) slow = AS_EXC(slow)->context;
    toggle = !toggle;
  }
  exc_set_context(exc, handled);
}
