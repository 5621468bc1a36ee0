/* modules_std.c: sys, traceback, errno and os, as far as snippets about
 * exceptions use them. */
#include "lang/modules.h"
#include "trace/render.h"
#include "trace/frame.h"
#include "exc/exc.h"
#include "exc/errno_table.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/args.h"
#include "obj/gc.h"
#include <stdio.h>

#define F(name) static Obj *name(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames)

static int set(Rt *rt, Obj *m, const char *name, Obj *v) {
  if (!v) return -1;
  int r = dict_set_s(rt, ((Module *)m)->dict, name, v);
  decref(v);
  return r;
}

/* ---- sys.stdout / sys.stderr ---------------------------------------------------------- */

typedef struct Stream { Obj ob; int to_err; } Stream;

F(stream_write) {
  (void)kwnames;
  if (args_count(rt, "write", argc, 1, 1) < 0) return NULL;
  if (!IS_STR(argv[0])) return err_format(rt, EXC(TypeError), "write() argument must be str, not %s", type_name(argv[0]));
  if (lang_write(rt, ((Stream *)self)->to_err, str_c(argv[0]), str_len(argv[0])) < 0) return NULL;
  return int_from_i64(rt, (int64_t)AS_STR(argv[0])->cplen);
}
F(stream_flush) { (void)rt; (void)self; (void)argv; (void)argc; (void)kwnames; return incref(None); }
static Obj *stream_repr(Rt *rt, Obj *o) {
  return str_fromf(rt, "<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>", ((Stream *)o)->to_err ? "stderr" : "stdout");
}
static const MethodDef stream_methods[] = {{"write", stream_write, 0}, {"flush", stream_flush, 0}, {NULL, NULL, 0}};
static void stream_dealloc(Obj *o) { obj_free_mem(o); }
Type StreamType = {
  .ob = OBJ_HEAD_INIT(&TypeType), .name = "_io.TextIOWrapper", .basicsize = sizeof(Stream),
  .dealloc = stream_dealloc, .repr = stream_repr, .methods = stream_methods,
};

static Obj *stream_new(Rt *rt, int to_err) {
  Stream *s = (Stream *)obj_alloc(rt, &StreamType, sizeof(Stream));
  if (s) s->to_err = to_err;
  return (Obj *)s;
}

/* ---- sys -------------------------------------------------------------------------------- */

F(sys_exit) {
  (void)self;
  (void)kwnames;
  if (argc > 1) return err_format(rt, EXC(TypeError), "exit expected at most 1 argument, got %zu", argc);
  return err_set(rt, EXC(SystemExit), argc ? argv[0] : NULL);
}

F(sys_exception) {
  (void)self; (void)argv; (void)kwnames;
  if (args_count(rt, "exception", argc, 0, 0) < 0) return NULL;
  return incref(rt->handled ? rt->handled : None);
}

F(sys_exc_info) {
  (void)self; (void)argv; (void)kwnames;
  if (args_count(rt, "exc_info", argc, 0, 0) < 0) return NULL;
  Obj *e = rt->handled;
  if (!e) return tuple_pack(rt, 3, None, None, None);
  Obj *tb = AS_EXC(e)->traceback;
  return tuple_pack(rt, 3, (Obj *)e->type, e, tb ? tb : None);
}

F(sys_getrecursionlimit) {
  (void)self; (void)argv; (void)kwnames;
  if (args_count(rt, "getrecursionlimit", argc, 0, 0) < 0) return NULL;
  return int_from_i64(rt, LANG(rt)->recursion_limit);
}

F(sys_setrecursionlimit) {
  (void)self; (void)kwnames;
  if (args_count(rt, "setrecursionlimit", argc, 1, 1) < 0) return NULL;
  int64_t n;
  if (!IS_INT(argv[0]))
    return err_format(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(argv[0]));
  if (num_as_ssize(rt, argv[0], &n, NULL) < 0) return NULL;
  if (n < 1) return err_str(rt, EXC(ValueError), "recursion limit must be greater or equal than 1");
  if (n > 100000) n = 100000;   /* frames live on the heap; keep memory bounded */
  LANG(rt)->recursion_limit = (int)n;
  return incref(None);
}

/* sys._getframe(depth=0): `depth` callers out from the running frame. */
F(sys_getframe) {
  (void)self; (void)kwnames;
  if (args_count(rt, "_getframe", argc, 0, 1) < 0) return NULL;
  int64_t depth = 0;
  if (argc && num_as_ssize(rt, argv[0], &depth, NULL) < 0) return NULL;
  TFrame *f = LANG(rt)->frame ? &LANG(rt)->frame->base : NULL;
  while (f && depth-- > 0) f = f->back;
  if (!f) return err_str(rt, EXC(ValueError), "call stack is not deep enough");
  return incref((Obj *)f);
}

F(sys_getdefaultencoding) {
  (void)self; (void)argv; (void)kwnames;
  if (args_count(rt, "getdefaultencoding", argc, 0, 0) < 0) return NULL;
  return str_from_c(rt, "utf-8");
}

/* sys.excepthook(type, value, traceback): the uncaught-exception display. */
F(sys_excepthook) {
  (void)self; (void)kwnames;
  if (args_count(rt, "excepthook", argc, 3, 3) < 0) return NULL;
  if (!is_exc(argv[1])) return err_str(rt, EXC(TypeError), "print_exception(): Exception expected for value, NoneType found");
  RenderOptions opt = {-1, 1, 0};
  if (trace_format_exception(rt, &LANG(rt)->err, argv[1], &opt) < 0) return NULL;
  return incref(None);
}

static const MethodDef sys_functions[] = {
  {"getdefaultencoding", sys_getdefaultencoding, 0}, {"excepthook", sys_excepthook, 0},
  {"__excepthook__", sys_excepthook, 0},
  {"exit", sys_exit, 0}, {"exception", sys_exception, 0}, {"exc_info", sys_exc_info, 0},
  {"getrecursionlimit", sys_getrecursionlimit, 0}, {"setrecursionlimit", sys_setrecursionlimit, 0},
  {"_getframe", sys_getframe, 0}, {NULL, NULL, 0}
};

static const char *const version_text[PY_NVERSIONS] = {"3.11.7", "3.12.7", "3.13.2", "3.14.2"};
static const char *const platform_text[PLAT_N] = {"linux", "emscripten", "wasi"};

int sys_module_init(Rt *rt, Obj *m) {
  if (type_ready(&StreamType) < 0 || module_add_functions(rt, m, sys_functions) < 0) return -1;
  Obj *out = stream_new(rt, 0), *err = stream_new(rt, 1);
  if (!out || !err) { xdecref(out); xdecref(err); return -1; }
  int r = set(rt, m, "stdout", incref(out)) | set(rt, m, "__stdout__", out) | set(rt, m, "stderr", incref(err)) |
          set(rt, m, "__stderr__", err);
  if (r < 0) return -1;
  int minor = 11 + (int)rt->pyv;
  int micro = version_text[rt->pyv][5] - '0';
  /* sys.version_info: a tuple with named fields, as CPython's struct sequence */
  char src[1024];
  snprintf(src, sizeof src,
           "class version_info(tuple):\n"
           "    __module__ = 'sys'\n"
           "    major = property(lambda self: self[0])\n"
           "    minor = property(lambda self: self[1])\n"
           "    micro = property(lambda self: self[2])\n"
           "    releaselevel = property(lambda self: self[3])\n"
           "    serial = property(lambda self: self[4])\n"
           "    def __repr__(self):\n"
           "        return ('sys.version_info(major=%%r, minor=%%r, micro=%%r, releaselevel=%%r, serial=%%r)'\n"
           "                %% tuple(self))\n"
           "version_info = version_info((3, %d, %d, 'final', 0))\n", minor, micro);
  if (module_exec(rt, m, src) < 0) return -1;
  if (set(rt, m, "maxunicode", int_from_i64(rt, 0x10FFFF)) < 0) return -1;
  if (set(rt, m, "version", str_fromf(rt, "%s (main) [pyexc]", version_text[rt->pyv])) < 0) return -1;
  if (set(rt, m, "platform", str_from_c(rt, platform_text[rt->platform])) < 0) return -1;
  if (set(rt, m, "maxsize", int_from_i64(rt, rt->hash_bits == 32 ? INT32_MAX : INT64_MAX)) < 0) return -1;
  if (set(rt, m, "byteorder", str_from_c(rt, "little")) < 0) return -1;
  if (set(rt, m, "modules", incref(LANG(rt)->modules)) < 0) return -1;
  if (set(rt, m, "argv", list_new(rt, 0)) < 0) return -1;
  if (set(rt, m, "path", list_new(rt, 0)) < 0) return -1;
  return 0;
}

/* ---- traceback ---------------------------------------------------------------------------- */

/* Lib/traceback.py's functions over trace/render.h. Arguments bind as the
 * Python functions' do (positional-only `exc`, keyword defaults). */

typedef struct TbParam { const char *name; int posonly, kwonly; } TbParam;

/* Functions taking **kwargs (3.13+: colorize=...) pass `extra`: unknown
 * keywords land there (the last one of a name wins) instead of failing. */
typedef struct TbExtra { Obj *colorize; } TbExtra;

static int tb_bind_kw(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames, const TbParam *ps,
                      size_t n, size_t required, Obj **out, TbExtra *extra) {
  size_t npos = 0;
  for (size_t i = 0; i < n; i++) { out[i] = NULL; npos += !ps[i].kwonly; }
  if (argc > npos) {
    if (required == npos)
      return err_format_i(rt, EXC(TypeError), "%s() takes %zu positional argument%s but %zu were given", fname, npos,
                          npos == 1 ? "" : "s", argc);
    return err_format_i(rt, EXC(TypeError), "%s() takes from %zu to %zu positional arguments but %zu were given", fname,
                        required, npos, argc);
  }
  for (size_t i = 0; i < argc; i++) out[i] = argv[i];
  for (size_t k = 0; kwnames && k < tuple_len(kwnames); k++) {
    Obj *kw = tuple_get(kwnames, k);
    size_t i = 0;
    while (i < n && !(str_eq_c(kw, ps[i].name) && !ps[i].posonly)) i++;
    if (i == n && extra) {
      if (str_eq_c(kw, "colorize")) extra->colorize = argv[argc + k];
      continue;
    }
    if (i == n) {
      for (size_t j = 0; j < n; j++)
        if (ps[j].posonly && str_eq_c(kw, ps[j].name))
          return err_format_i(rt, EXC(TypeError),
                              "%s() got some positional-only arguments passed as keyword arguments: '%U'", fname, kw);
      return err_format_i(rt, EXC(TypeError), "%s() got an unexpected keyword argument '%U'", fname, kw);
    }
    if (out[i]) return err_format_i(rt, EXC(TypeError), "%s() got multiple values for argument '%s'", fname, ps[i].name);
    out[i] = argv[argc + k];
  }
  for (size_t i = 0; i < required; i++)
    if (!out[i])
      return err_format_i(rt, EXC(TypeError), "%s() missing 1 required positional argument: '%s'", fname, ps[i].name);
  return 0;
}

static int tb_bind(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames, const TbParam *ps,
                   size_t n, size_t required, Obj **out) {
  return tb_bind_kw(rt, fname, argv, argc, kwnames, ps, n, required, out, NULL);
}

/* limit=None (-1), n >= 0, or -n (the last n). */
static int tb_limit(Rt *rt, Obj *v, TbCall *opt) {
  if (!v || v == None) return 0;
  int64_t n;
  if (!IS_INT(v) || int_as_i64(v, &n) < 0)
    return err_format_i(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(v));
  opt->limit_tail = n < 0;
  n = n < 0 ? -n : n;
  opt->limit = n > INT32_MAX ? INT32_MAX : (int)n;
  return 0;
}

static int tb_truth(Rt *rt, Obj *v, int dflt, int *out) {
  int t = v ? obj_truth(rt, v) : dflt;
  if (t < 0) return -1;
  *out = t;
  return 0;
}

/* _parse_value_tb: (exc) or (type, value, tb); *value is borrowed. */
static int tb_value(Rt *rt, Obj *exc, Obj *value, Obj *tb, Obj **out, TbCall *opt) {
  if (!value != !tb) return err_format_i(rt, EXC(ValueError), "Both or neither of value and tb must be given");
  if (!value) {
    if (exc != None && !is_exc(exc))
      return err_format_i(rt, EXC(TypeError), "Exception expected for value, %s found", type_name(exc));
    *out = exc;
    return 0;
  }
  *out = value;
  opt->tb_given = 1;
  opt->tb = tb;
  return 0;
}

static int tb_write(Rt *rt, Obj *file, Obj *text) {
  Obj *f = file && file != None ? incref(file) : NULL;
  if (!f) {
    Obj *sys = dict_get_s(rt, LANG(rt)->modules, "sys");
    f = sys ? obj_getattr_s(rt, sys, "stderr") : NULL;
    if (!f) { err_clear(rt); return lang_write(rt, 1, str_c(text), str_len(text)); }
  }
  Obj *r = obj_call_method(rt, f, "write", &text, 1);
  decref(f);
  if (!r) return -1;
  decref(r);
  return 0;
}

/* print(item, file=file, end="") of one item as it is made. */
static int tb_stream(Rt *rt, void *file, Obj *item) {
  int r = tb_write(rt, file, item);
  return r == 0 ? tb_write(rt, file, str_empty()) : r;
}

/* print(item, file=file, end="") for each item. */
static Obj *tb_print_list(Rt *rt, Obj *file, Obj *items) {
  if (!items) return NULL;
  int r = 0;
  for (size_t i = 0; i < list_len(items) && r == 0; i++) {
    r = tb_write(rt, file, list_get(items, i));
    if (r == 0) r = tb_write(rt, file, str_empty());
  }
  decref(items);
  return r < 0 ? NULL : incref(None);
}

static Obj *tb_join(Rt *rt, Obj *items) {
  if (!items) return NULL;
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < list_len(items); i++) sb_add(&b, str_c(list_get(items, i)), str_len(list_get(items, i)));
  decref(items);
  return str_from_buf(rt, &b);
}

static Obj *handled(Rt *rt) { return rt->handled ? rt->handled : None; }

F(tb_format_exception) {
  (void)self;
  static const TbParam ps[] = {{"exc", 1, 0}, {"value", 0, 0}, {"tb", 0, 0}, {"limit", 0, 0}, {"chain", 0, 0}};
  Obj *a[5], *v;
  TbCall opt = {-1, 0, 1, 0, 0, 0, NULL};
  TbExtra x = {NULL};
  if (tb_bind_kw(rt, "format_exception", argv, argc, kwnames, ps, 5, 1, a, rt->pyv >= PY313 ? &x : NULL) < 0 ||
      tb_limit(rt, a[3], &opt) < 0 || tb_truth(rt, a[4], 1, &opt.chain) < 0 ||
      tb_truth(rt, x.colorize, 0, &opt.colorize) < 0 || tb_value(rt, a[0], a[1], a[2], &v, &opt) < 0)
    return NULL;
  return trace_format_exception_list(rt, v, &opt);
}

F(tb_print_exception) {
  (void)self;
  static const TbParam ps[] = {{"exc", 1, 0}, {"value", 0, 0}, {"tb", 0, 0}, {"limit", 0, 0}, {"file", 0, 0},
                               {"chain", 0, 0}};
  Obj *a[6], *v;
  TbCall opt = {-1, 0, 1, 0, 0, 0, NULL};
  TbExtra x = {NULL};
  if (tb_bind_kw(rt, "print_exception", argv, argc, kwnames, ps, 6, 1, a, rt->pyv >= PY313 ? &x : NULL) < 0 ||
      tb_limit(rt, a[3], &opt) < 0 || tb_truth(rt, a[5], 1, &opt.chain) < 0 ||
      tb_truth(rt, x.colorize, 0, &opt.colorize) < 0 || tb_value(rt, a[0], a[1], a[2], &v, &opt) < 0)
    return NULL;
  return trace_print_exception(rt, v, &opt, tb_stream, a[4]) < 0 ? NULL : incref(None);
}

F(tb_format_exception_only) {
  (void)self;
  static const TbParam ps[] = {{"exc", 1, 0}, {"value", 0, 0}, {"show_group", 0, 1}};
  Obj *a[3];
  TbCall opt = {-1, 0, 0, 0, 0, 1, None};
  size_t n = rt->pyv >= PY313 ? 3 : 2;
  TbExtra x = {NULL};
  if (tb_bind_kw(rt, "format_exception_only", argv, argc, kwnames, ps, n, 1, a, n == 3 ? &x : NULL) < 0 ||
      tb_truth(rt, n == 3 ? a[2] : NULL, 0, &opt.show_group) < 0 || tb_truth(rt, x.colorize, 0, &opt.colorize) < 0)
    return NULL;
  return trace_format_exception_only_list(rt, a[1] ? a[1] : a[0], &opt);
}

F(tb_format_exc) {
  (void)self;
  static const TbParam ps[] = {{"limit", 0, 0}, {"chain", 0, 0}};
  Obj *a[2];
  TbCall opt = {-1, 0, 1, 0, 0, 0, NULL};
  if (tb_bind(rt, "format_exc", argv, argc, kwnames, ps, 2, 0, a) < 0 || tb_limit(rt, a[0], &opt) < 0 ||
      tb_truth(rt, a[1], 1, &opt.chain) < 0)
    return NULL;
  return tb_join(rt, trace_format_exception_list(rt, handled(rt), &opt));
}

F(tb_print_exc) {
  (void)self;
  static const TbParam ps[] = {{"limit", 0, 0}, {"file", 0, 0}, {"chain", 0, 0}};
  Obj *a[3];
  TbCall opt = {-1, 0, 1, 0, 0, 0, NULL};
  TbExtra x = {NULL};
  if (tb_bind_kw(rt, "print_exc", argv, argc, kwnames, ps, 3, 0, a, rt->pyv >= PY314 ? &x : NULL) < 0 ||
      tb_limit(rt, a[0], &opt) < 0 || tb_truth(rt, a[2], 1, &opt.chain) < 0 ||
      tb_truth(rt, x.colorize, 0, &opt.colorize) < 0)
    return NULL;
  return trace_print_exception(rt, handled(rt), &opt, tb_stream, a[1]) < 0 ? NULL : incref(None);
}

static Obj *tb_entries(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames, Obj **file) {
  static const TbParam ps[] = {{"tb", 0, 0}, {"limit", 0, 0}, {"file", 0, 0}};
  Obj *a[3];
  TbCall opt = {-1, 0, 0, 0, 0, 0, NULL};
  if (tb_bind(rt, fname, argv, argc, kwnames, ps, file ? 3 : 2, 1, a) < 0 || tb_limit(rt, a[1], &opt) < 0) return NULL;
  if (file) *file = a[2];
  if (a[0] == None) return list_new(rt, 0);
  if (!is_type(a[0], &TracebackType))
    return err_format(rt, EXC(AttributeError), "'%s' object has no attribute 'tb_frame'", type_name(a[0]));
  return trace_format_tb_list(rt, a[0], &opt);
}

F(tb_format_tb) { (void)self; return tb_entries(rt, "format_tb", argv, argc, kwnames, NULL); }

F(tb_print_tb) {
  (void)self;
  Obj *file = NULL, *l = tb_entries(rt, "print_tb", argv, argc, kwnames, &file);
  return tb_print_list(rt, file, l);
}

/* format_stack(f=None, limit=None), print_stack(f=None, limit=None, file=None):
 * f defaults to the caller's frame. */
static Obj *tb_stack(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames, Obj **file) {
  static const TbParam ps[] = {{"f", 0, 0}, {"limit", 0, 0}, {"file", 0, 0}};
  Obj *a[3];
  TbCall opt = {-1, 0, 0, 0, 0, 0, NULL};
  if (tb_bind(rt, fname, argv, argc, kwnames, ps, file ? 3 : 2, 0, a) < 0 || tb_limit(rt, a[1], &opt) < 0) return NULL;
  if (file) *file = a[2];
  Obj *f = a[0] && a[0] != None ? a[0] : (Obj *)LANG(rt)->frame;
  if (!f) return list_new(rt, 0);
  if (!is_type(f, &FrameType))
    return err_format(rt, EXC(AttributeError), "'%s' object has no attribute 'f_back'", type_name(f));
  return trace_format_stack_list(rt, f, &opt);
}

F(tb_format_stack) { (void)self; return tb_stack(rt, "format_stack", argv, argc, kwnames, NULL); }

F(tb_print_stack) {
  (void)self;
  Obj *file = NULL, *l = tb_stack(rt, "print_stack", argv, argc, kwnames, &file);
  return tb_print_list(rt, file, l);
}

static const MethodDef traceback_functions[] = {
  {"format_exception", tb_format_exception, 0}, {"format_exception_only", tb_format_exception_only, 0},
  {"print_exception", tb_print_exception, 0}, {"format_exc", tb_format_exc, 0}, {"print_exc", tb_print_exc, 0},
  {"format_tb", tb_format_tb, 0}, {"print_tb", tb_print_tb, 0}, {"format_stack", tb_format_stack, 0},
  {"print_stack", tb_print_stack, 0}, {NULL, NULL, 0}
};

int traceback_module_py(Rt *rt, Obj *m);   /* modules_traceback.c */

int traceback_module_init(Rt *rt, Obj *m) {
  if (module_add_functions(rt, m, traceback_functions) < 0) return -1;
  return traceback_module_py(rt, m);
}

/* ---- errno and os ------------------------------------------------------------------------ */

static const ErrnoPlatform *platform_table(Rt *rt) { return errno_platform(platform_text[rt->platform]); }

Obj *lang_oserror(Rt *rt, const char *errname, Obj *filename) {
  const ErrnoPlatform *p = platform_table(rt);
  int code = p ? errno_code(p, errname) : -1;
  if (code < 0) return err_format(rt, EXC(OSError), "%s", errname);
  char buf[128];
  Obj *c = int_from_i64(rt, code), *msg = str_from_c(rt, errno_strerror(p, code, buf, sizeof buf));
  Obj *argv[3] = {c, msg, filename};
  Obj *e = c && msg ? obj_call(rt, (Obj *)EXC(OSError), argv, filename ? 3 : 2, NULL) : NULL;
  xdecref(c);
  xdecref(msg);
  if (e) { err_set_obj(rt, e); decref(e); }
  return NULL;
}

int errno_module_init(Rt *rt, Obj *m) {
  const ErrnoPlatform *p = platform_table(rt);
  if (!p) return 0;
  for (int i = 0; i < p->nnames; i++)
    if (set(rt, m, p->names[i].name, int_from_i64(rt, p->names[i].code)) < 0) return -1;
  Obj *codes = dict_new(rt);
  if (!codes) return -1;
  for (int i = 0; i < p->nerrorcode; i++) {
    Obj *k = int_from_i64(rt, p->errorcode[i].code), *v = str_from_c(rt, p->errorcode[i].name);
    int r = k && v ? dict_set(rt, codes, k, v) : -1;
    xdecref(k);
    xdecref(v);
    if (r < 0) { decref(codes); return -1; }
  }
  return set(rt, m, "errorcode", codes);
}

F(os_strerror) {
  (void)self; (void)kwnames;
  if (args_count(rt, "strerror", argc, 1, 1) < 0) return NULL;
  if (!IS_INT(argv[0]))
    return err_format(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(argv[0]));
  int64_t code;
  if (int_as_i64(argv[0], &code) < 0 || code < INT32_MIN || code > INT32_MAX)
    return err_str(rt, EXC(OverflowError), "signed integer is greater than maximum");
  char buf[128];
  const char *s = errno_strerror(platform_table(rt), (int)code, buf, sizeof buf);
  return str_from_c(rt, s);
}

static const MethodDef os_functions[] = {{"strerror", os_strerror, 0}, {NULL, NULL, 0}};

int os_module_init(Rt *rt, Obj *m) {
  if (module_add_functions(rt, m, os_functions) < 0) return -1;
  if (set(rt, m, "name", str_from_c(rt, "posix")) < 0) return -1;
  if (set(rt, m, "linesep", str_from_c(rt, "\n")) < 0 || set(rt, m, "curdir", str_from_c(rt, ".")) < 0 ||
      set(rt, m, "pardir", str_from_c(rt, "..")) < 0)
    return -1;
  return set(rt, m, "sep", str_from_c(rt, "/"));
}
