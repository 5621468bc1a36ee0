/* str.c: str values: creation, interning, repr, hashing, comparison,
 * formatting of C messages, and the core slots. (Methods: str_methods.c.) */
#include "obj/str.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/methods.h"
#include "obj/args.h"
#include "base/mem.h"
#include "base/utf8.h"
#include "base/unicode.h"
#include <stdio.h>

static Str *str_alloc(Rt *rt, size_t len) {
  /* nothing cleared: every field is set here and in str_finish, the bytes by the caller */
  Str *s = (Str *)obj_alloc_head(rt, &StrType, sizeof(Str) + len + 1, 0);
  if (!s) return NULL;
  s->len = len;
  s->hash = -1;
  s->cplen = 0;
  s->ascii = 0;
  return s;
}

static void str_finish(Str *s) {
  s->s[s->len] = '\0';
  s->cplen = utf8_count(s->s, s->len);
  s->ascii = s->cplen == s->len;
}

Obj *str_new(Rt *rt, const char *p, size_t len) {
  if (len == 0) return incref(str_empty());
  Str *s = str_alloc(rt, len);
  if (!s) return NULL;
  memcpy(s->s, p, len);
  str_finish(s);
  return (Obj *)s;
}

Obj *str_from_c(Rt *rt, const char *p) { return str_new(rt, p, strlen(p)); }

Obj *str_from_buf(Rt *rt, StrBuf *b) {
  if (sb_failed(b)) { sb_free(b); return err_nomem(rt); }
  Obj *s = str_new(rt, b->data ? b->data : "", b->len);
  sb_free(b);
  return s;
}

Obj *str_fromf(Rt *rt, const char *fmt, ...) {
  StrBuf b = SB_INIT;
  va_list ap;
  va_start(ap, fmt);
  int r = str_vformat_to(rt, &b, fmt, ap);
  va_end(ap);
  if (r < 0) { sb_free(&b); return NULL; }
  return str_from_buf(rt, &b);
}

/* ---- interned immortal names ---------------------------------------------------- */

static Str empty_str = {OBJ_HEAD_INIT(&StrType), 0, 0, 0, 1};
Obj *str_empty(void) { return (Obj *)&empty_str; }

static Str **intern_tab;
static size_t intern_cap, intern_n;

static uint64_t fnv(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

static int intern_grow(void) {
  size_t cap = intern_cap ? intern_cap * 2 : 512;
  Str **t = mem_alloc_unlimited(cap * sizeof(Str *));
  if (!t) return -1;
  memset(t, 0, cap * sizeof(Str *));
  for (size_t i = 0; i < intern_cap; i++) {
    Str *s = intern_tab[i];
    if (!s) continue;
    size_t j = fnv(s->s, s->len) & (cap - 1);
    while (t[j]) j = (j + 1) & (cap - 1);
    t[j] = s;
  }
  mem_free(intern_tab);
  intern_tab = t;
  intern_cap = cap;
  return 0;
}

Obj *str_static(const char *p) {
  size_t len = strlen(p);
  if (len == 0) return str_empty();
  if ((intern_n + 1) * 2 > intern_cap && intern_grow() < 0) return NULL;
  size_t j = fnv(p, len) & (intern_cap - 1);
  for (; intern_tab[j]; j = (j + 1) & (intern_cap - 1)) {
    Str *s = intern_tab[j];
    if (s->len == len && memcmp(s->s, p, len) == 0) return (Obj *)s;
  }
  Str *s = mem_alloc_unlimited(sizeof(Str) + len + 1);
  if (!s) return NULL;
  memset(s, 0, sizeof(Str));
  s->ob.rc = IMMORTAL_RC;
  s->ob.type = &StrType;
  s->len = len;
  s->hash = -1;
  memcpy(s->s, p, len);
  str_finish(s);
  intern_tab[j] = s;
  intern_n++;
  return (Obj *)s;
}

/* ---- basic operations ------------------------------------------------------------- */

int str_eq_c(Obj *s, const char *c) {
  return IS_STR(s) && AS_STR(s)->len == strlen(c) && memcmp(AS_STR(s)->s, c, AS_STR(s)->len) == 0;
}

int str_equal(Obj *a, Obj *b) {
  if (a == b) return 1;
  Str *x = AS_STR(a), *y = AS_STR(b);
  if (x->len != y->len) return 0;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
  return memcmp(x->s, y->s, x->len) == 0;
}

/* str hashes are randomized in CPython, so no program can depend on their
 * values; any good hash will do. One value serves every profile (it fits
 * the 32-bit Py_hash_t of the wasm platforms), because the interned names
 * in the shared static type dicts are hashed once for all runtimes. */
int64_t str_hash(Rt *rt, Obj *o) {
  Str *s = AS_STR(o);
  if (s->hash != -1) return s->hash;
  (void)rt;
  uint64_t h = fnv(s->s, s->len);
  int64_t v = (int64_t)(int32_t)(uint32_t)(h ^ (h >> 32));
  if (v == -1) v = -2;
  s->hash = v;
  return v;
}

Obj *str_concat(Rt *rt, Obj *a, Obj *b) {
  if (!IS_STR(b))
    return err_format(rt, EXC(TypeError), "can only concatenate str (not \"%s\") to str", type_name(b));
  Str *x = AS_STR(a), *y = AS_STR(b);
  if (y->len == 0 && is_type(a, &StrType)) return incref(a);
  if (x->len == 0 && is_type(b, &StrType)) return incref(b);
  Str *s = str_alloc(rt, x->len + y->len);
  if (!s) return NULL;
  memcpy(s->s, x->s, x->len);
  memcpy(s->s + x->len, y->s, y->len);
  str_finish(s);
  return (Obj *)s;
}

uint32_t str_char_at(Obj *o, size_t i) {
  Str *s = AS_STR(o);
  if (s->ascii) return (unsigned char)s->s[i];
  size_t off = utf8_offset(s->s, s->len, i), adv;
  return utf8_decode(s->s + off, s->len - off, &adv);
}

Obj *str_substr(Rt *rt, Obj *o, size_t a, size_t b) {
  Str *s = AS_STR(o);
  if (a == 0 && b == s->cplen && is_type(o, &StrType)) return incref(o);
  if (s->ascii) return str_new(rt, s->s + a, b - a);
  size_t oa = utf8_offset(s->s, s->len, a);
  size_t ob = oa + utf8_offset(s->s + oa, s->len - oa, b - a);
  return str_new(rt, s->s + oa, ob - oa);
}

/* ---- repr --------------------------------------------------------------------------- */

/* Each CPython version has its own Unicode database: src/base has 3.11's
 * (Unicode 14.0); the table adds the characters later versions assigned.
 * Characters only ever become printable, never stop being so, so a
 * character is printable in a version if the base says so or the table has
 * it from that version on. */
typedef struct PrintableSince { uint32_t first, last; PyVersion since; } PrintableSince;
#include "obj/str_printable.inc"

int str_char_printable(const Rt *rt, uint32_t c) {
  if (uni_isprintable(c)) return 1;
  size_t lo = 0, hi = sizeof printable_since / sizeof *printable_since;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (c < printable_since[mid].first) hi = mid;
    else if (c > printable_since[mid].last) lo = mid + 1;
    else return rt->pyv >= printable_since[mid].since;
  }
  return 0;
}

void str_repr_to(const Rt *rt, StrBuf *b, const char *p, size_t len) {
  int has_sq = memchr(p, '\'', len) != NULL, has_dq = memchr(p, '"', len) != NULL;
  char q = has_sq && !has_dq ? '"' : '\'';
  sb_addc(b, q);
  for (size_t i = 0; i < len;) {
    size_t adv;
    uint32_t c = utf8_decode(p + i, len - i, &adv);
    if (c == (uint32_t)q || c == '\\') { sb_addc(b, '\\'); sb_addc(b, (char)c); }
    else if (c == '\t') sb_adds(b, "\\t");
    else if (c == '\n') sb_adds(b, "\\n");
    else if (c == '\r') sb_adds(b, "\\r");
    else if (c < ' ' || c == 0x7f) sb_addf(b, "\\x%02x", c);
    else if (c < 0x7f) sb_addc(b, (char)c);
    else if (str_char_printable(rt, c)) sb_add(b, p + i, adv);
    else if (c < 0x100) sb_addf(b, "\\x%02x", c);
    else if (c < 0x10000) sb_addf(b, "\\u%04x", c);
    else sb_addf(b, "\\U%08x", c);
    i += adv;
  }
  sb_addc(b, q);
}

static Obj *str_repr(Rt *rt, Obj *o) {
  StrBuf b = SB_INIT;
  str_repr_to(rt, &b, AS_STR(o)->s, AS_STR(o)->len);
  return str_from_buf(rt, &b);
}

static int str_repr_append(Rt *rt, StrBuf *b, Obj *o) {
  str_repr_to(rt, b, AS_STR(o)->s, AS_STR(o)->len);
  return 0;
}

static Obj *str_str(Rt *rt, Obj *o) {
  if (is_type(o, &StrType)) return incref(o);
  return str_new(rt, AS_STR(o)->s, AS_STR(o)->len);
}

/* ---- C-level message formatting ------------------------------------------------------ */

static int add_obj_text(Rt *rt, StrBuf *b, Obj *o, int repr) {
  if (repr) return obj_repr_to(rt, b, o);
  Obj *s = obj_str(rt, o);
  if (!s) return -1;
  sb_add(b, AS_STR(s)->s, AS_STR(s)->len);
  decref(s);
  return 0;
}

int str_vformat_to(Rt *rt, StrBuf *b, const char *fmt, va_list ap) {
  for (const char *f = fmt; *f; f++) {
    if (*f != '%') { sb_addc(b, *f); continue; }
    const char *start = f++;
    if (*f == '%') { sb_addc(b, '%'); continue; }
    switch (*f) {
    case 'R': if (add_obj_text(rt, b, va_arg(ap, Obj *), 1) < 0) return -1; continue;
    case 'S': if (add_obj_text(rt, b, va_arg(ap, Obj *), 0) < 0) return -1; continue;
    case 'T': sb_adds(b, type_name(va_arg(ap, Obj *))); continue;
    case 'N': sb_adds(b, va_arg(ap, Type *)->name); continue;
    case 'U': { Obj *s = va_arg(ap, Obj *); sb_add(b, AS_STR(s)->s, AS_STR(s)->len); continue; }
    default: break;
    }
    while (*f && strchr("-+ #0", *f)) f++;
    while (*f >= '0' && *f <= '9') f++;
    if (*f == '.') { f++; while (*f >= '0' && *f <= '9') f++; }
    int lng = 0, sz = 0;
    if (*f == 'z') { sz = 1; f++; }
    while (*f == 'l') { lng++; f++; }
    char spec[32];
    size_t n = (size_t)(f - start + 1);
    if (n >= sizeof spec) return -1;
    memcpy(spec, start, n);
    spec[n] = '\0';
    /* no flags, width or precision: no need for printf */
    int plain = f - start == 1 + sz + lng;
    if (plain && *f == 's') { sb_adds(b, va_arg(ap, const char *)); continue; }
    if (plain && (*f == 'd' || *f == 'i' || *f == 'u')) {
      unsigned long long v;
      int neg = 0;
      if (*f == 'u') v = sz ? va_arg(ap, size_t) : lng >= 2 ? va_arg(ap, unsigned long long)
                       : lng == 1 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
      else {
        long long x = sz ? (long long)va_arg(ap, size_t) : lng >= 2 ? va_arg(ap, long long)
                    : lng == 1 ? va_arg(ap, long) : va_arg(ap, int);
        neg = x < 0;
        v = neg ? 0ull - (unsigned long long)x : (unsigned long long)x;
      }
      char digits[24], *d = sb_digits(digits + sizeof digits, v, neg);
      sb_add(b, d, (size_t)(digits + sizeof digits - d));
      continue;
    }
    switch (*f) {
    case 'd': case 'i': case 'u': case 'x': case 'X':
      if (sz) sb_addf(b, spec, va_arg(ap, size_t));
      else if (lng >= 2) sb_addf(b, spec, va_arg(ap, long long));
      else if (lng == 1) sb_addf(b, spec, va_arg(ap, long));
      else sb_addf(b, spec, va_arg(ap, int));
      break;
    case 'c': sb_addcp(b, (uint32_t)va_arg(ap, int)); break;
    case 's': sb_addf(b, spec, va_arg(ap, const char *)); break;
    case 'p': sb_addf(b, "0x%llx", (unsigned long long)(uintptr_t)va_arg(ap, void *)); break;
    case 'f': case 'g': case 'e': sb_addf(b, spec, va_arg(ap, double)); break;
    default: return -1;
    }
  }
  return sb_failed(b) ? (err_nomem(rt), -1) : 0;
}

/* ---- slots ----------------------------------------------------------------------------- */

static int str_cmp(Obj *a, Obj *b) {
  Str *x = AS_STR(a), *y = AS_STR(b);
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->s, y->s, n);   /* UTF-8 byte order is code point order */
  if (c) return c < 0 ? -1 : 1;
  return x->len < y->len ? -1 : x->len > y->len;
}

static Obj *str_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  (void)rt;
  if (!IS_STR(b)) return incref(NotImpl);
  if (op == CMP_EQ || op == CMP_NE) {
    int eq = str_equal(a, b);
    return incref(bool_obj(op == CMP_EQ ? eq : !eq));
  }
  int c = str_cmp(a, b);
  int r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
  return incref(bool_obj(r));
}

static int64_t str_len_slot(Rt *rt, Obj *o) { (void)rt; return (int64_t)AS_STR(o)->cplen; }

static Obj *str_repeat(Rt *rt, Obj *o, int64_t n) {
  Str *s = AS_STR(o);
  if (n <= 0 || s->len == 0) return incref(str_empty());
  if (n == 1 && is_type(o, &StrType)) return incref(o);
  if ((uint64_t)n > (SIZE_MAX / 2) / s->len) return err_nomem(rt);
  Str *r = str_alloc(rt, s->len * (size_t)n);
  if (!r) return NULL;
  for (int64_t i = 0; i < n; i++) memcpy(r->s + (size_t)i * s->len, s->s, s->len);
  str_finish(r);
  return (Obj *)r;
}

static Obj *str_getitem(Rt *rt, Obj *o, Obj *key) {
  Str *s = AS_STR(o);
  if (is_type(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(rt, key, (int64_t)s->cplen, &start, &stop, &step);
    if (n < 0) return NULL;
    if (step == 1) return str_substr(rt, o, (size_t)start, (size_t)(start + n));
    StrBuf b = SB_INIT;
    for (int64_t i = 0, k = start; i < n; i++, k += step) sb_addcp(&b, str_char_at(o, (size_t)k));
    return str_from_buf(rt, &b);
  }
  if (!key->type->num || !key->type->num->index)
    return err_format(rt, EXC(TypeError), "string indices must be integers, not '%s'", type_name(key));
  int64_t i;
  if (num_as_subscript(rt, key, &i) < 0) return NULL;
  if (i < 0) i += (int64_t)s->cplen;
  if (i < 0 || i >= (int64_t)s->cplen) return err_str(rt, EXC(IndexError), "string index out of range");
  char tmp[4];
  return str_new(rt, tmp, utf8_encode(str_char_at(o, (size_t)i), tmp));
}

static int str_contains(Rt *rt, Obj *o, Obj *item) {
  if (!IS_STR(item))
    return err_format_i(rt, EXC(TypeError), "'in <string>' requires string as left operand, not %s",
                        type_name(item));
  Str *h = AS_STR(o), *n = AS_STR(item);
  if (n->len == 0) return 1;
  if (n->len > h->len) return 0;
  for (size_t i = 0; i + n->len <= h->len; i++)
    if (memcmp(h->s + i, n->s, n->len) == 0) return 1;
  return 0;
}

static Obj *str_iter(Rt *rt, Obj *o) { return seqiter_new(rt, &StrIterType, o); }

static Obj *str_new_slot(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  static const char *const names[] = {"object", "encoding", "errors"};
  Obj *v[3] = {NULL, NULL, NULL};
  size_t nk = kwargs ? dict_len(kwargs) : 0;
  if (tuple_len(args) > 3 && t == &StrType && !nk && rt->pyv >= PY313)   /* 3.13's vectorcall */
    return err_format(rt, EXC(TypeError), "str expected at most 3 arguments, got %zu", tuple_len(args));
  if (tuple_len(args) > 3) return err_format(rt, EXC(TypeError), "str() takes at most 3 arguments (%zu given)", tuple_len(args) + nk);
  for (size_t i = 0; i < tuple_len(args); i++) v[i] = tuple_get(args, i);
  for (size_t i = 0; i < 3 && kwargs; i++) {
    Obj *x = dict_get_s(rt, kwargs, names[i]);
    if (x) v[i] = x;
  }
  Obj *r;
  if (!v[0]) r = incref(str_empty());
  else if (!v[1] && !v[2]) r = obj_str(rt, v[0]);
  else {
    size_t n;
    const char *d = bytes_data(v[0], &n);
    if (!d) return err_format(rt, EXC(TypeError), "decoding to str: need a bytes-like object, %s found", type_name(v[0]));
    if (v[1] && !IS_STR(v[1])) return arg_bad(rt, "str", "argument 'encoding'", "str", v[1]);
    if (v[2] && !IS_STR(v[2])) return arg_bad(rt, "str", "argument 'errors'", "str", v[2]);
    r = codec_decode(rt, d, n, v[1], v[2]);
  }
  if (!r || t == &StrType) return r;
  size_t extra = t->dictoffset == DICT_AFTER_ITEMS ? DICT_AFTER_ITEMS_EXTRA : 0;
  Str *s = (Str *)obj_alloc(rt, t, sizeof(Str) + AS_STR(r)->len + 1 + extra);
  if (s) {
    s->len = AS_STR(r)->len;
    s->hash = -1;
    memcpy(s->s, AS_STR(r)->s, s->len);
    str_finish(s);
  }
  decref(r);
  return (Obj *)s;
}

static void str_dealloc(Obj *o) { obj_free_mem(o); }

extern const MethodDef str_methods[];
extern const NumSlots str_num;   /* str_methods.c: % */

Type StrType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "str",
  .basicsize = sizeof(Str),
  .itemsize = 1,
  .flags = TF_BASETYPE,
  .dealloc = str_dealloc,
  .repr = str_repr,
  .repr_to = str_repr_append,
  .str = str_str,
  .hash = str_hash,
  .richcmp = str_richcmp,
  .len = str_len_slot,
  .concat = str_concat,
  .repeat = str_repeat,
  .getitem = str_getitem,
  .contains = str_contains,
  .iter = str_iter,
  .new_ = str_new_slot,
  .num = &str_num,
  .methods = str_methods,
};
