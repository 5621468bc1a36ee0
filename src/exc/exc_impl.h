/* exc_impl.h: what the exception families share inside src/exc. */
#ifndef PX_EXC_IMPL_H
#define PX_EXC_IMPL_H
#include "exc/exc.h"

/* A family: one layout and the functions every class of it uses.
 * `fields` lists the offsets of its own Obj* fields (0-terminated), which a
 * single dealloc/traverse/clear walk. */
typedef struct ExcFamilyDef {
  size_t basicsize;
  const size_t *fields;
  Obj *(*new_)(Rt *rt, Type *t, Obj *args, Obj *kwargs);
  int (*init)(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
  UnaryFn str, repr;
  const MemberDef *members;
  const GetSetDef *getsets;
  const MethodDef *methods;
} ExcFamilyDef;

extern const ExcFamilyDef exc_families[FAM_COUNT];

/* BaseException behaviour the other families build on. */
Obj *exc_base_new(Rt *rt, Type *t, Obj *args, Obj *kwargs);
int  exc_base_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
Obj *exc_base_str(Rt *rt, Obj *self);
Obj *exc_base_repr(Rt *rt, Obj *self);
int  exc_base_repr_to(Rt *rt, StrBuf *b, Obj *self);
Obj *exc_key_str(Rt *rt, Obj *self);
int  exc_no_kw(Rt *rt, const char *name, Obj *kwargs);
const char *exc_class_name(Obj *self);
extern const GetSetDef exc_base_getsets[];
extern const MethodDef exc_base_methods[];

/* Keyword-only arguments of ImportError/AttributeError/NameError, with each
 * version's wording ("fname" is the family's base class name). */
int exc_kwonly(Rt *rt, const char *fname, Obj *kwargs, const char *const *names, size_t n, Obj **out);

/* Attributes that only some versions have. */
Obj *exc_version_attr_get(Rt *rt, Obj *self, const char *name);
int  exc_version_attr_set(Rt *rt, Obj *self, const char *name, Obj *v);

/* Py_ssize_t conversion at the platform's width (32 bits on wasm). */
int exc_as_ssize(Rt *rt, Obj *v, int64_t *out, Type *overflow_type, const char *overflow_msg);

/* Family functions defined in their own files. */
Obj *oserror_new(Rt *rt, Type *t, Obj *args, Obj *kwargs);
int  oserror_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
Obj *oserror_str(Rt *rt, Obj *self);
extern const MemberDef oserror_members[];
extern const GetSetDef oserror_getsets[];

int  syntax_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
Obj *syntax_str(Rt *rt, Obj *self);
extern const MemberDef syntax_members[];
extern const GetSetDef syntax_getsets[];

int  udecode_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
int  uencode_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
int  utranslate_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
Obj *udecode_str(Rt *rt, Obj *self);
Obj *uencode_str(Rt *rt, Obj *self);
Obj *utranslate_str(Rt *rt, Obj *self);
extern const MemberDef unicode_members[];
extern const GetSetDef unicode_getsets[];

Obj *group_new(Rt *rt, Type *t, Obj *args, Obj *kwargs);
int  group_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs);
Obj *group_str(Rt *rt, Obj *self);
extern const MemberDef group_members[];
extern const MethodDef group_methods[];

#endif
