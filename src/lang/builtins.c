/* builtins.c: the built-in functions, with CPython's argument checks and
 * messages, and the builtins namespace. */
#include "lang/modules.h"
#include "lang/vm_ops.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/args.h"
#include "exc/exc.h"
#include "base/utf8.h"
#include "base/mem.h"
#include "base/strtod.h"
#include <math.h>
#include <stdlib.h>
#include <stdio.h>

#define B(name) static Obj *bi_##name(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames)
#define UNUSED (void)self

/* ---- output ------------------------------------------------------------------------- */

int lang_write(Rt *rt, int to_err, const char *s, size_t n) {
  StrBuf *b = to_err ? &LANG(rt)->err : &LANG(rt)->out;
  sb_add(b, s, n);
  if (sb_failed(b)) { err_nomem(rt); return -1; }
  return 0;
}

/* Writes text to a file-like object: sys.stdout/stderr go to the run's
 * buffers, anything else through its write method. */
static int write_to(Rt *rt, Obj *file, Obj *text) {
  if (!file || file == None) return lang_write(rt, 0, str_c(text), str_len(text));
  Obj *r = obj_call_method(rt, file, "write", &text, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

B(print) {
  UNUSED;
  static const char *const kw[] = {"sep", "end", "file", "flush"};
  Obj *opt[4] = {NULL, NULL, NULL, NULL};
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nk; k++) {
    Obj *name = tuple_get(kwnames, k);
    size_t i = 0;
    while (i < 4 && !str_eq_c(name, kw[i])) i++;
    if (i == 4) return err_format(rt, EXC(TypeError), "'%U' is an invalid keyword argument for print()", name);
    opt[i] = argv[argc + k];
  }
  for (int i = 0; i < 2; i++)
    if (opt[i] && opt[i] != None && !IS_STR(opt[i]))
      return err_format(rt, EXC(TypeError), "%s must be None or a string, not %s", kw[i], type_name(opt[i]));
  Obj *file = opt[2] && opt[2] != None ? opt[2] : NULL;
  if (!file) {
    Obj *sys = dict_get_s(rt, LANG(rt)->modules, "sys");
    if (sys) {
      file = obj_getattr_s(rt, sys, "stdout");
      if (!file) return NULL;
      if (file == None) { decref(file); return incref(None); }
    }
  } else {
    incref(file);
  }
  Obj *sep = opt[0] && opt[0] != None ? opt[0] : NULL, *end = opt[1] && opt[1] != None ? opt[1] : NULL;
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < argc; i++) {
    if (i) { if (sep) sb_add(&b, str_c(sep), str_len(sep)); else sb_addc(&b, ' '); }
    Obj *s = obj_str(rt, argv[i]);
    if (!s) { sb_free(&b); xdecref(file); return NULL; }
    sb_add(&b, str_c(s), str_len(s));
    decref(s);
  }
  if (end) sb_add(&b, str_c(end), str_len(end));
  else sb_addc(&b, '\n');
  Obj *text = str_from_buf(rt, &b);
  int r = text ? write_to(rt, file, text) : -1;
  xdecref(text);
  xdecref(file);
  return r < 0 ? NULL : incref(None);
}

/* ---- one-argument functions ------------------------------------------------------------ */

static int one_arg(Rt *rt, const char *name, size_t argc, Obj *kwnames) {
  if (args_no_kw(rt, name, kwnames) < 0) return -1;
  return args_count(rt, name, argc, 1, 1);
}

B(repr) { UNUSED; return one_arg(rt, "repr", argc, kwnames) < 0 ? NULL : obj_repr(rt, argv[0]); }
B(ascii) { UNUSED; return one_arg(rt, "ascii", argc, kwnames) < 0 ? NULL : obj_ascii(rt, argv[0]); }
B(len) {
  UNUSED;
  if (one_arg(rt, "len", argc, kwnames) < 0) return NULL;
  int64_t n = obj_len(rt, argv[0]);
  return n < 0 ? NULL : int_from_i64(rt, n);
}
B(id) {
  UNUSED;
  if (one_arg(rt, "id", argc, kwnames) < 0) return NULL;
  return int_from_i64(rt, (int64_t)(uintptr_t)argv[0]);
}
B(hash) {
  UNUSED;
  if (one_arg(rt, "hash", argc, kwnames) < 0) return NULL;
  int64_t h = obj_hash(rt, argv[0]);
  return h == -1 && err_occurred(rt) ? NULL : int_from_i64(rt, h);
}
B(callable) {
  UNUSED;
  if (one_arg(rt, "callable", argc, kwnames) < 0) return NULL;
  return incref(bool_obj(obj_callable(argv[0])));
}
B(abs) { UNUSED; return one_arg(rt, "abs", argc, kwnames) < 0 ? NULL : num_abs(rt, argv[0]); }

B(chr) {
  UNUSED;
  if (one_arg(rt, "chr", argc, kwnames) < 0) return NULL;
  int64_t c;
  if (!IS_INT(argv[0]))
    return err_format(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(argv[0]));
  if (int_as_i64(argv[0], &c) < 0) return err_str(rt, EXC(OverflowError), "Python int too large to convert to C int");
  if (c < 0 || c > 0x10FFFF) return err_str(rt, EXC(ValueError), "chr() arg not in range(0x110000)");
  char buf[4];
  return str_new(rt, buf, utf8_encode((uint32_t)c, buf));
}

B(ord) {
  UNUSED;
  if (one_arg(rt, "ord", argc, kwnames) < 0) return NULL;
  Obj *o = argv[0];
  if (IS_STR(o)) {
    if (AS_STR(o)->cplen != 1)
      return err_format(rt, EXC(TypeError), "ord() expected a character, but string of length %zu found",
                        AS_STR(o)->cplen);
    return int_from_i64(rt, str_char_at(o, 0));
  }
  size_t n;
  const char *d = bytes_data(o, &n);
  if (d) {
    if (n != 1) return err_format(rt, EXC(TypeError), "ord() expected a character, but string of length %zu found", n);
    return int_from_i64(rt, (unsigned char)d[0]);
  }
  return err_format(rt, EXC(TypeError), "ord() expected string of length 1, but %s found", type_name(o));
}

static Obj *int_text(Rt *rt, Obj *x, int base, const char *prefix) {
  Obj *i = num_index(rt, x);
  if (!i) return NULL;
  BigInt *b = int_to_big(i);
  decref(i);
  if (!b) return err_nomem(rt);
  size_t len;
  char *s = bn_to_str(b, base, &len);
  bn_free(b);
  if (!s) return err_nomem(rt);
  Obj *r = s[0] == '-' ? str_fromf(rt, "-%s%s", prefix, s + 1) : str_fromf(rt, "%s%s", prefix, s);
  mem_free(s);
  return r;
}
B(hex) { UNUSED; return one_arg(rt, "hex", argc, kwnames) < 0 ? NULL : int_text(rt, argv[0], 16, "0x"); }
B(oct) { UNUSED; return one_arg(rt, "oct", argc, kwnames) < 0 ? NULL : int_text(rt, argv[0], 8, "0o"); }
B(bin) { UNUSED; return one_arg(rt, "bin", argc, kwnames) < 0 ? NULL : int_text(rt, argv[0], 2, "0b"); }

/* ---- classes and attributes --------------------------------------------------------------- */

static int class_matches(Rt *rt, Obj *cls, int (*test)(Rt *, Obj *, Obj *), Obj *x, const char *fname) {
  if (is_type(cls, &TupleType)) {
    for (size_t i = 0; i < tuple_len(cls); i++) {
      int r = class_matches(rt, tuple_get(cls, i), test, x, fname);
      if (r) return r;
    }
    return 0;
  }
  if (!IS_TYPE(cls))
    return err_format_i(rt, EXC(TypeError), strcmp(fname, "issubclass")
                                              ? "%s() arg 2 must be a type, a tuple of types, or a union"
                                              : "%s() arg 2 must be a class, a tuple of classes, or a union",
                        fname);
  return test(rt, x, cls);
}

static int test_instance(Rt *rt, Obj *x, Obj *cls) {
  (void)rt;
  if (is_inst(x, AS_TYPE(cls))) return 1;
  /* __class__ may differ from type(x) */
  return 0;
}

static int test_subclass(Rt *rt, Obj *x, Obj *cls) { (void)rt; return type_is_subtype(AS_TYPE(x), AS_TYPE(cls)); }

B(isinstance) {
  UNUSED;
  if (args_no_kw(rt, "isinstance", kwnames) < 0 || args_count(rt, "isinstance", argc, 2, 2) < 0) return NULL;
  int r = class_matches(rt, argv[1], test_instance, argv[0], "isinstance");
  return r < 0 ? NULL : incref(bool_obj(r));
}

B(issubclass) {
  UNUSED;
  if (args_no_kw(rt, "issubclass", kwnames) < 0 || args_count(rt, "issubclass", argc, 2, 2) < 0) return NULL;
  if (!IS_TYPE(argv[0])) return err_str(rt, EXC(TypeError), "issubclass() arg 1 must be a class");
  int r = class_matches(rt, argv[1], test_subclass, argv[0], "issubclass");
  return r < 0 ? NULL : incref(bool_obj(r));
}

static int attr_name(Rt *rt, Obj *name, const char *fname) {
  if (IS_STR(name)) return 0;
  (void)fname;
  return err_format_i(rt, EXC(TypeError), "attribute name must be string, not '%s'", type_name(name));
}

B(getattr) {
  UNUSED;
  if (args_no_kw(rt, "getattr", kwnames) < 0) return NULL;
  if (argc < 2) return err_format(rt, EXC(TypeError), "getattr expected at least 2 arguments, got %zu", argc);
  if (argc > 3) return err_format(rt, EXC(TypeError), "getattr expected at most 3 arguments, got %zu", argc);
  if (attr_name(rt, argv[1], "getattr") < 0) return NULL;
  Obj *v = obj_getattr(rt, argv[0], argv[1]);
  if (!v && argc == 3 && err_matches(rt, EXC(AttributeError))) {
    err_clear(rt);
    return incref(argv[2]);
  }
  if (!v) op_attr_error_context(rt, argv[0], argv[1]);
  return v;
}

B(hasattr) {
  UNUSED;
  if (args_no_kw(rt, "hasattr", kwnames) < 0 || args_count(rt, "hasattr", argc, 2, 2) < 0) return NULL;
  if (attr_name(rt, argv[1], "hasattr") < 0) return NULL;
  Obj *v = obj_getattr(rt, argv[0], argv[1]);
  if (v) { decref(v); return incref(Py_True); }
  if (!err_matches(rt, EXC(AttributeError))) return NULL;
  err_clear(rt);
  return incref(Py_False);
}

B(setattr) {
  UNUSED;
  if (args_no_kw(rt, "setattr", kwnames) < 0 || args_count(rt, "setattr", argc, 3, 3) < 0) return NULL;
  if (attr_name(rt, argv[1], "setattr") < 0) return NULL;
  return obj_setattr(rt, argv[0], argv[1], argv[2]) < 0 ? NULL : incref(None);
}

B(delattr) {
  UNUSED;
  if (args_no_kw(rt, "delattr", kwnames) < 0 || args_count(rt, "delattr", argc, 2, 2) < 0) return NULL;
  if (attr_name(rt, argv[1], "delattr") < 0) return NULL;
  return obj_setattr(rt, argv[0], argv[1], NULL) < 0 ? NULL : incref(None);
}

/* ---- iteration ---------------------------------------------------------------------------- */

B(iter) {
  UNUSED;
  if (args_no_kw(rt, "iter", kwnames) < 0 || args_count(rt, "iter", argc, 1, 2) < 0) return NULL;
  if (argc == 2) return err_str(rt, EXC(NotImplementedError), "pyexc does not support iter(callable, sentinel)");
  return obj_iter(rt, argv[0]);
}

B(next) {
  UNUSED;
  if (args_no_kw(rt, "next", kwnames) < 0 || args_count(rt, "next", argc, 1, 2) < 0) return NULL;
  Obj *it = argv[0];
  if (!it->type->next) return err_format(rt, EXC(TypeError), "'%s' object is not an iterator", type_name(it));
  Obj *v = it->type->next(rt, it);
  if (v) return v;
  if (err_occurred(rt)) {
    if (argc == 2 && err_matches(rt, EXC(StopIteration))) { err_clear(rt); return incref(argv[1]); }
    return NULL;
  }
  if (argc == 2) return incref(argv[1]);
  return err_set(rt, EXC(StopIteration), NULL);
}

static Obj *fold(Rt *rt, Obj *const *argv, size_t argc, Obj *kwnames, int op, const char *name) {
  Obj *key = NULL, *dflt = NULL;
  size_t nk = kwnames ? tuple_len(kwnames) : 0;
  for (size_t k = 0; k < nk; k++) {
    Obj *n = tuple_get(kwnames, k);
    if (str_eq_c(n, "key")) key = argv[argc + k];
    else if (str_eq_c(n, "default")) dflt = argv[argc + k];
    else return err_format(rt, EXC(TypeError), "%s() got an unexpected keyword argument '%U'", name, n);
  }
  if (key == None) key = NULL;
  if (argc == 0) return err_format(rt, EXC(TypeError), "%s expected at least 1 argument, got 0", name);
  if (argc > 1 && dflt)
    return err_format(rt, EXC(TypeError), "Cannot specify a default for %s() with multiple positional arguments", name);
  Obj *seq = argc == 1 ? obj_to_list(rt, argv[0]) : list_from(rt, argv, argc);
  if (!seq) return NULL;
  Obj *best = NULL, *bestkey = NULL;
  for (size_t i = 0; i < list_len(seq); i++) {
    Obj *item = list_get(seq, i), *k = key ? obj_call1(rt, key, item) : incref(item);
    if (!k) goto fail;
    if (!best) { best = item; bestkey = k; continue; }
    int better = obj_richcmp_bool(rt, k, bestkey, op);
    if (better < 0) { decref(k); goto fail; }
    if (better) { best = item; SETREF(bestkey, k); } else decref(k);
  }
  if (!best) {
    decref(seq);
    if (dflt) return incref(dflt);
    if (rt->pyv >= PY312) return err_format(rt, EXC(ValueError), "%s() iterable argument is empty", name);
    return err_format(rt, EXC(ValueError), "%s() arg is an empty sequence", name);
  }
  incref(best);
  decref(seq);
  decref(bestkey);
  return best;
fail:
  xdecref(bestkey);
  decref(seq);
  return NULL;
}

B(min) { UNUSED; return fold(rt, argv, argc, kwnames, CMP_LT, "min"); }
B(max) { UNUSED; return fold(rt, argv, argc, kwnames, CMP_GT, "max"); }

B(sum) {
  UNUSED;
  static const char *const names[] = {"", "start"};
  static const KwSpec spec = {"sum", names, 2, 1, 1, 2};
  Obj *a[2];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  Obj *start = a[1] ? a[1] : NULL;
  if (start && IS_STR(start)) return err_str(rt, EXC(TypeError), "sum() can't sum strings [use ''.join(seq) instead]");
  if (start && is_inst(start, &BytesType)) return err_str(rt, EXC(TypeError), "sum() can't sum bytes [use b''.join(seq) instead]");
  Obj *acc = start ? incref(start) : int_from_i64(rt, 0);
  Obj *it = acc ? obj_iter(rt, a[0]) : NULL, *x;
  if (!it) { xdecref(acc); return NULL; }
  while ((x = obj_next(rt, it))) {
    Obj *r = num_binop(rt, acc, x, OP_ADD);
    decref(x);
    decref(acc);
    acc = r;
    if (!acc) break;
  }
  decref(it);
  if (acc && err_occurred(rt)) CLEAR(acc);
  return acc;
}

static Obj *any_all(Rt *rt, Obj *const *argv, size_t argc, Obj *kwnames, int want, const char *name) {
  if (one_arg(rt, name, argc, kwnames) < 0) return NULL;
  Obj *it = obj_iter(rt, argv[0]), *x;
  if (!it) return NULL;
  while ((x = obj_next(rt, it))) {
    int t = obj_truth(rt, x);
    decref(x);
    if (t < 0) { decref(it); return NULL; }
    if (t == want) { decref(it); return incref(bool_obj(want)); }
  }
  decref(it);
  if (err_occurred(rt)) return NULL;
  return incref(bool_obj(!want));
}
B(any) { UNUSED; return any_all(rt, argv, argc, kwnames, 1, "any"); }
B(all) { UNUSED; return any_all(rt, argv, argc, kwnames, 0, "all"); }

/* As CPython: a new list, then its sort() with the keywords. */
B(sorted) {
  UNUSED;
  if (argc != 1) return err_format(rt, EXC(TypeError), "sorted expected 1 argument, got %zu", argc);
  Obj *l = obj_to_list(rt, argv[0]);
  if (!l) return NULL;
  Obj *sort = obj_getattr_s(rt, l, "sort"), *r = sort ? obj_call(rt, sort, argv + 1, 0, kwnames) : NULL;
  xdecref(sort);
  if (!r) { decref(l); return NULL; }
  decref(r);
  return l;
}

/* ---- numbers ------------------------------------------------------------------------------- */

B(divmod) {
  UNUSED;
  if (args_no_kw(rt, "divmod", kwnames) < 0 || args_count(rt, "divmod", argc, 2, 2) < 0) return NULL;
  Obj *a = argv[0], *b = argv[1];
  BinaryFn f = a->type->num ? a->type->num->divmod : NULL;
  Obj *r = f ? f(rt, a, b) : incref(NotImpl);
  if (r && r == NotImpl) {
    decref(r);
    f = b->type->num ? b->type->num->divmod : NULL;
    r = f ? f(rt, a, b) : incref(NotImpl);
  }
  if (r == NotImpl) {
    decref(r);
    return err_format(rt, EXC(TypeError), "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a),
                      type_name(b));
  }
  return r;
}

B(pow) {
  UNUSED;
  if (args_count(rt, "pow", argc, 2, 3) < 0) return NULL;
  if (argc == 3 && argv[2] != None) {
    Obj *(*p)(Rt *, Obj *, Obj *, Obj *) = argv[0]->type->num ? argv[0]->type->num->pow : NULL;
    if (!p) return err_format(rt, EXC(TypeError), "unsupported operand type(s) for pow(): '%s', '%s', '%s'",
                              type_name(argv[0]), type_name(argv[1]), type_name(argv[2]));
    return p(rt, argv[0], argv[1], argv[2]);
  }
  (void)kwnames;
  return num_binop(rt, argv[0], argv[1], OP_POW);
}

B(round) {
  UNUSED;
  static const char *const names[] = {"number", "ndigits"};
  Obj *a[2];
  if (args_bind(rt, "round", argv, argc, kwnames, names, 2, 1, a) < 0) return NULL;
  Obj *x = a[0], *nd = a[1] && a[1] != None ? a[1] : NULL;
  if (IS_INT(x)) {
    if (!nd) return num_index(rt, x);
    return incref(x);
  }
  if (!is_inst(x, &FloatType)) return err_format(rt, EXC(TypeError), "type %s doesn't define __round__ method", type_name(x));
  double v = float_value(x);
  if (!nd) {
    double r = nearbyint(v);   /* ties to even in the default rounding mode */
    return int_from_double(rt, r);
  }
  int64_t n;
  if (num_as_ssize(rt, nd, &n, NULL) < 0) return NULL;
  char buf[400];
  if (n > 300 || n < -300 || !isfinite(v)) return float_new(rt, v);
  snprintf(buf, sizeof buf, "%.*f", n >= 0 ? (int)n : 0, v);
  double r = px_strtod(buf, NULL);
  if (n < 0) { double p = pow(10.0, (double)-n); r = nearbyint(v / p) * p; }
  return float_new(rt, r);
}

B(format) {
  UNUSED;
  if (args_no_kw(rt, "format", kwnames) < 0 || args_count(rt, "format", argc, 1, 2) < 0) return NULL;
  Obj *spec = argc > 1 ? argv[1] : str_empty();
  if (!IS_STR(spec))
    return err_format(rt, EXC(TypeError), "format() argument 2 must be str, not %s", type_name(spec));
  return builtin_format(rt, argv[0], spec);
}

/* ---- namespaces ---------------------------------------------------------------------------- */

B(globals) {
  UNUSED;
  (void)argv;
  if (one_arg(rt, "globals", argc + 1, kwnames) < 0) return NULL;
  Frame *f = LANG(rt)->frame;
  return incref(f ? f->base.globals : rt->builtins);
}

B(locals) {
  UNUSED;
  (void)argv;
  if (args_count(rt, "locals", argc, 0, 0) < 0) return NULL;
  (void)kwnames;
  Frame *f = LANG(rt)->frame;
  return f ? frame_locals_dict(rt, f) : dict_new(rt);
}

B(vars) {
  UNUSED;
  if (args_no_kw(rt, "vars", kwnames) < 0 || args_count(rt, "vars", argc, 0, 1) < 0) return NULL;
  if (argc == 0) return bi_locals(rt, self, argv, 0, NULL);
  Obj *d = obj_lookup_attr(rt, argv[0], str_static("__dict__"));
  if (!d && !err_occurred(rt)) err_str(rt, EXC(TypeError), "vars() argument must have __dict__ attribute");
  return d;
}

B(dir) {
  UNUSED;
  if (args_no_kw(rt, "dir", kwnames) < 0 || args_count(rt, "dir", argc, 0, 1) < 0) return NULL;
  Obj *names = dict_new(rt);
  if (!names) return NULL;
  if (argc == 0) {
    Obj *loc = bi_locals(rt, self, argv, 0, NULL);
    if (!loc || dict_update(rt, names, loc) < 0) { xdecref(loc); decref(names); return NULL; }
    decref(loc);
  } else {
    Obj *o = argv[0];
    Obj **dp = obj_dict_slot(o);
    if (dp && *dp && dict_update(rt, names, *dp) < 0) { decref(names); return NULL; }
    Type *t = IS_TYPE(o) ? AS_TYPE(o) : o->type;
    Obj *mro = t->mro;
    for (size_t i = 0; mro && i < tuple_len(mro); i++) {
      Obj *d = AS_TYPE(tuple_get(mro, i))->dict;
      if (d && dict_update(rt, names, d) < 0) { decref(names); return NULL; }
    }
  }
  Obj *l = obj_to_list(rt, names);
  decref(names);
  if (l && list_sort(rt, l, NULL, 0) < 0) CLEAR(l);
  return l;
}

static Obj *exit_impl(Rt *rt, Obj *const *argv, size_t argc) {
  if (argc > 1) return err_format(rt, EXC(TypeError), "exit expected at most 1 argument, got %zu", argc);
  return err_set(rt, EXC(SystemExit), argc ? argv[0] : NULL);
}
B(exit) { UNUSED; (void)kwnames; return exit_impl(rt, argv, argc); }

B(input) {
  UNUSED;
  (void)kwnames;
  if (argc > 1) return err_format(rt, EXC(TypeError), "input expected at most 1 argument, got %zu", argc);
  if (argc == 1) {
    Obj *s = obj_str(rt, argv[0]);
    if (!s) return NULL;
    int r = lang_write(rt, 0, str_c(s), str_len(s));
    decref(s);
    if (r < 0) return NULL;
  }
  return err_str(rt, exc_builtin(rt, "EOFError"), "EOF when reading a line");
}

static Obj *unsupported(Rt *rt, const char *what) {
  return err_format(rt, EXC(NotImplementedError), "pyexc does not support %s", what);
}
/* open(): the program sees an empty directory. Reading any file fails as
 * CPython's does (FileNotFoundError, the platform's errno); writing is not
 * supported. The mode is checked first, as _io.open does. */
B(open) {
  UNUSED;
  static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                      "opener"};
  static const KwSpec spec = {"open", names, 8, 0, 1, 8};
  Obj *a[8];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  Obj *file = a[0], *mode = a[1];
  if (mode && !IS_STR(mode)) return arg_bad(rt, "open", "argument 'mode'", "str", mode);
  const char *m = mode ? str_c(mode) : "r";
  int creating = 0, reading = 0, writing = 0, appending = 0, text = 0, binary = 0;
  for (const char *c = m; *c; c++) {
    switch (*c) {
    case 'x': creating = 1; break;
    case 'r': reading = 1; break;
    case 'w': writing = 1; break;
    case 'a': appending = 1; break;
    case '+': break;
    case 't': text = 1; break;
    case 'b': binary = 1; break;
    default: return err_format(rt, EXC(ValueError), "invalid mode: '%s'", m);
    }
    if (strchr(c + 1, *c)) return err_format(rt, EXC(ValueError), "invalid mode: '%s'", m);
  }
  if (text && binary) return err_str(rt, EXC(ValueError), "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    return err_str(rt, EXC(ValueError), "must have exactly one of create/read/write/append mode");
  if (creating + reading + writing + appending == 0)
    return err_str(rt, EXC(ValueError), "Must have exactly one of create/read/write/append mode and at most one plus");
  static const char *const textual[] = {"an encoding", "an errors", "a newline"};
  for (int i = 0; i < 3; i++)
    if (binary && a[3 + i] && a[3 + i] != None)
      return err_format(rt, EXC(ValueError), "binary mode doesn't take %s argument", textual[i]);
  if (IS_INT(file) && !is_type(file, &BoolType)) {
    int64_t fd;
    if (int_as_i64(file, &fd) == 0 && (fd < 0 || fd > 2)) return lang_oserror(rt, "EBADF", NULL);
    return unsupported(rt, "open() of the standard streams");
  }
  if (!IS_STR(file) && !is_inst(file, &BytesType))
    return err_format(rt, EXC(TypeError), "expected str, bytes or os.PathLike object, not %s", type_name(file));
  if (!reading) return unsupported(rt, "writing files (there is no file system)");
  return lang_oserror(rt, "ENOENT", file);
}
/* builtins_exec.c */
Obj *bi_exec(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames);
Obj *bi_eval(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames);
Obj *bi_compile(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames);

B(import) {
  UNUSED;
  (void)kwnames;
  if (argc < 1 || !IS_STR(argv[0])) return err_str(rt, EXC(TypeError), "__import__() argument 1 must be str");
  return module_import(rt, argv[0]);
}

Obj *builtin_build_class(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames);

static const MethodDef builtin_functions[] = {
  {"print", bi_print, 0}, {"repr", bi_repr, 0}, {"ascii", bi_ascii, 0}, {"len", bi_len, 0}, {"id", bi_id, 0},
  {"hash", bi_hash, 0}, {"callable", bi_callable, 0}, {"abs", bi_abs, 0}, {"chr", bi_chr, 0}, {"ord", bi_ord, 0},
  {"hex", bi_hex, 0}, {"oct", bi_oct, 0}, {"bin", bi_bin, 0}, {"isinstance", bi_isinstance, 0},
  {"issubclass", bi_issubclass, 0}, {"getattr", bi_getattr, 0}, {"hasattr", bi_hasattr, 0},
  {"setattr", bi_setattr, 0}, {"delattr", bi_delattr, 0}, {"iter", bi_iter, 0}, {"next", bi_next, 0},
  {"min", bi_min, 0}, {"max", bi_max, 0}, {"sum", bi_sum, 0}, {"any", bi_any, 0}, {"all", bi_all, 0},
  {"sorted", bi_sorted, 0}, {"divmod", bi_divmod, 0}, {"pow", bi_pow, 0}, {"round", bi_round, 0},
  {"format", bi_format, 0}, {"globals", bi_globals, 0}, {"locals", bi_locals, 0}, {"vars", bi_vars, 0},
  {"dir", bi_dir, 0}, {"exit", bi_exit, 0}, {"quit", bi_exit, 0}, {"input", bi_input, 0}, {"open", bi_open, 0},
  {"exec", bi_exec, 0}, {"eval", bi_eval, 0}, {"compile", bi_compile, 0}, {"__import__", bi_import, 0},
  {"__build_class__", builtin_build_class, 0},
  {NULL, NULL, 0}
};

int builtins_init(Rt *rt) {
  Obj *b = rt->builtins;
  Obj *mod = str_static("builtins");
  for (const MethodDef *d = builtin_functions; d->name; d++) {
    Obj *f = cfunc_new(rt, d, NULL, mod);
    if (!f) return -1;
    int r = dict_set_s(rt, b, d->name, f);
    decref(f);
    if (r < 0) return -1;
  }
  struct { const char *name; Obj *v; } values[] = {
    {"None", None}, {"True", Py_True}, {"False", Py_False}, {"Ellipsis", &EllipsisObj},
    {"NotImplemented", NotImpl}, {"__debug__", Py_True}, {"__name__", mod},
    {"object", (Obj *)&ObjectType}, {"type", (Obj *)&TypeType}, {"int", (Obj *)&IntType},
    {"bool", (Obj *)&BoolType}, {"float", (Obj *)&FloatType}, {"str", (Obj *)&StrType},
    {"bytes", (Obj *)&BytesType}, {"bytearray", (Obj *)&ByteArrayType}, {"tuple", (Obj *)&TupleType},
    {"list", (Obj *)&ListType}, {"dict", (Obj *)&DictType}, {"set", (Obj *)&SetType},
    {"frozenset", (Obj *)&FrozenSetType}, {"range", (Obj *)&RangeType}, {"slice", (Obj *)&SliceType},
  };
  for (size_t i = 0; i < sizeof values / sizeof *values; i++)
    if (dict_set_s(rt, b, values[i].name, values[i].v) < 0) return -1;
  return builtin_types_init(rt);
}
