/* args.c: argument checks for built-in functions, with CPython's wording. */
#include "obj/args.h"
#include "obj/err.h"
#include "obj/seq.h"
#include "obj/str.h"

int args_no_kw(Rt *rt, const char *fname, Obj *kwnames) {
  if (kwnames && tuple_len(kwnames))
    return err_format_i(rt, EXC(TypeError), "%s() takes no keyword arguments", fname);
  return 0;
}

int args_count(Rt *rt, const char *fname, size_t argc, size_t min, size_t max) {
  if (argc >= min && argc <= max) return 0;
  if (min == max) {
    if (min == 0) return err_format_i(rt, EXC(TypeError), "%s() takes no arguments (%zu given)", fname, argc);
    if (min == 1) return err_format_i(rt, EXC(TypeError), "%s() takes exactly one argument (%zu given)", fname, argc);
    return err_format_i(rt, EXC(TypeError), "%s expected %zu arguments, got %zu", fname, min, argc);
  }
  if (argc < min)
    return err_format_i(rt, EXC(TypeError), "%s expected at least %zu argument%s, got %zu", fname, min,
                        min == 1 ? "" : "s", argc);
  return err_format_i(rt, EXC(TypeError), "%s expected at most %zu argument%s, got %zu", fname, max,
                      max == 1 ? "" : "s", argc);
}

int args_bind(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames,
              const char *const *names, size_t nnames, size_t required, Obj **out) {
  for (size_t i = 0; i < nnames; i++) out[i] = NULL;
  if (argc > nnames)
    return err_format_i(rt, EXC(TypeError), "%s() takes at most %zu argument%s (%zu given)", fname, nnames,
                        nnames == 1 ? "" : "s", argc);
  for (size_t i = 0; i < argc; i++) out[i] = argv[i];
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nk; k++) {
    Obj *name = tuple_get(kwnames, k);
    size_t i = 0;
    while (i < nnames && !str_eq_c(name, names[i])) i++;
    if (i == nnames)
      return err_format_i(rt, EXC(TypeError), "%s() got an unexpected keyword argument '%U'", fname, name);
    if (out[i])
      return err_format_i(rt, EXC(TypeError), "argument for %s() given by name ('%s') and position (%zu)", fname,
                          names[i], i + 1);
    out[i] = argv[argc + k];
  }
  for (size_t i = 0; i < required; i++)
    if (!out[i])
      return err_format_i(rt, EXC(TypeError), "%s() missing required argument '%s' (pos %zu)", fname, names[i],
                          i + 1);
  return 0;
}

int args_pack(Rt *rt, Obj *const *argv, size_t argc, Obj *kwnames, Obj **args, Obj **kwargs) {
  *args = tuple_from(rt, argv, argc);
  *kwargs = NULL;
  if (!*args) return -1;
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  if (!nk) return 0;
  *kwargs = dict_new(rt);
  if (!*kwargs) { CLEAR(*args); return -1; }
  for (size_t k = 0; k < nk; k++)
    if (dict_set(rt, *kwargs, tuple_get(kwnames, k), argv[argc + k]) < 0) {
      CLEAR(*args);
      CLEAR(*kwargs);
      return -1;
    }
  return 0;
}
