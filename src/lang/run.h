/* run.h: running a program the way `python3 FILE.py` does. */
#ifndef PX_RUN_H
#define PX_RUN_H
#include "lang/vm.h"

typedef struct RunResult {
  char *out, *err;          /* what it printed (mem_alloc'd, NUL-terminated) */
  size_t out_len, err_len;
  int exit_code;            /* as python3 would exit */
  Obj *exception;           /* the uncaught exception (new reference) or NULL */
  int budget_exceeded;      /* stopped by the step budget */
} RunResult;

enum { RUN_FRESH = 1, RUN_COLOR = 2 };

/* Parses, compiles and runs source as __main__ under filename. */
int  lang_run(Rt *rt, const char *source, size_t len, const char *filename, int flags, RunResult *res);
void run_result_free(RunResult *res);

#endif
