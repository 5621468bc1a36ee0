/* parser.h: the parser's internals, shared by parse_*.c.
 *
 * The parser is a hand-written port of CPython's PEG parser (pegen): one C
 * function per grammar rule of Grammar/python.gram, same alternatives in the
 * same order, same lookaheads, memoization of the same rules, and the same
 * two passes (the second one, after a failure, enables the invalid_* rules
 * that produce the specialised error messages). Left-recursive rules are
 * loops that give the same results as pegen's seed growing. Matching pegen
 * this closely is what makes the error messages AND positions come out as
 * CPython's: a generic "invalid syntax" points at the furthest token the
 * first pass looked at, which depends on every lookahead.
 *
 * Rule functions return NULL on failure; `p->error` set means an exception
 * is pending and everything unwinds. p->level counts rule calls like
 * pegen's p->level (MAXSTACK 6000), so deep input fails cleanly before the
 * C stack does. */
#ifndef PX_PARSER_H
#define PX_PARSER_H
#include "lang/ast.h"
#include "lang/lexer.h"

/* ---- arena (ast.c) -------------------------------------------------------- */
Arena *arena_new(void);
void   arena_free(Arena *a);
void  *arena_alloc(Arena *a, size_t n);         /* zeroed; NULL: no memory */
int    arena_keep(Arena *a, Obj *o);            /* steals o; -1 if it could not */

/* Placeholder for valid Python this implementation does not support; the
 * message (a str) is in u.Constant.value. Never left in a returned tree. */
#define N_UNSUPPORTED ((NodeKind)N_COUNT)

/* ---- intermediate results --------------------------------------------------- */
typedef struct Vec { size_t n, cap; void **items; } Vec;
typedef struct KeyValue { Node *key, *value; } KeyValue;
typedef struct CmpPair { CmpOpKind op; Node *expr; } CmpPair;
typedef struct NameDefault { Node *arg, *value; } NameDefault;
typedef struct SlashDefault { Vec *plain, *with_defaults; } SlashDefault;
typedef struct StarEtc { Node *vararg; Vec *kwonly; Node *kwarg; } StarEtc;
typedef struct KwOrStar { Node *element; int is_keyword; } KwOrStar;
typedef struct Loc { int lineno, col, end_lineno, end_col; } Loc;
typedef struct Lit { int bytes, raw, fmode; const char *body; size_t len; } Lit;  /* one string literal */

/* Memoized rules (pegen's (memo) rules and left-recursive ones). */
enum {
  M_simple_stmt = 1, M_block, M_expression, M_star_expression, M_disjunction, M_conjunction,
  M_inversion, M_factor, M_await_primary, M_bitwise_or, M_bitwise_xor, M_bitwise_and, M_shift_expr,
  M_sum, M_term, M_primary, M_strings, M_arguments, M_star_target, M_target_with_star_atom,
  M_t_primary, M_del_target, M_dotted_name, M_invalid_named_expression, M_closed_pattern,
  M_star_pattern, M_import_stmt, M_type_param, M_fstring, M_tstring
};

struct Memo { int type; void *node; int mark; Memo *next; };

#define CURRENT_POS (-5)

typedef struct Parser {
  Rt *rt;
  PyVersion v;
  Lexer *lx;
  Arena *arena;          /* the tree's */
  Arena *scratch;        /* tokens, memos, vectors: freed after the parse */
  Obj *filename;
  const char *file;      /* the source as the file holds it (for error lines); NULL in sub-parsers */
  size_t filelen;
  Token **toks;
  int fill, size;
  int mark;
  int error;             /* pegen's error_indicator: an exception is pending */
  int call_invalid;      /* second pass, invalid rules on */
  int second_pass;       /* second pass (even where expression_without_invalid turns them off) */
  int level, maxstack;
  Token *known_err_token;
  int fstring_input;     /* a 3.11 f-string expression sub-parser */
  int starting_lineno, starting_col_offset;
  int raw_decode_errors;  /* 3.12+ format specs: escape errors stay UnicodeDecodeError */
  int saw_named_escape;   /* a \N{...} went by (unsupported) */
  int last_stmt_line, last_stmt_col;  /* pegen's last_stmt_location (second pass; 3.14 _metadata) */
  int quiet;              /* checking only: no warnings */
  int nfkc_line;          /* line of the first identifier NFKC would change (0: none) */
  Obj *nfkc_id;           /* that identifier (kept by the arena) */
  int allow_incomplete;   /* PyCF_ALLOW_INCOMPLETE_INPUT: failing at the end of the source is
                             _IncompleteInputError (codeop) */
} Parser;

 /* ---- version differences (parse_core.c) -------------------------------------- */
/* Grammar features and specialised errors, by the version that added them. */
typedef enum Feature {
  F_TYPE_PARAMS,        /* 3.12: type statements, def f[T]() (unsupported here) */
  F_FSTRING_TOKENS,     /* 3.12: PEP 701 f-strings */
  F_INVALID_IMPORT,     /* 3.12: "Did you mean to use 'from ... import ...' instead?" */
  F_INVALID_STAR,       /* 3.12: "Invalid star expression" */
  F_KWARG_UNPACK_EQ,    /* 3.12: "cannot assign to keyword argument unpacking" */
  F_ARG_VALUE_EXPECTED, /* 3.12: "expected argument value expression" */
  F_LAMBDA_IN_FSTRING,  /* 3.12 */
  F_KWUNPACK_FROM_COMMA,/* 3.12: "iterable argument unpacking ..." starts at the ',' */
  F_STAR_ASSIGN,        /* 3.12: "cannot assign to iterable argument unpacking" */
  F_IMPORT_NO_NAMES,    /* 3.13: "Expected one or more names after 'import'" */
  F_NOT_AFTER_OP,       /* 3.13: "'not' after an operator must be parenthesized" */
  F_IN_EXPECTED,        /* 3.13: "'in' expected after for-loop variables" */
  F_IN_EXPECTED_GATED,  /* 3.14: ... from an invalid_ rule (3.13: in both passes) */
  F_IMPORT_TARGET,      /* 3.14: "cannot use %s as import target" */
  F_ELIF_AFTER_ELSE,    /* 3.14 */
  F_EXCEPT_NO_PARENS,   /* 3.14: PEP 758 */
  F_EXCEPT_AS_TARGET,   /* 3.14: "cannot use except statement with %s" */
  F_ELSE_STATEMENT,     /* 3.14: "expected expression after 'else', but statement is given" */
  F_STRING_PART,        /* 3.14: "Is this intended to be part of the string?" */
  F_STMT_BEFORE_IF,     /* 3.14: "expected expression before 'if', but statement is given" */
  F_IF_EXPR_STAR,       /* (3.15): invalid_if_expression */
  F_PATTERN_TARGET,     /* 3.14: "cannot use %s as pattern target" */
  F_TSTRINGS,           /* 3.14: t'' (unsupported here) */
  F_SOFT_KW_EXACT,      /* 3.14: SOFT_KEYWORD no longer matches a prefix ('c' of 'case') */
  F_STAR_ANYWHERE,      /* 3.12.7, 3.13: "Invalid star expression" even under expression_without_invalid */
  F_STAR_GATED,         /* 3.14: ... and no longer */
  F_SYNTAX_METADATA,    /* 3.14: SyntaxError._metadata (last statement, source) */
  F_ESCAPE_WARNING,     /* 3.12: invalid escapes are a SyntaxWarning (3.11: hidden DeprecationWarning) */
  F_ESCAPE_WARNING_LINE,/* 3.14: ... with the escape's own line and the longer message */
  F_COUNT
} Feature;
extern const PyVersion px_since[F_COUNT];
#define HAS(p, f) ((p)->v >= px_since[f])

/* Messages that changed wording. */
typedef enum Msg { MSG_NONDEFAULT_AFTER_DEFAULT, MSG_SLASH_FIRST, MSG_COUNT } Msg;
extern const char *const px_msgs[MSG_COUNT][PY_NVERSIONS];
#define MSG(p, m) (px_msgs[m][(p)->v])

/* ---- core (parse_core.c) ------------------------------------------------------ */
int   px_fill(Parser *p);                       /* one more token; -1 on error */
Token *px_peek(Parser *p);                      /* token at mark (filled), NULL on error */
Token *px_expect(Parser *p, int type);
Token *px_expect_kw(Parser *p, int kw);
Token *px_expect_forced(Parser *p, int type, const char *expected);
Node *px_name(Parser *p);                       /* NAME -> Name(Load) */
Node *px_soft_kw(Parser *p, const char *kw);    /* NAME equal to kw -> Name */
Node *px_number(Parser *p);                     /* NUMBER -> Constant */
int   px_next_is(Parser *p, int type);          /* lookahead of one token type */
int   px_next_is_kw(Parser *p, int kw);
Token *px_last_token(Parser *p);                /* last non-whitespace token before mark */
int   px_is_memoized(Parser *p, int type, void **res);
void  px_memo(Parser *p, int mark, int type, void *res);
void  px_stack_overflow(Parser *p);
int   px_str_eq(Token *t, const char *s);

/* Every rule function starts with ENTER and leaves through RETURN. */
#define ENTER(p) do { if ((p)->level++ >= (p)->maxstack && !(p)->error) px_stack_overflow(p); \
                      if ((p)->error) { (p)->level--; return NULL; } } while (0)
#define LEAVE(p, v) do { (p)->level--; return (v); } while (0)
/* For memoized rules: returns the memo if there is one. */
#define MEMO_CHECK(p, type, T) do { void *r_; if (px_is_memoized((p), (type), &r_)) { \
                                  (p)->level--; return (T)r_; } } while (0)
/* Fail the alternative and propagate errors. */
#define FAILED(p) ((p)->error)

/* Vectors (arena memory). */
Vec  *vec_new(Parser *p);
int   vec_push(Parser *p, Vec *v, void *x);     /* -1 on no memory (error set) */
NodeList px_list(Parser *p, Vec *v);            /* NULL vec: empty list */
NodeList px_list1(Parser *p, Node *n);
Vec  *vec_prepend(Parser *p, void *x, Vec *v);  /* x followed by v's items */
/* elem (',' elem)+ [','] | elem ',': the items. When elem matches once with
 * no comma after it, NULL with *single = that element (the mark just after
 * it); NULL with *single = NULL when elem fails or on error. */
Vec  *px_comma_seq(Parser *p, Node *(*elem)(Parser *), Node **single);

/* Nodes. */
Node *px_node(Parser *p, NodeKind k, Token *start);      /* EXTRA: start..last token */
Node *px_node_at(Parser *p, NodeKind k, int lineno, int col, int end_lineno, int end_col);
Node *px_node_range(Parser *p, NodeKind k, const Node *first, const Node *last);
Obj  *px_keep(Parser *p, Obj *o);                        /* arena keeps o (stolen) */
Obj  *px_str(Parser *p, const char *s, size_t n);        /* a str kept by the arena */
Obj  *px_id(Parser *p, Token *t);                        /* identifier of a NAME token */
/* N_UNSUPPORTED; exprname is what _PyPegen_get_expr_name says of it. */
Node *px_unsupported(Parser *p, Token *start, const char *what, const char *exprname);
Node *px_set_ctx(Parser *p, Node *e, ExprContext ctx);
const char *px_expr_name(Node *e);              /* _PyPegen_get_expr_name */
Loc   loc_node(const Node *n);
Loc   loc_tok(const Token *t);

/* Errors (pegen_errors.c). cols are 0-based byte offsets; CURRENT_POS ok. */
void *px_raise_at(Parser *p, Type *cls, int lineno, int col, int end_lineno, int end_col,
                  const char *fmt, ...);
void *px_raise(Parser *p, Type *cls, const char *fmt, ...);   /* at the last token */
void *px_raise_loc(Parser *p, Loc a, const char *fmt, ...);   /* KNOWN_LOCATION */
void *px_raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...);
void *px_raise_from(Parser *p, Loc a, const char *fmt, ...);  /* STARTING_FROM */
void *px_raise_next(Parser *p, const char *fmt, ...);         /* ON_NEXT_TOKEN */
enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR };
void *px_raise_invalid_target(Parser *p, int kind, Node *e);
int   px_tokenizer_error(Parser *p);
Obj  *px_error_line(Parser *p, int lineno);
Obj  *px_file_text(Rt *rt, const char *file, size_t filelen, long lineno);

/* Entry points of the passes. */
Node *r_file(Parser *p);
Node *r_fstring_input(Parser *p);                /* 3.11 f-string sub-parse: star_expressions */

/* ---- statements (parse_stmt.c, parse_compound.c) ------------------------------ */
Vec  *r_statements(Parser *p);
Vec  *r_block(Parser *p);
Node *r_simple_stmt(Parser *p);
Vec  *r_simple_stmts(Parser *p);
Node *r_compound_stmt(Parser *p);
Node *r_assignment(Parser *p);
Node *r_annotated_rhs(Parser *p);
Node *r_dotted_name(Parser *p);
Node *r_import_stmt(Parser *p);
Vec  *r_decorators(Parser *p);
Node *r_function_def(Parser *p);
Node *r_class_def(Parser *p);
Node *r_if_stmt(Parser *p);
Node *r_while_stmt(Parser *p);
Node *r_for_stmt(Parser *p);
Node *r_with_stmt(Parser *p);
Node *r_try_stmt(Parser *p);
Vec  *r_else_block(Parser *p);

/* ---- parameters and arguments (parse_args.c) ------------------------------------ */
Node *r_params(Parser *p);
Node *r_lambda_params(Parser *p);
Node *r_default(Parser *p);
Node *r_arguments(Parser *p);                   /* a Call node holding args/keywords */
Node *r_args(Parser *p);
Vec  *r_kwargs(Parser *p);
Node *r_starred_expression(Parser *p);
Node *px_empty_arguments(Parser *p);
Node *r_param_no_default(Parser *p);
NameDefault *r_param_with_default(Parser *p);
NameDefault *r_param_maybe_default(Parser *p);
Node *r_param(Parser *p);
SlashDefault *r_slash_with_default(Parser *p);
Vec  *r_slash_no_default(Parser *p);
Node *r_lambda_param_no_default(Parser *p);
NameDefault *r_lambda_param_with_default(Parser *p);
NameDefault *r_lambda_param_maybe_default(Parser *p);
Node *r_lambda_param(Parser *p);
SlashDefault *r_lambda_slash_with_default(Parser *p);
Vec  *r_lambda_slash_no_default(Parser *p);

/* ---- expressions (parse_expr.c, parse_atom.c) ----------------------------------- */
Node *r_expressions(Parser *p);
Node *r_expression(Parser *p);
Node *r_expression_without_invalid(Parser *p);
Node *r_yield_expr(Parser *p);
Node *r_star_expressions(Parser *p);
Node *r_star_expression(Parser *p);
Vec  *r_star_named_expressions(Parser *p);
Node *r_star_named_expression(Parser *p);
Node *r_assignment_expression(Parser *p);
Node *r_named_expression(Parser *p);
Node *r_disjunction(Parser *p);
Node *r_conjunction(Parser *p);
Node *r_inversion(Parser *p);
Node *r_comparison(Parser *p);
Node *r_bitwise_or(Parser *p);
Node *r_sum(Parser *p);
Node *r_factor(Parser *p);
Node *r_primary(Parser *p);
Node *r_slices(Parser *p);
Node *r_atom(Parser *p);
Node *r_lambdef(Parser *p);
Node *r_strings(Parser *p);
Node *r_list(Parser *p);
Node *r_tuple(Parser *p);
Node *r_genexp(Parser *p);
Node *r_if_expression(Parser *p);
Vec  *r_for_if_clauses(Parser *p);
KeyValue *r_kvpair(Parser *p);
Vec  *r_double_starred_kvpairs(Parser *p);
KeyValue *r_double_starred_kvpair(Parser *p);

/* ---- targets (parse_target.c) ------------------------------------------------------ */
Node *r_star_targets(Parser *p);
Node *r_star_target(Parser *p);
Node *r_target_with_star_atom(Parser *p);
Node *r_single_target(Parser *p);
Node *r_single_subscript_attribute_target(Parser *p);
Node *r_t_primary(Parser *p);
Vec  *r_del_targets(Parser *p);
int   px_t_lookahead(Parser *p);
Node *px_invalid_target(Node *e, int kind);   /* _PyPegen_get_invalid_target */

/* ---- invalid rules (parse_invalid*.c) ------------------------------------------------ */
Node *r_invalid_expression(Parser *p);
Node *r_invalid_legacy_expression(Parser *p);
Node *r_invalid_named_expression(Parser *p);
Node *r_invalid_assignment(Parser *p);
Node *r_invalid_del_stmt(Parser *p);
Node *r_invalid_block(Parser *p);
Node *r_invalid_comprehension(Parser *p);
Node *r_invalid_dict_comprehension(Parser *p);
Node *r_invalid_parameters(Parser *p);
Node *r_invalid_lambda_parameters(Parser *p);
Node *r_invalid_default(Parser *p);
Node *r_invalid_star_etc(Parser *p);
Node *r_invalid_lambda_star_etc(Parser *p);
Node *r_invalid_kwds(Parser *p);
Node *r_invalid_lambda_kwds(Parser *p);
Node *r_invalid_arguments(Parser *p);
Node *r_invalid_kwarg(Parser *p);
Node *r_invalid_with_item(Parser *p);
Node *r_invalid_for_target(Parser *p);
Node *r_invalid_for_if_clause(Parser *p);
Node *r_invalid_group(Parser *p);
Node *r_invalid_import(Parser *p);
Node *r_invalid_import_from_targets(Parser *p);
Node *r_invalid_dotted_as_name(Parser *p);
Node *r_invalid_import_from_as_name(Parser *p);
Node *r_invalid_with_stmt(Parser *p);
Node *r_invalid_with_stmt_indent(Parser *p);
Node *r_invalid_try_stmt(Parser *p);
Node *r_invalid_except_stmt(Parser *p);
Node *r_invalid_except_star_stmt(Parser *p);
Node *r_invalid_finally_stmt(Parser *p);
Node *r_invalid_except_stmt_indent(Parser *p);
Node *r_invalid_except_star_stmt_indent(Parser *p);
Node *r_invalid_if_stmt(Parser *p);
Node *r_invalid_elif_stmt(Parser *p);
Node *r_invalid_else_stmt(Parser *p);
Node *r_invalid_while_stmt(Parser *p);
Node *r_invalid_for_stmt(Parser *p);
Node *r_invalid_def_raw(Parser *p);
Node *r_invalid_class_def_raw(Parser *p);
Node *r_invalid_double_starred_kvpairs(Parser *p);
Node *r_invalid_kvpair(Parser *p);
Node *r_invalid_if_expression(Parser *p);
Node *r_invalid_arithmetic(Parser *p);
Node *r_invalid_factor(Parser *p);
Node *r_invalid_starred_expression(Parser *p);
Node *r_invalid_fstring_replacement_field(Parser *p);

/* ---- strings (parse_string.c, parse_fstring.c) ----------------------------------------- */
void  px_split_literal(Token *t, Lit *l);
Node *px_fstring_compile_expr(Parser *p, const char *expr_start, const char *expr_end, Token *t);
void  px_set_syntax_error(Parser *p, Token *last);
Vec  *px_import_from_as_names(Parser *p);
Vec  *px_positional_args(Parser *p);
Node *px_except_block(Parser *p, int star);
int   px_augassign(Parser *p);
Vec  *px_params_no_default(Parser *p, int lam, int min);
Vec  *px_params_with_default(Parser *p, int lam, int min);
Vec  *px_params_maybe_default(Parser *p, int lam, int min);
Node *px_trailer(Parser *p, Token *s, Node *a, ExprContext ctx);
Node *px_concat_strings(Parser *p, Vec *toks, Token *first, Token *last);   /* 3.11 */
int   px_warn_escape(Parser *p, Token *t, const char *buf, const char *bad);   /* -1: error */
Obj  *px_decode_str(Parser *p, Token *t, const char *s, size_t n, int raw, int *unsup);
Obj  *px_decode_bytes(Parser *p, Token *t, const char *s, size_t n, int raw);
Node *r_fstring(Parser *p);                                /* 3.12+ */
Node *px_concat_strings_312(Parser *p, Vec *parts, Token *start);

/* ---- match statements, type parameters (parse_match.c) -------------------------------- */
Node *r_match_stmt(Parser *p);
Node *r_type_alias(Parser *p);
Node *r_type_params(Parser *p);
Node *r_patterns(Parser *p);
Node *r_invalid_class_pattern(Parser *p);

/* ---- checks after parsing (check.c, check_symtable.c) ---- */
typedef struct Check {
  Rt *rt;
  PyVersion v;
  Obj *filename;
  const char *src;     /* the source as given to ast_parse */
  size_t len;
  int failed;
} Check;
/* SyntaxError at byte columns (0-based; end_col -1: None). Returns -1. */
int check_raise_at(Check *c, int lineno, int col, int end_lineno, int end_col, const char *fmt, ...);
int check_raise_node(Check *c, const Node *n, const char *fmt, const char *arg);
int check_symtable(Check *c, Node *mod);

/* ---- walking (check.c) ----------------------------------------------------------------- */
/* Calls fn on every direct child node (lists included; NULL entries skipped). */
void ast_children(Node *n, void (*fn)(Node *child, void *arg), void *arg);
/* The same one at a time, for walkers that recurse without a callback frame:
 * ChildIter it = {0, 0}; while (ast_next_child(n, &it, &c)) if (c) ...
 * Returns 0 past the last child; *out may be NULL (an absent child). */
typedef struct ChildIter { int seg; size_t off; } ChildIter;
int ast_next_child(Node *n, ChildIter *it, Node **out);
/* for each non-NULL child c of n: FOR_EACH_CHILD(n, c, it) { ... } */
#define FOR_EACH_CHILD(n, c, it) \
  for (ChildIter it = {0, 0}; ast_next_child((n), &it, &(c));) if (c)

/* ---- after the parse (parse_unsupported.c) ---------------------------------------------- */
/* 0 when the tree has no N_UNSUPPORTED node; else -1 with NotImplementedError
 * pending (or CPython's SyntaxError for async constructs outside 'async
 * def', or MemoryError). Walks without C recursion. */
int px_reject_unsupported(Rt *rt, Node *root, Obj *filename, const char *src, size_t len);

#endif
