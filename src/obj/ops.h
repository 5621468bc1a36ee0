/* ops.h: the generic protocols every value takes part in (CPython's
 * abstract.h): text, hashing, comparison, attributes, calls, iteration,
 * items and numbers. Each dispatches on the type's slots. */
#ifndef PX_OPS_H
#define PX_OPS_H
#include "obj/object.h"
#include "obj/runtime.h"

Obj *obj_repr(Rt *rt, Obj *o);           /* -> str */
/* Appends repr(o) to b: 0, or -1 with an error pending. */
int  obj_repr_to(Rt *rt, StrBuf *b, Obj *o);
Obj *obj_str(Rt *rt, Obj *o);            /* -> str */
Obj *obj_ascii(Rt *rt, Obj *o);
int64_t obj_hash(Rt *rt, Obj *o);        /* -1 + error when unhashable */
int  obj_truth(Rt *rt, Obj *o);          /* 1, 0, or -1 */
Obj *obj_richcmp(Rt *rt, Obj *a, Obj *b, int op);
int  obj_richcmp_bool(Rt *rt, Obj *a, Obj *b, int op);   /* identity implies equality for EQ/NE */
static inline int obj_eq(Rt *rt, Obj *a, Obj *b) { return obj_richcmp_bool(rt, a, b, CMP_EQ); }

Obj *obj_getattr(Rt *rt, Obj *o, Obj *name);
Obj *obj_getattr_s(Rt *rt, Obj *o, const char *name);
/* Like getattr but returns NULL with NO error when the attribute is missing
 * (AttributeError swallowed); other errors stay pending. */
Obj *obj_lookup_attr(Rt *rt, Obj *o, Obj *name);
int  obj_setattr(Rt *rt, Obj *o, Obj *name, Obj *value);
int  obj_setattr_s(Rt *rt, Obj *o, const char *name, Obj *value);
Obj *obj_generic_getattr(Rt *rt, Obj *o, Obj *name);
int  obj_generic_setattr(Rt *rt, Obj *o, Obj *name, Obj *value);
Obj **obj_dict_slot(Obj *o);             /* &__dict__ or NULL */

Obj *obj_call(Rt *rt, Obj *f, Obj *const *argv, size_t argc, Obj *kwnames);
Obj *obj_call0(Rt *rt, Obj *f);
Obj *obj_call1(Rt *rt, Obj *f, Obj *a);
Obj *obj_call2(Rt *rt, Obj *f, Obj *a, Obj *b);
/* Calls with a tuple and an optional dict. */
Obj *obj_call_tuple(Rt *rt, Obj *f, Obj *args, Obj *kwargs);
Obj *obj_call_method(Rt *rt, Obj *o, const char *name, Obj *const *argv, size_t argc);
int  obj_callable(Obj *o);

Obj *obj_iter(Rt *rt, Obj *o);
/* Next item: new reference; NULL and no error when exhausted. */
Obj *obj_next(Rt *rt, Obj *it);
int64_t obj_len(Rt *rt, Obj *o);
Obj *obj_getitem(Rt *rt, Obj *o, Obj *key);
int  obj_setitem(Rt *rt, Obj *o, Obj *key, Obj *value);
int  obj_delitem(Rt *rt, Obj *o, Obj *key);
int  obj_contains(Rt *rt, Obj *container, Obj *item);   /* 1, 0, -1 */
/* A list of the items of any iterable (new list). */
Obj *obj_to_list(Rt *rt, Obj *iterable);
Obj *obj_to_tuple(Rt *rt, Obj *iterable);

/* Binary operators, with reflected operands and NotImplemented as in Python. */
enum BinOp { OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
             OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR, OP_MATMUL, OP_NBINOPS };
extern const char *const binop_symbol[OP_NBINOPS];   /* "+", "-", ... */
Obj *num_binop(Rt *rt, Obj *a, Obj *b, int op);
Obj *num_inplace(Rt *rt, Obj *a, Obj *b, int op);     /* a op= b */
Obj *num_neg(Rt *rt, Obj *a);
Obj *num_pos(Rt *rt, Obj *a);
Obj *num_invert(Rt *rt, Obj *a);
Obj *num_abs(Rt *rt, Obj *a);
Obj *num_index(Rt *rt, Obj *a);                       /* __index__ -> int */
/* An index-like object as a Py_ssize_t of the profile (32 or 64 bits;
 * OverflowError / TypeError as CPython). */
int  num_as_ssize(Rt *rt, Obj *o, int64_t *out, const char *what);
/* The same within 64 bits on every profile (range() arguments, kept as
 * Python ints by CPython). */
int  num_as_i64(Rt *rt, Obj *o, int64_t *out);
/* A sequence subscript as a Py_ssize_t: IndexError when it does not fit
 * (CPython's PyNumber_AsSsize_t(key, PyExc_IndexError)). */
int  num_as_subscript(Rt *rt, Obj *o, int64_t *out);

/* Type name of an object, for messages. */
static inline const char *type_name(const Obj *o) { return o->type->name; }

#endif
