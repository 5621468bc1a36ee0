/* codec_methods.c: str.encode and bytes.decode for the codecs snippets use
 * (utf-8, utf-8-sig, utf-16/32 with their -le/-be forms, ascii, latin-1,
 * cp1252) with CPython's error handlers and its
 * UnicodeEncodeError/UnicodeDecodeError ranges and reasons: an encoder
 * reports the whole run of unencodable characters, the utf-8 decoder the
 * bytes of one invalid sequence ("invalid start byte", "invalid
 * continuation byte", "unexpected end of data"). */
#include "obj/methods.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "base/mem.h"
#include "base/utf8.h"
#include <ctype.h>
#include <stdio.h>

typedef enum Enc {
  ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_CP1252, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE,
  ENC_UTF32BE, ENC_UTF8SIG, ENC_NONE
} Enc;
typedef enum Eh {
  EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLCHARREF, EH_SURROGATEESCAPE, EH_SURROGATEPASS,
  EH_NAMEREPLACE, EH_UNKNOWN
} Eh;

/* The name the errors show, and the reason of an unencodable character. */
static const char *const enc_name[] = {"utf-8", "ascii", "latin-1", "charmap", "utf-16", "utf-16-le", "utf-16-be",
                                       "utf-32", "utf-32-le", "utf-32-be", "utf-8"};
static const char *const enc_reason[] = {"surrogates not allowed", "ordinal not in range(128)",
                                         "ordinal not in range(256)", "character maps to <undefined>"};
static int is_utf(Enc e) { return e == ENC_UTF8 || e >= ENC_UTF16; }
static const char *reason_of(Enc e) { return is_utf(e) ? enc_reason[0] : enc_reason[e]; }

/* encodings.aliases, after normalize_encoding (lower case, runs of other
 * than alphanumerics and '.' become one '_'). */
static const struct { const char *alias; Enc enc; } aliases[] = {
  {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8}, {"utf8_ucs2", ENC_UTF8},
  {"utf8_ucs4", ENC_UTF8}, {"cp65001", ENC_UTF8},
  {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII}, {"us", ENC_ASCII},
  {"ansi_x3.4_1968", ENC_ASCII}, {"ansi_x3_4_1968", ENC_ASCII}, {"ansi_x3.4_1986", ENC_ASCII},
  {"cp367", ENC_ASCII}, {"csascii", ENC_ASCII}, {"ibm367", ENC_ASCII}, {"iso646_us", ENC_ASCII},
  {"iso_646.irv_1991", ENC_ASCII}, {"iso_ir_6", ENC_ASCII},
  {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1}, {"l1", ENC_LATIN1},
  {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1},
  {"iso_ir_100", ENC_LATIN1}, {"csisolatin1", ENC_LATIN1}, {"iso8859", ENC_LATIN1},
  {"iso_8859_1_1987", ENC_LATIN1}, {"ibm819", ENC_LATIN1},
  {"cp1252", ENC_CP1252}, {"windows_1252", ENC_CP1252},
  {"utf_16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
  {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE}, {"unicodelittleunmarked", ENC_UTF16LE},
  {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE}, {"unicodebigunmarked", ENC_UTF16BE},
  {"utf_32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
  {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE}, {"utf_32_be", ENC_UTF32BE}, {"utf_32be", ENC_UTF32BE},
  {"utf_8_sig", ENC_UTF8SIG},
};

static Enc lookup_encoding(Rt *rt, Obj *name) {
  if (!name) return ENC_UTF8;
  char norm[64];
  size_t k = 0;
  const char *s = str_c(name);
  int pending = 0;
  for (size_t i = 0; i < str_len(name) && k + 2 < sizeof norm; i++) {
    unsigned char c = (unsigned char)s[i];
    if (isalnum(c) || c == '.') {
      if (pending && k) norm[k++] = '_';
      pending = 0;
      norm[k++] = (char)tolower(c);
    } else {
      pending = 1;
    }
  }
  norm[k] = '\0';
  for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
    if (strcmp(aliases[i].alias, norm) == 0) return aliases[i].enc;
  err_format(rt, EXC(LookupError), "unknown encoding: %U", name);
  return ENC_NONE;
}

static Eh lookup_handler(Obj *errors) {
  static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                                      "surrogateescape", "surrogatepass", "namereplace"};
  if (!errors) return EH_STRICT;
  for (int i = 0; i < (int)(sizeof names / sizeof *names); i++)
    if (str_eq_c(errors, names[i])) return (Eh)i;
  return EH_UNKNOWN;
}

static Obj *unknown_handler(Rt *rt, Obj *errors) {
  return err_format(rt, EXC(LookupError), "unknown error handler name '%U'", errors);
}

/* cp1252's 0x80..0x9F (0: undefined); the rest is latin-1. */
static const uint16_t cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The byte c encodes to, or -1. */
static int encode_char(Enc e, uint32_t c) {
  switch (e) {
  case ENC_ASCII: return c < 0x80 ? (int)c : -1;
  case ENC_LATIN1: return c < 0x100 ? (int)c : -1;
  default:
    if (c < 0x80 || (c >= 0xA0 && c < 0x100)) return (int)c;
    for (int i = 0; i < 32; i++)
      if (cp1252_high[i] && cp1252_high[i] == c) return 0x80 + i;
    return -1;
  }
}

static int is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

static int encodable(Enc e, uint32_t c) { return is_utf(e) ? !is_surrogate(c) : encode_char(e, c) >= 0; }

static void put_unit(StrBuf *b, uint32_t u, int bytes, int big) {
  for (int i = 0; i < bytes; i++) sb_addc(b, (char)(u >> (8 * (big ? bytes - 1 - i : i))));
}

/* Appends code point c (encodable, or a surrogate being passed through). */
static void put(StrBuf *b, Enc e, uint32_t c) {
  switch (e) {
  case ENC_UTF8: case ENC_UTF8SIG: { char t[4]; sb_add(b, t, utf8_encode(c, t)); return; }
  case ENC_UTF16: case ENC_UTF16LE: case ENC_UTF16BE: {
    int big = e == ENC_UTF16BE;
    if (c >= 0x10000) {
      put_unit(b, 0xD800 + ((c - 0x10000) >> 10), 2, big);
      put_unit(b, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, big);
    } else {
      put_unit(b, c, 2, big);
    }
    return;
  }
  case ENC_UTF32: case ENC_UTF32LE: case ENC_UTF32BE: put_unit(b, c, 4, e == ENC_UTF32BE); return;
  default: sb_addc(b, (char)encode_char(e, c)); return;
  }
}

static void put_ascii(StrBuf *b, Enc e, const char *s) {
  for (; *s; s++) put(b, e, (unsigned char)*s);
}

static void raise_encode(Rt *rt, Enc e, Obj *str, size_t start, size_t end) {
  Obj *a = int_from_i64(rt, (int64_t)start), *b = int_from_i64(rt, (int64_t)end);
  Obj *argv[5] = {str_static(enc_name[e]), str, a, b, str_static(reason_of(e))};
  Obj *exc = a && b ? obj_call(rt, (Obj *)EXC(UnicodeEncodeError), argv, 5, NULL) : NULL;
  if (exc) { err_set_obj(rt, exc); decref(exc); }
  xdecref(a);
  xdecref(b);
}

Obj *codec_encode(Rt *rt, Obj *str, Obj *encoding, Obj *errors) {
  Enc e = lookup_encoding(rt, encoding);
  if (e == ENC_NONE) return NULL;
  Eh h = lookup_handler(errors);
  Str *s = AS_STR(str);
  if (e == ENC_UTF8 && s->ascii) return bytes_new(rt, s->s, s->len);
  StrBuf b = SB_INIT;
  if (e == ENC_UTF8SIG) sb_add(&b, "\xef\xbb\xbf", 3);
  if (e == ENC_UTF16) sb_add(&b, "\xff\xfe", 2);
  if (e == ENC_UTF32) sb_add(&b, "\xff\xfe\0\0", 4);
  size_t n;
  uint32_t *cp = mem_alloc((s->cplen + 1) * sizeof(uint32_t));
  if (!cp) return err_nomem(rt);
  size_t adv, k = 0;
  for (size_t i = 0; i < s->len; i += adv) cp[k++] = utf8_decode(s->s + i, s->len - i, &adv);
  n = k;
  for (size_t i = 0; i < n;) {
    uint32_t c = cp[i];
    if (encodable(e, c)) {
      put(&b, e, c);
      i++;
      continue;
    }
    size_t end = i + 1;   /* the utf-16/32 encoders report one character at a time */
    while (end < n && !encodable(e, cp[end]) && (e == ENC_UTF8 || e == ENC_UTF8SIG || !is_utf(e))) end++;
    char t[16];
    switch (h) {
    case EH_IGNORE: break;
    case EH_REPLACE: for (size_t j = i; j < end; j++) put(&b, e, '?'); break;
    case EH_BACKSLASH:
    case EH_NAMEREPLACE:
      for (size_t j = i; j < end; j++) {
        snprintf(t, sizeof t, cp[j] < 0x100 ? "\\x%02x" : cp[j] < 0x10000 ? "\\u%04x" : "\\U%08x", cp[j]);
        put_ascii(&b, e, t);
      }
      break;
    case EH_XMLCHARREF:
      for (size_t j = i; j < end; j++) {
        snprintf(t, sizeof t, "&#%u;", cp[j]);
        put_ascii(&b, e, t);
      }
      break;
    case EH_SURROGATEPASS:
      if (is_utf(e)) {
        for (size_t j = i; j < end; j++) put(&b, e, cp[j]);
        break;
      }
      raise_encode(rt, e, str, i, end);
      goto fail;
    case EH_SURROGATEESCAPE: {
      size_t j = i;
      while (j < end && cp[j] >= 0xDC80 && cp[j] <= 0xDCFF) sb_addc(&b, (char)(cp[j++] - 0xDC00));
      if (j < end) { raise_encode(rt, e, str, j, end); goto fail; }
      break;
    }
    case EH_UNKNOWN: unknown_handler(rt, errors); goto fail;
    default: raise_encode(rt, e, str, i, end); goto fail;
    }
    i = end;
  }
  mem_free(cp);
  if (sb_failed(&b)) { sb_free(&b); return err_nomem(rt); }
  Obj *r = bytes_new(rt, b.data ? b.data : "", b.len);
  sb_free(&b);
  return r;
fail:
  mem_free(cp);
  sb_free(&b);
  return NULL;
}

/* ---- decoding ------------------------------------------------------------------------------- */

enum { U8_OK, U8_END, U8_START, U8_CONT };

static int cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* One UTF-8 sequence at s[0..n) as CPython's decoder sees it: U8_OK with
 * its length in *len, U8_END (a valid but truncated prefix: the error runs
 * to the end of the data), U8_START (one invalid byte) or U8_CONT (the
 * error covers *len bytes: those before the bad continuation byte). */
static int u8_step(const unsigned char *s, size_t n, size_t *len) {
  unsigned char c = s[0];
  if (c < 0x80) { *len = 1; return U8_OK; }
  if (c < 0xC2) return U8_START;
  if (c < 0xE0) {
    if (n < 2) return U8_END;
    if (!cont(s[1])) { *len = 1; return U8_CONT; }
    *len = 2;
    return U8_OK;
  }
  if (c < 0xF0) {
    if (n < 2) return U8_END;
    if (!cont(s[1]) || (s[1] < 0xA0 ? c == 0xE0 : c == 0xED)) { *len = 1; return U8_CONT; }
    if (n < 3) return U8_END;
    if (!cont(s[2])) { *len = 2; return U8_CONT; }
    *len = 3;
    return U8_OK;
  }
  if (c < 0xF5) {
    if (n < 2) return U8_END;
    if (!cont(s[1]) || (s[1] < 0x90 ? c == 0xF0 : c == 0xF4)) { *len = 1; return U8_CONT; }
    if (n < 3) return U8_END;
    if (!cont(s[2])) { *len = 2; return U8_CONT; }
    if (n < 4) return U8_END;
    if (!cont(s[3])) { *len = 3; return U8_CONT; }
    *len = 4;
    return U8_OK;
  }
  return U8_START;
}

static void raise_decode(Rt *rt, const char *enc, const char *data, size_t len, size_t start, size_t end,
                         const char *reason) {
  Obj *obj = bytes_new(rt, data, len);
  Obj *a = int_from_i64(rt, (int64_t)start), *b = int_from_i64(rt, (int64_t)end);
  Obj *argv[5] = {str_static(enc), obj, a, b, str_static(reason)};
  Obj *exc = obj && a && b ? obj_call(rt, (Obj *)EXC(UnicodeDecodeError), argv, 5, NULL) : NULL;
  if (exc) { err_set_obj(rt, exc); decref(exc); }
  xdecref(obj);
  xdecref(a);
  xdecref(b);
}

static uint32_t unit(const unsigned char *p, int bytes, int big) {
  uint32_t u = 0;
  for (int i = 0; i < bytes; i++) u |= (uint32_t)p[big ? bytes - 1 - i : i] << (8 * i);
  return u;
}

/* One step of decoding at s[i..len): 0 with the code point in *cp and the
 * bytes used in *n, or 1 with the error's reason and end (CPython's ranges). */
static int decode_step(Enc e, const unsigned char *s, size_t len, size_t i, uint32_t *cp, size_t *n,
                       const char **reason, size_t *end) {
  *n = 1;
  switch (e) {
  case ENC_UTF8: {
    int k = u8_step(s + i, len - i, n);
    if (k == U8_OK) { *cp = 0x110000; return 0; }   /* copied as is by the caller */
    *reason = k == U8_END ? "unexpected end of data" : k == U8_START ? "invalid start byte" : "invalid continuation byte";
    *end = k == U8_END ? len : k == U8_START ? i + 1 : i + *n;
    return 1;
  }
  case ENC_UTF16LE: case ENC_UTF16BE: {
    int big = e == ENC_UTF16BE;
    if (len - i < 2) { *reason = "truncated data"; *end = len; return 1; }
    uint32_t u = unit(s + i, 2, big);
    *n = 2;
    if (!is_surrogate(u)) { *cp = u; return 0; }
    if (u >= 0xDC00) { *reason = "illegal encoding"; *end = i + 2; return 1; }
    if (len - i < 4) { *reason = "unexpected end of data"; *end = len; return 1; }
    uint32_t u2 = unit(s + i + 2, 2, big);
    if (u2 < 0xDC00 || u2 > 0xDFFF) { *reason = "illegal UTF-16 surrogate"; *end = i + 2; return 1; }
    *cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
    *n = 4;
    return 0;
  }
  case ENC_UTF32LE: case ENC_UTF32BE: {
    if (len - i < 4) { *reason = "truncated data"; *end = len; return 1; }
    uint32_t u = unit(s + i, 4, e == ENC_UTF32BE);
    *n = 4;
    *end = i + 4;
    if (u > 0x10FFFF) { *reason = "code point not in range(0x110000)"; return 1; }
    if (is_surrogate(u)) { *reason = "code point in surrogate code point range(0xd800, 0xe000)"; return 1; }
    *cp = u;
    return 0;
  }
  default: {
    uint32_t c = s[i];
    if (e == ENC_CP1252 && c >= 0x80 && c < 0xA0) c = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0x110000;
    if (e == ENC_ASCII && c >= 0x80) c = 0x110000;
    if (c < 0x110000) { *cp = c; return 0; }
    *reason = enc_reason[e];
    *end = i + 1;
    return 1;
  }
  }
}

Obj *codec_decode(Rt *rt, const char *data, size_t len, Obj *encoding, Obj *errors) {
  Enc e = lookup_encoding(rt, encoding);
  if (e == ENC_NONE) return NULL;
  Eh h = lookup_handler(errors);
  const unsigned char *s = (const unsigned char *)data;
  size_t i = 0;
  /* byte order marks: utf-8-sig decodes what follows its mark as utf-8 */
  if (e == ENC_UTF8SIG) {
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) { data += 3; len -= 3; s += 3; }
    e = ENC_UTF8;
  } else if (e == ENC_UTF16) {
    e = len >= 2 && s[0] == 0xFE && s[1] == 0xFF ? ENC_UTF16BE : ENC_UTF16LE;
    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) i = 2;
  } else if (e == ENC_UTF32) {
    int le = len >= 4 && memcmp(s, "\xff\xfe\0\0", 4) == 0, be = len >= 4 && memcmp(s, "\0\0\xfe\xff", 4) == 0;
    e = be ? ENC_UTF32BE : ENC_UTF32LE;
    if (le || be) i = 4;
  }
  StrBuf b = SB_INIT;
  while (i < len) {
    size_t end = i + 1, n;
    uint32_t cp;
    const char *reason = "";
    if (!decode_step(e, s, len, i, &cp, &n, &reason, &end)) {
      if (cp == 0x110000) sb_add(&b, data + i, n);
      else sb_addcp(&b, cp);
      i += n;
      continue;
    }
    switch (h) {
    case EH_IGNORE: break;
    case EH_REPLACE: sb_addcp(&b, 0xFFFD); break;
    case EH_BACKSLASH:
    case EH_NAMEREPLACE:
      for (size_t j = i; j < end; j++) sb_addf(&b, "\\x%02x", s[j]);
      break;
    case EH_SURROGATEESCAPE:
      for (size_t j = i; j < end; j++) sb_addcp(&b, 0xDC00 + s[j]);
      break;
    case EH_SURROGATEPASS:
      if (e == ENC_UTF8 && len - i >= 3 && (s[i] & 0xF0) == 0xE0 && cont(s[i + 1]) && cont(s[i + 2])) {
        uint32_t c = ((uint32_t)(s[i] & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        if (is_surrogate(c)) { sb_addcp(&b, c); end = i + 3; break; }
      }
      if ((e == ENC_UTF16LE || e == ENC_UTF16BE) && len - i >= 2 && is_surrogate(unit(s + i, 2, e == ENC_UTF16BE))) {
        sb_addcp(&b, unit(s + i, 2, e == ENC_UTF16BE));
        end = i + 2;
        break;
      }
      if ((e == ENC_UTF32LE || e == ENC_UTF32BE) && len - i >= 4 && is_surrogate(unit(s + i, 4, e == ENC_UTF32BE))) {
        sb_addcp(&b, unit(s + i, 4, e == ENC_UTF32BE));
        break;
      }
      raise_decode(rt, enc_name[e], data, len, i, end, reason);
      goto fail;
    case EH_UNKNOWN: unknown_handler(rt, errors); goto fail;
    case EH_XMLCHARREF:
      err_str(rt, EXC(TypeError), "don't know how to handle UnicodeDecodeError in error callback");
      goto fail;
    default: raise_decode(rt, enc_name[e], data, len, i, end, reason); goto fail;
    }
    i = end;
  }
  return str_from_buf(rt, &b);
fail:
  sb_free(&b);
  return NULL;
}
