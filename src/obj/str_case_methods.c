/* str_case_methods.c: str case mapping (full Unicode mappings, final
 * sigma), the is*() predicates, translate and maketrans, as CPython's
 * unicodeobject.c does them. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "base/mem.h"
#include "base/utf8.h"
#include "base/unicode.h"

#define STR_METHOD(fn) Obj *fn(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames)

/* The code points of a str (mem_alloc'd; *n gets the count). */
static uint32_t *code_points(Rt *rt, Obj *o, size_t *n) {
  Str *s = AS_STR(o);
  uint32_t *cp = mem_alloc((s->cplen + 1) * sizeof(uint32_t));
  if (!cp) { err_nomem(rt); return NULL; }
  size_t adv, k = 0;
  for (size_t i = 0; i < s->len; i += adv) cp[k++] = utf8_decode(s->s + i, s->len - i, &adv);
  *n = k;
  return cp;
}

/* Titlecase (Lt) characters: the base table's title flag is str.istitle()
 * of the one-character string, which uppercase letters also have. */
static int char_istitle(uint32_t c) { return uni_istitle(c) && !uni_isupper(c); }

static int is_cased(uint32_t c) { return uni_isupper(c) || uni_islower(c) || uni_istitle(c); }

/* Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter,
 * MidNumLet and Single_Quote characters. */
static int is_case_ignorable(uint32_t c) {
  switch (c) {
  case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2018: case 0x2019:
  case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
    return 1;
  default: break;
  }
  const char *cat = uni_category(c);
  return (cat[0] == 'M' && (cat[1] == 'n' || cat[1] == 'e')) || (cat[0] == 'C' && cat[1] == 'f') ||
         (cat[0] == 'L' && cat[1] == 'm') || (cat[0] == 'S' && cat[1] == 'k');
}

/* U+03A3 lowers to final sigma after a cased letter not followed by one
 * (case-ignorable characters skipped on both sides). */
static uint32_t capital_sigma(const uint32_t *cp, size_t n, size_t i) {
  size_t j = i;
  uint32_t c = 0;
  while (j > 0 && is_case_ignorable(c = cp[j - 1])) j--;
  int final = j > 0 && is_cased(c);
  if (final && i + 1 < n) {
    size_t k = i + 1;
    while (k < n && is_case_ignorable(cp[k])) k++;
    final = k == n || !is_cased(cp[k]);
  }
  return final ? 0x3C2 : 0x3C3;
}

static int lower_at(const uint32_t *cp, size_t n, size_t i, uint32_t out[3]) {
  if (cp[i] == 0x3A3) { out[0] = capital_sigma(cp, n, i); return 1; }
  return uni_tolower(cp[i], out);
}

static void add_mapped(StrBuf *b, const uint32_t *m, int k) {
  for (int i = 0; i < k; i++) sb_addcp(b, m[i]);
}

enum CaseOp { C_UPPER, C_LOWER, C_TITLE, C_CAPITALIZE, C_SWAPCASE, C_CASEFOLD };

static Obj *case_map(Rt *rt, Obj *self, enum CaseOp op) {
  size_t n;
  uint32_t *cp = code_points(rt, self, &n);
  if (!cp) return NULL;
  StrBuf b = SB_INIT;
  uint32_t m[3];
  int prev_cased = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = cp[i];
    int k;
    switch (op) {
    case C_UPPER: k = uni_toupper(c, m); break;
    case C_LOWER: k = lower_at(cp, n, i, m); break;
    case C_CASEFOLD: k = uni_casefold(c, m); break;
    case C_CAPITALIZE: k = i == 0 ? uni_totitle(c, m) : lower_at(cp, n, i, m); break;
    case C_SWAPCASE:
      if (uni_isupper(c)) k = lower_at(cp, n, i, m);
      else if (uni_islower(c)) k = uni_toupper(c, m);
      else { m[0] = c; k = 1; }
      break;
    default:
      k = prev_cased ? lower_at(cp, n, i, m) : uni_totitle(c, m);
      prev_cased = is_cased(c);
      break;
    }
    add_mapped(&b, m, k);
  }
  mem_free(cp);
  return str_from_buf(rt, &b);
}

#define CASE_METHOD(fn, qname, op) \
  STR_METHOD(fn) { \
    (void)argv; \
    if (args_none(rt, qname, argc, kwnames) < 0) return NULL; \
    return case_map(rt, self, op); \
  }
CASE_METHOD(str_upper, "str.upper", C_UPPER)
CASE_METHOD(str_lower, "str.lower", C_LOWER)
CASE_METHOD(str_title, "str.title", C_TITLE)
CASE_METHOD(str_capitalize, "str.capitalize", C_CAPITALIZE)
CASE_METHOD(str_swapcase, "str.swapcase", C_SWAPCASE)
CASE_METHOD(str_casefold, "str.casefold", C_CASEFOLD)

/* ---- predicates --------------------------------------------------------------------------- */

/* All characters satisfy pred, and there is at least one. */
static Obj *all_chars(Obj *self, int (*pred)(uint32_t)) {
  Str *s = AS_STR(self);
  if (s->len == 0) return incref(Py_False);
  size_t adv;
  for (size_t i = 0; i < s->len; i += adv)
    if (!pred(utf8_decode(s->s + i, s->len - i, &adv))) return incref(Py_False);
  return incref(Py_True);
}

#define PRED_METHOD(fn, qname, pred) \
  STR_METHOD(fn) { \
    (void)argv; \
    if (args_none(rt, qname, argc, kwnames) < 0) return NULL; \
    return all_chars(self, pred); \
  }
PRED_METHOD(str_isdigit, "str.isdigit", uni_isdigit)
PRED_METHOD(str_isalpha, "str.isalpha", uni_isalpha)
PRED_METHOD(str_isalnum, "str.isalnum", uni_isalnum)
PRED_METHOD(str_isspace, "str.isspace", uni_isspace)
PRED_METHOD(str_isnumeric, "str.isnumeric", uni_isnumeric)
PRED_METHOD(str_isdecimal, "str.isdecimal", uni_isdecimal)

/* isupper (want_upper) / islower: a cased character and none of the other case. */
static Obj *case_pred(Obj *self, int want_upper) {
  Str *s = AS_STR(self);
  size_t adv;
  int cased = 0;
  for (size_t i = 0; i < s->len; i += adv) {
    uint32_t c = utf8_decode(s->s + i, s->len - i, &adv);
    if ((want_upper ? uni_islower(c) : uni_isupper(c)) || char_istitle(c)) return incref(Py_False);
    if (want_upper ? uni_isupper(c) : uni_islower(c)) cased = 1;
  }
  return incref(bool_obj(cased));
}

STR_METHOD(str_isupper) {
  (void)argv;
  if (args_none(rt, "str.isupper", argc, kwnames) < 0) return NULL;
  return case_pred(self, 1);
}

STR_METHOD(str_islower) {
  (void)argv;
  if (args_none(rt, "str.islower", argc, kwnames) < 0) return NULL;
  return case_pred(self, 0);
}

STR_METHOD(str_istitle) {
  (void)argv;
  if (args_none(rt, "str.istitle", argc, kwnames) < 0) return NULL;
  Str *s = AS_STR(self);
  size_t adv;
  int cased = 0, prev = 0;
  for (size_t i = 0; i < s->len; i += adv) {
    uint32_t c = utf8_decode(s->s + i, s->len - i, &adv);
    if (uni_isupper(c) || char_istitle(c)) {
      if (prev) return incref(Py_False);
      prev = cased = 1;
    } else if (uni_islower(c)) {
      if (!prev) return incref(Py_False);
      prev = cased = 1;
    } else {
      prev = 0;
    }
  }
  return incref(bool_obj(cased));
}

STR_METHOD(str_isidentifier) {
  (void)argv;
  if (args_none(rt, "str.isidentifier", argc, kwnames) < 0) return NULL;
  Str *s = AS_STR(self);
  if (s->len == 0) return incref(Py_False);
  size_t adv;
  for (size_t i = 0; i < s->len; i += adv) {
    uint32_t c = utf8_decode(s->s + i, s->len - i, &adv);
    if (i == 0 ? !(uni_xid_start(c) || c == '_') : !uni_xid_continue(c)) return incref(Py_False);
  }
  return incref(Py_True);
}

STR_METHOD(str_isprintable) {
  (void)argv;
  if (args_none(rt, "str.isprintable", argc, kwnames) < 0) return NULL;
  Str *s = AS_STR(self);
  size_t adv;
  for (size_t i = 0; i < s->len; i += adv)
    if (!str_char_printable(rt, utf8_decode(s->s + i, s->len - i, &adv))) return incref(Py_False);
  return incref(Py_True);
}

STR_METHOD(str_isascii) {
  (void)argv;
  if (args_none(rt, "str.isascii", argc, kwnames) < 0) return NULL;
  return incref(bool_obj(AS_STR(self)->ascii));
}

/* ---- translate, maketrans ---------------------------------------------------------------------- */

STR_METHOD(str_translate) {
  if (args_one(rt, "str.translate", argc, kwnames) < 0) return NULL;
  Obj *table = argv[0];
  Str *s = AS_STR(self);
  StrBuf b = SB_INIT;
  size_t adv;
  for (size_t i = 0; i < s->len; i += adv) {
    uint32_t c = utf8_decode(s->s + i, s->len - i, &adv);
    Obj *key = int_from_i64(rt, c);
    Obj *v = key ? obj_getitem(rt, table, key) : NULL;
    xdecref(key);
    if (!v) {
      if (!err_matches(rt, EXC(LookupError))) goto fail;
      err_clear(rt);
      sb_add(&b, s->s + i, adv);
      continue;
    }
    if (v == None) {
    } else if (IS_INT(v)) {
      int64_t x;
      if (int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
        decref(v);
        err_str(rt, EXC(ValueError), "character mapping must be in range(0x110000)");
        goto fail;
      }
      sb_addcp(&b, (uint32_t)x);
    } else if (IS_STR(v)) {
      sb_add(&b, str_c(v), str_len(v));
    } else {
      decref(v);
      err_str(rt, EXC(TypeError), "character mapping must return integer, None or str");
      goto fail;
    }
    decref(v);
  }
  return str_from_buf(rt, &b);
fail:
  sb_free(&b);
  return NULL;
}

static int set_cp(Rt *rt, Obj *d, uint32_t k, Obj *v) {
  Obj *key = int_from_i64(rt, k);
  int r = key ? dict_set(rt, d, key, v) : -1;
  xdecref(key);
  return r;
}

STR_METHOD(str_maketrans) {
  (void)self;
  if (args_pos(rt, "str.maketrans", argc, kwnames, 1, 3) < 0) return NULL;
  Obj *x = argv[0], *y = argc > 1 ? argv[1] : NULL, *z = argc > 2 ? argv[2] : NULL;
  if (y && !IS_STR(y)) return arg_bad(rt, "maketrans", "argument 2", "str", y);
  if (z && !IS_STR(z)) return arg_bad(rt, "maketrans", "argument 3", "str", z);
  Obj *d = dict_new(rt);
  if (!d) return NULL;
  if (y) {
    if (!IS_STR(x)) {
      err_str(rt, EXC(TypeError), "first maketrans argument must be a string if there is a second argument");
      goto fail;
    }
    if (AS_STR(x)->cplen != AS_STR(y)->cplen) {
      err_str(rt, EXC(ValueError), "the first two maketrans arguments must have equal length");
      goto fail;
    }
    for (size_t i = 0; i < AS_STR(x)->cplen; i++) {
      Obj *v = int_from_i64(rt, str_char_at(y, i));
      int r = v ? set_cp(rt, d, str_char_at(x, i), v) : -1;
      xdecref(v);
      if (r < 0) goto fail;
    }
    for (size_t i = 0; z && i < AS_STR(z)->cplen; i++)
      if (set_cp(rt, d, str_char_at(z, i), None) < 0) goto fail;
    return d;
  }
  if (!IS_DICT(x)) {
    err_str(rt, EXC(TypeError), "if you give only one argument to maketrans it must be a dict");
    goto fail;
  }
  size_t pos = 0;
  Obj *k, *v;
  while (dict_next(x, &pos, &k, &v)) {
    if (IS_STR(k)) {
      if (AS_STR(k)->cplen != 1) {
        err_str(rt, EXC(ValueError), "string keys in translate table must be of length 1");
        goto fail;
      }
      if (set_cp(rt, d, str_char_at(k, 0), v) < 0) goto fail;
    } else if (IS_INT(k)) {
      if (dict_set(rt, d, k, v) < 0) goto fail;
    } else {
      err_str(rt, EXC(TypeError), "keys in translate table must be strings or integers");
      goto fail;
    }
  }
  return d;
fail:
  decref(d);
  return NULL;
}
