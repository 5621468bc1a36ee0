/* cli.c: the command-line program of the native and WASI builds.
 *   pyexc [--python X.Y] [--platform P] FILE.py
 *   pyexc [--python X.Y] [--platform P] --demo
 *   pyexc [--python X.Y] --hierarchy */
#include "api/pyexc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
  "usage: pyexc [--python X.Y] [--platform P] FILE.py\n"
  "       pyexc [--python X.Y] [--platform P] --demo\n"
  "       pyexc [--python X.Y] --hierarchy\n"
  "\n"
  "Runs FILE.py and prints exactly what CPython would print: its output, and\n"
  "the traceback of an uncaught exception, exiting with python3's status.\n"
  "\n"
  "  --python X.Y    the CPython version to model: 3.11, 3.12, 3.13, 3.14 (default)\n"
  "  --platform P    linux (default), emscripten or wasi: decides OS error numbers\n"
  "  --demo          construct a few exceptions and show them\n"
  "  --hierarchy     print the built-in exception class tree\n"
  "  --help          this text\n";

static void print_obj(pyexc_rt *rt, pyexc_obj *o, int repr) {
  pyexc_obj *s = repr ? pyexc_to_repr(rt, o) : pyexc_to_str(rt, o);
  if (!s) {
    pyexc_decref(pyexc_take_error(rt));
    fputs("<error>", stdout);
    return;
  }
  size_t n;
  const char *d = pyexc_str_data(s, &n);
  fwrite(d, 1, n, stdout);
  pyexc_decref(s);
}

/* Builds class(args...) from C values and shows type, str, repr and args. */
static void demo_one(pyexc_rt *rt, const char *cls, pyexc_obj **args, size_t n, const char *const *attrs) {
  pyexc_obj *t = pyexc_tuple(rt, args, n);
  for (size_t i = 0; i < n; i++) pyexc_decref(args[i]);
  pyexc_obj *e = t ? pyexc_new(rt, cls, t, NULL) : NULL;
  pyexc_decref(t);
  printf("%s(...)\n", cls);
  if (!e) {
    pyexc_obj *err = pyexc_take_error(rt);
    printf("  raises %s: ", pyexc_type_name(err));
    print_obj(rt, err, 0);
    puts("");
    pyexc_decref(err);
    return;
  }
  printf("  type  %s\n  str   ", pyexc_type_name(e));
  print_obj(rt, e, 0);
  fputs("\n  repr  ", stdout);
  print_obj(rt, e, 1);
  puts("");
  for (; attrs && *attrs; attrs++) {
    pyexc_obj *v = pyexc_getattr(rt, e, *attrs);
    printf("  .%-11s", *attrs);
    if (v) {
      print_obj(rt, v, 1);
      pyexc_decref(v);
    } else {
      pyexc_obj *err = pyexc_take_error(rt);
      printf("%s: ", pyexc_type_name(err));
      print_obj(rt, err, 0);
      pyexc_decref(err);
    }
    puts("");
  }
  pyexc_decref(e);
}

#define S(x) pyexc_str(rt, x, strlen(x))

static int demo(pyexc_rt *rt) {
  printf("pyexc %s: CPython %s on %s\n\n", PYEXC_VERSION, pyexc_python(rt), pyexc_platform(rt));
  static const char *const os_attrs[] = {"errno", "strerror", "filename", NULL};
  pyexc_obj *a[5];
  a[0] = S("something went wrong");
  demo_one(rt, "ValueError", a, 1, NULL);
  a[0] = S("missing");
  demo_one(rt, "KeyError", a, 1, NULL);
  a[0] = pyexc_int(rt, 2), a[1] = S("No such file or directory"), a[2] = S("a.txt");
  demo_one(rt, "OSError", a, 3, os_attrs);
  a[0] = pyexc_int(rt, 13), a[1] = S("Permission denied"), a[2] = S("a"), a[3] = pyexc_none(rt), a[4] = S("b");
  demo_one(rt, "OSError", a, 5, os_attrs);
  static const char *const syn_attrs[] = {"lineno", "offset", "text", NULL};
  pyexc_obj *d[] = {S("app.py"), pyexc_int(rt, 3), pyexc_int(rt, 5), S("x = = 1\n")};
  a[0] = S("invalid syntax"), a[1] = pyexc_tuple(rt, d, 4);
  for (int i = 0; i < 4; i++) pyexc_decref(d[i]);
  demo_one(rt, "SyntaxError", a, 2, syn_attrs);
  static const char *const uni_attrs[] = {"start", "end", "reason", NULL};
  a[0] = S("utf-8"), a[1] = pyexc_bytes(rt, "\xff", 1), a[2] = pyexc_int(rt, 0), a[3] = pyexc_int(rt, 1);
  a[4] = S("invalid start byte");
  demo_one(rt, "UnicodeDecodeError", a, 5, uni_attrs);
  pyexc_obj *m[] = {pyexc_new(rt, "ValueError", NULL, NULL), pyexc_new(rt, "TypeError", NULL, NULL)};
  a[0] = S("there were problems"), a[1] = pyexc_list(rt, m, 2);
  pyexc_decref(m[0]);
  pyexc_decref(m[1]);
  static const char *const grp_attrs[] = {"message", "exceptions", NULL};
  demo_one(rt, "BaseExceptionGroup", a, 2, grp_attrs);
  a[0] = S("x");
  demo_one(rt, "ExceptionGroup", a, 1, NULL);
  return 0;
}

/* Reads a whole file; NULL (with a message printed) on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (n < cap) break;
    char *bigger = realloc(buf, cap * 2);
    if (!bigger) { free(buf); buf = NULL; break; }
    buf = bigger;
    cap *= 2;
  }
  fclose(f);
  *len = n;
  return buf;
}

static int run_file(pyexc_rt *rt, const char *path) {
  size_t len;
  char *src = read_file(path, &len);
  if (!src) {
    fprintf(stderr, "pyexc: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return 2;
  }
  const char *budget = getenv("PYEXC_STEP_BUDGET");
  if (budget) pyexc_set_step_budget(rt, strtoull(budget, NULL, 10));
  pyexc_result res;
  int ok = pyexc_run(rt, src, len, path, 0, &res);
  free(src);
  if (ok < 0) {
    fputs("pyexc: out of memory\n", stderr);
    return 1;
  }
  fwrite(res.out, 1, res.out_len, stdout);
  fflush(stdout);
  fwrite(res.err, 1, res.err_len, stderr);
  fflush(stderr);
  int rc = res.exit_code;
  pyexc_result_free(&res);
  return rc;
}

int main(int argc, char **argv) {
  const char *python = NULL, *platform = NULL, *file = NULL;
  int want_demo = 0, want_tree = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(usage, stdout); return 0; }
    if (!strcmp(a, "--python") && i + 1 < argc) python = argv[++i];
    else if (!strcmp(a, "--platform") && i + 1 < argc) platform = argv[++i];
    else if (!strcmp(a, "--demo")) want_demo = 1;
    else if (!strcmp(a, "--hierarchy")) want_tree = 1;
    else if (a[0] == '-' && a[1]) { fprintf(stderr, "pyexc: unknown option %s\n\n%s", a, usage); return 2; }
    else file = a;
  }
  if (!pyexc_profile_known(python, platform)) {
    fprintf(stderr, "pyexc: unknown profile: python %s, platform %s (3.11-3.14; linux, emscripten, wasi)\n",
            python ? python : "3.14", platform ? platform : "linux");
    return 2;
  }
  pyexc_rt *rt = pyexc_open(python, platform);
  if (!rt) { fputs("pyexc: out of memory\n", stderr); return 1; }
  int rc = 0;
  if (want_tree) {
    pyexc_obj *t = pyexc_hierarchy(rt);
    size_t n;
    const char *d = t ? pyexc_str_data(t, &n) : "";
    fwrite(d, 1, t ? n : 0, stdout);
    puts("");
    pyexc_decref(t);
  } else if (want_demo || !file) {
    if (!want_demo) { fputs(usage, stderr); rc = 2; }
    else rc = demo(rt);
  } else {
    rc = run_file(rt, file);
  }
  pyexc_close(rt);
  return rc;
}
