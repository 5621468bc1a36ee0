/* slots.h: the bridge between Python-level special methods and type slots
 * (CPython's typeobject.c): heap types get slot functions that call the
 * dunder methods found along their MRO; static types get wrapper
 * descriptors (object.__init__, BaseException.__str__, ...) so that Python
 * code can call their slots, e.g. through super(). */
#ifndef PX_SLOTS_H
#define PX_SLOTS_H
#include "obj/object.h"
#include "obj/runtime.h"

/* Points t's slots at the dunder methods its class dicts define. */
int  type_fixup_slots(Rt *rt, Type *t);
/* Adds the wrapper descriptors for the slots a static type defines. */
int  type_add_slot_wrappers(Type *t);
/* Releases what type_fixup_slots allocated. */
void type_free_slots(Type *t);

extern Type SlotWrapperType;

#endif
