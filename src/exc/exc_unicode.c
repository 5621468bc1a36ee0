/* exc_unicode.c: UnicodeDecodeError, UnicodeEncodeError and
 * UnicodeTranslateError: their fixed argument forms and messages. */
#include "exc/exc_impl.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"

static int check_str(Rt *rt, Obj *v, int argno) {
  if (IS_STR(v)) return 0;
  return err_format_i(rt, EXC(TypeError), "argument %d must be str, not %s", argno,
                      v == None ? "None" : type_name(v));
}

static int get_index(Rt *rt, Obj *v, int64_t *out) {
  return exc_as_ssize(rt, v, out, EXC(OverflowError), "Python int too large to convert to C ssize_t");
}

/* Parses (encoding?, object, start, end, reason): `has_encoding` says whether
 * the first argument is the encoding; `object_kind` 's' for str, 'b' for
 * bytes-like (stored as bytes). */
static int unicode_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs, int has_encoding, char object_kind) {
  if (exc_base_init(rt, self, args, kwargs) < 0) return -1;
  size_t want = has_encoding ? 5 : 4, n = tuple_len(args);
  if (n != want)
    return err_format_i(rt, EXC(TypeError), "function takes exactly %zu arguments (%zu given)", want, n);
  UnicodeErrorObj *e = (UnicodeErrorObj *)self;
  size_t i = 0;
  Obj *enc = NULL;
  if (has_encoding) {
    enc = tuple_get(args, i++);
    if (check_str(rt, enc, 1) < 0) return -1;
  }
  Obj *obj = tuple_get(args, i++);
  if (object_kind == 's' && check_str(rt, obj, (int)i) < 0) return -1;
  int64_t start, end;
  if (get_index(rt, tuple_get(args, i++), &start) < 0 || get_index(rt, tuple_get(args, i++), &end) < 0) return -1;
  Obj *reason = tuple_get(args, i);
  if (check_str(rt, reason, (int)i + 1) < 0) return -1;
  Obj *stored;
  if (object_kind == 'b') {
    size_t len;
    const char *d = bytes_data(obj, &len);
    if (!d) return err_format_i(rt, EXC(TypeError), "a bytes-like object is required, not '%s'", type_name(obj));
    stored = is_type(obj, &BytesType) ? incref(obj) : bytes_new(rt, d, len);
    if (!stored) return -1;
  } else {
    stored = incref(obj);
  }
  SETREF(e->encoding, xincref(enc));
  SETREF(e->object, stored);
  SETREF(e->reason, incref(reason));
  e->start = start;
  e->end = end;
  return 0;
}

int udecode_init(Rt *rt, Obj *self, Obj *a, Obj *k) { return unicode_init(rt, self, a, k, 1, 'b'); }
int uencode_init(Rt *rt, Obj *self, Obj *a, Obj *k) { return unicode_init(rt, self, a, k, 1, 's'); }
int utranslate_init(Rt *rt, Obj *self, Obj *a, Obj *k) { return unicode_init(rt, self, a, k, 0, 's'); }

/* end - 1 as a Py_ssize_t of the platform's width. */
static long long end_minus_one(Rt *rt, int64_t end) {
  if (rt->hash_bits == 32) return (long long)(int32_t)((uint32_t)end - 1u);
  return (long long)((uint64_t)end - 1u);
}

/* Whether the message names one position (3.13 added the bounds checks). */
static int single(Rt *rt, UnicodeErrorObj *e, int64_t len) {
  if (rt->pyv >= PY313) return e->start >= 0 && e->start < len && e->end >= 0 && e->end <= len && e->end == e->start + 1;
  return e->start < len && e->end == e->start + 1;
}

/* The object attribute is writable: one of the wrong type (which CPython
 * before 3.14 reads as if it were right, undefined behaviour) gets 3.14's
 * TypeError in every version. */
static int object_ok(Rt *rt, UnicodeErrorObj *e, int want_bytes) {
  if (want_bytes ? bytes_data(e->object, NULL) != NULL : IS_STR(e->object)) return 0;
  err_format(rt, EXC(TypeError), "UnicodeError 'object' attribute must be a %s", want_bytes ? "bytes" : "string");
  return -1;
}

typedef struct Parts { Obj *reason, *encoding; } Parts;

static int parts(Rt *rt, UnicodeErrorObj *e, Parts *p) {
  p->reason = obj_str(rt, e->reason ? e->reason : None);
  p->encoding = p->reason ? obj_str(rt, e->encoding ? e->encoding : None) : NULL;
  if (!p->encoding) { xdecref(p->reason); return -1; }
  return 0;
}

static void drop(Parts *p) { decref(p->reason); decref(p->encoding); }

static const char *char_fmt(uint32_t c) {
  return c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x";
}

Obj *udecode_str(Rt *rt, Obj *self) {
  UnicodeErrorObj *e = (UnicodeErrorObj *)self;
  if (!e->object) return incref(str_empty());
  Parts p;
  if (object_ok(rt, e, 1) < 0 || parts(rt, e, &p) < 0) return NULL;
  size_t len;
  const char *d = bytes_data(e->object, &len);
  Obj *r;
  if (single(rt, e, (int64_t)len)) {
    /* before 3.13 a negative start read the byte before the buffer: 0xff */
    unsigned byte = e->start >= 0 ? (unsigned char)d[e->start] : 0xff;
    r = str_fromf(rt, "'%U' codec can't decode byte 0x%02x in position %lld: %U", p.encoding, byte,
                  (long long)e->start, p.reason);
  } else {
    r = str_fromf(rt, "'%U' codec can't decode bytes in position %lld-%lld: %U", p.encoding, (long long)e->start,
                  end_minus_one(rt, e->end), p.reason);
  }
  drop(&p);
  return r;
}

static Obj *char_message(Rt *rt, UnicodeErrorObj *e, const char *verb, Obj *encoding, Obj *reason) {
  StrBuf b = SB_INIT;
  if (encoding) sb_addf(&b, "'%s' codec ", str_c(encoding));
  int64_t len = (int64_t)AS_STR(e->object)->cplen;
  if (single(rt, e, len) && e->start >= 0) {
    uint32_t c = str_char_at(e->object, (size_t)e->start);
    sb_addf(&b, "can't %s character '", verb);
    sb_addf(&b, char_fmt(c), c);
    sb_addf(&b, "' in position %lld: ", (long long)e->start);
  } else {
    sb_addf(&b, "can't %s characters in position %lld-%lld: ", verb, (long long)e->start, end_minus_one(rt, e->end));
  }
  sb_add(&b, str_c(reason), str_len(reason));
  return str_from_buf(rt, &b);
}

Obj *uencode_str(Rt *rt, Obj *self) {
  UnicodeErrorObj *e = (UnicodeErrorObj *)self;
  if (!e->object) return incref(str_empty());
  Parts p;
  if (object_ok(rt, e, 0) < 0 || parts(rt, e, &p) < 0) return NULL;
  Obj *r = char_message(rt, e, "encode", p.encoding, p.reason);
  drop(&p);
  return r;
}

Obj *utranslate_str(Rt *rt, Obj *self) {
  UnicodeErrorObj *e = (UnicodeErrorObj *)self;
  if (!e->object) return incref(str_empty());
  if (object_ok(rt, e, 0) < 0) return NULL;
  Obj *reason = obj_str(rt, e->reason ? e->reason : None);
  if (!reason) return NULL;
  Obj *r = char_message(rt, e, "translate", NULL, reason);
  decref(reason);
  return r;
}

static Obj *get_start(Rt *rt, Obj *self) { return int_from_i64(rt, ((UnicodeErrorObj *)self)->start); }
static Obj *get_end(Rt *rt, Obj *self) { return int_from_i64(rt, ((UnicodeErrorObj *)self)->end); }
static int set_start(Rt *rt, Obj *self, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "can't delete numeric/char attribute");
  return get_index(rt, v, &((UnicodeErrorObj *)self)->start);
}
static int set_end(Rt *rt, Obj *self, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "can't delete numeric/char attribute");
  return get_index(rt, v, &((UnicodeErrorObj *)self)->end);
}

const MemberDef unicode_members[] = {
  {"encoding", MEMBER_OBJ, offsetof(UnicodeErrorObj, encoding)},
  {"object", MEMBER_OBJ, offsetof(UnicodeErrorObj, object)},
  {"reason", MEMBER_OBJ, offsetof(UnicodeErrorObj, reason)},
  {NULL, 0, 0}
};

const GetSetDef unicode_getsets[] = {
  {"start", get_start, set_start},
  {"end", get_end, set_end},
  {NULL, NULL, NULL}
};
