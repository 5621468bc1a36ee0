/* fuzz_run.c: arbitrary bytes as a Python program, through the lexer,
 * parser, compiler and VM (pyexc_run), then the uncaught exception through
 * the renderer and the JSON graph, then everything freed.
 * Input: byte 0 chooses the profile (bits 0-1: 3.11..3.14; bits 2-3 mod 3:
 * linux, emscripten, wasi; bit 6: colour tracebacks; bit 7: a second run in
 * the same runtime, reusing __main__); the rest is the source.
 * Limits: a small step budget and memory cap keep every input fast; hitting
 * them is a normal outcome, not a finding. */
#include "api/pyexc.h"
#include <stdint.h>
#include <stdlib.h>

#define FUZZ_STEPS 20000
#define FUZZ_MEMORY ((size_t)48 << 20)

static void check_exception(pyexc_rt *rt, pyexc_obj *exc) {
  pyexc_obj *s = pyexc_format_exception(rt, exc);
  if (!s) pyexc_decref(pyexc_take_error(rt));
  pyexc_decref(s);
  pyexc_obj *j = pyexc_exception_json(rt, exc);
  if (!j) pyexc_decref(pyexc_take_error(rt));
  pyexc_decref(j);
  size_t n = pyexc_traceback_len(exc);
  for (size_t i = 0; i < n; i++) {
    pyexc_frame_info fi;
    if (pyexc_traceback_entry(rt, exc, i, &fi) < 0) pyexc_decref(pyexc_take_error(rt));
    pyexc_obj *line = pyexc_traceback_line(rt, exc, i);
    if (!line) pyexc_decref(pyexc_take_error(rt));
    pyexc_decref(line);
  }
}

static void run_once(pyexc_rt *rt, const uint8_t *src, size_t len, int flags) {
  pyexc_result res;
  if (pyexc_run(rt, (const char *)src, len, "fuzz.py", flags, &res) < 0) {
    pyexc_decref(pyexc_take_error(rt));
    pyexc_decref(res.exception);
    return;
  }
  /* The contract: out and err are NUL-terminated. */
  if (res.out[res.out_len] != 0 || res.err[res.err_len] != 0) abort();
  if (res.exception) check_exception(rt, res.exception);
  pyexc_result_free(&res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const pythons[] = {"3.11", "3.12", "3.13", "3.14"};
  static const char *const platforms[] = {"linux", "emscripten", "wasi"};
  if (size < 1) return 0;
  uint8_t b = data[0];
  pyexc_set_memory_limit(FUZZ_MEMORY);
  pyexc_rt *rt = pyexc_open(pythons[b & 3], platforms[((b >> 2) & 3) % 3]);
  if (!rt) return 0;
  pyexc_set_step_budget(rt, FUZZ_STEPS);
  int flags = b & 0x40 ? PYEXC_RUN_COLOR : 0;
  run_once(rt, data + 1, size - 1, flags);
  if (b & 0x80) run_once(rt, data + 1, size - 1, flags);
  pyexc_collect(rt);
  pyexc_close(rt);
  return 0;
}
