/* printf.h: a small, locale-free snprintf. */
#ifndef PX_PRINTF_H
#define PX_PRINTF_H
#include <stdarg.h>
#include <stddef.h>

/* C99 snprintf/vsnprintf for the conversions pyexc uses: d i u o x X c s p %
 * and e E f F g G, with the flags - 0 + space #, width and precision (digits or
 * *) and the length modifiers hh h l ll z j t. Not supported: L, a, n, wide
 * characters (output stops at the first unsupported conversion). Floating
 * point is exact and rounds half to even, like glibc and musl. Returns the
 * length the whole output has; writes at most size bytes including the NUL.
 *
 * On wasm (the web and WASI builds) these also stand in for the C library's
 * snprintf and vsnprintf, so that its printf machinery (~8 KB) is not
 * linked; the native build keeps glibc's, and test_printf compares the two. */
int px_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int px_snprintf(char *buf, size_t size, const char *fmt, ...);

#endif
