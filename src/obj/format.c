/* format.c: the format-spec mini-language of str, int (and bool) and float
 * ([[fill]align][sign][z][#][0][width][grouping][.precision][type]), as
 * format(), str.format and f-strings use it: a port of CPython's
 * Python/formatter_unicode.c (parsing, the per-type checks and messages,
 * padding, and zero padding that takes grouping separators). */
#include "obj/format.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "base/numfmt.h"
#include "base/mem.h"
#include "base/utf8.h"
#include <math.h>

typedef struct Spec {
  uint32_t fill;
  int fill_given;
  char align;       /* '<', '>', '^', '=' */
  char sign;        /* '+', '-', ' ', or 0 */
  int alt, z;
  int64_t width;    /* -1: none */
  char grouping;    /* ',', '_', or 0 */
  int every;        /* digits between separators: 3, or 4 for '_' with b/o/x/X */
  int64_t prec;     /* -1: none */
  uint32_t type;
} Spec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static Obj *bad_type(Rt *rt, uint32_t type, Obj *v) {
  if (type > 32 && type < 128)
    return err_format(rt, EXC(ValueError), "Unknown format code '%c' for object of type '%s'", (int)type, type_name(v));
  return err_format(rt, EXC(ValueError), "Unknown format code '\\x%x' for object of type '%s'", type, type_name(v));
}

/* Reads digits at *p; -1 when there are none. */
static int read_int(Rt *rt, const char **p, const char *e, int64_t *out) {
  const char *s = *p;
  int64_t v = 0;
  while (*p < e && **p >= '0' && **p <= '9') {
    int d = **p - '0';
    if (v > (INT64_MAX - d) / 10) {
      err_str(rt, EXC(ValueError), "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + d;
    (*p)++;
  }
  if (*p == s) return -1;
  *out = v;
  return 0;
}

static int parse_spec(Rt *rt, Obj *v, Obj *spec_obj, Spec *s, uint32_t default_type, char default_align) {
  const char *p = str_c(spec_obj), *e = p + str_len(spec_obj);
  memset(s, 0, sizeof *s);
  s->fill = ' ';
  s->align = default_align;
  s->width = s->prec = -1;
  s->type = default_type;
  s->every = 3;
  int align_given = 0;
  size_t adv = 0;
  uint32_t c0 = p < e ? utf8_decode(p, (size_t)(e - p), &adv) : 0;
  if (p < e && p + adv < e && is_align((unsigned char)p[adv])) {
    s->fill = c0;
    s->fill_given = align_given = 1;
    s->align = p[adv];
    p += adv + 1;
  } else if (p < e && is_align((unsigned char)*p)) {
    s->align = *p++;
    align_given = 1;
  }
  if (p < e && (*p == '+' || *p == '-' || *p == ' ')) s->sign = *p++;
  if (p < e && *p == 'z') { s->z = 1; p++; }
  if (p < e && *p == '#') { s->alt = 1; p++; }
  if (!s->fill_given && p < e && *p == '0') {
    s->fill = '0';
    if (!align_given && default_align == '>') s->align = '=';
    p++;
  }
  int r = read_int(rt, &p, e, &s->width);
  if (r == -2) return -1;
  if (p < e && *p == ',') { s->grouping = ','; p++; }
  if (p < e && *p == '_') {
    if (s->grouping) { err_str(rt, EXC(ValueError), "Cannot specify both ',' and '_'."); return -1; }
    s->grouping = '_';
    p++;
  }
  if (p < e && *p == ',' && s->grouping == '_') {
    err_str(rt, EXC(ValueError), "Cannot specify both ',' and '_'.");
    return -1;
  }
  if (p < e && *p == '.') {
    p++;
    r = read_int(rt, &p, e, &s->prec);
    if (r == -2) return -1;
    if (r == -1) { err_str(rt, EXC(ValueError), "Format specifier missing precision"); return -1; }
  }
  size_t rest = utf8_count(p, (size_t)(e - p));
  if (rest > 1) {
    err_format(rt, EXC(ValueError), "Invalid format specifier '%U' for object of type '%s'", spec_obj, type_name(v));
    return -1;
  }
  if (rest == 1) s->type = utf8_decode(p, (size_t)(e - p), &adv);
  if (s->grouping) {
    switch (s->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
    case 'b': case 'o': case 'x': case 'X':
      if (s->grouping == '_') { s->every = 4; break; }
      /* fall through */
    default:
      if (s->type > 32 && s->type < 128)
        err_format(rt, EXC(ValueError), "Cannot specify '%c' with '%c'.", s->grouping, (int)s->type);
      else
        err_format(rt, EXC(ValueError), "Cannot specify '%c' with '\\x%x'.", s->grouping, s->type);
      return -1;
    }
  }
  return 0;
}

static void add_fill(StrBuf *b, uint32_t fill, size_t n) {
  if (fill < 0x80) sb_repeat(b, (char)fill, n);
  else for (size_t i = 0; i < n; i++) sb_addcp(b, fill);
}

/* Aligns sign + prefix + body (body_cps code points) in the width. */
static Obj *pad(Rt *rt, const Spec *s, const char *sign, const char *prefix, const char *body, size_t blen,
                size_t body_cps) {
  size_t cps = body_cps + strlen(sign) + strlen(prefix);
  size_t w = s->width > 0 ? (size_t)s->width : 0, fillc = w > cps ? w - cps : 0;
  size_t left = s->align == '>' ? fillc : s->align == '^' ? fillc / 2 : 0;
  size_t right = s->align == '<' ? fillc : s->align == '^' ? fillc - left : 0;
  StrBuf b = SB_INIT;
  add_fill(&b, s->fill, left);
  sb_adds(&b, sign);
  sb_adds(&b, prefix);
  if (s->align == '=') add_fill(&b, s->fill, fillc);
  sb_add(&b, body, blen);
  add_fill(&b, s->fill, right);
  return str_from_buf(rt, &b);
}

/* The digits d[0..n) grouped, zero-extended (and grouped) up to min_width
 * characters when zero padding (CPython's InsertThousandsGrouping). */
static void group_digits(StrBuf *out, const char *d, size_t n, char sep, int every, size_t min_width) {
  size_t k = n;
  if (!sep || n == 0) {
    if (min_width > k) sb_repeat(out, '0', min_width - k);
    sb_add(out, d, n);
    return;
  }
  while (k + (k - 1) / (size_t)every < min_width) k++;
  for (size_t i = 0; i < k; i++) {
    size_t pos = k - i;   /* digits from here to the end */
    if (i && pos % (size_t)every == 0) sb_addc(out, sep);
    sb_addc(out, i < k - n ? '0' : d[i - (k - n)]);
  }
}

/* Sign, prefix, digits (integer part), rest (fraction/exponent/%) laid out
 * with grouping and padding. */
static Obj *emit_number(Rt *rt, const Spec *s, const char *sign, const char *prefix, const char *digits, size_t nd,
                        const char *rest) {
  size_t lead = strlen(sign) + strlen(prefix), nrest = strlen(rest);
  size_t min_width = 0;
  int zero_fill = s->fill == '0' && s->align == '=';
  if (zero_fill && s->width > 0 && (size_t)s->width > lead + nrest) min_width = (size_t)s->width - lead - nrest;
  StrBuf body = SB_INIT;
  if (zero_fill) group_digits(&body, digits, nd, s->grouping, s->every, min_width);
  else group_digits(&body, digits, nd, s->grouping, s->every, 0);
  sb_adds(&body, rest);
  if (sb_failed(&body)) { sb_free(&body); return err_nomem(rt); }
  Obj *r = pad(rt, s, sign, prefix, body.data ? body.data : "", body.len, utf8_count(body.data ? body.data : "", body.len));
  sb_free(&body);
  return r;
}

static const char *sign_of(const Spec *s, int neg) {
  return neg ? "-" : s->sign == '+' ? "+" : s->sign == ' ' ? " " : "";
}

static Obj *format_str(Rt *rt, Obj *v, const Spec *s) {
  if (s->type != 's') return bad_type(rt, s->type, v);
  if (s->sign == ' ') return err_str(rt, EXC(ValueError), "Space not allowed in string format specifier");
  if (s->sign) return err_str(rt, EXC(ValueError), "Sign not allowed in string format specifier");
  if (s->z) return err_str(rt, EXC(ValueError), "Negative zero coercion (z) not allowed in string format specifier");
  if (s->alt) return err_str(rt, EXC(ValueError), "Alternate form (#) not allowed in string format specifier");
  if (s->align == '=') return err_str(rt, EXC(ValueError), "'=' alignment not allowed in string format specifier");
  size_t len = str_len(v), cps = AS_STR(v)->cplen;
  if (s->prec >= 0 && (size_t)s->prec < cps) {
    len = utf8_offset(str_c(v), len, (size_t)s->prec);
    cps = (size_t)s->prec;
  }
  return pad(rt, s, "", "", str_c(v), len, cps);
}

static Obj *format_float_spec(Rt *rt, Obj *v, double x, const Spec *s);

static Obj *format_int(Rt *rt, Obj *v, const Spec *s) {
  uint32_t t = s->type;
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
    double d = int_to_double(rt, v);
    if (d == -1.0 && err_occurred(rt)) return NULL;
    return format_float_spec(rt, v, d, s);
  }
  if (!(t == 'b' || t == 'c' || t == 'd' || t == 'o' || t == 'x' || t == 'X' || t == 'n')) return bad_type(rt, t, v);
  if (s->prec >= 0) return err_str(rt, EXC(ValueError), "Precision not allowed in integer format specifier");
  if (s->z) return err_str(rt, EXC(ValueError), "Negative zero coercion (z) not allowed in integer format specifier");
  if (t == 'c') {
    if (s->sign) return err_str(rt, EXC(ValueError), "Sign not allowed with integer format specifier 'c'");
    if (s->alt) return err_str(rt, EXC(ValueError), "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t c;
    if (int_as_i64(v, &c) < 0) return err_str(rt, EXC(OverflowError), "Python int too large to convert to C long");
    if (c < 0 || c > 0x10FFFF) return err_str(rt, EXC(OverflowError), "%c arg not in range(0x110000)");
    char buf[4];
    return pad(rt, s, "", "", buf, utf8_encode((uint32_t)c, buf), 1);
  }
  int base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
  BigInt *big = int_to_big(v);
  if (!big) return err_nomem(rt);
  size_t n;
  char *digits = bn_to_str(big, base, &n);
  bn_free(big);
  if (!digits) return err_nomem(rt);
  int neg = digits[0] == '-';
  char *d = digits + neg;
  n -= (size_t)neg;
  if (t == 'X')
    for (size_t i = 0; i < n; i++)
      if (d[i] >= 'a' && d[i] <= 'f') d[i] = (char)(d[i] - 32);
  const char *prefix = !s->alt || base == 10 ? "" : t == 'x' ? "0x" : t == 'X' ? "0X" : t == 'o' ? "0o" : "0b";
  Obj *r = emit_number(rt, s, sign_of(s, neg), prefix, d, n, "");
  mem_free(digits);
  return r;
}

/* Whether a formatted float shows as zero (for 'z'). */
static int shows_zero(const char *t) {
  for (; *t && *t != 'e' && *t != 'E' && *t != '%'; t++)
    if (*t != '0' && *t != '.') return 0;
  return 1;
}

static Obj *format_float_spec(Rt *rt, Obj *v, double x, const Spec *s) {
  uint32_t t = s->type;
  if (!(t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == 'n' || t == '%'))
    return bad_type(rt, t, v);
  char type = t == 'n' ? 'g' : (char)t;
  StrBuf num = SB_INIT;
  nf_float_format(&num, x, type, (int)s->prec, s->alt);
  if (sb_failed(&num)) { sb_free(&num); return err_nomem(rt); }
  const char *txt = num.data;
  int neg = txt[0] == '-';
  if (neg) txt++;
  if (neg && s->z && isfinite(x) && shows_zero(txt)) neg = 0;
  size_t nd = strspn(txt, "0123456789");
  if (!isfinite(x)) nd = 0;
  Obj *r = emit_number(rt, s, sign_of(s, neg), "", txt, nd, txt + nd);
  sb_free(&num);
  return r;
}

Obj *format_float(Rt *rt, Obj *v, char type, const void *spec) {
  Spec s = *(const Spec *)spec;
  s.type = (unsigned char)type;
  return format_float_spec(rt, v, float_value(v), &s);
}

Obj *format_value(Rt *rt, Obj *v, Obj *spec_obj) {
  if (str_len(spec_obj) == 0) return obj_str(rt, v);
  Spec s;
  if (IS_STR(v)) {
    if (parse_spec(rt, v, spec_obj, &s, 's', '<') < 0) return NULL;
    return format_str(rt, v, &s);
  }
  if (IS_INT(v)) {
    if (parse_spec(rt, v, spec_obj, &s, 'd', '>') < 0) return NULL;
    return format_int(rt, v, &s);
  }
  if (is_inst(v, &FloatType)) {
    if (parse_spec(rt, v, spec_obj, &s, 0, '>') < 0) return NULL;
    return format_float_spec(rt, v, float_value(v), &s);
  }
  return err_format(rt, EXC(TypeError), "unsupported format string passed to %s.__format__", type_name(v));
}
