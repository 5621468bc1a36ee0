/* type.h: types, MRO, attribute lookup through the MRO, descriptors, and
 * built-in function objects. */
#ifndef PX_TYPE_H
#define PX_TYPE_H
#include "obj/object.h"
#include "obj/runtime.h"

/* Prepares a static type (bases, MRO, dict from its method/member/getset
 * tables). Idempotent. Returns 0, or -1 if memory runs out. */
int  type_ready(Type *t);
/* Prepares every built-in type of this layer (once per process). */
int  obj_types_init(void);
/* A new heap type: name (str), bases (tuple, non-empty), namespace (dict). */
Obj *type_new_heap(Rt *rt, Type *meta, Obj *name, Obj *bases, Obj *ns);
/* Looks a name up along the MRO (borrowed result, no error when missing). */
Obj *type_lookup(Type *t, Obj *name);
Obj *type_lookup_s(Type *t, const char *name);
/* The "solid base" that decides the instance layout. */
Type *type_solid_base(Type *t);
/* C3 linearization; NULL + TypeError when inconsistent. */
Obj *type_compute_mro(Rt *rt, Type *t);
/* type(o)(...) as `t(*args, **kwargs)`: __new__ then __init__. */
Obj *type_call(Rt *rt, Obj *t, Obj *const *argv, size_t argc, Obj *kwnames);
Obj *type_generic_alloc(Rt *rt, Type *t);   /* zeroed instance of t */
/* dictoffset of heap subclasses of variable-size types (str, tuple): the
 * __dict__ slot follows the items, aligned (CPython's negative
 * tp_dictoffset); obj_dict_slot finds it, and their __new__ allocates
 * DICT_AFTER_ITEMS_EXTRA more bytes. */
#define DICT_AFTER_ITEMS ((size_t)-1)
#define DICT_AFTER_ITEMS_EXTRA (2 * sizeof(Obj *))
/* Qualified name of a type for messages ("module.Name" for non-builtins). */
Obj *type_qualname(Rt *rt, Type *t);

/* object.__new__/__init__ rules (the "takes no arguments" checks). */
Obj *object_new(Rt *rt, Type *t, Obj *args, Obj *kwargs);
int  object_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
Obj *object_repr(Rt *rt, Obj *o);      /* <mod.Name object at 0x...> */
Obj *object_str(Rt *rt, Obj *o);       /* repr(o) */

/* Built-in functions: a CFunc bound to self (may be NULL). */
Obj *cfunc_new(Rt *rt, const MethodDef *def, Obj *self, Obj *module);
Obj *bound_method_new(Rt *rt, Obj *func, Obj *self);

/* Base of every user instance's dealloc/traverse/clear: the __dict__ slot
 * and the heap type reference. */
void heap_instance_dealloc(Obj *o);
int  heap_instance_traverse(Obj *o, VisitFn visit, void *arg);
void heap_instance_clear(Obj *o);

#endif
