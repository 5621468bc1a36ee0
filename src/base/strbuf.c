/* strbuf.c: growable byte buffer. */
#include "strbuf.h"
#include "mem.h"
#include "utf8.h"
#include <stdio.h>
#include <string.h>

void sb_init(StrBuf *b) { b->data = NULL; b->len = b->cap = 0; b->failed = 0; }

void sb_free(StrBuf *b) { mem_free(b->data); sb_init(b); }

int sb_reserve(StrBuf *b, size_t extra) {
  if (b->failed) return -1;
  if (b->len + extra + 1 <= b->cap && b->data) return 0;
  if (extra > (size_t)-1 / 2 - b->len) { b->failed = 1; return -1; }
  size_t cap = b->cap ? b->cap : 128;   /* most texts (reprs, lines) fit at once */
  while (cap < b->len + extra + 1) cap *= 2;
  char *d = mem_realloc(b->data, cap);
  if (!d) { b->failed = 1; return -1; }
  b->data = d;
  b->cap = cap;
  b->data[b->len] = '\0';
  return 0;
}

void sb_add(StrBuf *b, const char *s, size_t n) {
  if (sb_reserve(b, n)) return;
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void sb_adds(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }

void sb_addc(StrBuf *b, char c) {
  if (sb_reserve(b, 1)) return;
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
}

void sb_addcp(StrBuf *b, uint32_t cp) {
  char tmp[4];
  sb_add(b, tmp, utf8_encode(cp, tmp));
}

void sb_vaddf(StrBuf *b, const char *fmt, va_list ap) {
  if (b->failed) return;
  /* one pass when the text fits in the room left (the usual case) */
  size_t room = b->data ? b->cap - b->len : 0;
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap2);
  va_end(ap2);
  if (n >= 0 && (size_t)n < room) { b->len += (size_t)n; return; }
  if (room) b->data[b->len] = '\0';
  if (n < 0 || sb_reserve(b, (size_t)n)) return;
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void sb_addf(StrBuf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sb_vaddf(b, fmt, ap);
  va_end(ap);
}

char *sb_digits(char *end, unsigned long long v, int neg) {
  do *--end = (char)('0' + v % 10); while (v /= 10);
  if (neg) *--end = '-';
  return end;
}

void sb_repeat(StrBuf *b, char c, size_t n) {
  if (sb_reserve(b, n)) return;
  memset(b->data + b->len, c, n);
  b->len += n;
  b->data[b->len] = '\0';
}

char *sb_take(StrBuf *b, size_t *len) {
  if (b->failed) { sb_free(b); return NULL; }
  if (!b->data && sb_reserve(b, 0)) return NULL;
  char *d = b->data;
  if (len) *len = b->len;
  sb_init(b);
  return d;
}
