/* support.c: what the public-API tests (test_ctor, test_methods,
 * test_values) share: the oracle profiles, the pass/fail tally, the command
 * line (-p PROFILE, -c CASE-PREFIX), the text of a value or of the error it
 * raises, and the report of one differing field.
 * Included by those tests, like json.c; it brings pyexc.h, json.c and
 * oracle_json.c with it.
 *
 * Every test prints, per profile, "profile P: N passed, N failed", then last
 * "N passed, N failed", and exits nonzero on any failure. */
#include "api/pyexc.h"
#include "json.c"
#include "oracle_json.c"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUPPORT_UNUSED __attribute__((unused))   /* not every test uses every helper */

/* The oracle profiles, in the order of the want[] columns of the case tables. */
static const struct { const char *name, *python, *platform; } profiles[] = {
  {"3.11-linux", "3.11", "linux"},
  {"3.12-emscripten", "3.12", "emscripten"},
  {"3.13-emscripten", "3.13", "emscripten"},
  {"3.14-emscripten", "3.14", "emscripten"},
};
#define NPROFILES (sizeof profiles / sizeof profiles[0])

static long passed, failed;

/* ---- command line ------------------------------------------------------------------------ */

typedef struct Options {
  const char *profile;   /* -p: only this profile (NULL: all) */
  const char *prefix;    /* -c: only the cases whose id starts so (NULL: all) */
  const char *rest;      /* the last other argument, or NULL */
} Options;

static Options parse_options(int argc, char **argv) {
  Options o = {NULL, NULL, NULL};
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-p") == 0 && i + 1 < argc) o.profile = argv[++i];
    else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) o.prefix = argv[++i];
    else o.rest = argv[i];
  }
  return o;
}

/* Whether profile p is selected by -p. */
static int profile_selected(const Options *o, size_t p) {
  return !o->profile || strcmp(o->profile, profiles[p].name) == 0;
}

/* Whether the case named id is selected by -c. */
static int case_selected(const Options *o, const char *id) {
  return !o->prefix || strncmp(id, o->prefix, strlen(o->prefix)) == 0;
}

/* The tally lines; finish() returns the exit status. */
static void profile_done(size_t p, long p0, long f0) {
  printf("profile %s: %ld passed, %ld failed\n", profiles[p].name, passed - p0, failed - f0);
}

static int finish(void) {
  printf("%ld passed, %ld failed\n", passed, failed);
  return failed != 0;
}

/* Runs each(o, rt, p) in a fresh runtime for every selected profile p,
 * collects the runtime's cycles and prints the profile's tally. */
SUPPORT_UNUSED static void for_each_profile(const Options *o, void (*each)(const Options *o, pyexc_rt *rt, size_t p)) {
  for (size_t p = 0; p < NPROFILES; p++) {
    if (!profile_selected(o, p)) continue;
    pyexc_rt *rt = pyexc_open(profiles[p].python, profiles[p].platform);
    if (!rt) {
      printf("FAIL [%s] cannot open the runtime\n", profiles[p].name);
      failed++;
      continue;
    }
    long p0 = passed, f0 = failed;
    each(o, rt, p);
    pyexc_collect(rt);
    profile_done(p, p0, f0);
    pyexc_close(rt);
  }
}

/* ---- texts and checks ------------------------------------------------------------------------ */

/* repr(v) (str(v) when !repr) as a malloc'd string, or "!Type: message"
 * when it raises; for a NULL v, the pending error. */
SUPPORT_UNUSED static char *text(pyexc_rt *rt, pyexc_obj *v, int repr) {
  Json *t = v ? text_of(rt, v, repr) : NULL;
  char *r;
  if (t) {
    r = malloc(t->len + 1);
    memcpy(r, t->s, t->len + 1);
  } else {
    Json *e = take_error(rt);
    const Json *ty = json_get(e, "type"), *m = json_get(e, "message");
    r = malloc(ty->len + m->len + 4);
    sprintf(r, "!%s: %s", ty->s, m->s);
    json_free(e);
  }
  json_free(t);
  return r;
}

/* Prints: FAIL [profile] id field: expected WANT got GOT (both as JSON). */
static void mismatch(const char *profile, const char *id, const char *field, const Json *want, const Json *got) {
  char *w = json_dump(want), *g = json_dump(got);
  printf("FAIL [%s] %s %s: expected %s got %s\n", profile, id, field, w, g);
  free(w);
  free(g);
}

/* 1 if want equals got, else the mismatch is printed and 0 returned. */
SUPPORT_UNUSED static int check(const char *profile, const char *id, const char *field, const char *want,
                                const char *got) {
  if (strcmp(want, got) == 0) return 1;
  Json *w = json_strz(want), *g = json_strz(got);
  mismatch(profile, id, field, w, g);
  json_free(w);
  json_free(g);
  return 0;
}
