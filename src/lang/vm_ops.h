/* vm_ops.h: the larger instruction bodies, kept out of the dispatch loop. */
#ifndef PX_VM_OPS_H
#define PX_VM_OPS_H
#include "lang/vm.h"

/* raise / raise X / raise X from Y: returns 1 when the exception should
 * unwind without a new traceback entry (a bare re-raise), 0 otherwise;
 * an exception is pending either way. */
int  op_raise(Rt *rt, Obj *exc, Obj *cause);
/* except T: T must be a class or tuple of classes deriving from BaseException. */
int  op_exc_match(Rt *rt, Obj *exc, Obj *type);
/* except* T in frame f: splits exc into (rest, match). */
int  op_eg_match(Rt *rt, Frame *f, Obj *exc, Obj *type, Obj **rest, Obj **match);
/* What an except* block re-raises, from the original and the list of
 * raised/unhandled parts (None when nothing). */
Obj *op_prep_reraise_star(Rt *rt, Obj *orig, Obj *list);
/* [*v] in a display or call: v's items appended to dst. */
int  op_list_extend(Rt *rt, Obj *dst, Obj *v);
int  op_unpack(Rt *rt, Obj *seq, int before, int after, int starred, Obj **out);
Obj *op_format_value(Rt *rt, Obj *v, int conversion, Obj *spec);
Obj *op_import_name(Rt *rt, Frame *f, Obj *name, Obj *fromlist, Obj *level);
Obj *op_import_from(Rt *rt, Obj *module, Obj *name);
int  op_import_star(Rt *rt, Frame *f, Obj *module);
Obj *op_load_name(Rt *rt, Frame *f, Obj *name);
/* CPython's set_attribute_error_context(): an AttributeError leaving an
 * attribute lookup gets name and obj (for "Did you mean"), unless it has
 * them. Returns NULL. */
Obj *op_attr_error_context(Rt *rt, Obj *o, Obj *name);
Obj *op_load_global(Rt *rt, Frame *f, Obj *name);
/* 3.14 annotation scopes of classes: the name in mapping d, else a global. */
Obj *op_load_from_dict_or_globals(Rt *rt, Frame *f, Obj *d, Obj *name);
/* LOAD_ATTR of a property with a Python getter: the getter's frame, ready
 * to run (counted); NULL otherwise, with an error pending if one occurred. */
Frame *op_property_frame(Rt *rt, Obj *o, Obj *name);
Obj *op_name_error(Rt *rt, Obj *name);
Obj *op_unbound_local(Rt *rt, Obj *name);
Obj *op_unbound_free(Rt *rt, Obj *name);
Obj *op_make_function(Rt *rt, Frame *f, int flags, Obj **args);
Obj *op_before_with(Rt *rt, Obj *mgr, Obj **exit);
Obj *op_with_exit(Rt *rt, Obj *exit, Obj *exc);
int  op_dict_merge(Rt *rt, Obj *dict, Obj *other, Obj *func);
/* CPython's _PyObject_FunctionStr: "module.qualname()", "qualname()" for
 * built-ins, or str(func). */
Obj *op_function_str(Rt *rt, Obj *func);
/* The positional arguments of f(*args) as a tuple (new reference). */
Obj *op_call_args_tuple(Rt *rt, Obj *func, Obj *args);
Obj *op_compare(Rt *rt, Obj *a, Obj *b, int op);
/* yield from's step: send v (None: next()) to recv; *finished when it is
 * done, the result then being its return value. */
Obj *op_send(Rt *rt, Obj *recv, Obj *v, int *finished);

#endif
