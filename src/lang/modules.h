/* modules.h: module objects, the built-in functions, and the few modules
 * snippets import (sys, traceback, errno, os, warnings). */
#ifndef PX_MODULES_H
#define PX_MODULES_H
#include "lang/vm.h"

typedef struct Module { Obj ob; Obj *dict; } Module;
extern Type ModuleType;

Obj *module_new(Rt *rt, const char *name);
/* `import name`: a module of this runtime, made on first import. */
Obj *module_import(Rt *rt, Obj *name);
/* Runs Python source in a module's namespace (parts written in Python);
 * its frames show as "<frozen NAME>". 0, or -1 with an error pending. */
int  module_exec(Rt *rt, Obj *m, const char *source);
/* Adds functions from a table to a module's namespace. */
int  module_add_functions(Rt *rt, Obj *module, const MethodDef *defs);

/* format(value, spec) */
Obj *builtin_format(Rt *rt, Obj *v, Obj *spec);
/* print(*values, sep, end, file) to the program's stdout/stderr */
int  builtins_init(Rt *rt);
int  builtin_types_init(Rt *rt);

/* The modules: each fills a new module object. */
int  sys_module_init(Rt *rt, Obj *m);
int  traceback_module_init(Rt *rt, Obj *m);
int  errno_module_init(Rt *rt, Obj *m);
int  os_module_init(Rt *rt, Obj *m);
int  warnings_module_init(Rt *rt, Obj *m);   /* modules_warnings.c */

/* The closest of names to wrong, as CPython's _Py_CalculateSuggestions
 * (borrowed; NULL when none is close enough). */
Obj *lang_suggest(Obj *const *names, size_t n, Obj *wrong);

/* The Python function a property reads through (plain, not a generator),
 * or NULL: the VM runs it without C recursion. */
Obj *property_python_getter(Obj *descr);

/* Raises OSError (its subclass for the code) for the errno name on the
 * runtime's platform, as CPython's PyErr_SetFromErrnoWithFilenameObject;
 * filename may be NULL. Returns NULL. */
Obj *lang_oserror(Rt *rt, const char *errname, Obj *filename);

/* super() support: the class cell and first argument of the running frame. */
Obj *frame_super_args(Rt *rt, Frame *f, Obj **self);

#endif
