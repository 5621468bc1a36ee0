/* utf8.c: generalized UTF-8 (surrogates allowed) encode/decode. */
#include "utf8.h"
#include <string.h>

uint32_t utf8_decode(const char *s, size_t n, size_t *adv) {
  const unsigned char *u = (const unsigned char *)s;
  if (n == 0) { *adv = 0; return 0; }
  if (u[0] < 0x80) { *adv = 1; return u[0]; }
  if (u[0] < 0xE0 && n >= 2) { *adv = 2; return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu); }
  if (u[0] < 0xF0 && n >= 3) {
    *adv = 3;
    return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
  }
  if (n >= 4) {
    *adv = 4;
    return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
  }
  *adv = 1;
  return 0xFFFD;
}

size_t utf8_encode(uint32_t cp, char out[4]) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t utf8_count(const char *s, size_t n) {
  size_t c = 0, i = 0;
  /* 8 bytes at a time: a continuation byte has bit 7 set and bit 6 clear */
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    c += 8 - (size_t)__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ull);
  }
  for (; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
  return c;
}

size_t utf8_offset(const char *s, size_t n, size_t i) {
  size_t off = 0;
  while (i > 0 && off < n) {
    off++;
    while (off < n && ((unsigned char)s[off] & 0xC0) == 0x80) off++;
    i--;
  }
  return off;
}

/* Mirrors CPython's UTF-8 decoder error ranges: the reported invalid run is
 * the maximal prefix of a valid sequence (at least 1 byte). */
size_t utf8_validate(const char *s, size_t n, size_t *bad_len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned c = u[i];
    if (c < 0x80) { i++; continue; }
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else { *bad_len = 1; return i; }
    size_t k = 1;
    for (; k <= need; k++) {
      if (i + k >= n) { *bad_len = k; return i; }
      unsigned t = u[i + k];
      if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF)) { *bad_len = k; return i; }
    }
    i += need + 1;
  }
  *bad_len = 0;
  return n;
}
