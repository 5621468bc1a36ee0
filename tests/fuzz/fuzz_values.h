/* fuzz_values.h: a value stack driven by fuzz input, shared by fuzz_new and
 * fuzz_graph. Every op leaves the stack well formed: it owns one reference to
 * each item, and an op whose call fails takes (and drops) the pending error,
 * sometimes rendering it first. */
#ifndef FUZZ_VALUES_H
#define FUZZ_VALUES_H
#include "api/pyexc.h"
#include "exc/exc_table.h"
#include "fuzz_input.h"
#include <stdio.h>
#include <stdlib.h>

#define FZ_STACK 24

typedef struct FzVm {
  pyexc_rt *rt;
  FzIn in;
  pyexc_obj *st[FZ_STACK];
  int n;
} FzVm;

/* Built-in classes (the table), aliases, and the prelude's user classes. */
static const char *const fz_classes[] = {
#define X(name, base, family, since) #name,
  EXC_TABLE(X)
#undef X
  "EnvironmentError", "IOError", "MyError", "NoInit", "BadStr", "BadRepr", "MyGroup",
  "BadInit", "Deep", "NotAnException",
};
#define FZ_NCLASSES (sizeof fz_classes / sizeof *fz_classes)

/* Subclasses whose methods misbehave, for the harnesses to construct. */
static const char fz_prelude[] =
  "class MyError(Exception): pass\n"
  "class NoInit(OSError):\n"
  "    def __init__(self, *a, **k): pass\n"
  "class BadStr(ValueError):\n"
  "    def __str__(self): raise RuntimeError('bad str')\n"
  "class BadRepr(KeyError):\n"
  "    def __repr__(self): return 1\n"
  "class MyGroup(ExceptionGroup):\n"
  "    def derive(self, excs): return MyGroup(self.message + '!', excs)\n"
  "class BadInit(UnicodeDecodeError):\n"
  "    def __init__(self, *a): self.args = a\n"
  "class Deep(MyError, LookupError):\n"
  "    __slots__ = ()\n"
  "class NotAnException: pass\n";

static const char *const fz_attrs[] = {
  "args", "errno", "strerror", "filename", "filename2", "winerror", "characters_written", "name",
  "obj", "path", "name_from", "msg", "lineno", "offset", "text", "end_lineno", "end_offset",
  "print_file_and_line", "code", "value", "encoding", "object", "start", "end", "reason",
  "message", "exceptions", "__notes__", "__cause__", "__context__", "__traceback__",
  "__suppress_context__", "__dict__", "__class__", "__module__", "__qualname__", "__name__",
  "_metadata", "x",
};
#define FZ_NATTRS (sizeof fz_attrs / sizeof *fz_attrs)

static const char *const fz_methods[] = {
  "add_note", "with_traceback", "__reduce__", "__setstate__", "__str__", "__repr__", "split",
  "subgroup", "derive", "__init__", "__eq__", "__hash__", "__getattribute__", "__setattr__",
  "__delattr__", "__dir__", "__sizeof__", "__reduce_ex__", "__format__", "__class_getitem__",
  "__len__", "__getitem__", "__contains__", "__iter__", "encode", "decode", "format", "join",
};
#define FZ_NMETHODS (sizeof fz_methods / sizeof *fz_methods)

/* Drops the pending error, after rendering it now and then. */
static void fz_drop_error(FzVm *vm) {
  pyexc_obj *e = pyexc_take_error(vm->rt);
  if (e && (vm->in.n & 3) == 0) {
    pyexc_obj *s = pyexc_to_str(vm->rt, e);
    if (!s) pyexc_decref(pyexc_take_error(vm->rt));
    pyexc_decref(s);
  }
  pyexc_decref(e);
}

/* Pushes o (taking its reference); a NULL o means an error is pending. */
static void fz_push(FzVm *vm, pyexc_obj *o) {
  if (!o) {
    fz_drop_error(vm);
    return;
  }
  if (vm->n == FZ_STACK) {
    pyexc_decref(vm->st[0]);
    memmove(vm->st, vm->st + 1, (FZ_STACK - 1) * sizeof *vm->st);
    vm->n--;
  }
  vm->st[vm->n++] = o;
}

static pyexc_obj *fz_pick(FzVm *vm) { return vm->n ? vm->st[vm->n - 1 - fz_u8(&vm->in) % vm->n] : NULL; }

static pyexc_obj *fz_pop(FzVm *vm) { return vm->n ? vm->st[--vm->n] : NULL; }

/* A container of the top k items (borrowed; they stay on the stack). */
static pyexc_obj *fz_items(FzVm *vm, int kind) {
  int k = fz_u8(&vm->in) % 6;
  if (k > vm->n) k = vm->n;
  pyexc_obj *const *items = vm->st + vm->n - k;
  switch (kind) {
  case 0: return pyexc_tuple(vm->rt, items, (size_t)k);
  case 1: return pyexc_list(vm->rt, items, (size_t)k);
  case 2: return pyexc_set(vm->rt, items, (size_t)k);
  default: return pyexc_frozenset(vm->rt, items, (size_t)k);
  }
}

/* A kwargs dict of up to 3 entries named from fz_attrs, values from the stack. */
static pyexc_obj *fz_kwargs(FzVm *vm) {
  int k = fz_u8(&vm->in) % 4;
  if (!k || !vm->n) return NULL;
  pyexc_obj *d = pyexc_dict(vm->rt);
  if (!d) return NULL;
  for (int i = 0; i < k; i++) {
    const char *name = fz_attrs[fz_u8(&vm->in) % FZ_NATTRS];
    pyexc_obj *key = pyexc_str(vm->rt, name, strlen(name));
    if (!key || pyexc_dict_set(vm->rt, d, key, fz_pick(vm)) < 0) fz_drop_error(vm);
    pyexc_decref(key);
  }
  return d;
}

static void fz_show(FzVm *vm, pyexc_obj *o, int repr) {
  if (!o) return;
  pyexc_obj *s = repr ? pyexc_to_repr(vm->rt, o) : pyexc_to_str(vm->rt, o);
  if (!s) {
    fz_drop_error(vm);
    return;
  }
  size_t len;
  const char *d = pyexc_str_data(s, &len);
  if (d && d[len] != 0) abort();   /* str data is NUL-terminated */
  pyexc_decref(s);
}

/* One value-making or value-using op; returns 0 if op is not one of them. */
static int fz_value_op(FzVm *vm, uint8_t op) {
  FzIn *in = &vm->in;
  pyexc_rt *rt = vm->rt;
  char text[4 * 64 + 1];
  size_t len;
  switch (op) {
  case 0: fz_push(vm, pyexc_int(rt, (int8_t)fz_u8(in))); return 1;
  case 1: fz_push(vm, pyexc_int(rt, fz_i64(in))); return 1;
  case 2: {
    const uint8_t *p = fz_bytes(in, 60, &len);
    char digits[64];
    size_t k = 0;
    if (len && (p[0] & 1)) digits[k++] = '-';
    for (size_t i = 0; i < len; i++) digits[k++] = (char)('0' + p[i] % 10);
    fz_push(vm, pyexc_int_text(rt, digits, k));
    return 1;
  }
  case 3: len = fz_text(in, text, 64); fz_push(vm, pyexc_str(rt, text, len)); return 1;
  case 4: {
    const uint8_t *p = fz_bytes(in, 64, &len);
    fz_push(vm, pyexc_bytes(rt, p, len));
    return 1;
  }
  case 5: {
    uint8_t b = fz_u8(in);
    if (b < 128) fz_push(vm, pyexc_none(rt));
    else if (b < 192) fz_push(vm, pyexc_bool(rt, b & 1));
    else {
      static const double f[] = {0.0, -0.0, 1.5, 1e300, -1e-300, 1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0};
      fz_push(vm, pyexc_float(rt, f[b & 7]));
    }
    return 1;
  }
  case 6: fz_push(vm, fz_items(vm, 0)); return 1;
  case 7: fz_push(vm, fz_items(vm, 1)); return 1;
  case 8: fz_push(vm, fz_items(vm, 2 + (fz_u8(in) & 1))); return 1;
  case 9: {
    const uint8_t *p = fz_bytes(in, 32, &len);
    fz_push(vm, pyexc_bytearray(rt, p, len));
    return 1;
  }
  case 10: {
    pyexc_obj *d = fz_kwargs(vm);
    fz_push(vm, d ? d : pyexc_dict(rt));
    return 1;
  }
  case 11: fz_show(vm, fz_pick(vm), fz_u8(in) & 1); return 1;
  case 12: {   /* getattr */
    pyexc_obj *o = fz_pick(vm);
    if (!o) return 1;
    pyexc_obj *v = pyexc_getattr(rt, o, fz_attrs[fz_u8(in) % FZ_NATTRS]);
    if (v && (fz_u8(in) & 1)) fz_push(vm, v);
    else if (v) { fz_show(vm, v, 1); pyexc_decref(v); }
    else fz_drop_error(vm);
    return 1;
  }
  case 13: {   /* setattr */
    pyexc_obj *o = fz_pick(vm), *v = fz_pick(vm);
    if (o && v && pyexc_setattr(rt, o, fz_attrs[fz_u8(in) % FZ_NATTRS], v) < 0) fz_drop_error(vm);
    return 1;
  }
  case 14: {   /* o.method(*top k) */
    pyexc_obj *o = fz_pick(vm);
    const char *m = fz_methods[fz_u8(in) % FZ_NMETHODS];
    pyexc_obj *args = fz_items(vm, 0);
    if (!o || !args) { if (!args) fz_drop_error(vm); pyexc_decref(args); return 1; }
    pyexc_obj *r = pyexc_call_method(rt, o, m, args, NULL);
    pyexc_decref(args);
    fz_push(vm, r);
    return 1;
  }
  case 15: {   /* item / len / kind of a container */
    pyexc_obj *o = fz_pick(vm);
    if (!o) return 1;
    size_t n = pyexc_len(o);
    (void)pyexc_kind_of(o);
    (void)pyexc_type_name(o);
    if (n) fz_push(vm, pyexc_item(rt, o, fz_u8(in) % n));
    return 1;
  }
  case 16: { pyexc_obj *o = fz_pop(vm); pyexc_decref(o); return 1; }
  case 17: { pyexc_obj *o = fz_pick(vm); if (o) { pyexc_incref(o); fz_push(vm, o); } return 1; }
  case 18: {   /* isinstance / issubclass by name */
    pyexc_obj *o = fz_pick(vm);
    const char *a = fz_classes[fz_u8(in) % FZ_NCLASSES], *b = fz_classes[fz_u8(in) % FZ_NCLASSES];
    if (o && pyexc_isinstance(rt, o, a) < 0) fz_drop_error(vm);
    if (pyexc_issubclass(rt, a, b) < 0) fz_drop_error(vm);
    return 1;
  }
  default: return 0;
  }
}

/* class(*top k, **kwargs) for a class chosen by the next byte. */
static void fz_construct(FzVm *vm) {
  const char *cls = fz_classes[fz_u8(&vm->in) % FZ_NCLASSES];
  pyexc_obj *args = fz_items(vm, 0), *kw = fz_kwargs(vm);
  if (!args) {
    fz_drop_error(vm);
    pyexc_decref(kw);
    return;
  }
  pyexc_obj *e = pyexc_new(vm->rt, cls, args, kw);
#ifdef FUZZ_DEBUG   /* cc -DFUZZ_DEBUG: print what each input constructs */
  pyexc_obj *r = e ? pyexc_to_repr(vm->rt, e) : NULL;
  if (r) fprintf(stderr, "%s -> %s\n", cls, pyexc_str_data(r, &(size_t){0}));
  else fprintf(stderr, "%s -> error\n", cls);
  pyexc_decref(r);
  if (!r) pyexc_decref(pyexc_take_error(vm->rt));
#endif
  fz_push(vm, e);
  pyexc_decref(args);
  pyexc_decref(kw);
}

/* A runtime for profile byte b, with the prelude run, under a memory cap
 * small enough that exponential values (the repr of a DAG of groups, as in
 * CPython) end in MemoryError within the fuzzer's timeout. */
static pyexc_rt *fz_open(uint8_t b, size_t memory_cap) {
  static const char *const pythons[] = {"3.11", "3.12", "3.13", "3.14"};
  static const char *const platforms[] = {"linux", "emscripten", "wasi"};
  pyexc_set_memory_limit(memory_cap);
  pyexc_rt *rt = pyexc_open(pythons[b & 3], platforms[((b >> 2) & 3) % 3]);
  if (!rt) return NULL;
  pyexc_set_step_budget(rt, 20000);
  pyexc_result res;
  if (pyexc_run(rt, fz_prelude, sizeof fz_prelude - 1, "prelude.py", 0, &res) < 0 || res.exit_code != 0) abort();
  pyexc_result_free(&res);
  return rt;
}

/* Frees the stack (showing every other item when show), and the runtime. */
static void fz_finish(FzVm *vm, int show) {
  while (vm->n) {
    pyexc_obj *o = fz_pop(vm);
    if (show && (vm->n & 1)) fz_show(vm, o, vm->n & 2);
    pyexc_decref(o);
  }
  if (pyexc_take_error(vm->rt)) abort();   /* every op took its error */
  pyexc_collect(vm->rt);
  pyexc_close(vm->rt);
}

#endif
