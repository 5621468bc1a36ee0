/* builtins_exec.c: compile(), exec() and eval() of source text and code
 * objects. Code runs in the namespaces given, or the caller's; its frames
 * show as "<string>" (no source lines, as CPython has none to show). The
 * 'eval' mode takes one expression statement; 'single' runs as 'exec'. */
#include "lang/modules.h"
#include "lang/compile.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"
#include "obj/args.h"
#include "exc/exc.h"

enum { MODE_EXEC, MODE_EVAL, MODE_SINGLE };

/* The text of a source argument (str or bytes-like); NULL with TypeError. */
static const char *source_text(Rt *rt, Obj *src, const char *fname, size_t *len) {
  if (IS_STR(src)) { *len = str_len(src); return str_c(src); }
  const char *d = bytes_data(src, len);
  if (d) return d;
  err_format(rt, EXC(TypeError), "%s() arg 1 must be a string, bytes or code object", fname);
  return NULL;
}

static Obj *compile_text(Rt *rt, const char *text, size_t len, Obj *filename, int mode) {
  Ast ast;
  /* CPython's string tokenizer ends the text with a newline (it shows in
   * the text of SyntaxErrors) */
  StrBuf b = SB_INIT;
  sb_add(&b, text, len);
  if (!len || text[len - 1] != '\n') sb_addc(&b, '\n');
  if (sb_failed(&b)) { sb_free(&b); return err_nomem(rt); }
  int r = ast_parse(rt, b.data, b.len, filename, &ast);
  /* the errors found after parsing read their text from the file, which a
   * string does not have (CPython shows none) */
  if (r == 0 && ast_check(rt, &ast, filename, "", 0) < 0) { ast_free(&ast); r = -1; }
  sb_free(&b);
  if (r < 0) return NULL;
  Obj *code = mode == MODE_EVAL ? compile_eval(rt, &ast, filename) : compile_module(rt, &ast, filename);
  ast_free(&ast);
  return code;
}

Obj *bi_compile(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)self;
  static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                      "_feature_version"};
  static const KwSpec spec = {"compile", names, 7, 0, 3, 6};
  Obj *a[7];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  if (!IS_STR(a[1])) return arg_bad(rt, "compile", "argument 'filename'", "str", a[1]);
  if (!IS_STR(a[2])) return arg_bad(rt, "compile", "argument 'mode'", "str", a[2]);
  const char *m = str_c(a[2]);
  int mode = !strcmp(m, "exec") ? MODE_EXEC : !strcmp(m, "eval") ? MODE_EVAL : !strcmp(m, "single") ? MODE_SINGLE : -1;
  if (mode < 0) return err_str(rt, EXC(ValueError), "compile() mode must be 'exec', 'eval' or 'single'");
  size_t len;
  const char *text = source_text(rt, a[0], "compile", &len);
  if (!text) return NULL;
  return compile_text(rt, text, len, a[1], mode);
}

/* Runs code with globals and locals; returns its value. */
static Obj *run_code(Rt *rt, Obj *code, Obj *globals, Obj *locals) {
  Code *co = (Code *)code;
  if (tuple_len(co->freevars))
    return err_format(rt, EXC(TypeError), "code object passed to exec() may not contain free variables");
  if (!dict_get_s(rt, globals, "__builtins__")) {
    if (err_occurred(rt) || dict_set_s(rt, globals, "__builtins__", rt->builtins) < 0) return NULL;
  }
  Frame *f = frame_new(rt, co, globals, rt->builtins, locals);
  if (!f) return NULL;
  Obj *r = NULL;
  if (vm_enter_frame(rt) == 0) {
    f->depth_counted = 1;
    r = vm_run(rt, f, 0);
  }
  decref((Obj *)f);
  return r;
}

static Obj *exec_or_eval(Rt *rt, const char *fname, Obj *const *argv, size_t argc, Obj *kwnames, int eval) {
  static const char *const names[] = {"source", "globals", "locals", "closure"};
  KwSpec spec = {fname, names, eval ? 3 : 4, 1, 1, 3};
  Obj *a[4];
  if (args_kw(rt, &spec, argv, argc, kwnames, a) < 0) return NULL;
  Obj *globals = a[1] && a[1] != None ? a[1] : NULL, *locals = a[2] && a[2] != None ? a[2] : NULL;
  if (globals && !IS_DICT(globals))
    return err_format(rt, EXC(TypeError), eval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                               : "exec() globals must be a dict, not %s", type_name(globals));
  Frame *caller = LANG(rt)->frame;
  Obj *owned = NULL;
  if (!globals) {
    if (!caller) return err_format(rt, EXC(SystemError), "%s(): no globals", fname);
    globals = caller->base.globals;
    if (!locals) locals = owned = frame_locals_dict(rt, caller);
    if (!locals) return NULL;
  } else if (!locals) {
    locals = globals;
  }
  Obj *code;
  if (is_type(a[0], &CodeType)) {
    code = incref(a[0]);
  } else {
    size_t len;
    const char *text = source_text(rt, a[0], fname, &len);
    if (!text) { xdecref(owned); return NULL; }
    if (eval) while (len && (*text == ' ' || *text == '\t')) { text++; len--; }
    code = compile_text(rt, text, len, str_static("<string>"), eval ? MODE_EVAL : MODE_EXEC);
  }
  Obj *r = code ? run_code(rt, code, globals, locals) : NULL;
  xdecref(code);
  xdecref(owned);
  if (r && !eval) SETREF(r, incref(None));
  return r;
}

Obj *bi_exec(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)self;
  return exec_or_eval(rt, "exec", argv, argc, kwnames, 0);
}

Obj *bi_eval(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames) {
  (void)self;
  return exec_or_eval(rt, "eval", argv, argc, kwnames, 1);
}
