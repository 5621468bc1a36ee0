/* exc_hierarchy.c: the class tree as the docs draw it. Rules (checked
 * against CPython's Lib/test/exception_hierarchy.txt): children sorted by
 * name, except that Exception comes last under BaseException; a class with
 * two bases sits under its last base with the first in brackets; private
 * names (leading '_') are left out. */
#include "exc/exc_impl.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "base/strbuf.h"
#include <string.h>

/* The parent a class is drawn under: its last base. */
static Type *draw_parent(Type *t) {
  Obj *b = t->bases;
  return AS_TYPE(tuple_get(b, tuple_len(b) - 1));
}

static int visible(Rt *rt, Type *t) {
  return t->name[0] != '_' && exc_builtin(rt, t->name) == t;
}

static int child_order(const Type *a, const Type *b) {
  int ea = strcmp(a->name, "Exception") == 0, eb = strcmp(b->name, "Exception") == 0;
  if (ea != eb) return ea - eb;
  return strcmp(a->name, b->name);
}

static void draw(Rt *rt, StrBuf *b, Type *t, const char *prefix, size_t plen) {
  Type *kids[EXC_COUNT];
  size_t n = 0;
  for (int i = 0; i < EXC_COUNT; i++) {
    Type *c = exc_class(rt, (enum ExcId)i);
    if (c != t && visible(rt, c) && draw_parent(c) == t) kids[n++] = c;
  }
  for (size_t i = 1; i < n; i++)          /* insertion sort: a few dozen, distinct names */
    for (size_t j = i; j > 0 && child_order(kids[j - 1], kids[j]) > 0; j--) {
      Type *x = kids[j];
      kids[j] = kids[j - 1];
      kids[j - 1] = x;
    }
  for (size_t i = 0; i < n; i++) {
    int last = i + 1 == n;
    sb_addc(b, '\n');
    sb_add(b, prefix, plen);
    sb_adds(b, last ? "\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80 " : "\xe2\x94\x9c\xe2\x94\x80\xe2\x94\x80 ");
    sb_adds(b, kids[i]->name);
    if (tuple_len(kids[i]->bases) > 1) sb_addf(b, " [%s]", AS_TYPE(tuple_get(kids[i]->bases, 0))->name);
    char next[512];
    size_t nlen = plen;
    if (plen + 8 >= sizeof next) continue;
    memcpy(next, prefix, plen);
    const char *pad = last ? "     " : "\xe2\x94\x82    ";
    memcpy(next + nlen, pad, strlen(pad));
    nlen += strlen(pad);
    draw(rt, b, kids[i], next, nlen);
  }
}

Obj *exc_hierarchy(Rt *rt) {
  StrBuf b = SB_INIT;
  Type *root = exc_class(rt, EXC_BaseException);
  sb_adds(&b, root->name);
  draw(rt, &b, root, " ", 1);
  return str_from_buf(rt, &b);
}
