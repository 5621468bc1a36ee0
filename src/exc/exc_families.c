/* exc_families.c: the family table, the small families (KeyError,
 * StopIteration, SystemExit, ImportError, AttributeError, NameError), and
 * building the classes from the table in exc_table.h. */
#include "exc/exc_impl.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "base/mem.h"

/* ---- shared argument helpers ----------------------------------------------------- */

/* "'x' is an invalid keyword argument for F()" until 3.12, then
 * "F() got an unexpected keyword argument 'x'". */
static const char *const unknown_kw_fmt[PY_NVERSIONS] = {
  "'%U' is an invalid keyword argument for %s()", "'%U' is an invalid keyword argument for %s()",
  "%s() got an unexpected keyword argument '%U'", "%s() got an unexpected keyword argument '%U'",
};

int exc_kwonly(Rt *rt, const char *fname, Obj *kwargs, const char *const *names, size_t n, Obj **out) {
  for (size_t i = 0; i < n; i++) out[i] = NULL;
  if (!kwargs || !dict_len(kwargs)) return 0;
  if (dict_len(kwargs) > n)
    return err_format_i(rt, EXC(TypeError), "%s() takes at most %zu keyword argument%s (%zu given)", fname, n,
                        n == 1 ? "" : "s", dict_len(kwargs));
  size_t pos = 0;
  Obj *k, *v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    size_t i = 0;
    while (i < n && !str_eq_c(k, names[i])) i++;
    if (i == n) {
      if (rt->pyv >= PY313) return err_format_i(rt, EXC(TypeError), unknown_kw_fmt[rt->pyv], fname, k);
      return err_format_i(rt, EXC(TypeError), unknown_kw_fmt[rt->pyv], k, fname);
    }
    out[i] = v;
  }
  return 0;
}

int exc_as_ssize(Rt *rt, Obj *v, int64_t *out, Type *overflow_type, const char *overflow_msg) {
  Obj *i = num_index(rt, v);
  if (!i) return -1;
  int64_t x;
  int bits = rt->hash_bits;
  int fits = int_as_i64(i, &x) == 0 && (bits == 64 || (x >= INT32_MIN && x <= INT32_MAX));
  decref(i);
  if (!fits) return err_format_i(rt, overflow_type, "%s", overflow_msg);
  *out = x;
  return 0;
}

/* An attribute that a later version adds to a class behaves, in earlier
 * versions, like any instance attribute: stored in __dict__. */
Obj *exc_version_attr_get(Rt *rt, Obj *self, const char *name) {
  Obj *d = AS_EXC(self)->dict, *v = d ? dict_get_s(rt, d, name) : NULL;
  if (v) return incref(v);
  return err_format(rt, EXC(AttributeError), "'%s' object has no attribute '%s'", type_name(self), name);
}

int exc_version_attr_set(Rt *rt, Obj *self, const char *name, Obj *v) {
  ExcObj *e = AS_EXC(self);
  if (!v) {
    if (!e->dict || !dict_get_s(rt, e->dict, name))
      return err_format_i(rt, EXC(AttributeError), "'%s' object has no attribute '%s'", type_name(self), name);
    return dict_del(rt, e->dict, str_static(name));
  }
  if (!e->dict && !(e->dict = dict_new(rt))) return -1;
  return dict_set_s(rt, e->dict, name, v);
}

/* ---- KeyError, StopIteration, SystemExit ---------------------------------------------- */

static int stopiteration_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  if (exc_base_init(rt, self, args, kwargs) < 0) return -1;
  SETREF(((StopIterationObj *)self)->value, incref(tuple_len(args) ? tuple_get(args, 0) : None));
  return 0;
}

static int systemexit_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  if (exc_base_init(rt, self, args, kwargs) < 0) return -1;
  size_t n = tuple_len(args);
  SETREF(((SystemExitObj *)self)->code, incref(n == 0 ? None : n == 1 ? tuple_get(args, 0) : args));
  return 0;
}

/* ---- ImportError, AttributeError, NameError ---------------------------------------------- */

static int import_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  static const char *const names[] = {"name", "path", "name_from"};
  Obj *v[3];
  size_t n = rt->pyv >= PY312 ? 3 : 2;
  if (exc_kwonly(rt, "ImportError", kwargs, names, n, v) < 0) return -1;
  ImportErrorObj *e = (ImportErrorObj *)self;
  SETREF(e->name, xincref(v[0]));
  SETREF(e->path, xincref(v[1]));
  if (n == 3) SETREF(e->name_from, xincref(v[2]));
  if (exc_base_init(rt, self, args, NULL) < 0) return -1;
  SETREF(e->msg, tuple_len(args) == 1 ? incref(tuple_get(args, 0)) : NULL);
  return 0;
}

static Obj *import_str(Rt *rt, Obj *self) {
  Obj *msg = ((ImportErrorObj *)self)->msg;
  if (msg && is_type(msg, &StrType)) return incref(msg);
  return exc_base_str(rt, self);
}

/* name_from exists from 3.12 on; before, the name is an ordinary
 * instance attribute. */
static Obj *get_name_from(Rt *rt, Obj *self) {
  if (rt->pyv < PY312) return exc_version_attr_get(rt, self, "name_from");
  Obj *v = ((ImportErrorObj *)self)->name_from;
  return incref(v ? v : None);
}
static int set_name_from(Rt *rt, Obj *self, Obj *v) {
  if (rt->pyv < PY312) return exc_version_attr_set(rt, self, "name_from", v);
  SETREF(((ImportErrorObj *)self)->name_from, xincref(v));
  return 0;
}
static const GetSetDef import_getsets[] = {{"name_from", get_name_from, set_name_from}, {NULL, NULL, NULL}};

static int attribute_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  static const char *const names[] = {"name", "obj"};
  Obj *v[2];
  if (exc_kwonly(rt, "AttributeError", kwargs, names, 2, v) < 0) return -1;
  if (exc_base_init(rt, self, args, NULL) < 0) return -1;
  SETREF(((AttributeErrorObj *)self)->name, xincref(v[0]));
  SETREF(((AttributeErrorObj *)self)->obj, xincref(v[1]));
  return 0;
}

static int name_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  static const char *const names[] = {"name"};
  Obj *v[1];
  if (exc_kwonly(rt, "NameError", kwargs, names, 1, v) < 0) return -1;
  if (exc_base_init(rt, self, args, NULL) < 0) return -1;
  SETREF(((NameErrorObj *)self)->name, xincref(v[0]));
  return 0;
}

/* ---- members and field lists ---------------------------------------------------------------- */

#define M(name, kind, type, field) {name, kind, offsetof(type, field)}
static const MemberDef base_members[] = {{NULL, 0, 0}};
static const MemberDef stopiteration_members[] = {M("value", MEMBER_OBJ, StopIterationObj, value), {NULL, 0, 0}};
static const MemberDef systemexit_members[] = {M("code", MEMBER_OBJ, SystemExitObj, code), {NULL, 0, 0}};
static const MemberDef import_members[] = {
  M("msg", MEMBER_OBJ, ImportErrorObj, msg), M("name", MEMBER_OBJ, ImportErrorObj, name),
  M("path", MEMBER_OBJ, ImportErrorObj, path), {NULL, 0, 0}
};
static const MemberDef attribute_members[] = {
  M("name", MEMBER_OBJ, AttributeErrorObj, name), M("obj", MEMBER_OBJ, AttributeErrorObj, obj), {NULL, 0, 0}
};
static const MemberDef name_members[] = {M("name", MEMBER_OBJ, NameErrorObj, name), {NULL, 0, 0}};
#undef M

#define F(type, field) offsetof(type, field)
static const size_t no_fields[] = {0};
static const size_t stopiteration_fields[] = {F(StopIterationObj, value), 0};
static const size_t systemexit_fields[] = {F(SystemExitObj, code), 0};
static const size_t import_fields[] = {F(ImportErrorObj, msg), F(ImportErrorObj, name), F(ImportErrorObj, path),
                                       F(ImportErrorObj, name_from), 0};
static const size_t attribute_fields[] = {F(AttributeErrorObj, name), F(AttributeErrorObj, obj), 0};
static const size_t name_fields[] = {F(NameErrorObj, name), 0};
static const size_t oserror_fields[] = {F(OSErrorObj, myerrno), F(OSErrorObj, strerror), F(OSErrorObj, filename),
                                        F(OSErrorObj, filename2), 0};
static const size_t syntax_fields[] = {
  F(SyntaxErrorObj, msg), F(SyntaxErrorObj, filename), F(SyntaxErrorObj, lineno), F(SyntaxErrorObj, offset),
  F(SyntaxErrorObj, text), F(SyntaxErrorObj, end_lineno), F(SyntaxErrorObj, end_offset),
  F(SyntaxErrorObj, print_file_and_line), F(SyntaxErrorObj, metadata), 0};
static const size_t unicode_fields[] = {F(UnicodeErrorObj, encoding), F(UnicodeErrorObj, object),
                                        F(UnicodeErrorObj, reason), 0};
static const size_t group_fields[] = {F(GroupObj, msg), F(GroupObj, excs), 0};
#undef F

const ExcFamilyDef exc_families[FAM_COUNT] = {
  [FAM_BASE] = {sizeof(ExcObj), no_fields, exc_base_new, exc_base_init, exc_base_str, exc_base_repr,
                base_members, NULL, NULL},
  [FAM_KEY] = {sizeof(ExcObj), no_fields, exc_base_new, exc_base_init, exc_key_str, exc_base_repr,
               base_members, NULL, NULL},
  [FAM_STOPITERATION] = {sizeof(StopIterationObj), stopiteration_fields, exc_base_new, stopiteration_init,
                         exc_base_str, exc_base_repr, stopiteration_members, NULL, NULL},
  [FAM_SYSTEMEXIT] = {sizeof(SystemExitObj), systemexit_fields, exc_base_new, systemexit_init, exc_base_str,
                      exc_base_repr, systemexit_members, NULL, NULL},
  [FAM_IMPORT] = {sizeof(ImportErrorObj), import_fields, exc_base_new, import_init, import_str, exc_base_repr,
                  import_members, import_getsets, NULL},
  [FAM_ATTRIBUTE] = {sizeof(AttributeErrorObj), attribute_fields, exc_base_new, attribute_init, exc_base_str,
                     exc_base_repr, attribute_members, NULL, NULL},
  [FAM_NAME] = {sizeof(NameErrorObj), name_fields, exc_base_new, name_init, exc_base_str, exc_base_repr,
                name_members, NULL, NULL},
  [FAM_OSERROR] = {sizeof(OSErrorObj), oserror_fields, oserror_new, oserror_init, oserror_str, exc_base_repr,
                   oserror_members, oserror_getsets, NULL},
  [FAM_SYNTAX] = {sizeof(SyntaxErrorObj), syntax_fields, exc_base_new, syntax_init, syntax_str, exc_base_repr,
                  syntax_members, syntax_getsets, NULL},
  [FAM_UNICODE_DECODE] = {sizeof(UnicodeErrorObj), unicode_fields, exc_base_new, udecode_init, udecode_str,
                          exc_base_repr, unicode_members, unicode_getsets, NULL},
  [FAM_UNICODE_ENCODE] = {sizeof(UnicodeErrorObj), unicode_fields, exc_base_new, uencode_init, uencode_str,
                          exc_base_repr, unicode_members, unicode_getsets, NULL},
  [FAM_UNICODE_TRANSLATE] = {sizeof(UnicodeErrorObj), unicode_fields, exc_base_new, utranslate_init,
                             utranslate_str, exc_base_repr, unicode_members, unicode_getsets, NULL},
  [FAM_GROUP] = {sizeof(GroupObj), group_fields, group_new, group_init, group_str, exc_base_repr, group_members,
                 NULL, group_methods},
};

/* ---- one dealloc / traverse / clear for every family ------------------------------------------ */

static const ExcFamilyDef *family_of(Obj *o) { return (const ExcFamilyDef *)type_solid_base(o->type)->extra; }

#define FIELD(o, off) (*(Obj **)((char *)(o) + (off)))

static void exc_clear(Obj *o) {
  ExcObj *e = AS_EXC(o);
  CLEAR(e->dict);
  CLEAR(e->args);
  CLEAR(e->traceback);
  CLEAR(e->context);
  CLEAR(e->cause);
  for (const size_t *f = family_of(o)->fields; *f; f++) CLEAR(FIELD(o, *f));
}

static void exc_dealloc(Obj *o) {
  exc_clear(o);
  obj_free_mem(o);
}

static int exc_traverse(Obj *o, VisitFn visit, void *arg) {
  ExcObj *e = AS_EXC(o);
  Obj *own[] = {e->dict, e->args, e->traceback, e->context, e->cause};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    if (own[i] && visit(own[i], arg)) return 1;
  for (const size_t *f = family_of(o)->fields; *f; f++)
    if (FIELD(o, *f) && visit(FIELD(o, *f), arg)) return 1;
  return 0;
}

/* ---- building the classes ----------------------------------------------------------------------- */

typedef struct ExcClassDef {
  const char *name;
  enum ExcId base;
  enum ExcFamily family;
  PyVersion since;
} ExcClassDef;

static const ExcClassDef exc_classes[EXC_COUNT] = {
#define X(name, base, family, since) {#name, EXC_##base, FAM_##family, since},
  EXC_TABLE(X)
#undef X
};

Type exc_types_table[EXC_COUNT];

/* ExceptionGroup(BaseExceptionGroup, Exception): the one class with two
 * bases. Its bases and MRO are set before type_ready, which keeps them;
 * both bases come earlier in the table, so they are ready already. */
static int set_group_bases(Type *types) {
  Type *eg = &types[EXC_ExceptionGroup];
  Obj *bases = tuple_pack(NULL, 2, (Obj *)&types[EXC_BaseExceptionGroup], (Obj *)&types[EXC_Exception]);
  if (!bases) return -1;
  bases->rc = IMMORTAL_RC;
  eg->bases = bases;
  Obj *order[] = {(Obj *)eg, (Obj *)&types[EXC_BaseExceptionGroup], (Obj *)&types[EXC_Exception],
                  (Obj *)&types[EXC_BaseException], (Obj *)&ObjectType};
  Obj *mro = tuple_new(NULL, 5);
  if (!mro) return -1;
  mro->rc = IMMORTAL_RC;
  for (int i = 0; i < 5; i++) AS_TUPLE(mro)->items[i] = order[i];
  eg->mro = mro;
  return 0;
}

static int build_classes(Type *types) {
  for (int i = 0; i < EXC_COUNT; i++) {
    const ExcClassDef *c = &exc_classes[i];
    const ExcFamilyDef *f = &exc_families[c->family];
    Type *t = &types[i];
    Type *base = i == EXC_BaseException ? &ObjectType : &types[c->base];
    int new_family = i == EXC_BaseException || exc_classes[c->base].family != c->family;
    *t = (Type){
      .ob = OBJ_HEAD_INIT(&TypeType),
      .name = c->name,
      .basicsize = f->basicsize,
      .flags = TF_BASETYPE | TF_GC | TF_EXC,
      .base = base,
      .dictoffset = offsetof(ExcObj, dict),
      .dealloc = exc_dealloc,
      .traverse = exc_traverse,
      .clear = exc_clear,
      .repr = f->repr,
      .repr_to = f->repr == exc_base_repr ? exc_base_repr_to : NULL,
      .str = f->str,
      .getattr = obj_generic_getattr,
      .setattr = obj_generic_setattr,
      .new_ = f->new_,
      .init = f->init,
      .extra = (void *)f,
    };
    if (i == EXC_BaseException) {
      t->getsets = exc_base_getsets;
      t->methods = exc_base_methods;
    } else if (new_family) {
      t->members = f->members;
      t->getsets = f->getsets;
      t->methods = f->methods;
    }
    if (i == EXC_ExceptionGroup && set_group_bases(types) < 0) return -1;
    if (type_ready(t) < 0) return -1;
  }
  return 0;
}

/* The classes are static and shared by every runtime; what differs between
 * versions (which classes exist, name_from, _metadata) is decided per
 * runtime when they are used. */
static Type *classes(void) {
  static int built;
  if (!built) {
    if (build_classes(exc_types_table) < 0) return NULL;
    built = 1;
  }
  return exc_types_table;
}

static void set_lower_layer_types(Type *types) {
#define X(name) exc_types.name = &types[EXC_##name];
  EXC_TYPES_USED_BELOW(X)
#undef X
}

static void on_raise(Rt *rt, Obj *exc) { exc_chain_context(rt, exc); }

struct ExcState { Type *types; };

int exc_init(Rt *rt) {
  Type *types = classes();
  if (!types) return -1;
  rt->excs = mem_calloc(1, sizeof(struct ExcState));
  if (!rt->excs) return -1;
  rt->excs->types = types;
  set_lower_layer_types(types);
  for (int i = 0; i < EXC_COUNT; i++) {
    if (rt->pyv < exc_classes[i].since) continue;
    if (dict_set_s(rt, rt->builtins, exc_classes[i].name, (Obj *)&types[i]) < 0) return -1;
  }
  if (dict_set_s(rt, rt->builtins, "EnvironmentError", (Obj *)&types[EXC_OSError]) < 0 ||
      dict_set_s(rt, rt->builtins, "IOError", (Obj *)&types[EXC_OSError]) < 0)
    return -1;
  rt->on_raise = on_raise;
  Obj *me = exc_base_new(rt, &types[EXC_MemoryError], tuple_empty(), NULL);
  if (!me) return -1;
  rt->memory_error = me;
  return 0;
}

void exc_fini(Rt *rt) {
  mem_free(rt->excs);
  rt->excs = NULL;
}

Type *exc_builtin(Rt *rt, const char *name) {
  Obj *v = dict_get_s(rt, rt->builtins, name);
  return v && is_exc_type(v) ? AS_TYPE(v) : NULL;
}

Type *exc_class(Rt *rt, enum ExcId id) { (void)rt; return &exc_types_table[id]; }
