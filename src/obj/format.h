/* format.h: format(value, spec) for the built-in types. */
#ifndef PX_FORMAT_H
#define PX_FORMAT_H
#include "obj/object.h"
#include "obj/runtime.h"

/* The value formatted by spec (a str); TypeError for other types. */
Obj *format_value(Rt *rt, Obj *v, Obj *spec);
/* float formatting with a parsed spec (internal to format.c and int). */
Obj *format_float(Rt *rt, Obj *v, char type, const void *spec);

#endif
