/* object_methods.c: the methods object gives every class: __format__
 * (str(self) for an empty spec, else CPython's "unsupported format string"
 * error), what super().__format__(spec) reaches. */
#include "obj/methods.h"
#include "obj/args.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"

METHOD(object_format) {
  if (args_one(rt, "object.__format__", argc, kwnames) < 0) return NULL;
  if (!IS_STR(argv[0])) return arg_bad(rt, "__format__", "argument", "str", argv[0]);
  if (str_len(argv[0]) > 0)
    return err_format(rt, EXC(TypeError), "unsupported format string passed to %s.__format__", type_name(self));
  return obj_str(rt, self);
}

/* object.__init_subclass__(): what a class's super().__init_subclass__()
 * ends at; takes nothing. self is the new class. */
METHOD(object_init_subclass) {
  (void)argv;
  if (kwnames && tuple_len(kwnames))
    return err_format(rt, EXC(TypeError), "%s.__init_subclass__() takes no keyword arguments",
                      IS_TYPE(self) ? AS_TYPE(self)->name : type_name(self));
  if (argc)
    return err_format(rt, EXC(TypeError), "%s.__init_subclass__() takes no arguments (%zu given)",
                      IS_TYPE(self) ? AS_TYPE(self)->name : type_name(self), argc);
  return incref(None);
}

const MethodDef object_methods[] = {
  {"__format__", object_format, 0},
  {"__init_subclass__", object_init_subclass, METH_CLASS},
  {NULL, NULL, 0}
};
