/* num.h: int, bool and float values. */
#ifndef PX_NUM_H
#define PX_NUM_H
#include "obj/object.h"
#include "obj/runtime.h"

Obj *int_from_i64(Rt *rt, int64_t v);
Obj *int_from_big(Rt *rt, BigInt *b);                /* steals b; normalizes */
/* Parses like int(text, base): base 0 means literal rules (prefixes, no
 * leading zeros). NULL + ValueError "invalid literal for int() with base
 * 10: 'x'" when invalid. */
Obj *int_from_text(Rt *rt, const char *s, size_t len, int base);
Obj *int_from_double(Rt *rt, double v);              /* OverflowError/ValueError for inf/nan */
/* The int as int64; returns 0, or -1 when out of range (no error set). */
static inline int int_as_i64(Obj *o, int64_t *out) {
  if (((Int *)o)->big) return -1;
  *out = ((Int *)o)->v;
  return 0;
}
BigInt *int_to_big(const Obj *o);                    /* new BigInt (NULL: no memory) */
double int_to_double(Rt *rt, Obj *o);                /* -1.0 + OverflowError */
Obj *int_repr(Rt *rt, Obj *o);
int  int_sign(Obj *o);
int  int_cmp(Obj *a, Obj *b);
int64_t int_hash_value(Rt *rt, Obj *o);

Obj *float_new(Rt *rt, double v);
static inline double float_value(Obj *o) { return ((Float *)o)->v; }
/* A float from an int or float (TypeError otherwise). */
int  num_to_double(Rt *rt, Obj *o, double *out);
int64_t float_hash_value(Rt *rt, double v, Obj *self);

#endif
