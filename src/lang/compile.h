/* compile.h: from syntax tree to code objects. */
#ifndef PX_COMPILE_H
#define PX_COMPILE_H
#include "lang/ast.h"
#include "lang/code.h"
#include "lang/symtable.h"

/* Compiles a module; returns its Code (new reference) or NULL with an error. */
Obj *compile_module(Rt *rt, Ast *ast, Obj *filename);
/* Compiles a module of one expression statement for eval(): the code
 * returns the value (SyntaxError for anything else). */
Obj *compile_eval(Rt *rt, Ast *ast, Obj *filename);

/* ---- inside the compiler ------------------------------------------------------- */

/* What break/continue/return must undo on their way out. */
enum FBlockKind {
  FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH, FB_HANDLER,
  FB_HANDLER_NAMED, FB_STAR_HANDLER
};

typedef struct FBlock {
  enum FBlockKind kind;
  int top_label, exit_label;   /* loops: continue and break targets */
  const Node *node;            /* FINALLY_TRY: the Try whose finalbody runs; HANDLER_NAMED: the handler */
} FBlock;

#define MAX_FBLOCKS 64

typedef struct Unit {
  Scope *scope;
  Obj *name, *qualname;
  uint32_t *instr;
  Pos *pos;
  size_t n, cap;
  int *labels;                  /* label id -> instruction index (-1 unresolved) */
  size_t nlabels, labelcap;
  Obj *consts, *names;          /* lists */
  int argcount, posonly, kwonly, flags, firstlineno;
  Pos cur;                      /* the position new instructions get */
  FBlock fblocks[MAX_FBLOCKS];
  int nfblocks;
  struct Unit *parent;
} Unit;

typedef struct Compiler {
  Rt *rt;
  Obj *filename;
  Symtable st;
  Unit *u;
  int interactive;
  int nested_depth;
  int quiet;       /* > 0: warnings are not shown (3.14's second copy of a finally body) */
} Compiler;

/* emission */
int  c_emit(Compiler *c, int op, int arg);
int  c_new_label(Compiler *c);
int  c_place_label(Compiler *c, int label);
int  c_const(Compiler *c, Obj *v);        /* index in co_consts */
int  c_name(Compiler *c, Obj *name);      /* index in co_names */
int  c_varname(Compiler *c, Obj *name);   /* index in co_varnames, or -1 */
int  c_derefname(Compiler *c, Obj *name); /* index among cells+frees, or -1 */
Pos  c_set_pos(Compiler *c, const Node *n);   /* returns the previous */
int  c_error(Compiler *c, const Node *n, const char *fmt, ...);
int  c_unsupported(Compiler *c, const Node *n, const char *what);

/* units */
int  c_enter_unit(Compiler *c, const Node *node, Obj *name, int firstlineno);
Obj *c_leave_unit(Compiler *c);           /* assembles the Code */

/* names */
int  c_load_name(Compiler *c, Obj *name);
int  c_store_name(Compiler *c, Obj *name);
int  c_delete_name(Compiler *c, Obj *name);

/* fblocks */
int  c_push_fblock(Compiler *c, enum FBlockKind k, int top, int exit, const Node *node);
void c_pop_fblock(Compiler *c);

/* statements and expressions */
int  c_stmts(Compiler *c, const NodeList *l);
int  c_stmt(Compiler *c, const Node *n);
int  c_expr(Compiler *c, const Node *n);
int  c_exprs(Compiler *c, const NodeList *l);
int  c_store_target(Compiler *c, const Node *t);
int  c_delete_target(Compiler *c, const Node *t);
int  c_function(Compiler *c, const Node *n);        /* FunctionDef or Lambda: leaves the function */
int  c_comprehension(Compiler *c, const Node *n);
int  c_call_helper(Compiler *c, int already, const NodeList *args, const NodeList *keywords);
int  c_unwind_fblock(Compiler *c, FBlock *b, int preserve_tos);
int  c_try_star(Compiler *c, const Node *n);
int  c_setup_annotations(Compiler *c, const NodeList *body);
/* compile_ann.c: a def's annotations pushed for MAKE_FUNCTION (returns the
 * MF_ flag, 0 when none); a 3.14 class's __annotate__ and __classdict__;
 * an annotation's value in a module or class body. */
int  c_fn_annotations(Compiler *c, const Node *n);
int  c_class_annotate(Compiler *c, const Node *n);
int  c_class_classdict(Compiler *c);
int  c_annotation_value(Compiler *c, const Node *ann);

/* SyntaxWarnings the compiler shows (compile_check.c) */
int  c_check_compare(Compiler *c, const Node *n);
int  c_check_caller(Compiler *c, const Node *call);
int  c_check_subscript(Compiler *c, const Node *n);
int  c_check_assert(Compiler *c, const Node *n);

#endif
