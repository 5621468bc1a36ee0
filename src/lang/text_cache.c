/* text_cache.c: the per-runtime cache of compile outcomes (text_cache.h). */
#include "lang/text_cache.h"
#include "lang/vm.h"
#include "obj/str.h"
#include "base/mem.h"
#include <string.h>

/* FNV-1a over 8-byte words (then the tail bytes): a hit is confirmed by
 * memcmp anyway, and programs are hashed at every fresh run. */
static uint32_t fnv1a(int kind, const char *s, size_t n) {
  uint64_t h = 14695981039346656037ull ^ (uint64_t)kind ^ ((uint64_t)n << 8);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    h = (h ^ w) * 1099511628211ull;
  }
  for (; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return (uint32_t)(h ^ (h >> 32));
}

static void slot_clear(TextCacheSlot *s) {
  mem_free(s->text);
  xdecref(s->filename);
  xdecref(s->obj);
  memset(s, 0, sizeof *s);
}

static int same_name(Obj *a, Obj *b) { return a == b || (a && b && str_equal(a, b)); }

TextCacheSlot *tc_get(Rt *rt, int kind, const char *text, size_t len, Obj *filename) {
  TextCache *c = LANG(rt) ? LANG(rt)->text_cache : NULL;
  if (!c || len > TC_MAX_TEXT) return NULL;
  uint32_t h = fnv1a(kind, text, len);
  for (int i = 0; i < TC_SLOTS; i++) {
    TextCacheSlot *s = &c->slot[i];
    if (s->kind == kind && s->hash == h && s->len == len && !memcmp(s->text, text, len) &&
        same_name(s->filename, filename)) {
      s->used = ++c->clock;
      return s;
    }
  }
  return NULL;
}

TextCacheSlot *tc_put(Rt *rt, int kind, const char *text, size_t len, Obj *filename) {
  LangState *L = LANG(rt);
  if (!L || len > TC_MAX_TEXT) return NULL;
  if (!L->text_cache && !(L->text_cache = mem_calloc(1, sizeof *L->text_cache))) return NULL;
  TextCache *c = L->text_cache;
  TextCacheSlot *s = &c->slot[0];
  for (int i = 1; i < TC_SLOTS && s->kind; i++)   /* an empty slot, else the least recently used */
    if (!c->slot[i].kind || c->slot[i].used < s->used) s = &c->slot[i];
  slot_clear(s);
  char *copy = mem_alloc(len ? len : 1);
  if (!copy) return NULL;
  memcpy(copy, text, len);
  s->kind = kind;
  s->hash = fnv1a(kind, text, len);
  s->len = len;
  s->text = copy;
  s->filename = filename ? incref(filename) : NULL;
  s->used = ++c->clock;
  return s;
}

void tc_free(Rt *rt) {
  LangState *L = LANG(rt);
  if (!L || !L->text_cache) return;
  for (int i = 0; i < TC_SLOTS; i++) slot_clear(&L->text_cache->slot[i]);
  mem_free(L->text_cache);
  L->text_cache = NULL;
}
