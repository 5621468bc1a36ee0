/* vm.h: the virtual machine and the interpreter state of a runtime. */
#ifndef PX_VM_H
#define PX_VM_H
#include "lang/code.h"
#include "base/strbuf.h"

typedef struct LangState {
  Frame *frame;           /* the innermost running frame (borrowed) */
  int depth;              /* Python frames running */
  int vm_nesting;         /* runs of the VM nested through C */
  int recursion_limit;    /* sys.getrecursionlimit() */
  int colorize;           /* this run prints uncaught tracebacks in colour (RUN_COLOR) */
  int aborted;            /* the budget ran out: unwinding without handlers */
  int yielded;            /* set by vm_run when a generator frame yields */
  Obj *modules;           /* dict: name -> module (sys.modules) */
  Obj *main;              /* the __main__ module */
  Obj *sources;           /* dict: filename -> source text (for tracebacks) */
  Obj *warned;            /* set: warnings already shown ("file:line:message") */
  Obj *frozen;            /* dict: built-in module source -> its code, kept across fresh runs */
  Obj *main_dict;         /* a new __main__'s dict as lang_init made it: fresh runs copy it */
  struct TextCache *text_cache;   /* compile outcomes kept across runs (text_cache.h), or NULL */
  unsigned long warn_count;       /* lang_warn calls so far: caches skip compiles that warned */
  StrBuf out, err;        /* what the program printed */
  int out_is_tty;
  Obj *finalize;          /* list: generators freed while suspended, to close
                             at the next instruction (gen.c), or NULL */
} LangState;

#define LANG(rt) ((rt)->lang)

int  lang_init(Rt *rt);
void lang_fini(Rt *rt);

/* The step budget ran out (Rt.on_budget): RuntimeError, unwinding past every handler. */
void vm_abort_budget(Rt *rt);
/* Runs frame f (and the Python calls it makes) to completion: returns its
 * value (new reference), or NULL with an exception pending. `throwing`
 * resumes a generator frame with the pending exception raised at its yield. */
Obj *vm_run(Rt *rt, Frame *f, int throwing);
Obj *vm_call_function(Rt *rt, Function *fn, Obj *const *argv, size_t argc, Obj *kwnames);
/* Counts a frame about to run against the recursion limit (-1 with
 * RecursionError); the frame's depth_counted says it was counted. */
int  vm_enter_frame(Rt *rt);
/* The frame's local variables as a dict (locals()). */
Obj *frame_locals_dict(Rt *rt, Frame *f);
void frame_clear_stack(Frame *f);

/* Generators: send a value (None to start), or throw the pending exception.
 * Returns the yielded value with *done = 0, or the return value with
 * *done = 1, or NULL with an error. */
Obj *gen_resume(Rt *rt, Obj *gen, Obj *value, int throwing, int *done);

/* Closes the suspended generators freed since the last call (their
 * finally blocks run); called by the VM between instructions. */
void gen_run_finalizers(Rt *rt);

/* Output of print() and sys.stdout/stderr.write(). */
int  lang_write(Rt *rt, int to_err, const char *s, size_t n);

#endif
