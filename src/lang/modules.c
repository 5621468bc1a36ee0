/* modules.c: module objects and `import`. Only the modules this runtime
 * models can be imported; a known standard module that it does not model
 * gets a clear message, any other name CPython's ModuleNotFoundError. */
#include "lang/modules.h"
#include "lang/compile.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "exc/exc.h"
#include "trace/stdlib_names.h"

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

/* The code object of a built-in module's Python source, compiled once per
 * runtime: code objects are immutable, so fresh runs re-execute the cached
 * code (as a new process would run the frozen module) without re-parsing.
 * The cache (LangState.frozen) is keyed by the source text, which only ever
 * belongs to one module. Returns a new reference, or NULL with an error. */
static Obj *frozen_code(Rt *rt, Obj *m, const char *source) {
  LangState *L = LANG(rt);
  if (!L->frozen && !(L->frozen = dict_new(rt))) return NULL;
  Obj *key = str_from_c(rt, source);
  if (!key) return NULL;
  Obj *code = dict_get(rt, L->frozen, key);
  if (code || err_occurred(rt)) { decref(key); return xincref(code); }
  Obj *fname = str_fromf(rt, "<frozen %U>", dict_get_s(rt, ((Module *)m)->dict, "__name__"));
  Ast ast;
  if (fname && ast_parse(rt, source, strlen(source), fname, &ast) == 0) {
    code = compile_module(rt, &ast, fname);
    ast_free(&ast);
  }
  xdecref(fname);
  if (code && dict_set(rt, L->frozen, key, code) < 0) CLEAR(code);
  decref(key);
  return code;
}

int module_exec(Rt *rt, Obj *m, const char *source) {
  Obj *code = frozen_code(rt, m, source);
  if (!code) return -1;
  Obj *d = ((Module *)m)->dict;
  Frame *f = frame_new(rt, (Code *)code, d, rt->builtins, d);
  decref(code);
  if (!f) return -1;
  Obj *r = vm_enter_frame(rt) == 0 ? (f->depth_counted = 1, vm_run(rt, f, 0)) : NULL;
  decref((Obj *)f);
  if (!r) return -1;
  decref(r);
  return 0;
}

/* Lib/__future__.py: the features and their releases. */
static int future_module_init(Rt *rt, Obj *m) {
  return module_exec(rt, m,
    "all_feature_names = ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',\n"
    "                     'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']\n"
    "__all__ = ['all_feature_names'] + all_feature_names\n"
    "CO_NESTED = 0x0010\nCO_GENERATOR_ALLOWED = 0\nCO_FUTURE_DIVISION = 0x20000\n"
    "CO_FUTURE_ABSOLUTE_IMPORT = 0x40000\nCO_FUTURE_WITH_STATEMENT = 0x80000\nCO_FUTURE_PRINT_FUNCTION = 0x100000\n"
    "CO_FUTURE_UNICODE_LITERALS = 0x200000\nCO_FUTURE_BARRY_AS_BDFL = 0x400000\nCO_FUTURE_GENERATOR_STOP = 0x800000\n"
    "CO_FUTURE_ANNOTATIONS = 0x1000000\n"
    "class _Feature:\n"
    "    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):\n"
    "        self.optional = optionalRelease\n"
    "        self.mandatory = mandatoryRelease\n"
    "        self.compiler_flag = compiler_flag\n"
    "    def getOptionalRelease(self):\n"
    "        return self.optional\n"
    "    def getMandatoryRelease(self):\n"
    "        return self.mandatory\n"
    "    def __repr__(self):\n"
    "        return '_Feature' + repr((self.optional, self.mandatory, self.compiler_flag))\n"
    "nested_scopes = _Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), CO_NESTED)\n"
    "generators = _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), CO_GENERATOR_ALLOWED)\n"
    "division = _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), CO_FUTURE_DIVISION)\n"
    "absolute_import = _Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), CO_FUTURE_ABSOLUTE_IMPORT)\n"
    "with_statement = _Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), CO_FUTURE_WITH_STATEMENT)\n"
    "print_function = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), CO_FUTURE_PRINT_FUNCTION)\n"
    "unicode_literals = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), CO_FUTURE_UNICODE_LITERALS)\n"
    "barry_as_FLUFL = _Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), CO_FUTURE_BARRY_AS_BDFL)\n"
    "generator_stop = _Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), CO_FUTURE_GENERATOR_STOP)\n"
    "annotations = _Feature((3, 7, 0, 'beta', 1), None, CO_FUTURE_ANNOTATIONS)\n");
}

static const ModuleDef builtin_modules[] = {
  {"__future__", future_module_init},
  {"sys", sys_module_init},
  {"traceback", traceback_module_init},
  {"errno", errno_module_init},
  {"os", os_module_init},
  {"warnings", warnings_module_init},
  {NULL, NULL}
};

/* Standard modules that exist in CPython but that pyexc does not model:
 * sys.stdlib_module_names (3.11 as 3.12). */
static int is_stdlib(Rt *rt, const char *name, size_t len) {
  unsigned bit = rt->pyv <= PY312 ? 2 : rt->pyv == PY313 ? 4 : 8;
  return (stdlib_name_mask(name, len) & bit) != 0;
}

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
  Obj *top = str_new(rt, s, toplen);
  if (top && is_stdlib(rt, s, toplen)) {
    err_format(rt, EXC(NotImplementedError), "pyexc does not support the module '%U'", top);
    decref(top);
    return NULL;
  }
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
