/* generic_alias.c: types.GenericAlias, what list[int] and dict[str, int]
 * are (the __class_getitem__ of the built-in containers, and type[...]):
 * its repr, __origin__/__args__/__parameters__, equality, hashing, and
 * calls that make an instance of the origin. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include <stdio.h>

typedef struct Alias { Obj ob; Obj *origin, *args; } Alias;

extern Type GenericAliasType;

Obj *generic_alias_new(Rt *rt, Obj *origin, Obj *args) {
  if (!(GenericAliasType.flags & TF_READY) && type_ready(&GenericAliasType) < 0) return err_nomem(rt);
  Alias *a = (Alias *)obj_alloc(rt, &GenericAliasType, sizeof(Alias));
  if (!a) return NULL;
  a->origin = incref(origin);
  a->args = IS_TUPLE(args) ? incref(args) : tuple_pack(rt, 1, args);
  if (!a->args) { decref((Obj *)a); return NULL; }
  return (Obj *)a;
}

/* An argument as typing shows it: a class by its (module-qualified) name,
 * ... for Ellipsis, anything else by repr. */
static int arg_repr(Rt *rt, StrBuf *b, Obj *p) {
  if (p == &EllipsisObj) { sb_adds(b, "..."); return 0; }
  if (IS_TYPE(p) && !is_type(p, &GenericAliasType)) {
    Type *t = AS_TYPE(p);
    Obj *q = t->qualname ? incref(t->qualname) : str_from_c(rt, t->name);
    if (!q) return -1;
    if (t->module && !str_eq_c(t->module, "builtins")) {
      sb_add(b, str_c(t->module), str_len(t->module));
      sb_addc(b, '.');
    }
    sb_add(b, str_c(q), str_len(q));
    decref(q);
    return 0;
  }
  Obj *r = obj_repr(rt, p);
  if (!r) return -1;
  sb_add(b, str_c(r), str_len(r));
  decref(r);
  return 0;
}

static Obj *alias_repr(Rt *rt, Obj *o) {
  Alias *a = (Alias *)o;
  StrBuf b = SB_INIT;
  if (arg_repr(rt, &b, a->origin) < 0) { sb_free(&b); return NULL; }
  sb_addc(&b, '[');
  size_t n = tuple_len(a->args);
  if (n == 0) sb_adds(&b, "()");
  for (size_t i = 0; i < n; i++) {
    if (i) sb_adds(&b, ", ");
    Obj *x = tuple_get(a->args, i);
    int r;
    if (IS_LIST(x)) {   /* Callable[[int], str] style */
      sb_addc(&b, '[');
      r = 0;
      for (size_t j = 0; r == 0 && j < list_len(x); j++) {
        if (j) sb_adds(&b, ", ");
        r = arg_repr(rt, &b, list_get(x, j));
      }
      sb_addc(&b, ']');
    } else {
      r = arg_repr(rt, &b, x);
    }
    if (r < 0) { sb_free(&b); return NULL; }
  }
  sb_addc(&b, ']');
  return str_from_buf(rt, &b);
}

static Obj *alias_richcmp(Rt *rt, Obj *x, Obj *y, int op) {
  if (!is_type(y, &GenericAliasType) || (op != CMP_EQ && op != CMP_NE)) return incref(NotImpl);
  Alias *a = (Alias *)x, *b = (Alias *)y;
  int eq = obj_eq(rt, a->origin, b->origin);
  if (eq > 0) eq = obj_eq(rt, a->args, b->args);
  if (eq < 0) return NULL;
  return incref(bool_obj(op == CMP_EQ ? eq : !eq));
}

static int64_t alias_hash(Rt *rt, Obj *o) {
  Alias *a = (Alias *)o;
  int64_t h0 = obj_hash(rt, a->origin), h1 = h0 == -1 ? -1 : obj_hash(rt, a->args);
  if (h1 == -1) return -1;
  int64_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

/* Attributes other than the alias's own come from the origin
 * (list[int].append is list.append), as CPython's ga_getattro. */
static Obj *alias_getattr(Rt *rt, Obj *o, Obj *name) {
  static const char *const own[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                    "__reduce__", "__copy__", "__deepcopy__"};
  for (size_t i = 0; i < sizeof own / sizeof *own; i++)
    if (str_eq_c(name, own[i])) return obj_generic_getattr(rt, o, name);
  return obj_getattr(rt, ((Alias *)o)->origin, name);
}

static Obj *alias_call(Rt *rt, Obj *o, Obj *const *argv, size_t argc, Obj *kwnames) {
  return obj_call(rt, ((Alias *)o)->origin, argv, argc, kwnames);
}

static Obj *get_origin(Rt *rt, Obj *o) { (void)rt; return incref(((Alias *)o)->origin); }
static Obj *get_args(Rt *rt, Obj *o) { (void)rt; return incref(((Alias *)o)->args); }
static Obj *get_parameters(Rt *rt, Obj *o) { (void)rt; (void)o; return incref(tuple_empty()); }

static const GetSetDef alias_getsets[] = {
  {"__origin__", get_origin, NULL},
  {"__args__", get_args, NULL},
  {"__parameters__", get_parameters, NULL},
  {NULL, NULL, NULL}
};

static void alias_dealloc(Obj *o) {
  CLEAR(((Alias *)o)->origin);
  CLEAR(((Alias *)o)->args);
  obj_free_mem(o);
}
static int alias_traverse(Obj *o, VisitFn visit, void *arg) {
  Alias *a = (Alias *)o;
  return (a->origin && visit(a->origin, arg)) || (a->args && visit(a->args, arg));
}
static void alias_clear(Obj *o) {
  CLEAR(((Alias *)o)->origin);
  CLEAR(((Alias *)o)->args);
}

Type GenericAliasType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "types.GenericAlias",
  .basicsize = sizeof(Alias),
  .flags = TF_GC,
  .dealloc = alias_dealloc,
  .traverse = alias_traverse,
  .clear = alias_clear,
  .repr = alias_repr,
  .hash = alias_hash,
  .richcmp = alias_richcmp,
  .call = alias_call,
  .getattr = alias_getattr,
  .getsets = alias_getsets,
};

/* list.__class_getitem__(int) and friends (a class method). */
Obj *class_getitem_m(Rt *rt, Obj *cls, Obj *const *argv, size_t argc, Obj *kwnames) {
  char q[80];
  snprintf(q, sizeof q, "%s.__class_getitem__", IS_TYPE(cls) ? AS_TYPE(cls)->name : type_name(cls));
  if (args_one(rt, q, argc, kwnames) < 0) return NULL;
  return generic_alias_new(rt, cls, argv[0]);
}
