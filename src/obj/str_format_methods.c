/* str_format_methods.c: str.format (CPython's unicode_format.h: the markup
 * iterator, field names with .attr and [key], !r/!s/!a, nested specs,
 * automatic and manual numbering) and printf-style % formatting of str
 * and bytes (PyUnicode_Format / _PyBytes_FormatEx), with their messages. */
#include "obj/methods.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/format.h"
#include "base/numfmt.h"
#include "base/utf8.h"
#include "base/unicode.h"
#include "base/mem.h"

/* format(v, spec) as PyObject_Format: a class's own __format__ first. */
static Obj *format_obj(Rt *rt, Obj *v, Obj *spec) {
  if (v->type->flags & TF_HEAP) {
    Obj *m = type_lookup_s(v->type, "__format__");
    if (m) {
      Obj *r = obj_call_method(rt, v, "__format__", &spec, 1);
      if (r && !IS_STR(r)) {
        err_format(rt, EXC(TypeError), "__format__ must return a str, not %s", type_name(r));
        CLEAR(r);
      }
      return r;
    }
  }
  return format_value(rt, v, spec);
}

/* ---- str.format ----------------------------------------------------------------------------- */

typedef struct Sub { const char *s, *e; } Sub;   /* a slice of the format string */

enum { ANS_INIT, ANS_AUTO, ANS_MANUAL };
typedef struct Fmt {
  Obj *const *argv;
  size_t argc;
  Obj *kwnames;
  Obj *mapping;       /* format_map: names are looked up here, positions are errors */
  int an_state;
  int64_t an_next;
} Fmt;

static int build(Rt *rt, Fmt *f, Sub in, int depth, StrBuf *out);

/* A decimal index (Unicode decimal digits), -1 when not one, -2 on error. */
static int64_t get_integer(Rt *rt, Sub s) {
  if (s.s >= s.e) return -1;
  int64_t acc = 0;
  size_t adv;
  for (const char *p = s.s; p < s.e; p += adv) {
    int d = uni_decimal(utf8_decode(p, (size_t)(s.e - p), &adv));
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) {
      err_str(rt, EXC(ValueError), "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

static Obj *sub_str(Rt *rt, Sub s) { return str_new(rt, s.s, (size_t)(s.e - s.s)); }

static Obj *lookup_kw(Rt *rt, Fmt *f, Obj *key) {
  size_t nk = f->kwnames ? tuple_len(f->kwnames) : 0;
  for (size_t k = 0; k < nk; k++)
    if (str_equal(tuple_get(f->kwnames, k), key)) return incref(f->argv[f->argc + k]);
  return err_key(rt, key);
}

/* The object a field name designates: first part, then .attr / [key] parts. */
static Obj *get_field(Rt *rt, Fmt *f, Sub name) {
  const char *p = name.s;
  while (p < name.e && *p != '.' && *p != '[') p++;
  Sub first = {name.s, p};
  int64_t idx = get_integer(rt, first);
  if (idx == -2) return NULL;
  int empty = first.s >= first.e, numeric = empty || idx != -1;
  if (numeric) {
    if (f->an_state == ANS_INIT) f->an_state = empty ? ANS_AUTO : ANS_MANUAL;
    if (f->an_state == ANS_MANUAL && empty)
      return err_str(rt, EXC(ValueError), "cannot switch from manual field specification to automatic field numbering");
    if (f->an_state == ANS_AUTO && !empty)
      return err_str(rt, EXC(ValueError), "cannot switch from automatic field numbering to manual field specification");
    if (empty) idx = f->an_next++;
  }
  Obj *obj;
  if (idx == -1) {
    Obj *key = sub_str(rt, first);
    if (!key) return NULL;
    obj = f->mapping ? obj_getitem(rt, f->mapping, key) : lookup_kw(rt, f, key);
    decref(key);
  } else {
    if (f->mapping) return err_str(rt, EXC(ValueError), "Format string contains positional fields");
    if ((size_t)idx >= f->argc)
      return err_format(rt, EXC(IndexError), "Replacement index %lld out of range for positional args tuple",
                        (long long)idx);
    obj = incref(f->argv[idx]);
  }
  while (obj && p < name.e) {
    char c = *p++;
    const char *s = p;
    Obj *next = NULL, *key = NULL;
    if (c == '.') {
      while (p < name.e && *p != '.' && *p != '[') p++;
      if (s == p) { decref(obj); return err_str(rt, EXC(ValueError), "Empty attribute in format string"); }
      key = str_new(rt, s, (size_t)(p - s));
      next = key ? obj_getattr(rt, obj, key) : NULL;
    } else if (c == '[') {
      while (p < name.e && *p != ']') p++;
      if (p >= name.e) { decref(obj); return err_str(rt, EXC(ValueError), "Missing ']' in format string"); }
      Sub k = {s, p++};
      if (k.s == k.e) { decref(obj); return err_str(rt, EXC(ValueError), "Empty attribute in format string"); }
      int64_t i = get_integer(rt, k);
      if (i == -2) { decref(obj); return NULL; }
      key = i == -1 ? sub_str(rt, k) : int_from_i64(rt, i);
      next = key ? obj_getitem(rt, obj, key) : NULL;
    } else {
      decref(obj);
      return err_str(rt, EXC(ValueError), "Only '.' or '[' may follow ']' in format field specifier");
    }
    xdecref(key);
    decref(obj);
    obj = next;
  }
  return obj;
}

/* Parses the field after '{' at *pp: name, conversion and spec. */
static int parse_field(Rt *rt, const char **pp, const char *end, Sub *name, char *conv, Sub *spec, int *expand) {
  const char *p = *pp;
  char c = 0;
  name->s = p;
  *conv = 0;
  spec->s = spec->e = NULL;
  *expand = 0;
  while (p < end) {
    c = *p++;
    if (c == '{') { err_str(rt, EXC(ValueError), "unexpected '{' in field name"); return -1; }
    if (c == '[') {
      while (p < end && *p != ']') p++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  name->e = p - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (p >= end) { err_str(rt, EXC(ValueError), "end of string while looking for conversion specifier"); return -1; }
      size_t adv;
      uint32_t cv = utf8_decode(p, (size_t)(end - p), &adv);
      p += adv;
      *conv = cv < 0x80 ? (char)cv : (char)0xFF;
      if (cv >= 0x80) { err_format(rt, EXC(ValueError), "Unknown conversion specifier \\x%x", cv); return -1; }
      if (p < end) {
        c = *p++;
        if (c == '}') { *pp = p; return 0; }
        if (c != ':') { err_str(rt, EXC(ValueError), "expected ':' after conversion specifier"); return -1; }
      }
    }
    spec->s = p;
    int count = 1;
    while (p < end) {
      c = *p++;
      if (c == '{') { *expand = 1; count++; }
      else if (c == '}' && --count == 0) { spec->e = p - 1; *pp = p; return 0; }
    }
    err_str(rt, EXC(ValueError), "unmatched '{' in format spec");
    return -1;
  }
  if (c != '}') { err_str(rt, EXC(ValueError), "expected '}' before end of string"); return -1; }
  *pp = p;
  return 0;
}

static int output_field(Rt *rt, Fmt *f, Sub name, char conv, Sub spec, int expand, int depth, StrBuf *out) {
  Obj *v = get_field(rt, f, name);
  if (!v) return -1;
  if (conv) {
    Obj *t = conv == 'r' ? obj_repr(rt, v) : conv == 's' ? obj_str(rt, v) : conv == 'a' ? obj_ascii(rt, v) : NULL;
    if (!t && !err_occurred(rt)) {
      if (conv > 32 && conv < 127) err_format(rt, EXC(ValueError), "Unknown conversion specifier %c", conv);
      else err_format(rt, EXC(ValueError), "Unknown conversion specifier \\x%x", (unsigned char)conv);
    }
    decref(v);
    if (!t) return -1;
    v = t;
  }
  Obj *spec_obj;
  if (expand) {
    StrBuf sb = SB_INIT;
    if (build(rt, f, spec, depth - 1, &sb) < 0) { sb_free(&sb); decref(v); return -1; }
    spec_obj = str_from_buf(rt, &sb);
  } else {
    spec_obj = spec.s ? str_new(rt, spec.s, (size_t)(spec.e - spec.s)) : incref(str_empty());
  }
  if (!spec_obj) { decref(v); return -1; }
  Obj *r = str_len(spec_obj) == 0 && is_type(v, &StrType) ? incref(v) : format_obj(rt, v, spec_obj);
  decref(spec_obj);
  decref(v);
  if (!r) return -1;
  sb_add(out, str_c(r), str_len(r));
  decref(r);
  return 0;
}

static int build(Rt *rt, Fmt *f, Sub in, int depth, StrBuf *out) {
  if (depth <= 0) { err_str(rt, EXC(ValueError), "Max string recursion exceeded"); return -1; }
  const char *p = in.s, *end = in.e;
  while (p < end) {
    const char *start = p;
    char c = 0;
    int markup = 0;
    while (p < end) {
      c = *p++;
      if (c == '{' || c == '}') { markup = 1; break; }
    }
    int at_end = p >= end;
    size_t len = (size_t)(p - start);
    if (markup && c == '}' && (at_end || *p != '}')) {
      err_str(rt, EXC(ValueError), "Single '}' encountered in format string");
      return -1;
    }
    if (markup && at_end && c == '{') {
      err_str(rt, EXC(ValueError), "Single '{' encountered in format string");
      return -1;
    }
    if (markup && !at_end) {
      if (*p == c) { p++; markup = 0; }
      else len--;
    }
    sb_add(out, start, len);
    if (!markup) continue;
    Sub name, spec;
    char conv;
    int expand;
    if (parse_field(rt, &p, end, &name, &conv, &spec, &expand) < 0) return -1;
    if (output_field(rt, f, name, conv, spec, expand, depth, out) < 0) return -1;
  }
  return 0;
}

Obj *str_format_call(Rt *rt, Obj *fmt, Obj *const *argv, size_t argc, Obj *kwnames) {
  Fmt f = {argv, argc, kwnames, NULL, ANS_INIT, 0};
  Sub in = {str_c(fmt), str_c(fmt) + str_len(fmt)};
  StrBuf out = SB_INIT;
  if (build(rt, &f, in, 2, &out) < 0) { sb_free(&out); return NULL; }
  return str_from_buf(rt, &out);
}

Obj *str_format_map_call(Rt *rt, Obj *fmt, Obj *mapping) {
  Fmt f = {NULL, 0, NULL, mapping, ANS_INIT, 0};
  Sub in = {str_c(fmt), str_c(fmt) + str_len(fmt)};
  StrBuf out = SB_INIT;
  if (build(rt, &f, in, 2, &out) < 0) { sb_free(&out); return NULL; }
  return str_from_buf(rt, &out);
}

/* ---- % formatting ------------------------------------------------------------------------------ */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* 3.14 says what %c got. */
static const unsigned char pct_c_detailed[PY_NVERSIONS] = {0, 0, 0, 1};

typedef struct Pct {
  Obj *args, *dict;
  int64_t arglen, argidx;
  int owned;
} Pct;

static Obj *next_arg(Rt *rt, Pct *c) {
  if (c->argidx < c->arglen) {
    int64_t i = c->argidx++;
    return c->arglen < 0 ? c->args : tuple_get(c->args, (size_t)i);
  }
  return err_str(rt, EXC(TypeError), "not enough arguments for format string");
}

/* The digits of an int in base 8/10/16 with at least prec digits; *neg. */
static int int_digits(Rt *rt, Obj *v, int base, int64_t prec, int upper, StrBuf *d, int *neg) {
  BigInt *b = int_to_big(v);
  if (!b) { err_nomem(rt); return -1; }
  size_t n;
  char *s = bn_to_str(b, base, &n);
  bn_free(b);
  if (!s) { err_nomem(rt); return -1; }
  *neg = s[0] == '-';
  const char *p = s + *neg;
  size_t m = n - (size_t)*neg;
  if (prec > (int64_t)m) sb_repeat(d, '0', (size_t)(prec - (int64_t)m));
  for (size_t i = 0; i < m; i++) sb_addc(d, upper && p[i] >= 'a' ? (char)(p[i] - 32) : p[i]);
  mem_free(s);
  return 0;
}

/* Lays out sign + prefix + body in width as CPython's format_arg_output. */
static void emit_number(StrBuf *out, int flags, int64_t width, const char *sign, const char *prefix,
                        const char *body, size_t blen) {
  size_t len = strlen(sign) + strlen(prefix) + blen;
  int zero = (flags & F_ZERO) && !(flags & F_LJUST);
  size_t pad = width > (int64_t)len ? (size_t)width - len : 0;
  if (!(flags & F_LJUST) && !zero) sb_repeat(out, ' ', pad);
  sb_adds(out, sign);
  sb_adds(out, prefix);
  if (zero) sb_repeat(out, '0', pad);
  sb_add(out, body, blen);
  if (flags & F_LJUST) sb_repeat(out, ' ', pad);
}

static void emit_text(StrBuf *out, int flags, int64_t width, const char *s, size_t n, size_t chars) {
  size_t pad = width > (int64_t)chars ? (size_t)width - chars : 0;
  if (!(flags & F_LJUST)) sb_repeat(out, ' ', pad);
  sb_add(out, s, n);
  if (flags & F_LJUST) sb_repeat(out, ' ', pad);
}

static int is_number(Obj *v) {
  return v->type->num && (v->type->num->index || v->type->num->to_int || v->type->num->to_float);
}

static int format_one(Rt *rt, Obj *v, char ch, int flags, int64_t width, int64_t prec, int as_bytes,
                      StrBuf *out) {
  const char *sign = "";
  switch (ch) {
  case 's': case 'r': case 'a': case 'b': {
    Obj *t;
    if (as_bytes && (ch == 's' || ch == 'b')) {
      size_t n;
      const char *d = bytes_data(v, &n);
      if (!d) {
        err_format(rt, EXC(TypeError),
                   "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                   type_name(v));
        return -1;
      }
      if (prec >= 0 && (size_t)prec < n) n = (size_t)prec;
      emit_text(out, flags, width, d, n, n);
      return 0;
    }
    t = ch == 's' ? obj_str(rt, v) : ch == 'r' && !as_bytes ? obj_repr(rt, v) : obj_ascii(rt, v);
    if (!t) return -1;
    size_t n = str_len(t), chars = AS_STR(t)->cplen;
    if (prec >= 0 && (size_t)prec < chars) { n = utf8_offset(str_c(t), n, (size_t)prec); chars = (size_t)prec; }
    emit_text(out, flags, width, str_c(t), n, chars);
    decref(t);
    return 0;
  }
  case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
    int hex = ch == 'x' || ch == 'X' || ch == 'o';
    Obj *iv;
    if (!is_number(v)) goto wrongtype;
    if (IS_INT(v)) iv = incref(v);
    else {
      iv = hex ? num_index(rt, v) : (v->type->num->to_int ? v->type->num->to_int(rt, v) : num_index(rt, v));
      if (!iv) {
        if (err_matches(rt, EXC(TypeError))) { err_clear(rt); goto wrongtype; }
        return -1;
      }
    }
    StrBuf d = SB_INIT;
    int neg;
    int r = int_digits(rt, iv, ch == 'o' ? 8 : hex ? 16 : 10, prec, ch == 'X', &d, &neg);
    decref(iv);
    if (r < 0) { sb_free(&d); return -1; }
    sign = neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    const char *prefix = (flags & F_ALT) && hex ? (ch == 'o' ? "0o" : ch == 'x' ? "0x" : "0X") : "";
    emit_number(out, flags, width, sign, prefix, d.data ? d.data : "", d.len);
    sb_free(&d);
    return 0;
  wrongtype:
    err_format(rt, EXC(TypeError), hex ? "%%%c format: an integer is required, not %s"
                                       : "%%%c format: a real number is required, not %s", ch, type_name(v));
    return -1;
  }
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
    double x;
    if (is_inst(v, &FloatType)) x = float_value(v);
    else if (IS_INT(v)) { if (num_to_double(rt, v, &x) < 0) return -1; }
    else if (v->type->num && v->type->num->to_float) {
      Obj *fv = v->type->num->to_float(rt, v);
      if (!fv) return -1;
      x = float_value(fv);
      decref(fv);
    } else {
      err_format(rt, EXC(TypeError), "must be real number, not %s", type_name(v));
      return -1;
    }
    StrBuf d = SB_INIT;
    nf_float_format(&d, x, ch, prec < 0 ? 6 : (int)prec, (flags & F_ALT) != 0);
    const char *body = d.data ? d.data : "";
    int neg = body[0] == '-';
    sign = neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    emit_number(out, flags, width, sign, "", body + neg, d.len - (size_t)neg);
    sb_free(&d);
    return 0;
  }
  case 'c': {
    if (as_bytes) {
      size_t n;
      const char *d = bytes_data(v, &n);
      int64_t x;
      if (d && n == 1) { emit_text(out, flags, width, d, 1, 1); return 0; }
      if (!d && IS_INT(v)) {
        if (int_as_i64(v, &x) < 0 || x < 0 || x > 255) {
          err_str(rt, EXC(OverflowError), "%c arg not in range(256)");
          return -1;
        }
        char cb = (char)x;
        emit_text(out, flags, width, &cb, 1, 1);
        return 0;
      }
      if (pct_c_detailed[rt->pyv])
        err_format(rt, EXC(TypeError), "%%c requires an integer in range(256) or a single byte, not %s", type_name(v));
      else err_str(rt, EXC(TypeError), "%c requires an integer in range(256) or a single byte");
      return -1;
    }
    uint32_t cp;
    if (IS_STR(v)) {
      if (AS_STR(v)->cplen != 1) {
        if (pct_c_detailed[rt->pyv])
          err_format(rt, EXC(TypeError), "%%c requires an int or a unicode character, not a string of length %zu",
                     AS_STR(v)->cplen);
        else err_str(rt, EXC(TypeError), "%c requires int or char");
        return -1;
      }
      cp = str_char_at(v, 0);
    } else {
      Obj *iv = IS_INT(v) ? incref(v) : (v->type->num && v->type->num->index ? num_index(rt, v) : NULL);
      if (!iv) {
        if (err_occurred(rt) && !err_matches(rt, EXC(TypeError))) return -1;
        err_clear(rt);
        if (pct_c_detailed[rt->pyv])
          err_format(rt, EXC(TypeError), "%%c requires an int or a unicode character, not %s", type_name(v));
        else err_str(rt, EXC(TypeError), "%c requires int or char");
        return -1;
      }
      int64_t x;
      int big = int_as_i64(iv, &x) < 0;
      decref(iv);
      if (big || x < 0 || x > 0x10FFFF) {
        err_str(rt, EXC(OverflowError), "%c arg not in range(0x110000)");
        return -1;
      }
      cp = (uint32_t)x;
    }
    char t[4];
    emit_text(out, flags, width, t, utf8_encode(cp, t), 1);
    return 0;
  }
  default:
    break;
  }
  return 1;   /* unsupported character */
}

Obj *percent_format(Rt *rt, Obj *fmt, Obj *args, int as_bytes) {
  size_t n;
  const char *s = as_bytes ? bytes_data(fmt, &n) : str_c(fmt);
  if (!as_bytes) n = str_len(fmt);
  Pct c = {args, NULL, -1, -2, 0};
  if (args->type->getitem && !IS_TUPLE(args) && !IS_STR(args)) c.dict = args;
  if (IS_TUPLE(args)) { c.arglen = (int64_t)tuple_len(args); c.argidx = 0; }
  StrBuf out = SB_INIT;
  size_t i = 0;
  while (i < n) {
    if (s[i] != '%') {
      const char *q = memchr(s + i, '%', n - i);
      size_t stop = q ? (size_t)(q - s) : n;
      sb_add(&out, s + i, stop - i);
      i = stop;
      continue;
    }
    i++;
    if (i < n && s[i] == '%') { sb_addc(&out, '%'); i++; continue; }
    if (i < n && s[i] == '(') {
      if (!c.dict) { err_str(rt, EXC(TypeError), "format requires a mapping"); goto fail; }
      size_t ks = ++i;
      int depth = 1;
      while (i < n && depth > 0) {
        if (s[i] == ')') depth--;
        else if (s[i] == '(') depth++;
        i++;
      }
      if (depth > 0) { err_str(rt, EXC(ValueError), "incomplete format key"); goto fail; }
      Obj *key = as_bytes ? bytes_new(rt, s + ks, i - ks - 1) : str_new(rt, s + ks, i - ks - 1);
      Obj *v = key ? obj_getitem(rt, c.dict, key) : NULL;
      xdecref(key);
      if (!v) goto fail;
      if (c.owned) decref(c.args);
      c.args = v;
      c.owned = 1;
      c.arglen = -1;
      c.argidx = -2;
    }
    int flags = 0;
    int64_t width = -1, prec = -1;
    char ch = 0;
    while (i < n) {
      ch = s[i++];
      if (ch == '-') flags |= F_LJUST;
      else if (ch == '+') flags |= F_SIGN;
      else if (ch == ' ') flags |= F_BLANK;
      else if (ch == '#') flags |= F_ALT;
      else if (ch == '0') flags |= F_ZERO;
      else { i--; break; }
    }
    if (i >= n) { err_str(rt, EXC(ValueError), "incomplete format"); goto fail; }
    ch = s[i++];
    if (ch == '*') {
      Obj *v = next_arg(rt, &c);
      if (!v) goto fail;
      if (!IS_INT(v)) { err_str(rt, EXC(TypeError), "* wants int"); goto fail; }
      if (int_as_i64(v, &width) < 0) { err_str(rt, EXC(OverflowError), "Python int too large to convert to C ssize_t"); goto fail; }
      if (width < 0) { flags |= F_LJUST; width = -width; }
      ch = i < n ? s[i++] : 0;
    } else if (ch >= '0' && ch <= '9') {
      width = ch - '0';
      while (i < n && (ch = s[i++]) >= '0' && ch <= '9') width = width * 10 + (ch - '0');
      if (ch >= '0' && ch <= '9') ch = 0;
    }
    if (ch == '.') {
      prec = 0;
      ch = i < n ? s[i++] : 0;
      if (ch == '*') {
        Obj *v = next_arg(rt, &c);
        if (!v) goto fail;
        if (!IS_INT(v)) { err_str(rt, EXC(TypeError), "* wants int"); goto fail; }
        if (int_as_i64(v, &prec) < 0) prec = 0;
        if (prec < 0) prec = 0;
        ch = i < n ? s[i++] : 0;
      } else if (ch >= '0' && ch <= '9') {
        prec = ch - '0';
        while (i < n && (ch = s[i++]) >= '0' && ch <= '9') prec = prec * 10 + (ch - '0');
        if (ch >= '0' && ch <= '9') ch = 0;
      }
    }
    if (ch == 'h' || ch == 'l' || ch == 'L') ch = i < n ? s[i++] : 0;
    if (!ch) { err_str(rt, EXC(ValueError), "incomplete format"); goto fail; }
    Obj *v = next_arg(rt, &c);
    if (!v) goto fail;
    size_t at = i - 1;
    int r = format_one(rt, v, ch, flags, width, prec, as_bytes, &out);
    if (r < 0) goto fail;
    if (r > 0) {
      size_t adv = 1;
      uint32_t cp = as_bytes ? (unsigned char)ch : utf8_decode(s + at, n - at, &adv);
      size_t idx = as_bytes ? at : utf8_count(s, at);
      err_format(rt, EXC(ValueError), "unsupported format character '%c' (0x%x) at index %zu",
                 cp >= 31 && cp <= 126 ? (int)cp : '?', cp, idx);
      goto fail;
    }
  }
  if (c.argidx < c.arglen && !c.dict) {
    err_str(rt, EXC(TypeError), as_bytes ? "not all arguments converted during bytes formatting"
                                         : "not all arguments converted during string formatting");
    goto fail;
  }
  if (c.owned) decref(c.args);
  if (as_bytes) {
    const char *d = out.data ? out.data : "";
    Obj *r = sb_failed(&out) ? err_nomem(rt)
             : is_inst(fmt, &ByteArrayType) ? bytearray_new(rt, d, out.len) : bytes_new(rt, d, out.len);
    sb_free(&out);
    return r;
  }
  return str_from_buf(rt, &out);
fail:
  if (c.owned) decref(c.args);
  sb_free(&out);
  return NULL;
}
