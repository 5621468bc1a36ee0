/* object.h: the value model. Every Python value is an Obj; its Type says how
 * it behaves. Layouts of the built-in values live here, their behaviour in
 * one file per type (str.c, int.c, ...).
 *
 * Conventions (as in CPython):
 * - A function returning Obj* returns a NEW reference, or NULL with an
 *   exception pending in the runtime (err.h). Functions returning int return
 *   0 (or a truth value >= 0) on success and -1 with an exception pending.
 * - Arguments are BORROWED unless a comment says the callee steals them.
 * - Immortal objects (static types, None, True, False, small ints, the empty
 *   tuple and string) have rc < 0; incref/decref leave them alone.
 * - Objects that can hold references to other objects are tracked by the
 *   cycle collector (gc.h): they have a GcHead before them and a traverse. */
#ifndef PX_OBJECT_H
#define PX_OBJECT_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "base/bigint.h"
#include "base/strbuf.h"

typedef struct Rt Rt;
typedef struct Type Type;

typedef struct Obj {
  intptr_t rc;
  Type *type;
} Obj;

#define IMMORTAL_RC ((intptr_t)-1)
#define OBJ_HEAD_INIT(t) {IMMORTAL_RC, (t)}

void obj_dealloc(Obj *o);   /* runs the type's dealloc; only decref calls it */

static inline Obj *incref(Obj *o) { if (o->rc >= 0) o->rc++; return o; }
static inline Obj *xincref(Obj *o) { if (o && o->rc >= 0) o->rc++; return o; }
static inline void decref(Obj *o) { if (o->rc > 0 && --o->rc == 0) obj_dealloc(o); }
static inline void xdecref(Obj *o) { if (o) decref(o); }
/* Replaces *slot with v (stolen), releasing the old value. */
#define SETREF(slot, v) do { Obj *old_ = (Obj *)(slot); (slot) = (v); xdecref(old_); } while (0)
#define CLEAR(slot) do { Obj *old_ = (Obj *)(slot); (slot) = NULL; xdecref(old_); } while (0)

/* ---- slot signatures ---------------------------------------------------- */
typedef int (*VisitFn)(Obj *o, void *arg);
typedef Obj *(*UnaryFn)(Rt *rt, Obj *a);
typedef Obj *(*BinaryFn)(Rt *rt, Obj *a, Obj *b);
/* Calls take positional arguments then keyword values in argv; kwnames is a
 * tuple of the keyword names (str) or NULL. */
typedef Obj *(*CallFn)(Rt *rt, Obj *callee, Obj *const *argv, size_t argc, Obj *kwnames);
typedef Obj *(*CFn)(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames);

enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

typedef struct NumSlots {
  BinaryFn add, sub, mul, truediv, floordiv, mod, divmod, lshift, rshift, and_, or_, xor_, matmul;
  Obj *(*pow)(Rt *rt, Obj *a, Obj *b, Obj *mod);
  UnaryFn neg, pos, abs, invert, to_int, to_float, index;
  int (*to_bool)(Rt *rt, Obj *a);
} NumSlots;

/* Method tables of built-in types. */
enum { METH_CLASS = 1, METH_STATIC = 2 };
typedef struct MethodDef {
  const char *name;
  CFn fn;
  int flags;
} MethodDef;

enum MemberKind {
  MEMBER_OBJ,       /* Obj* that reads as None when NULL; writable */
  MEMBER_OBJ_RO,    /* read-only */
  MEMBER_OBJ_EX,    /* Obj* that raises AttributeError when NULL; writable */
};
typedef struct MemberDef {
  const char *name;
  enum MemberKind kind;
  size_t offset;
} MemberDef;

typedef struct GetSetDef {
  const char *name;
  Obj *(*get)(Rt *rt, Obj *self);
  int (*set)(Rt *rt, Obj *self, Obj *value);   /* value NULL: delete; set NULL: read-only */
} GetSetDef;

enum TypeFlags {
  TF_HEAP = 1 << 0,        /* created by a class statement: refcounted, mutable */
  TF_GC = 1 << 1,          /* instances are tracked by the cycle collector */
  TF_BASETYPE = 1 << 2,    /* may be subclassed */
  TF_EXC = 1 << 3,         /* BaseException or a subclass */
  TF_READY = 1 << 4,
  TF_ABSTRACT_NEW = 1 << 5, /* "cannot create 'X' instances" */
  TF_OWNS_NUM = 1 << 6,     /* num points to slots allocated for this heap type */
  TF_PYFUNCTION = 1 << 7    /* instances are Python functions (PyFunction_Check) */
};

struct Type {
  Obj ob;
  const char *name;        /* tp_name; heap types: points into name_obj */
  Obj *name_obj;           /* str: __name__ (heap types) */
  Obj *qualname;           /* str: __qualname__ (heap types) */
  Obj *module;             /* str: __module__ ("builtins" for static types) */
  size_t basicsize;        /* instance size, without a GcHead */
  size_t itemsize;
  unsigned flags;
  Type *base;              /* the first base */
  Obj *bases;              /* tuple of types */
  Obj *mro;                /* tuple of types, self first */
  Obj *dict;               /* the class namespace */
  size_t dictoffset;       /* offset of the instance __dict__ slot, or 0 */
  const char *doc;

  void (*dealloc)(Obj *o);
  int (*traverse)(Obj *o, VisitFn visit, void *arg);
  void (*clear)(Obj *o);   /* drops references (cycle breaking) */
  UnaryFn repr, str;
  /* Appends the text repr returns to a StrBuf (0, or -1 with an error
   * pending): obj_repr_to's way around a str per nested repr. Set on static
   * types only, never inherited (a subclass may define __repr__). */
  int (*repr_to)(Rt *rt, StrBuf *b, Obj *o);
  int64_t (*hash)(Rt *rt, Obj *o);          /* -1 with an error pending */
  Obj *(*richcmp)(Rt *rt, Obj *a, Obj *b, int op);  /* may return NotImplemented */
  Obj *(*getattr)(Rt *rt, Obj *o, Obj *name);
  int (*setattr)(Rt *rt, Obj *o, Obj *name, Obj *value);  /* value NULL: delete */
  CallFn call;
  UnaryFn iter;
  UnaryFn next;            /* NULL without error pending: exhausted */
  int64_t (*len)(Rt *rt, Obj *o);           /* -1 with error pending */
  BinaryFn getitem;
  int (*setitem)(Rt *rt, Obj *o, Obj *key, Obj *value);  /* value NULL: delete */
  int (*contains)(Rt *rt, Obj *o, Obj *item);
  const NumSlots *num;
  BinaryFn concat;                          /* sequence +, tried after the number slots */
  Obj *(*repeat)(Rt *rt, Obj *seq, int64_t n); /* sequence * int */
  Obj *(*new_)(Rt *rt, Type *t, Obj *args, Obj *kwargs);   /* args: tuple; kwargs: dict or NULL */
  int (*init)(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
  Obj *(*descr_get)(Rt *rt, Obj *descr, Obj *obj, Type *type);  /* obj NULL: via the class */
  int (*descr_set)(Rt *rt, Obj *descr, Obj *obj, Obj *value);
  const MethodDef *methods;
  const MemberDef *members;
  const GetSetDef *getsets;
  void *extra;             /* layer-specific data (e.g. the exception family) */
};

/* ---- layouts of the built-in values ------------------------------------- */
typedef struct Int {
  Obj ob;
  int64_t v;      /* the value when big == NULL */
  BigInt *big;    /* set only when the value does not fit in int64 */
} Int;

typedef struct Float { Obj ob; double v; } Float;

typedef struct Str {
  Obj ob;
  size_t len;      /* bytes of UTF-8 */
  size_t cplen;    /* code points */
  int64_t hash;    /* -1 until computed */
  int ascii;
  char s[];        /* generalized UTF-8, NUL-terminated */
} Str;

typedef struct Bytes {
  Obj ob;
  size_t len;
  int64_t hash;
  char s[];        /* NUL-terminated for convenience */
} Bytes;

typedef struct ByteArray { Obj ob; size_t len, cap; char *s; } ByteArray;

typedef struct Tuple { Obj ob; size_t n; Obj *items[]; } Tuple;

typedef struct List { Obj ob; size_t n, cap; Obj **items; } List;

typedef struct DictEntry { int64_t hash; Obj *key; Obj *value; } DictEntry;
typedef struct Dict {
  Obj ob;
  size_t used;       /* live entries */
  size_t nentries;   /* entries[0..nentries) in insertion order; deleted have key NULL */
  size_t cap;        /* capacity of entries */
  size_t mask;       /* index has mask+1 slots */
  DictEntry *entries;
  int32_t *index;    /* -1 empty, -2 deleted, else entry number */
  uint64_t version;  /* bumped on every change (iteration checks) */
} Dict;

/* Sets keep CPython's open-addressing layout (linear probes then perturbed
 * probing, same growth), so that iteration order matches CPython's. */
typedef struct SetEntry { Obj *key; int64_t hash; } SetEntry;
typedef struct Set {
  Obj ob;
  size_t fill;       /* active + dummy */
  size_t used;       /* active */
  size_t mask;
  SetEntry *table;
  size_t finger;
  int64_t hash;      /* frozenset: -1 until computed */
  uint64_t version;
} Set;

typedef struct CFunc {     /* a built-in function or a bound built-in method */
  Obj ob;
  const MethodDef *def;
  Obj *self;               /* bound object, module, or NULL */
  Obj *module;             /* str or NULL: __module__ */
} CFunc;

typedef struct Descr {     /* method, member or getset descriptor in a type's dict */
  Obj ob;
  Type *owner;
  Obj *name;               /* str */
  union { const MethodDef *method; const MemberDef *member; const GetSetDef *getset; } d;
} Descr;

typedef struct BoundMethod { Obj ob; Obj *func; Obj *self; } BoundMethod;

typedef struct SeqIter { Obj ob; Obj *seq; size_t i; uint64_t version; } SeqIter;

typedef struct Slice { Obj ob; Obj *start, *stop, *step; } Slice;

typedef struct Range { Obj ob; int64_t start, stop, step, len; } Range;

/* ---- the built-in types --------------------------------------------------- */
extern Type ObjectType, TypeType, NoneType, NotImplementedType, EllipsisType;
extern Type IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType;
extern Type TupleType, ListType, DictType, SetType, FrozenSetType;
extern Type CFuncType, MethodDescrType, ClassMethodDescrType, MemberDescrType, GetSetDescrType;
extern Type BoundMethodType, SliceType, RangeType;
extern Type TupleIterType, ListIterType, StrIterType, BytesIterType, RangeIterType;
extern Type DictKeysType, DictValuesType, DictItemsType, DictIterType, SetIterType;

extern Obj NoneObj, NotImplementedObj, EllipsisObj;
extern Int TrueObj, FalseObj;
#define None (&NoneObj)
#define NotImpl (&NotImplementedObj)
#define Py_True ((Obj *)&TrueObj)
#define Py_False ((Obj *)&FalseObj)
static inline Obj *bool_obj(int v) { return v ? Py_True : Py_False; }

static inline int is_type(const Obj *o, const Type *t) { return o->type == t; }
int type_is_subtype(const Type *a, const Type *b);
static inline int is_inst(const Obj *o, const Type *t) {
  return o->type == t || type_is_subtype(o->type, t);
}
#define IS_STR(o) is_inst((o), &StrType)
#define IS_INT(o) is_inst((o), &IntType)     /* bool included */
#define IS_TUPLE(o) is_inst((o), &TupleType)
#define IS_LIST(o) is_inst((o), &ListType)
#define IS_DICT(o) is_inst((o), &DictType)
#define IS_TYPE(o) is_inst((o), &TypeType)
#define AS_STR(o) ((Str *)(o))
#define AS_INT(o) ((Int *)(o))
#define AS_TUPLE(o) ((Tuple *)(o))
#define AS_LIST(o) ((List *)(o))
#define AS_DICT(o) ((Dict *)(o))
#define AS_TYPE(o) ((Type *)(o))

#endif
