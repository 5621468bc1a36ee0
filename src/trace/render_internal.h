/* render_internal.h: what the files of the traceback renderer share.
 *
 * CPython prints a traceback with one of two engines: the C printer of
 * Python/pythonrun.c + Python/traceback.c (what 3.11 and 3.12 use for an
 * uncaught exception) and Lib/traceback.py (the traceback module, and what
 * 3.13+ use for uncaught exceptions too). Each engine changed between
 * versions; a Style names one engine of one version, and every difference
 * is a field of the StyleInfo table (render.c), never an `if` on versions. */
#ifndef PX_RENDER_INTERNAL_H
#define PX_RENDER_INTERNAL_H
#include "trace/render.h"
#include "trace/frame.h"
#include "obj/object.h"
#include "base/strbuf.h"

typedef enum Style { ST_C311, ST_C312, ST_PY311, ST_PY312, ST_PY313, ST_PY314, ST_COUNT } Style;

enum { PR_C, PR_PY };                               /* printer */
enum { FR_C, FR_PY311, FR_PY313 };                  /* frame layout and caret rules */
enum { SG_NONE, SG_C, SG_PY };                      /* suggestion algorithm */
enum { NT_C311, NT_C312, NT_PY311, NT_PY312 };      /* how __notes__ print */
enum { SX_C, SX_PY311, SX_PY313 };                  /* SyntaxError location lines */

typedef struct StyleInfo {
  unsigned char printer, frames, suggest, notes, syntax;
  unsigned char name_split;      /* NameError candidates: varnames, globals, builtins apart (C) */
  unsigned char self_hint;       /* NameError: "self.x" when self has x */
  unsigned char hide_private;    /* dir() candidates lose _names unless the name starts with _ */
  unsigned char width_bit;       /* bit of the wide-character table; 0: no display width */
  unsigned char dedent_isspace;  /* textwrap.dedent treats str.isspace() lines as blank (3.14) */
  const char *stdlib_hint;       /* NameError of a stdlib module name; NULL: none */
  const char *stdlib_hint_or;    /* the same after a "Did you mean" */
  unsigned char suggest_import;  /* ImportError of `from m import x` gets suggestions (3.12+) */
  unsigned char keyword_typos;   /* SyntaxError "invalid syntax. Did you mean 'for'?" (3.14) */
} StyleInfo;

extern const StyleInfo style_table[ST_COUNT];

/* Where rendered text goes: one StrBuf, optionally cut into the chunks a
 * generator of traceback.py yields (format_exception's list items). */
typedef struct Out {
  Rt *rt;
  StrBuf *b;
  Obj *chunks;     /* list of str, or NULL */
  size_t mark;     /* start of the chunk being written */
  int failed;      /* an error is pending */
  TraceWrite write;  /* with chunks: each chunk goes there instead (print_exception) */
  void *ctx;
} Out;

/* Ends the current chunk (no-op without a chunk list). */
void out_chunk(Out *o);
/* Appends text with `prefix` before every line (textwrap.indent with a
 * predicate always true; lines as str.splitlines(True) cuts them), then
 * ends the chunk. */
void out_emit(Out *o, const char *prefix, const char *s, size_t n);

/* The options of either caller. */
typedef struct Opts {
  int module;           /* 1: the traceback module; 0: sys.excepthook */
  TbCall c;
} Opts;

typedef struct Render {
  Rt *rt;
  const StyleInfo *st;
  Style style;
  const Opts *opt;
  int limit;          /* frames: < 0 all; else `limit` frames */
  int limit_tail;     /* take them from the end */
  int slice_quirk;    /* ...as frames[len - limit:] does (3.13+ sys.excepthook) */
  Out *out;
  int colorize;
  Obj *warn_file;     /* the anchors' parses show SyntaxWarnings under this name (NULL: none) */
} Render;

/* Empties a buffer, keeping its memory (data[len] stays '\0'). */
static inline void sb_reset(StrBuf *b) {
  b->len = 0;
  if (b->data) b->data[0] = 0;
}

/* ---- text helpers (render.c) ---------------------------------------------------- */
size_t text_byte_to_char(const char *s, size_t n, long off);        /* bytes.decode('utf-8','replace') length */
size_t text_byte_to_char_c(const char *s, size_t n, long off);      /* _PyPegen_byte_offset_to_character_offset */
/* textwrap.dedent / textwrap.indent(text, prefix) with the default predicate. */
/* Length of the line break at s as str.splitlines sees them ("\r\n", "\n",
 * "\r", \v, \f, \x1c-\x1e, U+0085, U+2028, U+2029), 0 if none. */
size_t text_line_break(const char *s, const char *e);
void   text_dedent(const Render *r, StrBuf *out, const char *s, size_t n);
/* Source line n of a file: text (without newline) in *line, 1 if it ended
 * with a newline in *nl; NULL when unknown. Borrowed from the source cache. */
Obj   *src_line(Rt *rt, Obj *filename, int lineno, int *nl);
/* Wide characters (unicodedata.east_asian_width in "WF") for a style. */
int    char_is_wide(const Render *r, uint32_t c);
/* The class name as tracebacks print it ("mod.Qual", module omitted for
 * builtins and __main__; "<unknown>." when __module__ is no str). The C
 * printer takes the type's qualname slot, traceback.py __qualname__. */
int    add_type_name(Render *r, StrBuf *b, Type *t, int c_style);
/* sys.<name>, or NULL (no error pending). */
Obj   *sys_attr(Rt *rt, const char *name);

/* A line as code points, the unit Python's str indexes. */
typedef struct U { uint32_t *c; size_t n; } U;
int  u_decode(U *u, const char *s, size_t n);   /* -1 when memory runs out */
void u_free(U *u);
void u_encode(StrBuf *b, const uint32_t *c, size_t n);
/* _display_width(line, off): columns of line[:off] (ASCII lines: off). */
long u_width(const Render *r, const uint32_t *c, size_t n, long off);
int  u_isspace(uint32_t c);

/* One traceback entry as FrameSummary holds it (col -1: None). */
typedef struct Entry {
  Obj *filename, *name;
  int lineno, end_lineno, col, end_col;
} Entry;

/* ---- colours (3.13+ _colorize) ----------------------------------------------------- */
#define C_TYPE "\x1b[1;35m"
#define C_MSG "\x1b[35m"
#define C_FILE "\x1b[35m"
#define C_HIGHLIGHT "\x1b[1;31m"
#define C_RANGE "\x1b[31m"
#define C_RESET "\x1b[0m"

/* ---- frames (render_frames.c) ------------------------------------------------------ */
/* StackSummary.format() of a traceback, one chunk per frame (py styles), or
 * the C printer's tb_printinternal with its margins. */
int frames_format_py(Render *r, Obj *tb, const char *prefix);
int frames_format_c(Render *r, Obj *tb, int indent, const char *margin);
/* format_stack: the frames from the outermost to f. */
int frames_format_stack(Render *r, TFrame *f);
/* format_frame_summary of 3.13+ (render_frames313.c). */
int frame_py313(Render *r, StrBuf *b, const Entry *e);
/* format_frame_summary of the module's style for one location. */
int frame_summary_py(Render *r, StrBuf *b, Obj *filename, Obj *name, const int pos[4]);
/* The anchors hook, or a stub when the interpreter gave none. */
int call_anchors(Render *r, const char *s, size_t n, int *first, int *second, int *whole);
/* How many entries a traceback chain has. */
size_t tb_count(Obj *tb);

/* ---- exception text (render_exc.c) --------------------------------------------------- */
/* format_exception_only lines (py styles), chunked; depth for show_group. */
int exc_only_py(Render *r, Obj *exc, const char *prefix, int depth, int show_group);
/* The message line and notes of the C printer, with margins. */
int exc_only_c(Render *r, Obj *exc, int indent, const char *margin);
/* The str of an exception with the suggestions the style appends. */
Obj *exc_message(Render *r, Obj *exc, int *failed);

/* ---- suggestions (suggest.c) ------------------------------------------------------------ */
/* "Did you mean" text for NameError/AttributeError/ImportError, appended to
 * b (with its leading ". "), as the style computes it. Never fails. */
void suggest_append(Render *r, StrBuf *b, Obj *exc);

/* ---- the chain and group walkers (render_chain.c) --------------------------------------- */
int chain_format_py(Render *r, Obj *exc, int chain);
int chain_format_c(Render *r, Obj *exc);

#endif
