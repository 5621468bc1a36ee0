/* exc_syntax.c: SyntaxError and its subclasses: the
 * (msg, (filename, lineno, offset, text[, end_lineno, end_offset])) form and
 * the "msg (file.py, line 3)" str. */
#include "exc/exc_impl.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"

/* 3.14 takes a 7th detail, stored as _metadata. */
static const size_t max_details[PY_NVERSIONS] = {6, 6, 6, 7};

int syntax_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  if (exc_base_init(rt, self, args, kwargs) < 0) return -1;
  SyntaxErrorObj *e = (SyntaxErrorObj *)self;
  size_t n = tuple_len(args);
  if (n >= 1) SETREF(e->msg, incref(tuple_get(args, 0)));
  if (n != 2) return 0;
  Obj *info = obj_to_tuple(rt, tuple_get(args, 1));
  if (!info) return -1;
  size_t k = tuple_len(info), max = max_details[rt->pyv];
  if (k < 4 || k > max) {
    err_format(rt, EXC(TypeError), "function takes at %s %zu arguments (%zu given)", k < 4 ? "least" : "most",
               k < 4 ? (size_t)4 : max, k);
    decref(info);
    return -1;
  }
  Obj **slots[] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset, &e->metadata};
  for (size_t i = 0; i < 7; i++) SETREF(*slots[i], i < k ? incref(tuple_get(info, i)) : NULL);
  decref(info);
  if (e->end_lineno && !e->end_offset)
    return err_format_i(rt, EXC(TypeError), "end_offset must be provided when end_lineno is provided");
  return 0;
}

/* The part after the last '/'. */
static Obj *basename_of(Rt *rt, Obj *filename) {
  const char *s = str_c(filename), *slash = strrchr(s, '/');
  if (!slash) return incref(filename);
  return str_from_c(rt, slash + 1);
}

/* CPython reads lineno as a C long; out of range shows as -1. */
static long long lineno_value(Rt *rt, Obj *lineno) {
  int64_t v;
  if (int_as_i64(lineno, &v) < 0) return -1;
  if (rt->hash_bits == 32 && (v < INT32_MIN || v > INT32_MAX)) return -1;
  return v;
}

Obj *syntax_str(Rt *rt, Obj *self) {
  SyntaxErrorObj *e = (SyntaxErrorObj *)self;
  Obj *msg = e->msg ? e->msg : None;
  Obj *file = e->filename && IS_STR(e->filename) ? basename_of(rt, e->filename) : NULL;
  if (e->filename && IS_STR(e->filename) && !file) return NULL;
  int have_line = e->lineno && is_type(e->lineno, &IntType);
  Obj *r;
  if (!file && !have_line) return obj_str(rt, msg);
  if (file && have_line) r = str_fromf(rt, "%S (%U, line %lld)", msg, file, lineno_value(rt, e->lineno));
  else if (file) r = str_fromf(rt, "%S (%U)", msg, file);
  else r = str_fromf(rt, "%S (line %lld)", msg, lineno_value(rt, e->lineno));
  xdecref(file);
  return r;
}

#define M(name, field) {name, MEMBER_OBJ, offsetof(SyntaxErrorObj, field)}
const MemberDef syntax_members[] = {
  M("msg", msg), M("filename", filename), M("lineno", lineno), M("offset", offset), M("text", text),
  M("end_lineno", end_lineno), M("end_offset", end_offset), M("print_file_and_line", print_file_and_line),
  {NULL, 0, 0}
};
#undef M

/* _metadata exists from 3.14 on. */
static Obj *get_metadata(Rt *rt, Obj *self) {
  if (rt->pyv < PY314) return exc_version_attr_get(rt, self, "_metadata");
  Obj *v = ((SyntaxErrorObj *)self)->metadata;
  return incref(v ? v : None);
}
static int set_metadata(Rt *rt, Obj *self, Obj *v) {
  if (rt->pyv < PY314) return exc_version_attr_set(rt, self, "_metadata", v);
  SETREF(((SyntaxErrorObj *)self)->metadata, xincref(v));
  return 0;
}
const GetSetDef syntax_getsets[] = {{"_metadata", get_metadata, set_metadata}, {NULL, NULL, NULL}};
