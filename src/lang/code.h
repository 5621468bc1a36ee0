/* code.h: compiled code, functions, cells, frames and generators, and the
 * instruction set of the virtual machine.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits, its
 * argument in the high 24. Code keeps one Pos per instruction (the source
 * span it came from) for tracebacks. */
#ifndef PX_CODE_H
#define PX_CODE_H
#include "obj/object.h"
#include "obj/runtime.h"
#include "trace/frame.h"

#define OPCODES(X) \
  X(NOP) X(POP_TOP) X(COPY) X(SWAP) \
  X(LOAD_CONST) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) \
  X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST) X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL) \
  X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF) X(LOAD_CLASSDEREF) X(LOAD_CLOSURE) \
  X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR) X(LOAD_METHOD) \
  X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE) \
  X(BINARY_OP) X(INPLACE_OP) X(UNARY_NEGATIVE) X(UNARY_POSITIVE) X(UNARY_NOT) X(UNARY_INVERT) \
  X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP) \
  X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) \
  X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE) \
  X(UNPACK_SEQUENCE) X(UNPACK_EX) X(FORMAT_VALUE) X(BUILD_STRING) \
  X(JUMP) X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE) X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) \
  X(POP_JUMP_IF_NONE) X(POP_JUMP_IF_NOT_NONE) \
  X(GET_ITER) X(FOR_ITER) X(END_FOR) \
  X(MAKE_FUNCTION) X(CALL) X(CALL_KW) X(CALL_EX) X(RETURN_VALUE) \
  X(YIELD_VALUE) X(GET_YIELD_FROM_ITER) X(SEND) X(RETURN_GENERATOR) \
  X(LOAD_BUILD_CLASS) X(SETUP_ANNOTATIONS) \
  X(SETUP_FINALLY) X(SETUP_WITH) X(POP_BLOCK) X(PUSH_EXC_INFO) X(POP_EXCEPT) X(RAISE_VARARGS) X(RERAISE) \
  X(CHECK_EXC_MATCH) X(CHECK_EG_MATCH) X(PREP_RERAISE_STAR) X(BEFORE_WITH) X(WITH_EXCEPT_START) \
  X(LOAD_ASSERTION_ERROR) X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR) X(PRINT_EXPR) \
  X(CLEANUP_THROW) X(LOAD_LOCALS) X(LOAD_FROM_DICT_OR_GLOBALS)

enum Opcode {
#define X(name) OP_##name,
  OPCODES(X)
#undef X
  OP_COUNT
};
extern const char *const opcode_names[OP_COUNT];

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(w) ((w) & 0xFF)
#define INSTR_ARG(w) ((w) >> 8)
#define ARG_MAX 0xFFFFFF

/* MAKE_FUNCTION flags */
/* MF_ANNOTATIONS: a dict of annotations (3.11-3.13); MF_ANNOTATE: the
 * function computing them (3.14); either one is below the closure. */
enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8, MF_ANNOTATE = 16 };
/* Code flags */
enum {
  CO_VARARGS = 1, CO_VARKEYWORDS = 2, CO_GENERATOR = 4, CO_NEWLOCALS = 8, CO_CLASSBODY = 16,
  CO_MODULE = 32, CO_NESTED = 64, CO_INLINE_COMP = 128
};

typedef struct Code {
  Obj ob;
  CodeInfo info;
  uint32_t *instr;
  size_t ninstr;
  Pos *pos;               /* info.positions */
  Obj *consts;            /* tuple */
  Obj *names;             /* tuple of str: globals, attributes, imports */
  Obj *varnames;          /* tuple of str: fast locals, arguments first */
  Obj *cellvars;          /* tuple of str: locals captured by inner scopes */
  Obj *freevars;          /* tuple of str: captured from outer scopes */
  int argcount, posonlyargcount, kwonlyargcount;
  int flags;
  int nlocals, stacksize, maxblocks;
  /* cellvars that are also arguments: cell i starts as argument cell2arg[i] (or -1) */
  int *cell2arg;
} Code;

typedef struct Function {
  Obj ob;
  Obj *code;
  Obj *globals, *builtins;
  Obj *name, *qualname, *module, *doc;
  Obj *defaults;          /* tuple or NULL */
  Obj *kwdefaults;        /* dict or NULL */
  Obj *closure;           /* tuple of cells or NULL */
  Obj *dict;
  Obj *annotations;       /* dict, or NULL until asked for */
  Obj *annotate;          /* 3.14: the function computing annotations, or NULL */
} Function;

typedef struct Cell { Obj ob; Obj *ref; } Cell;

typedef struct Block { int handler; int level; } Block;

typedef struct Frame {
  TFrame base;
  Obj *builtins;
  Obj *locals;            /* dict for module and class bodies; NULL for functions */
  Obj *func;              /* the Function running, or NULL */
  Obj **fast;             /* nlocals + ncells + nfree slots */
  Obj **stack;
  size_t sp;
  Block *blocks;
  int nblocks;
  int pc;                 /* next instruction */
  int entry;              /* 1: return from here leaves the VM loop */
  struct Generator *gen;  /* the generator owning this frame, if any */
  int depth_counted;      /* counted in the runtime's recursion depth */
} Frame;

typedef struct Generator {
  Obj ob;
  Rt *rt;                 /* for closing it when it is freed while suspended */
  Frame *frame;           /* NULL once finished */
  Obj *name, *qualname;
  Obj *handled;           /* the exception being handled inside it while suspended */
  int running;
  int started;
  int finalized;          /* closed by its finalizer already (PEP 442: once) */
} Generator;

extern Type CodeType, FunctionType, CellType, FrameType, GeneratorType;

Obj *cell_new(Rt *rt, Obj *ref);
Obj *function_new(Rt *rt, Obj *code, Obj *globals, Obj *qualname);
/* A frame for code, its fast slots empty (arguments are bound by the caller). */
Frame *frame_new(Rt *rt, Code *code, Obj *globals, Obj *builtins, Obj *locals);
/* Binds call arguments into a new frame for func (CPython's messages for
 * missing/extra arguments). */
Frame *frame_for_call(Rt *rt, Function *func, Obj *const *argv, size_t argc, Obj *kwnames);
Obj *generator_new(Rt *rt, Frame *f, Function *func);

#endif
