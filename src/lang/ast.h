/* ast.h: the syntax tree of the Python subset, shaped like CPython's ast
 * module (same node names, same fields, same positions), so that
 * ast_dump() prints what Python's ast.dump(..., include_attributes=True)
 * prints for the same source.
 *
 * Positions: lineno/end_lineno are 1-based; col/end_col are 0-based UTF-8
 * byte offsets within their lines, exactly like CPython's col_offset.
 * Nodes live in an arena owned by the parse (ast_free releases it all). */
#ifndef PX_AST_H
#define PX_AST_H
#include "obj/object.h"
#include "obj/runtime.h"

typedef struct Node Node;
typedef struct NodeList { size_t n; Node **items; } NodeList;

typedef enum NodeKind {
  /* module */
  N_Module,
  /* statements */
  N_FunctionDef, N_ClassDef, N_Return, N_Delete, N_Assign, N_AugAssign, N_AnnAssign,
  N_For, N_While, N_If, N_With, N_Raise, N_Try, N_TryStar, N_Assert, N_Import, N_ImportFrom,
  N_Global, N_Nonlocal, N_Expr, N_Pass, N_Break, N_Continue,
  /* expressions */
  N_BoolOp, N_NamedExpr, N_BinOp, N_UnaryOp, N_Lambda, N_IfExp, N_Dict, N_Set, N_ListComp,
  N_SetComp, N_DictComp, N_GeneratorExp, N_Yield, N_YieldFrom, N_Compare, N_Call,
  N_FormattedValue, N_JoinedStr, N_Constant, N_Attribute, N_Subscript, N_Starred, N_Name,
  N_List, N_Tuple, N_Slice,
  /* helpers */
  N_arguments, N_arg, N_keyword, N_alias, N_withitem, N_comprehension, N_ExceptHandler,
  N_COUNT
} NodeKind;

typedef enum ExprContext { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;
typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;
/* Operator numbers match obj/ops.h's enum BinOp (OP_ADD ... OP_MATMUL). */
typedef enum UnaryOpKind { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } UnaryOpKind;
typedef enum CmpOpKind { CMPOP_EQ, CMPOP_NOTEQ, CMPOP_LT, CMPOP_LTE, CMPOP_GT, CMPOP_GTE,
                         CMPOP_IS, CMPOP_ISNOT, CMPOP_IN, CMPOP_NOTIN } CmpOpKind;

struct Node {
  NodeKind kind;
  int lineno, col, end_lineno, end_col;
  union {
    struct { NodeList body; } Module;
    struct { Obj *name; Node *args; NodeList body, decorator_list; Node *returns; } FunctionDef;
    struct { Obj *name; NodeList bases, keywords, body, decorator_list; } ClassDef;
    struct { Node *value; } Return;                     /* value may be NULL */
    struct { NodeList targets; } Delete;
    struct { NodeList targets; Node *value; } Assign;
    struct { Node *target; int op; Node *value; } AugAssign;
    struct { Node *target, *annotation, *value; int simple; } AnnAssign;  /* value may be NULL */
    struct { Node *target, *iter; NodeList body, orelse; } For;
    struct { Node *test; NodeList body, orelse; } While;
    struct { Node *test; NodeList body, orelse; } If;
    struct { NodeList items, body; } With;
    struct { Node *exc, *cause; } Raise;                /* both may be NULL */
    struct { NodeList body, handlers, orelse, finalbody; } Try;   /* also TryStar */
    struct { Node *test, *msg; } Assert;                /* msg may be NULL */
    struct { NodeList names; } Import;
    struct { Obj *module; NodeList names; int level; } ImportFrom;   /* module may be NULL */
    struct { size_t n; Obj **names; } Global;           /* also Nonlocal */
    struct { Node *value; } Expr;

    struct { BoolOpKind op; NodeList values; } BoolOp;
    struct { Node *target, *value; } NamedExpr;
    struct { Node *left; int op; Node *right; } BinOp;
    struct { UnaryOpKind op; Node *operand; } UnaryOp;
    struct { Node *args, *body; } Lambda;
    struct { Node *test, *body, *orelse; } IfExp;
    struct { NodeList keys, values; } Dict;             /* a NULL key is a ** unpacking */
    struct { NodeList elts; } Set;
    struct { Node *elt; NodeList generators; } ListComp;   /* also SetComp, GeneratorExp */
    struct { Node *key, *value; NodeList generators; } DictComp;
    struct { Node *value; } Yield;                      /* value may be NULL; also YieldFrom */
    struct { Node *left; size_t n; CmpOpKind *ops; Node **comparators; } Compare;
    struct { Node *func; NodeList args, keywords; } Call;
    struct { Node *value; int conversion; Node *format_spec; } FormattedValue;  /* conversion -1, 's', 'r', 'a' */
    struct { NodeList values; } JoinedStr;
    struct { Obj *value; Obj *kind; } Constant;         /* kind: "u" for u'' strings, else NULL */
    struct { Node *value; Obj *attr; ExprContext ctx; } Attribute;
    struct { Node *value, *slice; ExprContext ctx; } Subscript;
    struct { Node *value; ExprContext ctx; } Starred;
    struct { Obj *id; ExprContext ctx; } Name;
    struct { NodeList elts; ExprContext ctx; } List;    /* also Tuple */
    struct { Node *lower, *upper, *step; } Slice;       /* each may be NULL */

    struct { NodeList posonlyargs, args; Node *vararg; NodeList kwonlyargs, kw_defaults; Node *kwarg;
             NodeList defaults; } arguments;            /* kw_defaults items may be NULL */
    struct { Obj *arg; Node *annotation; } arg;
    struct { Obj *arg; Node *value; } keyword;          /* arg NULL: **value */
    struct { Obj *name, *asname; } alias;               /* asname may be NULL */
    struct { Node *context_expr, *optional_vars; } withitem;
    struct { Node *target, *iter; NodeList ifs; int is_async; } comprehension;
    struct { Node *type; Obj *name; NodeList body; } ExceptHandler;   /* type, name may be NULL */
  } u;
};

/* The result of a parse. On failure `root` is NULL and a SyntaxError (or
 * IndentationError/TabError) instance is pending in the runtime, carrying
 * (msg, (filename, lineno, offset, text, end_lineno, end_offset)) exactly as
 * CPython's compile() would for the profile's version. Every Obj* inside the
 * tree is owned by the arena and released by ast_free. */
typedef struct Arena Arena;
typedef struct Ast {
  Node *root;      /* N_Module */
  Arena *arena;
} Ast;

/* Parses a whole file (source is UTF-8, need not end in a newline). */
int  ast_parse(Rt *rt, const char *source, size_t len, Obj *filename, Ast *out);
/* codeop's question (3.14 traceback keyword typos): 1 `source` parses (exec,
 * ONLY_AST), 2 it is incomplete (with allow_incomplete), 0 another
 * SyntaxError; -1 another exception pending. Shows no warnings. */
int  ast_parse_check(Rt *rt, const char *source, size_t len, int allow_incomplete);
/* Parses one expression (used by tracebacks to find the anchors of carets);
 * returns 0 or -1 without leaving an error pending. Like CPython's
 * traceback code, the segment is parsed as a module: the root is the
 * Module, whose single Expr statement holds the expression. Its
 * SyntaxWarnings (invalid escapes) show with warn_filename as CPython's do
 * (ast.parse's "<unknown>", or the frame's file for the 3.12 C printer);
 * NULL: none. Returns 0, -1 for a SyntaxError, -2 for another failure
 * (MemoryError, RecursionError); no exception is left pending. */
int  ast_parse_expr(Rt *rt, const char *source, size_t len, Obj *warn_filename, Ast *out);
void ast_free(Ast *ast);
/* The errors CPython's compiler and symbol table raise after a successful
 * parse ('return' outside function, nonlocal/global misuse, duplicate
 * arguments, starred misuse, repeated keywords, ..., RecursionError for
 * too deep trees), in CPython's order; `source` is the text given to
 * ast_parse (for the lines of the errors). 0, or -1 with the error pending. */
int  ast_check(Rt *rt, Ast *ast, Obj *filename, const char *source, size_t len);
/* 3.14 (PEP 765): SyntaxWarnings for return/break/continue leaving a
 * finally block (compile_check.c). CPython warns in its AST preprocessing,
 * before the symbol table and code generation raise their SyntaxErrors:
 * ast_check calls it first. */
int  compile_finally_warnings(Rt *rt, const Node *module, Obj *filename);
/* ast.dump(tree, include_attributes=True) of CPython 3.11, as a str. */
Obj *ast_dump(Rt *rt, const Node *n);
const char *ast_kind_name(NodeKind k);

#endif
