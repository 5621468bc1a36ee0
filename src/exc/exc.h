/* exc.h: the built-in exception classes.
 * Every class is declared once, in the table of exc_table.h; its behaviour
 * comes from its family (the layout and the functions shared by the classes
 * of that family, as in CPython's Objects/exceptions.c). */
#ifndef PX_EXC_H
#define PX_EXC_H
#include "obj/object.h"
#include "obj/runtime.h"
#include "exc/exc_table.h"

/* ---- instance layouts ------------------------------------------------------- */
typedef struct ExcObj {
  Obj ob;
  Obj *dict;          /* __dict__ (holds __notes__) */
  Obj *args;          /* tuple */
  Obj *traceback;     /* a traceback object, or NULL */
  Obj *context;
  Obj *cause;
  int suppress_context;
} ExcObj;

typedef struct StopIterationObj { ExcObj base; Obj *value; } StopIterationObj;
typedef struct SystemExitObj { ExcObj base; Obj *code; } SystemExitObj;
typedef struct ImportErrorObj { ExcObj base; Obj *msg, *name, *path, *name_from; } ImportErrorObj;
typedef struct OSErrorObj {
  ExcObj base;
  Obj *myerrno, *strerror, *filename, *filename2;
  int64_t written;    /* BlockingIOError.characters_written; -1: unset */
} OSErrorObj;
typedef struct SyntaxErrorObj {
  ExcObj base;
  Obj *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line, *metadata;
} SyntaxErrorObj;
typedef struct UnicodeErrorObj {
  ExcObj base;
  Obj *encoding, *object, *reason;
  int64_t start, end;
} UnicodeErrorObj;
typedef struct AttributeErrorObj { ExcObj base; Obj *name, *obj; } AttributeErrorObj;
typedef struct NameErrorObj { ExcObj base; Obj *name; } NameErrorObj;
typedef struct GroupObj { ExcObj base; Obj *msg, *excs; } GroupObj;

#define AS_EXC(o) ((ExcObj *)(o))
static inline int is_exc(const Obj *o) { return (o->type->flags & TF_EXC) != 0; }
static inline int is_exc_type(const Obj *o) {
  return is_inst(o, &TypeType) && (((const Type *)o)->flags & TF_EXC);
}

/* ---- the classes ---------------------------------------------------------------- */
extern Type exc_types_table[EXC_COUNT];
#define EXC_TYPE(name) (&exc_types_table[EXC_##name])

/* Prepares the classes (once per process) and installs them, as the
 * profile's version has them, into rt->builtins; sets up chaining and the
 * preallocated MemoryError. 0, or -1 when memory runs out. */
int  exc_init(Rt *rt);
void exc_fini(Rt *rt);
/* The class of a table entry as this runtime's version has it. */
Type *exc_class(Rt *rt, enum ExcId id);
/* A built-in exception class by name for the runtime's version, or NULL. */
Type *exc_builtin(Rt *rt, const char *name);
/* The class tree in the format of the docs' "Exception hierarchy". */
Obj *exc_hierarchy(Rt *rt);
/* The traceback type (defined by src/trace), for __traceback__ checks. */
extern Type *exc_traceback_type;

/* ---- chaining -------------------------------------------------------------------- */
void exc_set_context(Obj *exc, Obj *context);   /* borrowed; NULL clears */
void exc_set_cause(Obj *exc, Obj *cause);       /* also sets __suppress_context__ */
void exc_set_traceback(Obj *exc, Obj *tb);
/* The implicit chaining CPython does when an exception is raised while
 * another one is handled (with its cycle cutting). */
void exc_chain_context(Rt *rt, Obj *exc);

/* ---- groups (exc_group.c) ---------------------------------------------------------- */
int  exc_is_group(const Obj *o);
/* split/subgroup by a condition: a class, a tuple of classes, or a callable.
 * *match and *rest get new references or None. */
int  exc_group_split(Rt *rt, Obj *group, Obj *cond, Obj **match, Obj **rest);
Obj *exc_group_subgroup(Rt *rt, Obj *group, Obj *cond);

/* str() of an exception as the traceback prints it (BaseException_str etc.). */
Obj *exc_str(Rt *rt, Obj *exc);

#endif
