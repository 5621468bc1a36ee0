/* binding.c: the thin C layer under bindings/pyexc.mjs (the wasm-web build).
 *
 * The JS side calls the pyexc.h functions listed in exports.txt directly; this
 * file adds only what JS needs to marshal efficiently:
 *
 *   - a scratch buffer that JS writes strings (UTF-8), bytes and arrays of
 *     object pointers into before a call (one buffer, grown on demand, owned
 *     here, so there is no malloc/free pair per argument);
 *   - a transfer buffer that out-parameters (a str's length, an int64) are
 *     written into, so one call returns a pointer AND a length;
 *   - an int constructor taking a double: pyexc_int takes an int64, which
 *     Emscripten 3.1.6 (no WASM_BIGINT) would split into two i32 halves;
 *   - host functions whose calls come back to JS (split/subgroup conditions):
 *     two JS imports (EM_JS, compiled into the glue, no eval) that call
 *     Module.pyexcHostCall / Module.pyexcHostRelease with the handle id.
 *
 * Strings cross as the core stores them: generalized UTF-8, in which a lone
 * surrogate is encoded as 3 bytes (src/base/utf8.h), so JS strings with lone
 * surrogates round-trip. Only pyexc.h is used. */
#include "api/pyexc.h"
#include <emscripten.h>
#include <stdint.h>
#include <stdlib.h>

/* ---- transfer buffer --------------------------------------------------------- */
/* 8-aligned so an int64 out-parameter can be written into it. Words 0-1 are the
 * out-parameter slot (a size_t length, or an int64). */
static union { int64_t i64; size_t size; uint32_t w[4]; } transfer;

/* The address of the transfer buffer (constant for the life of the instance). */
void *pyexc_js_transfer(void) { return &transfer; }

/* ---- scratch buffer ------------------------------------------------------------ */
static void *scratch;
static size_t scratch_cap;

/* A buffer of at least n bytes (8-aligned), valid until the next call of this
 * function; NULL when memory runs out (the old buffer is kept then). */
void *pyexc_js_scratch(size_t n) {
  if (n <= scratch_cap && scratch) return scratch;
  size_t cap = scratch_cap ? scratch_cap : 256;
  while (cap < n) {
    if (cap > SIZE_MAX / 2) { cap = n; break; }
    cap *= 2;
  }
  void *p = realloc(scratch, cap);
  if (!p) return NULL;
  scratch = p;
  scratch_cap = cap;
  return p;
}

/* ---- values -------------------------------------------------------------------- */
/* An int from an integral double with |v| <= 2**53 (JS checks; exact there). */
pyexc_obj *pyexc_js_int(pyexc_rt *rt, double v) { return pyexc_int(rt, (int64_t)v); }


/* ---- running programs ------------------------------------------------------------ */
void pyexc_js_run_free(void);
/* The result of the last run, read by JS as 32-bit words (wasm32):
 * out, out_len, err, err_len, exit_code, budget_exceeded, exception. The
 * exception reference passes to JS; out/err stay until pyexc_js_run_free. */
static pyexc_result last_run;

void *pyexc_js_run(pyexc_rt *rt, const char *source, size_t len, const char *filename, int flags) {
  pyexc_js_run_free();
  if (pyexc_run(rt, source, len, filename, flags, &last_run) < 0) return NULL;
  return &last_run;
}

void pyexc_js_run_free(void) {
  last_run.exception = NULL;   /* owned by JS now */
  pyexc_result_free(&last_run);
}

/* One traceback entry as words: filename, name, lineno, end_lineno, col, end_col. */
static pyexc_frame_info entry;

void *pyexc_js_traceback_entry(pyexc_rt *rt, pyexc_obj *exc, size_t i) {
  return pyexc_traceback_entry(rt, exc, i, &entry) < 0 ? NULL : &entry;
}

/* The step budget from a JS number (uint64 would cross as two halves). */
void pyexc_js_set_step_budget(pyexc_rt *rt, double steps) {
  pyexc_set_step_budget(rt, steps > 0 ? (uint64_t)steps : 0);
}

/* ---- host functions: C calling back into JS ---------------------------------------- */
/* JS (bindings/pyexc.mjs, Core) sets Module.pyexcHostCall(id, rt, args, result)
 * -> 0 | -1 and Module.pyexcHostRelease(id). `id` names the JS function. */
EM_JS(int, pyexc_js_host_call, (int id, pyexc_rt *rt, pyexc_obj *args, pyexc_obj **result), {
  return Module['pyexcHostCall'](id, rt, args, result);
});

EM_JS(void, pyexc_js_host_release, (int id), {
  Module['pyexcHostRelease'](id);
});

static int js_host_call(void *ctx, pyexc_rt *rt, pyexc_obj *args, pyexc_obj **result) {
  return pyexc_js_host_call((int)(intptr_t)ctx, rt, args, result);
}

static void js_host_release(void *ctx) { pyexc_js_host_release((int)(intptr_t)ctx); }

/* A Python callable that calls the JS function registered as id. */
pyexc_obj *pyexc_js_host_function(pyexc_rt *rt, const char *name, int id) {
  return pyexc_host_function(rt, name, js_host_call, (void *)(intptr_t)id, js_host_release);
}

/* ---- split / subgroup --------------------------------------------------------------- */
/* The (match, rest) pair as two words (rest NULL for subgroup), written only
 * once the call is over: conditions run JS that may call into C again. */
static pyexc_obj *split_out[2];

void *pyexc_js_split(pyexc_rt *rt, pyexc_obj *group, pyexc_obj *cond, int with_rest) {
  pyexc_obj *match = NULL, *rest = NULL;
  if (with_rest) {
    if (pyexc_split(rt, group, cond, &match, &rest) < 0) return NULL;
  } else if (!(match = pyexc_subgroup(rt, group, cond))) {
    return NULL;
  }
  split_out[0] = match;
  split_out[1] = rest;
  return split_out;
}
