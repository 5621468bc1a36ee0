/* frame.h: what tracebacks need to know about code and frames, and the
 * traceback objects themselves. The interpreter (src/lang) builds its code
 * objects and frames on these bases; this layer only reads them.
 *
 * Positions follow CPython's co_positions(): lineno/end_lineno 1-based,
 * col/end_col 0-based UTF-8 byte offsets, -1 where unknown. */
#ifndef PX_FRAME_H
#define PX_FRAME_H
#include "obj/object.h"
#include "obj/runtime.h"

typedef struct Pos { int lineno, end_lineno, col, end_col; } Pos;

/* The part of a code object tracebacks read. */
typedef struct CodeInfo {
  Obj *filename;      /* str */
  Obj *name;          /* str: co_name ("<module>", "f", "<listcomp>") */
  Obj *qualname;      /* str */
  int firstlineno;
  const Pos *positions;   /* one per instruction */
  size_t npositions;
} CodeInfo;

/* The base of every frame: a traceback entry keeps its frame alive. */
typedef struct TFrame {
  Obj ob;
  Obj *code;                /* the code object (owned) */
  const CodeInfo *info;     /* inside code */
  Obj *globals;             /* dict */
  struct TFrame *back;      /* the caller, or NULL (owned) */
  int lasti;                /* index of the instruction running or last run */
} TFrame;

Pos frame_pos(const TFrame *f, int lasti);

/* traceback objects (tb_next, tb_frame, tb_lasti, tb_lineno) */
typedef struct Traceback {
  Obj ob;
  struct Traceback *next;
  TFrame *frame;
  int lasti;
  int lineno;
  int has_pos;          /* pos below overrides the frame's own (an inlined comprehension) */
  Pos pos;
} Traceback;

/* The source span of a traceback entry. */
Pos traceback_pos(const Traceback *tb);
/* Folds the entry of an inlined frame into its caller's (CPython 3.12+
 * inlines comprehensions: no frame of their own, their positions shown in
 * the caller's). tb must be the entry of `inner`. */
void traceback_inline(Traceback *tb, TFrame *caller);

extern Type TracebackType;
/* A new entry for frame f at instruction lasti, in front of `next`. */
Obj *traceback_new(Rt *rt, Obj *next, TFrame *f, int lasti);
/* Adds f's entry to the traceback of the pending exception (PyTraceBack_Here). */
int  traceback_here(Rt *rt, TFrame *f);
int  trace_init(Rt *rt);

#endif
