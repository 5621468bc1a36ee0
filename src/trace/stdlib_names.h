/* stdlib_names.h: sys.stdlib_module_names of CPython 3.12+ per version. */
#ifndef PYEXC_TRACE_STDLIB_NAMES_H
#define PYEXC_TRACE_STDLIB_NAMES_H
#include <stddef.h>

/* The version mask of module `name` (len bytes, no NUL needed): bit 2: 3.12
 * (and 3.11, which has no such list), 4: 3.13, 8: 3.14; 0 when no version
 * lists it. */
unsigned stdlib_name_mask(const char *name, size_t len);

#endif
