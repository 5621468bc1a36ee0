/* mem.c: counted allocation with an optional limit. */
#include "mem.h"
#include <stdlib.h>
#include <string.h>

/* Header before each block: its size, padded so the block keeps malloc's
 * alignment (max_align_t). */
typedef union { size_t n; max_align_t align_; } Head;

static size_t in_use, peak, limit;

static int admit(size_t add) {
  if (limit && (in_use + add > limit || in_use + add < in_use)) return 0;
  return 1;
}

static void account(size_t add) {
  in_use += add;
  if (in_use > peak) peak = in_use;
}

void *mem_alloc(size_t n) {
  if (n > (size_t)-1 - sizeof(Head) || !admit(n)) return NULL;
  Head *h = malloc(sizeof(Head) + n);
  if (!h) return NULL;
  h->n = n;
  account(n);
  return h + 1;
}

void *mem_alloc_unlimited(size_t n) {
  size_t saved = limit;
  limit = 0;
  void *p = mem_alloc(n);
  limit = saved;
  return p;
}

void *mem_calloc(size_t count, size_t n) {
  if (n && count > (size_t)-1 / n) return NULL;
  void *p = mem_alloc(count * n);
  if (p) memset(p, 0, count * n);
  return p;
}

void *mem_realloc(void *p, size_t n) {
  if (!p) return mem_alloc(n);
  Head *h = (Head *)p - 1;
  size_t old = h->n;
  if (n > old && !admit(n - old)) return NULL;
  if (n > (size_t)-1 - sizeof(Head)) return NULL;
  Head *nh = realloc(h, sizeof(Head) + n);
  if (!nh) return NULL;
  nh->n = n;
  in_use -= old;
  account(n);
  return nh + 1;
}

void mem_free(void *p) {
  if (!p) return;
  Head *h = (Head *)p - 1;
  in_use -= h->n;
  free(h);
}

size_t mem_in_use(void) { return in_use; }
size_t mem_peak(void) { return peak; }
void mem_set_limit(size_t bytes) { limit = bytes; }
size_t mem_limit(void) { return limit; }
