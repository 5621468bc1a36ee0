/* symtable.h: which names are local, global, free or cells in each scope
 * (CPython's symtable.c rules: assignment makes a name local unless it is
 * declared global or nonlocal; a name used in a function and bound in an
 * enclosing function is free there and a cell in the binder; class bodies
 * are skipped when resolving free names; methods that use super() or
 * __class__ get the class's __class__ cell). */
#ifndef PX_SYMTABLE_H
#define PX_SYMTABLE_H
#include "lang/ast.h"

enum ScopeKind { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_COMPREHENSION };
enum NameScope { NS_LOCAL = 1, NS_GLOBAL_EXPLICIT, NS_GLOBAL_IMPLICIT, NS_FREE, NS_CELL };

/* symbol flags */
enum {
  SYM_GLOBAL = 1, SYM_LOCAL = 2, SYM_PARAM = 4, SYM_NONLOCAL = 8, SYM_USE = 16,
  SYM_FREE_CLASS = 32,   /* class scope: also free in an inner function */
  SYM_SCOPE_SHIFT = 8    /* the resolved NameScope is kept above the flags */
};

typedef struct Scope {
  enum ScopeKind kind;
  const Node *node;
  Obj *name;                 /* the function/class name, or "<module>", "<listcomp>"... */
  Obj *symbols;              /* dict: name -> int (flags | scope << SYM_SCOPE_SHIFT) */
  Obj *varnames;             /* list: parameters first, then other locals */
  Obj *cellvars, *freevars;  /* lists, in CPython's order (sorted) */
  struct Scope *parent;
  struct Scope **children;
  size_t nchildren, cap;
  int generator;             /* contains yield */
  int child_uses_class;      /* class: a method needs __class__ */
  int uses_class;            /* function: refers to super or __class__ */
  int inline_comp;           /* a comprehension compiled inline (3.12+) */
  /* 3.14's lazy annotations (PEP 649): a function's annotations are in an
   * "__annotate__" scope keyed by its arguments node; a class body's by its
   * first annotated assignment. Inside a class, such a scope reads the
   * class namespace through the class's __classdict__ cell. */
  int annotation_in_class;   /* an __annotate__ scope of a class body or method */
  int needs_classdict;       /* class: has the __classdict__ cell */
  struct Scope *annotate;    /* class: its annotations' scope (3.14), or NULL */
  const Node *annotate_key;  /* class: the node that keys it */
} Scope;

typedef struct Symtable {
  int future_annotations;    /* from __future__ import annotations: they are strings */
  Scope *top;
  Scope **all;               /* every scope, with its node, for lookup */
  size_t n, cap;
} Symtable;

int    symtable_build(Rt *rt, const Node *module, Symtable *st);
void   symtable_free(Symtable *st);
Scope *symtable_lookup(Symtable *st, const Node *n);
enum NameScope scope_of(Scope *s, Obj *name);
/* Whether a function has annotations (on its parameters or return). */
int    args_have_annotations(const Node *args, const Node *returns);

#endif
