/* str.h: str and bytes values. */
#ifndef PX_STR_H
#define PX_STR_H
#include "obj/object.h"
#include "obj/runtime.h"
#include "base/strbuf.h"

Obj *str_new(Rt *rt, const char *s, size_t len);     /* s: generalized UTF-8 */
Obj *str_from_c(Rt *rt, const char *s);
Obj *str_from_buf(Rt *rt, StrBuf *b);                /* frees b; MemoryError if b failed */
Obj *str_fromf(Rt *rt, const char *fmt, ...);        /* err_format's codes */
/* Process-wide immortal strings for names used by C code (attribute names). */
Obj *str_static(const char *s);
Obj *str_empty(void);
Obj *str_concat(Rt *rt, Obj *a, Obj *b);
int  str_eq_c(Obj *s, const char *c);                /* s is a str equal to c */
static inline const char *str_c(Obj *s) { return ((Str *)s)->s; }
static inline size_t str_len(Obj *s) { return ((Str *)s)->len; }
int64_t str_hash(Rt *rt, Obj *s);
int  str_equal(Obj *a, Obj *b);                     /* both str */
/* Python's repr of a str, appended (quotes chosen as CPython does; which
 * characters are escaped depends on the version's Unicode database). */
void str_repr_to(const Rt *rt, StrBuf *b, const char *s, size_t len);
/* str.isprintable() of one character in the runtime's version. */
int  str_char_printable(const Rt *rt, uint32_t c);
/* Code point at index i (0 <= i < cplen). */
uint32_t str_char_at(Obj *s, size_t i);
Obj *str_substr(Rt *rt, Obj *s, size_t start_cp, size_t end_cp);
/* Appends the text of err_format-style codes. Returns -1 on error. */
int  str_vformat_to(Rt *rt, StrBuf *b, const char *fmt, va_list ap);

Obj *bytes_new(Rt *rt, const char *s, size_t len);
void bytes_repr_to(StrBuf *b, const char *s, size_t len, const char *prefix_suffix_name);
Obj *bytearray_new(Rt *rt, const char *s, size_t len);
/* Bytes-like: data and length of bytes or bytearray, else NULL. */
const char *bytes_data(Obj *o, size_t *len);

#endif
