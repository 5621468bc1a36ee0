/* render.h: tracebacks as CPython prints them, for the runtime's version:
 * the same engine serves uncaught exceptions (sys.excepthook: the C printer
 * of 3.11/3.12, Lib/traceback.py from 3.13) and the traceback module
 * (Lib/traceback.py of each version). */
#ifndef PX_RENDER_H
#define PX_RENDER_H
#include "obj/object.h"
#include "obj/runtime.h"
#include "base/strbuf.h"

/* The source text of a file, for the lines tracebacks show. */
int  trace_set_source(Rt *rt, Obj *filename, const char *src, size_t len);
/* Line n (1-based) of a file's source, without its newline; NULL if unknown. */
Obj *trace_source_line(Rt *rt, Obj *filename, int lineno);

/* Node kinds the anchors hook reports. */
enum { TRACE_NODE_NONE, TRACE_NODE_BINOP, TRACE_NODE_SUBSCRIPT, TRACE_NODE_CALL };

/* What 3.14's TracebackException._find_keyword_typos changes in a
 * SyntaxError's display: the line, a one-line span and the message (owned). */
typedef struct KwTypo {
  Obj *text;            /* the token's line */
  long lineno, offset, end_offset;
  Obj *msg;             /* "invalid syntax. Did you mean 'for'?" */
} KwTypo;

/* Hooks the interpreter provides (set by src/lang at startup). */
typedef struct TraceHooks {
  /* Parses `segment` as a module, as the caret code of tracebacks does
   * (ast.parse(segment)). When the module is one expression statement whose
   * expression is a binary operation, a subscript or a call, returns 1 and
   * fills three spans, each int[4] = {lineno, col, end_lineno, end_col}
   * (lines of the segment from 1, columns in UTF-8 bytes):
   *   first:  the left operand / the subscripted value / the function,
   *   second: the right operand / the slice / (unused),
   *   whole:  whole[0] = the TRACE_NODE_* kind, whole[1..4] the expression.
   * Returns 0 for anything else, and when the segment does not parse.
   * The parse shows its SyntaxWarnings under warn_filename (NULL: none). */
  int (*anchors)(Rt *rt, const char *segment, size_t len, Obj *warn_filename, int *first, int *second, int *whole);
  /* The names a frame can see (for "Did you mean" on NameError): a new list
   * of the keys of f_locals, then f_globals, then f_builtins. */
  Obj *(*frame_names)(Rt *rt, Obj *frame);
  /* _find_keyword_typos for a SyntaxError: 1 and *out filled when replacing
   * a NAME by a keyword makes the code compile; 0 otherwise (no error is
   * left pending either way). NULL: never. */
  int (*keyword_typo)(Rt *rt, Obj *exc, KwTypo *out);
  /* The sys module (borrowed), or NULL when no one has imported it yet (so
   * none of its attributes can have been set). */
  Obj *(*sys_module)(Rt *rt);
} TraceHooks;
void trace_set_hooks(Rt *rt, const TraceHooks *hooks);
const TraceHooks *trace_hooks(Rt *rt);

/* _suggestions._generate_suggestions(names, wrong): the closest str of the
 * list by CPython's Levenshtein variant (UTF-8 bytes), or NULL (borrowed). */
Obj *trace_suggest_closest(Obj *names, Obj *wrong);
/* textwrap.dedent of the text (lines split at '\n'); isspace_blank: lines
 * of str.isspace() characters count as blank (3.14). */
void trace_dedent(int isspace_blank, StrBuf *out, const char *s, size_t n);

/* How sys.excepthook prints an uncaught exception (the C printer of
 * 3.11/3.12, Lib/traceback.py from 3.13). */
typedef struct RenderOptions {
  int limit;            /* frames per traceback; < 0: sys.tracebacklimit decides */
  int chain;            /* follow __cause__/__context__ */
  int colorize;         /* ANSI colours as CPython 3.13+ prints them on a terminal */
} RenderOptions;

/* An uncaught exception's display appended to out. Returns -1 with an
 * error pending on failure. */
int trace_format_exception(Rt *rt, StrBuf *out, Obj *exc, const RenderOptions *opt);

/* The arguments of the traceback module's functions (Lib/traceback.py). */
typedef struct TbCall {
  int limit;            /* < 0: None (sys.tracebacklimit, first frames) */
  int limit_tail;       /* the limit was negative: the last `limit` frames */
  int chain;
  int colorize;
  int show_group;       /* format_exception_only(show_group=True) (3.13+) */
  int tb_given;         /* (type, value, tb) form: show `tb`, not value.__traceback__ */
  Obj *tb;              /* a traceback or None (borrowed) */
} TbCall;

/* Where print_exception writes each item as it comes. */
typedef int (*TraceWrite)(Rt *rt, void *ctx, Obj *text);

/* format_exception, format_exception_only, format_tb: the lists
 * traceback.py returns, one str per item its generators yield (a frame
 * with its source line and carets is one item). The value may be None. */
Obj *trace_format_exception_list(Rt *rt, Obj *value, const TbCall *call);
Obj *trace_format_exception_only_list(Rt *rt, Obj *value, const TbCall *call);
Obj *trace_format_tb_list(Rt *rt, Obj *tb, const TbCall *call);
/* format_stack: the frames from the outermost to `frame` (a TFrame), at
 * their current lines; the limit keeps the innermost ones. */
Obj *trace_format_stack_list(Rt *rt, Obj *frame, const TbCall *call);
/* FrameSummary's location in a traceback entry (_walk_tb_with_full_positions):
 * filename and name borrowed; pos = lineno, end_lineno, colno, end_colno
 * (UTF-8 byte columns; -1: None). */
void trace_tb_entry(Obj *tb, Obj **filename, Obj **name, int pos[4]);
/* StackSummary.format_frame_summary of the runtime's traceback.py for a
 * location (pos as above; the line read from the source): a new str. */
Obj *trace_format_frame_summary(Rt *rt, Obj *filename, Obj *name, const int pos[4]);
/* print_exception: format_exception's items written one by one as its
 * generator yields them (what else the formatting prints comes between). */
int  trace_print_exception(Rt *rt, Obj *value, const TbCall *call, TraceWrite write, void *ctx);

int  trace_state_init(Rt *rt);
void trace_state_fini(Rt *rt);

#endif
