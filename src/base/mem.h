/* mem.h: the one allocator every layer uses.
 * Each block carries its size in a small header, so mem_free needs no size.
 * Every allocation is counted; when a limit is set and would be exceeded the
 * call fails (returns NULL) instead of growing, so callers can raise
 * MemoryError and the process stays usable. Never aborts. */
#ifndef PX_MEM_H
#define PX_MEM_H
#include <stddef.h>

void *mem_alloc(size_t n);                 /* NULL on failure or limit */
void *mem_calloc(size_t count, size_t n);  /* zeroed; NULL on overflow/limit */
void *mem_realloc(void *p, size_t n);      /* NULL on failure: p still valid */
void  mem_free(void *p);                   /* NULL is fine */
/* For process-wide immortal data (interned names): ignores the limit. */
void *mem_alloc_unlimited(size_t n);

size_t mem_in_use(void);                   /* bytes currently allocated */
size_t mem_peak(void);
void   mem_set_limit(size_t bytes);        /* 0: no limit */
size_t mem_limit(void);

#endif
