/* strbuf.h: a growable byte buffer, the builder behind every str/repr.
 * Invariant: data[len] == '\0' whenever data != NULL.
 * After an allocation failure the buffer is marked failed: further appends do
 * nothing and sb_failed() is true, so callers check once at the end. */
#ifndef PX_STRBUF_H
#define PX_STRBUF_H
#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

typedef struct StrBuf {
  char *data;
  size_t len, cap;
  int failed;
} StrBuf;

#define SB_INIT {NULL, 0, 0, 0}

void sb_init(StrBuf *b);
void sb_free(StrBuf *b);
int  sb_reserve(StrBuf *b, size_t extra);      /* 0 ok, -1 failed */
void sb_add(StrBuf *b, const char *s, size_t n);
void sb_adds(StrBuf *b, const char *s);         /* NUL-terminated */
void sb_addc(StrBuf *b, char c);
void sb_addcp(StrBuf *b, uint32_t cp);          /* one code point as UTF-8 */
void sb_addf(StrBuf *b, const char *fmt, ...);  /* printf-style */
void sb_vaddf(StrBuf *b, const char *fmt, va_list ap);
void sb_repeat(StrBuf *b, char c, size_t n);
/* The decimal digits of v (and a '-' if neg) written backwards, ending just
 * before end; returns where they start (20 digits and a sign at most). */
char *sb_digits(char *end, unsigned long long v, int neg);
static inline int sb_failed(const StrBuf *b) { return b->failed; }
/* Hands the bytes to the caller (allocated with mem_alloc, size len+1). */
char *sb_take(StrBuf *b, size_t *len);

#endif
