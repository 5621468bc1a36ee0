/* api.c: pyexc.h over the internal layers. A pyexc_rt is an Rt and a
 * pyexc_obj an Obj; this file only converts and checks. */
#include "api/pyexc.h"
#include "obj/object.h"
#include "obj/runtime.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "exc/exc.h"
#include "lang/run.h"
#include "lang/modules.h"
#include "trace/render.h"
#include "trace/frame.h"
#include "base/utf8.h"
#include "base/mem.h"

#define RT(r) ((Rt *)(r))
#define O(o) ((Obj *)(o))
#define P(o) ((pyexc_obj *)(o))

static const char *const version_names[PY_NVERSIONS] = {"3.11", "3.12", "3.13", "3.14"};
static const char *const platform_names[PLAT_N] = {"linux", "emscripten", "wasi"};

static int find(const char *const *names, int n, const char *s, int dflt) {
  if (!s) return dflt;
  for (int i = 0; i < n; i++)
    if (strcmp(names[i], s) == 0) return i;
  return -1;
}

int pyexc_profile_known(const char *python, const char *platform) {
  return find(version_names, PY_NVERSIONS, python, PY314) >= 0 && find(platform_names, PLAT_N, platform, 0) >= 0;
}

pyexc_rt *pyexc_open(const char *python, const char *platform) {
  int v = find(version_names, PY_NVERSIONS, python, PY314), p = find(platform_names, PLAT_N, platform, 0);
  if (v < 0 || p < 0) return NULL;
  /* A program that asks for more gets MemoryError instead of taking the
   * machine (or the browser tab) down; pyexc_set_memory_limit changes it. */
  if (!mem_limit()) mem_set_limit((size_t)256 << 20);
  Rt *rt = rt_new((PyVersion)v, (Platform)p);
  if (!rt) return NULL;
  if (exc_init(rt) < 0 || lang_init(rt) < 0) {
    pyexc_close((pyexc_rt *)rt);
    return NULL;
  }
  return (pyexc_rt *)rt;
}

void pyexc_close(pyexc_rt *r) {
  Rt *rt = RT(r);
  if (!rt) return;
  lang_fini(rt);
  exc_fini(rt);
  rt_free(rt);
}

const char *pyexc_python(const pyexc_rt *rt) { return version_names[((const Rt *)rt)->pyv]; }
const char *pyexc_platform(const pyexc_rt *rt) { return platform_names[((const Rt *)rt)->platform]; }
void pyexc_set_memory_limit(size_t bytes) { mem_set_limit(bytes); }
size_t pyexc_memory_in_use(void) { return mem_in_use(); }
size_t pyexc_collect(pyexc_rt *rt) { return gc_collect(RT(rt)); }

void pyexc_incref(pyexc_obj *o) { if (o) incref(O(o)); }
void pyexc_decref(pyexc_obj *o) { if (o) decref(O(o)); }
pyexc_obj *pyexc_take_error(pyexc_rt *rt) { return P(err_fetch(RT(rt))); }

/* ---- values ----------------------------------------------------------------------- */

pyexc_obj *pyexc_none(pyexc_rt *rt) { (void)rt; return P(incref(None)); }
pyexc_obj *pyexc_bool(pyexc_rt *rt, int v) { (void)rt; return P(incref(bool_obj(v))); }
pyexc_obj *pyexc_int(pyexc_rt *rt, int64_t v) { return P(int_from_i64(RT(rt), v)); }
pyexc_obj *pyexc_int_text(pyexc_rt *rt, const char *s, size_t n) { return P(int_from_text(RT(rt), s, n, 10)); }
pyexc_obj *pyexc_float(pyexc_rt *rt, double v) { return P(float_new(RT(rt), v)); }
pyexc_obj *pyexc_str(pyexc_rt *rt, const char *s, size_t n) { return P(str_new(RT(rt), s, n)); }
pyexc_obj *pyexc_bytes(pyexc_rt *rt, const void *d, size_t n) { return P(bytes_new(RT(rt), d, n)); }
pyexc_obj *pyexc_tuple(pyexc_rt *rt, pyexc_obj *const *items, size_t n) {
  return P(tuple_from(RT(rt), (Obj *const *)items, n));
}
pyexc_obj *pyexc_list(pyexc_rt *rt, pyexc_obj *const *items, size_t n) {
  return P(list_from(RT(rt), (Obj *const *)items, n));
}
pyexc_obj *pyexc_dict(pyexc_rt *rt) { return P(dict_new(RT(rt))); }
int pyexc_dict_set(pyexc_rt *rt, pyexc_obj *d, pyexc_obj *k, pyexc_obj *v) {
  return obj_setitem(RT(rt), O(d), O(k), O(v));
}
pyexc_obj *pyexc_bytearray(pyexc_rt *rt, const void *d, size_t n) { return P(bytearray_new(RT(rt), d, n)); }

/* set(list(items)): a list source adds the items one by one, in order. */
static Obj *make_set(Rt *rt, Type *t, pyexc_obj *const *items, size_t n) {
  Obj *l = list_from(rt, (Obj *const *)items, n);
  if (!l) return NULL;
  Obj *s = set_new(rt, t, l);
  decref(l);
  return s;
}
pyexc_obj *pyexc_set(pyexc_rt *rt, pyexc_obj *const *items, size_t n) {
  return P(make_set(RT(rt), &SetType, items, n));
}
pyexc_obj *pyexc_frozenset(pyexc_rt *rt, pyexc_obj *const *items, size_t n) {
  return P(make_set(RT(rt), &FrozenSetType, items, n));
}

/* ---- inspection -------------------------------------------------------------------- */

pyexc_kind pyexc_kind_of(const pyexc_obj *p) {
  const Obj *o = (const Obj *)p;
  if (o == None) return PYEXC_NONE;
  if (is_inst(o, &BoolType)) return PYEXC_BOOL;
  if (is_inst(o, &IntType)) return PYEXC_INT;
  if (is_inst(o, &FloatType)) return PYEXC_FLOAT;
  if (is_inst(o, &StrType)) return PYEXC_STR;
  if (is_inst(o, &BytesType)) return PYEXC_BYTES;
  if (is_inst(o, &ByteArrayType)) return PYEXC_BYTEARRAY;
  if (is_exc(o)) return PYEXC_EXCEPTION;
  if (is_inst(o, &TupleType)) return PYEXC_TUPLE;
  if (is_inst(o, &ListType)) return PYEXC_LIST;
  if (is_inst(o, &DictType)) return PYEXC_DICT;
  if (is_inst(o, &SetType)) return PYEXC_SET;
  if (is_inst(o, &FrozenSetType)) return PYEXC_FROZENSET;
  if (is_inst(o, &TypeType)) return PYEXC_TYPE;
  return PYEXC_OTHER;
}

const char *pyexc_type_name(const pyexc_obj *o) {
  const char *n = ((const Obj *)o)->type->name, *dot = strrchr(n, '.');
  return dot ? dot + 1 : n;
}

int pyexc_as_bool(const pyexc_obj *o) { return O(o) == Py_True; }
int pyexc_as_int64(const pyexc_obj *o, int64_t *out) { return int_as_i64(O(o), out); }
double pyexc_as_double(const pyexc_obj *o) { return float_value(O(o)); }

const char *pyexc_str_data(const pyexc_obj *o, size_t *len) {
  if (!IS_STR(O(o))) return NULL;
  if (len) *len = str_len(O(o));
  return str_c(O(o));
}

const unsigned char *pyexc_bytes_data(const pyexc_obj *o, size_t *len) {
  return (const unsigned char *)bytes_data(O(o), len);
}

size_t pyexc_len(const pyexc_obj *p) {
  Obj *o = O(p);
  if (IS_TUPLE(o)) return tuple_len(o);
  if (IS_LIST(o)) return list_len(o);
  if (IS_DICT(o)) return dict_len(o);
  if (is_inst(o, &SetType) || is_inst(o, &FrozenSetType)) return ((Set *)o)->used;
  return 0;
}

/* The i-th live entry of a dict or set, in iteration order. */
static Obj *nth_entry(Obj *o, size_t i, int value) {
  size_t pos = 0;
  Obj *k, *v;
  if (IS_DICT(o)) {
    while (dict_next(o, &pos, &k, &v))
      if (i-- == 0) return value ? v : k;
  } else {
    while (set_next(o, &pos, &k))
      if (i-- == 0) return k;
  }
  return NULL;
}

pyexc_obj *pyexc_item(pyexc_rt *rt, pyexc_obj *p, size_t i) {
  Obj *o = O(p), *r = NULL;
  if (i < pyexc_len(p)) {
    if (IS_TUPLE(o)) r = tuple_get(o, i);
    else if (IS_LIST(o)) r = list_get(o, i);
    else r = nth_entry(o, i, 0);
  }
  if (!r) return P(err_str(RT(rt), EXC(IndexError), "index out of range"));
  return P(incref(r));
}

pyexc_obj *pyexc_dict_value(pyexc_rt *rt, pyexc_obj *d, size_t i) {
  Obj *r = IS_DICT(O(d)) ? nth_entry(O(d), i, 1) : NULL;
  if (!r) return P(err_str(RT(rt), EXC(IndexError), "index out of range"));
  return P(incref(r));
}

/* ---- operations ---------------------------------------------------------------------- */

pyexc_obj *pyexc_to_str(pyexc_rt *rt, pyexc_obj *o) { return P(obj_str(RT(rt), O(o))); }
pyexc_obj *pyexc_to_repr(pyexc_rt *rt, pyexc_obj *o) { return P(obj_repr(RT(rt), O(o))); }

pyexc_obj *pyexc_getattr(pyexc_rt *rt, pyexc_obj *o, const char *name) {
  Obj *n = str_from_c(RT(rt), name);
  if (!n) return NULL;
  Obj *r = obj_getattr(RT(rt), O(o), n);
  decref(n);
  return P(r);
}

int pyexc_setattr(pyexc_rt *rt, pyexc_obj *o, const char *name, pyexc_obj *value) {
  Obj *n = str_from_c(RT(rt), name);
  if (!n) return -1;
  int r = obj_setattr(RT(rt), O(o), n, O(value));
  decref(n);
  return r;
}

pyexc_obj *pyexc_call(pyexc_rt *rt, pyexc_obj *f, pyexc_obj *args, pyexc_obj *kwargs) {
  if (args && !IS_TUPLE(O(args))) return P(err_str(RT(rt), EXC(TypeError), "arguments must be a tuple"));
  if (kwargs && !IS_DICT(O(kwargs))) return P(err_str(RT(rt), EXC(TypeError), "keyword arguments must be a dict"));
  return P(obj_call_tuple(RT(rt), O(f), args ? O(args) : tuple_empty(), O(kwargs)));
}

pyexc_obj *pyexc_call_method(pyexc_rt *rt, pyexc_obj *o, const char *name, pyexc_obj *args, pyexc_obj *kwargs) {
  pyexc_obj *m = pyexc_getattr(rt, o, name);
  if (!m) return NULL;
  pyexc_obj *r = pyexc_call(rt, m, args, kwargs);
  pyexc_decref(m);
  return r;
}

/* ---- exceptions ------------------------------------------------------------------------- */

static Obj *lookup(Rt *rt, const char *name) {
  Obj *v = NULL;
  if (rt->lang && rt->lang->main) {
    Obj *k = str_from_c(rt, name);
    if (!k) return NULL;
    v = dict_get(rt, ((Module *)rt->lang->main)->dict, k);
    decref(k);
    if (v) return incref(v);
  }
  v = dict_get_s(rt, rt->builtins, name);
  if (v) return incref(v);
  if (err_occurred(rt)) return NULL;
  return err_format(rt, EXC(NameError), "name '%s' is not defined", name);
}

pyexc_obj *pyexc_lookup(pyexc_rt *rt, const char *name) { return P(lookup(RT(rt), name)); }

pyexc_obj *pyexc_new(pyexc_rt *rt, const char *class_name, pyexc_obj *args, pyexc_obj *kwargs) {
  pyexc_obj *cls = P(lookup(RT(rt), class_name));
  if (!cls) return NULL;
  pyexc_obj *r = pyexc_call(rt, cls, args, kwargs);
  pyexc_decref(cls);
  return r;
}

static Type *lookup_class(Rt *rt, const char *name) {
  Obj *c = lookup(rt, name);
  if (!c) return NULL;
  if (!IS_TYPE(c)) {
    decref(c);
    return (Type *)err_format(rt, EXC(TypeError), "'%s' is not a class", name);
  }
  decref(c);   /* classes outlive the call: builtins or the namespace hold them */
  return AS_TYPE(c);
}

int pyexc_isinstance(pyexc_rt *rt, pyexc_obj *o, const char *class_name) {
  Type *t = lookup_class(RT(rt), class_name);
  return t ? is_inst(O(o), t) : -1;
}

int pyexc_issubclass(pyexc_rt *rt, const char *a, const char *b) {
  Type *ta = lookup_class(RT(rt), a);
  Type *tb = ta ? lookup_class(RT(rt), b) : NULL;
  return tb ? type_is_subtype(ta, tb) : -1;
}

pyexc_obj *pyexc_hierarchy(pyexc_rt *rt) { return P(exc_hierarchy(RT(rt))); }

int pyexc_split(pyexc_rt *rt, pyexc_obj *g, pyexc_obj *cond, pyexc_obj **match, pyexc_obj **rest) {
  if (!exc_is_group(O(g))) {
    err_format(RT(rt), EXC(TypeError), "'%s' object is not an exception group", type_name(O(g)));
    return -1;
  }
  return exc_group_split(RT(rt), O(g), O(cond), (Obj **)match, (Obj **)rest);
}

pyexc_obj *pyexc_subgroup(pyexc_rt *rt, pyexc_obj *g, pyexc_obj *cond) {
  if (!exc_is_group(O(g)))
    return P(err_format(RT(rt), EXC(TypeError), "'%s' object is not an exception group", type_name(O(g))));
  return P(exc_group_subgroup(RT(rt), O(g), O(cond)));
}

/* ---- running programs ------------------------------------------------------------------------ */

int pyexc_run(pyexc_rt *r, const char *source, size_t len, const char *filename, int flags, pyexc_result *res) {
  Rt *rt = RT(r);
  RunResult rr;
  int ok = lang_run(rt, source, len, filename ? filename : "<string>", (flags & PYEXC_RUN_FRESH ? RUN_FRESH : 0) | (flags & PYEXC_RUN_COLOR ? RUN_COLOR : 0), &rr);
  res->out = rr.out;
  res->out_len = rr.out_len;
  res->err = rr.err;
  res->err_len = rr.err_len;
  res->exit_code = rr.exit_code;
  res->budget_exceeded = rr.budget_exceeded;
  res->exception = P(rr.exception);
  if (ok < 0) {
    mem_free(rr.out);
    mem_free(rr.err);
    res->out = res->err = NULL;
    res->out_len = res->err_len = 0;
    return -1;
  }
  return 0;
}

void pyexc_result_free(pyexc_result *res) {
  mem_free((void *)res->out);
  mem_free((void *)res->err);
  pyexc_decref(res->exception);
  memset(res, 0, sizeof *res);
}

void pyexc_set_step_budget(pyexc_rt *rt, uint64_t steps) { RT(rt)->step_budget = steps; }

pyexc_obj *pyexc_format_exception(pyexc_rt *r, pyexc_obj *exc) {
  Rt *rt = RT(r);
  if (!is_exc(O(exc))) return P(err_format(rt, EXC(TypeError), "'%s' object is not an exception", type_name(O(exc))));
  StrBuf b = SB_INIT;
  RenderOptions opt = {-1, 1, 0};
  if (trace_format_exception(rt, &b, O(exc), &opt) < 0) { sb_free(&b); return NULL; }
  return P(str_from_buf(rt, &b));
}

/* ---- tracebacks ---------------------------------------------------------------------------- */

static Traceback *tb_at(pyexc_obj *exc, size_t i) {
  if (!is_exc(O(exc))) return NULL;
  Traceback *tb = (Traceback *)AS_EXC(O(exc))->traceback;
  while (tb && i--) tb = tb->next;
  return tb;
}

size_t pyexc_traceback_len(pyexc_obj *exc) {
  size_t n = 0;
  for (Traceback *tb = tb_at(exc, 0); tb; tb = tb->next) n++;
  return n;
}

/* A UTF-8 byte column of a source line as a code point column. */
static int char_col(Rt *rt, Obj *filename, int lineno, int byte_col) {
  if (byte_col < 0) return -1;
  Obj *line = trace_source_line(rt, filename, lineno);
  if (!line) return byte_col;
  size_t n = (size_t)byte_col < str_len(line) ? (size_t)byte_col : str_len(line);
  int c = (int)utf8_count(str_c(line), n) + (int)((size_t)byte_col - n);
  decref(line);
  return c;
}

int pyexc_traceback_entry(pyexc_rt *r, pyexc_obj *exc, size_t i, pyexc_frame_info *out) {
  Rt *rt = RT(r);
  Traceback *tb = tb_at(exc, i);
  if (!tb) { err_str(rt, EXC(IndexError), "traceback index out of range"); return -1; }
  const CodeInfo *info = tb->frame->info;
  Pos p = traceback_pos(tb);
  out->filename = str_c(info->filename);
  out->name = str_c(info->name);
  out->lineno = p.lineno;
  out->end_lineno = p.end_lineno;
  out->col = char_col(rt, info->filename, p.lineno, p.col);
  out->end_col = char_col(rt, info->filename, p.end_lineno, p.end_col);
  return 0;
}

pyexc_obj *pyexc_traceback_line(pyexc_rt *r, pyexc_obj *exc, size_t i) {
  Rt *rt = RT(r);
  Traceback *tb = tb_at(exc, i);
  if (!tb) return P(err_str(rt, EXC(IndexError), "traceback index out of range"));
  Obj *line = trace_source_line(rt, tb->frame->info->filename, traceback_pos(tb).lineno);
  return P(line ? line : incref(None));
}
