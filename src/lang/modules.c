/* modules.c: module objects and `import`. Only the modules this runtime
 * models can be imported; a known standard module that it does not model
 * gets a clear message, any other name CPython's ModuleNotFoundError. */
#include "lang/modules.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "exc/exc.h"

Obj *module_new(Rt *rt, const char *name) {
  Module *m = (Module *)obj_alloc(rt, &ModuleType, sizeof(Module));
  if (!m) return NULL;
  m->dict = dict_new(rt);
  Obj *n = str_from_c(rt, name);
  if (!m->dict || !n || dict_set_s(rt, m->dict, "__name__", n) < 0 || dict_set_s(rt, m->dict, "__doc__", None) < 0) {
    xdecref(n);
    decref((Obj *)m);
    return NULL;
  }
  decref(n);
  return (Obj *)m;
}

int module_add_functions(Rt *rt, Obj *module, const MethodDef *defs) {
  Obj *name = dict_get_s(rt, ((Module *)module)->dict, "__name__");
  for (const MethodDef *d = defs; d->name; d++) {
    Obj *f = cfunc_new(rt, d, module, name);
    if (!f) return -1;
    int r = dict_set_s(rt, ((Module *)module)->dict, d->name, f);
    decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

static void module_dealloc(Obj *o) {
  CLEAR(((Module *)o)->dict);
  obj_free_mem(o);
}
static int module_traverse(Obj *o, VisitFn visit, void *arg) {
  Obj *d = ((Module *)o)->dict;
  return d ? visit(d, arg) : 0;
}
static void module_clear(Obj *o) { CLEAR(((Module *)o)->dict); }

static Obj *module_repr(Rt *rt, Obj *o) {
  Obj *name = dict_get_s(rt, ((Module *)o)->dict, "__name__");
  if (!name) return str_from_c(rt, "<module '?'>");
  if (str_eq_c(name, "sys") || str_eq_c(name, "builtins") || str_eq_c(name, "errno"))
    return str_fromf(rt, "<module '%U' (built-in)>", name);
  return str_fromf(rt, "<module '%U'>", name);
}

static Obj *module_getattr(Rt *rt, Obj *o, Obj *name) {
  Obj *v = dict_get(rt, ((Module *)o)->dict, name);
  if (v) return incref(v);
  if (err_occurred(rt)) return NULL;
  if (str_eq_c(name, "__dict__")) return incref(((Module *)o)->dict);
  Obj *r = obj_generic_getattr(rt, o, name);
  if (r || !err_matches(rt, EXC(AttributeError))) return r;
  err_clear(rt);
  Obj *mname = dict_get_s(rt, ((Module *)o)->dict, "__name__");
  err_format(rt, EXC(AttributeError), "module '%U' has no attribute '%U'", mname ? mname : str_static("?"), name);
  if (rt->exc) {
    Obj *e = err_fetch(rt);
    if (obj_setattr_s(rt, e, "name", name) < 0 || obj_setattr_s(rt, e, "obj", o) < 0) err_clear(rt);
    err_restore(rt, e);
  }
  return NULL;
}

static int module_setattr(Rt *rt, Obj *o, Obj *name, Obj *value) {
  if (!value) {
    if (dict_get(rt, ((Module *)o)->dict, name)) return dict_del(rt, ((Module *)o)->dict, name);
    Obj *mname = dict_get_s(rt, ((Module *)o)->dict, "__name__");
    return err_format_i(rt, EXC(AttributeError), "module '%U' has no attribute '%U'", mname, name);
  }
  return dict_set(rt, ((Module *)o)->dict, name, value);
}

Type ModuleType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "module",
  .basicsize = sizeof(Module),
  .flags = TF_GC,
  .dictoffset = offsetof(Module, dict),
  .dealloc = module_dealloc,
  .traverse = module_traverse,
  .clear = module_clear,
  .repr = module_repr,
  .getattr = module_getattr,
  .setattr = module_setattr,
};

/* ---- import ----------------------------------------------------------------------------- */

typedef struct ModuleDef { const char *name; int (*init)(Rt *rt, Obj *m); } ModuleDef;

static const ModuleDef builtin_modules[] = {
  {"sys", sys_module_init},
  {"traceback", traceback_module_init},
  {"errno", errno_module_init},
  {"os", os_module_init},
  {NULL, NULL}
};

/* Standard modules that exist in CPython but that pyexc does not model. */
static const char *const stdlib_modules[] = {
  "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "cmath",
  "codecs", "collections", "contextlib", "copy", "csv", "dataclasses", "datetime", "decimal", "difflib",
  "dis", "enum", "fractions", "functools", "gc", "glob", "hashlib", "heapq", "html", "http", "inspect",
  "io", "itertools", "json", "keyword", "linecache", "locale", "logging", "math", "numbers", "operator",
  "pathlib", "pickle", "platform", "pprint", "queue", "random", "re", "shutil", "signal", "socket",
  "sqlite3", "statistics", "string", "struct", "subprocess", "tempfile", "textwrap", "threading", "time",
  "timeit", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "warnings", "weakref", "zlib",
  NULL
};

Obj *module_import(Rt *rt, Obj *name) {
  LangState *L = LANG(rt);
  Obj *m = dict_get(rt, L->modules, name);
  if (m) return incref(m);
  if (err_occurred(rt)) return NULL;
  for (const ModuleDef *d = builtin_modules; d->name; d++) {
    if (!str_eq_c(name, d->name)) continue;
    m = module_new(rt, d->name);
    if (!m) return NULL;
    if (d->init(rt, m) < 0 || dict_set(rt, L->modules, name, m) < 0) { decref(m); return NULL; }
    return m;
  }
  const char *s = str_c(name), *dot = strchr(s, '.');
  size_t toplen = dot ? (size_t)(dot - s) : strlen(s);
  for (const char *const *k = stdlib_modules; *k; k++)
    if (strlen(*k) == toplen && strncmp(*k, s, toplen) == 0)
      return err_format(rt, EXC(NotImplementedError), "pyexc does not support the module '%s'", *k);
  Obj *top = str_new(rt, s, toplen);
  if (!top) return NULL;
  err_format(rt, EXC(ModuleNotFoundError), "No module named '%U'", top);
  if (rt->exc) {
    Obj *e = err_fetch(rt);
    if (obj_setattr_s(rt, e, "name", top) < 0) err_clear(rt);
    err_restore(rt, e);
  }
  decref(top);
  return NULL;
}
