/* utf8.h: UTF-8 as Python strings store it.
 * Strings hold "generalized UTF-8": surrogate code points U+D800..U+DFFF are
 * allowed (encoded as 3 bytes) because Python str may contain them. */
#ifndef PX_UTF8_H
#define PX_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[0..n); stores its byte length in *adv.
 * Input is assumed valid generalized UTF-8. */
uint32_t utf8_decode(const char *s, size_t n, size_t *adv);
size_t   utf8_encode(uint32_t cp, char out[4]);
/* Number of code points in valid generalized UTF-8. */
size_t   utf8_count(const char *s, size_t n);
/* Strict validation (no surrogates, no overlongs): returns the byte offset of
 * the first invalid sequence, or n if all valid; *bad_len gets the number of
 * bytes CPython's utf-8 decoder reports as invalid there (1..3). */
size_t   utf8_validate(const char *s, size_t n, size_t *bad_len);
/* Byte offset of code point index i (i <= count). Linear. */
size_t   utf8_offset(const char *s, size_t n, size_t i);

#endif
