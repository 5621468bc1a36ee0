/* lexer.h: CPython's tokenizer (Parser/tokenizer.c of 3.11, and the f-string
 * modes of 3.12+ for later profiles), over a whole UTF-8 source in memory.
 *
 * It reproduces CPython's string-input tokenizer state by state: it reads
 * the source one line at a time (so `lineno` advances exactly when CPython's
 * does, even around backups and EOF), keeps the same paren and indent
 * stacks, and reports errors the same two ways:
 *   - errors CPython raises from the tokenizer itself (syntaxerror()) are
 *     set as a pending SyntaxError right away, with CPython's message and
 *     positions; the token is T_ERRORTOKEN and `done` is LX_ERROR;
 *   - the others (EOF inside brackets, bad dedent, tabs, continuation
 *     character, too deep) only set `done`; the parser turns them into an
 *     exception as pegen's _Pypegen_tokenizer_error does.
 *
 * Positions: lineno is 1-based; col offsets are UTF-8 byte offsets in the
 * line, -1 when CPython has none (INDENT, DEDENT, ENDMARKER). Pointers
 * start/end point into the lexer's buffer (NULL when CPython's are). */
#ifndef PX_LEXER_H
#define PX_LEXER_H
#include <stddef.h>
#include "obj/object.h"
#include "obj/runtime.h"

/* Token types. The order of the first seven matches CPython's token.h where
 * the parser depends on it (NEWLINE..DEDENT are "whitespace" tokens). */
typedef enum TokType {
  T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
  T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_COLON, T_COMMA, T_SEMI, T_PLUS, T_MINUS,
  T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS, T_GREATER, T_EQUAL, T_DOT,
  T_PERCENT, T_LBRACE, T_RBRACE, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL,
  T_GREATEREQUAL, T_TILDE, T_CIRCUMFLEX, T_LEFTSHIFT, T_RIGHTSHIFT,
  T_DOUBLESTAR, T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL,
  T_PERCENTEQUAL, T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL,
  T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL, T_DOUBLESLASH,
  T_DOUBLESLASHEQUAL, T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS, T_COLONEQUAL,
  T_EXCLAMATION,   /* 3.12+: '!' (3.11 returns the generic T_OP) */
  T_OP,            /* any other single character CPython calls OP */
  T_FSTRING_START, T_FSTRING_MIDDLE, T_FSTRING_END,   /* 3.12+ */
  T_ERRORTOKEN,
  T_KEYWORD,       /* a NAME that is a reserved keyword: see Token.kw */
  T_NTYPES
} TokType;

/* Reserved keywords (the parser turns NAME tokens into T_KEYWORD). */
typedef enum Keyword {
  KW_NONE = -1,
  KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async, KW_await,
  KW_break, KW_class, KW_continue, KW_def, KW_del, KW_elif, KW_else,
  KW_except, KW_finally, KW_for, KW_from, KW_global, KW_if, KW_import, KW_in,
  KW_is, KW_lambda, KW_nonlocal, KW_not, KW_or, KW_pass, KW_raise,
  KW_return, KW_try, KW_while, KW_with, KW_yield, KW_COUNT
} Keyword;
extern const char *const lx_keyword_names[KW_COUNT];

typedef struct Memo Memo;
typedef struct Token {
  int type;              /* TokType */
  int kw;                /* Keyword for T_KEYWORD, else KW_NONE */
  const char *start, *end;
  int lineno, col, end_lineno, end_col;
  int level;             /* bracket depth after the token */
  Memo *memo;            /* the parser's memo entries for this position */
  const char *dbg;       /* 3.12+ f-string '=' text (start..dbg_end) */
  const char *dbg_end;
} Token;

/* `done` states (CPython's errcode.h names). */
enum { LX_OK, LX_EOF, LX_ERROR, LX_DEDENT, LX_TABSPACE, LX_TOODEEP,
       LX_LINECONT, LX_EOFS, LX_EOLS, LX_NOMEM };

#define LX_MAXINDENT 100
#define LX_MAXLEVEL 200
#define LX_MAXFSTRINGLEVEL 150

/* One f-string being tokenized (3.12+ tokenizer modes). */
typedef struct LxMode {
  int kind;              /* 0 regular, 1 f-string */
  char quote;
  int quote_size;
  int raw;
  const char *fstart;          /* start of the FSTRING_START token */
  const char *fmulti_line_start;
  int fline_start;             /* its line */
  int curly_depth;             /* curly_bracket_depth */
  int expr_start_depth;        /* curly_bracket_expr_start_depth */
  int in_format_spec;
  int debug;                   /* f_string_debug */
  const char *expr_start;      /* text after the '{' of the last expression */
  const char *expr_end;        /* where it ended (or NULL while open) */
} LxMode;

typedef struct Lexer {
  Rt *rt;
  PyVersion v;
  Obj *filename;
  const char *buf, *bufend;    /* translated source, ends with '\n', NUL after */
  const char *cur, *inp;       /* next char; end of the lines read so far */
  const char *line_start;      /* start of the current line */
  const char *lbuf;            /* CPython's tok->buf: where the last line read starts */
  const char *start;           /* start of the current token */
  const char *multi_line_start;
  int lineno, first_lineno;
  int done;
  int atbol, pendin, indent;
  int indstack[LX_MAXINDENT], altindstack[LX_MAXINDENT];
  int level;
  char parenstack[LX_MAXLEVEL];
  int parenlinenostack[LX_MAXLEVEL], parencolstack[LX_MAXLEVEL];
  int cont_line;
  LxMode modes[LX_MAXFSTRINGLEVEL];
  int mode_index;
  const char *dbg, *dbg_end;   /* debug text found for the token being made */
  int quiet;                   /* no warnings (checks, the tokenize module) */
} Lexer;

/* `buf` must stay alive; it is the translated text (see lx_translate). */
void lx_init(Lexer *lx, Rt *rt, const char *buf, size_t len, Obj *filename);
/* Next token into *t (memo cleared). Returns its type. */
int  lx_next(Lexer *lx, Token *t);
/* CPython's translate_newlines: \r\n and \r become \n, and a final \n is
 * added when missing. Returns a mem_alloc'd NUL-terminated copy. */
char *lx_translate(const char *src, size_t len, size_t *outlen);

/* ---- internals shared by lexer.c and lexer_literals.c ---- */
#define LX_EOF (-1)
int  lx_nextc(Lexer *lx);                 /* tok_nextc: reads a line at a time */
void lx_backup(Lexer *lx, int c);
/* _syntaxerror_range: SyntaxError with the current line as text; col -1:
 * the characters up to cur. Returns T_ERRORTOKEN, done = LX_ERROR. */
int  lx_error(Lexer *lx, long col, long end_col, const char *fmt, ...);
int  lx_continuation_line(Lexer *lx);     /* after '\\': -1 with done set */
int  lx_number(Lexer *lx, int c, int frac);
int  lx_string(Lexer *lx, int quote);
int  lx_fstring_start(Lexer *lx, int quote);
void lx_fstring_mark(Lexer *lx, int c);
int  lx_get_fstring(Lexer *lx, LxMode *m, const char **ps, const char **pe);
int  lx_get_normal(Lexer *lx, const char **ps, const char **pe);
int  lx_verify_identifier(Lexer *lx);
int  lx_op1(Lexer *lx, int c);
int  lx_op2(int c1, int c2);
int  lx_op3(int c1, int c2, int c3);
static inline int lx_id_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
static inline int lx_id_char(int c) { return lx_id_start(c) || (c >= '0' && c <= '9'); }
static inline int lx_digit(int c) { return c >= '0' && c <= '9'; }
static inline int lx_xdigit(int c) { return lx_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static inline LxMode *lx_mode(Lexer *lx) { return &lx->modes[lx->mode_index]; }
static inline int lx_in_fstring(Lexer *lx) { return lx->mode_index > 0; }
static inline int lx_in_fstring_expr(LxMode *m) { return m->expr_start_depth >= 0; }

/* Raises a SyntaxError-family exception (cls) with CPython's tuple
 * (msg, (filename, lineno, offset, text, end_lineno, end_offset)); text may
 * be NULL for None. Returns -1. */
int  lx_raise(Rt *rt, Type *cls, Obj *filename, const char *msg, long lineno, long offset,
              Obj *text, long end_lineno, long end_offset);
/* Character count of the first nbytes bytes of s (UTF-8, invalid bytes
 * count one each, like decoding with "replace"). */
long lx_chars(const char *s, size_t nbytes);

#endif
