/* ident.h: identifiers beyond ASCII. */
#ifndef PX_IDENT_H
#define PX_IDENT_H
#include <stddef.h>
#include <stdint.h>

/* 1 when NFKC normalization (which CPython applies to non-ASCII
 * identifiers) could change the UTF-8 identifier s; see ident_nfkc.c. */
int ident_nfkc_changes(const char *s, size_t n);

#endif
