/* stdlib_names.c: the one copy of sys.stdlib_module_names (stdlib_names.inc),
 * stored as a NUL-separated name blob and a parallel mask array: no pointer
 * table (this list is looked up only on error paths, so a scan is enough). */
#include "trace/stdlib_names.h"
#include <string.h>

#define N(name, mask) name "\0"
static const char names[] =
#include "trace/stdlib_names.inc"
    ;
#undef N

#define N(name, mask) mask,
static const unsigned char masks[] = {
#include "trace/stdlib_names.inc"
};
#undef N

unsigned stdlib_name_mask(const char *name, size_t len) {
  const char *p = names;
  for (size_t i = 0; i < sizeof masks; i++) {
    size_t n = strlen(p);
    if (n == len && !memcmp(p, name, len)) return masks[i];
    p += n + 1;
  }
  return 0;
}
