/* methods_core.c: method tables of the built-in value types.
 * Kept deliberately small in the core model; the interpreter adds the
 * methods snippets use in the *_methods.c files as they come. */
#include "obj/object.h"
#include "obj/runtime.h"

const MethodDef str_methods[] = {{NULL, NULL, 0}};
const MethodDef int_methods[] = {{NULL, NULL, 0}};
const GetSetDef int_getsets[] = {{NULL, NULL, NULL}};
const MethodDef float_methods[] = {{NULL, NULL, 0}};
const MethodDef tuple_methods[] = {{NULL, NULL, 0}};
const MethodDef list_methods[] = {{NULL, NULL, 0}};
const MethodDef dict_methods[] = {{NULL, NULL, 0}};
const MethodDef set_methods[] = {{NULL, NULL, 0}};
const MethodDef frozenset_methods[] = {{NULL, NULL, 0}};
const NumSlots set_num = {0};
const MethodDef bytes_methods[] = {{NULL, NULL, 0}};
const MethodDef bytearray_methods[] = {{NULL, NULL, 0}};
