/* text_cache.h: results of compiling texts, kept per runtime for texts that
 * are compiled again and again with the same outcome: programs run fresh
 * (the same source gives the same code, as a .pyc would) and the source
 * segments tracebacks parse for their caret anchors.
 *
 * Invariants: a slot is keyed by (kind, text, filename); the text is
 * copied; the slot owns a reference to obj and to filename. Callers store
 * only outcomes that depend on nothing but the key and the runtime's
 * profile (see lang_warn_count: a compile that warned is not stored). At
 * most TC_SLOTS slots (least recently used replaced); texts longer than
 * TC_MAX_TEXT are never stored, which bounds the memory. */
#ifndef PX_TEXT_CACHE_H
#define PX_TEXT_CACHE_H
#include "obj/object.h"
#include "obj/runtime.h"
#include <stdint.h>

#define TC_SLOTS 32
#define TC_MAX_TEXT 16384

enum { TC_PROGRAM = 1, TC_ANCHORS = 2 };

typedef struct TextCacheSlot {
  int kind;                /* TC_*; 0: empty */
  uint32_t hash;
  size_t len;
  char *text;
  Obj *filename;           /* or NULL */
  Obj *obj;                /* the cached object (a code object), or NULL */
  int ints[20];            /* or small results */
  uint64_t used;           /* the clock at its last use */
} TextCacheSlot;

typedef struct TextCache {
  TextCacheSlot slot[TC_SLOTS];
  uint64_t clock;
} TextCache;

/* The slot for the key, or NULL. */
TextCacheSlot *tc_get(Rt *rt, int kind, const char *text, size_t len, Obj *filename);
/* A cleared slot for the key, to fill in (obj: a new reference the slot
 * takes), or NULL when the text is too long or memory is short (no error
 * is set: the cache is only an optimisation). */
TextCacheSlot *tc_put(Rt *rt, int kind, const char *text, size_t len, Obj *filename);
void tc_free(Rt *rt);

#endif
