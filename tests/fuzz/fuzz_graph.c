/* fuzz_graph.c: random exception graphs built through the public API:
 * __cause__/__context__ links (cycles included), deep chains, wide and deeply
 * nested groups, notes, exceptions with tracebacks from small programs,
 * split/subgroup with class, tuple and host-function conditions; then each
 * graph through the renderer (pyexc_format_exception), pyexc_exception_json
 * and the traceback accessors.
 * Input: byte 0 chooses the profile (as fuzz_run); then ops (fuzz_values.h
 * ops 0-18, construction 19, graph ops 20+). */
#include "fuzz_values.h"

static const char *const snippets[] = {
  "def f(n):\n    if n: f(n - 1)\n    else: 1/0\nf(5)\n",
  "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e\n",
  "def g():\n    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])\ng()\n",
  "try:\n    raise OSError(2, 'x', 'f')\nfinally:\n    x = [][1]\n",
  "def r(): r()\nr()\n",
  "e = Exception('note')\ne.add_note('n1')\nraise e\n",
  "import sys\nsys.exit('bye')\n",
  "def outer():\n    try:\n        raise KeyError(1)\n    except* KeyError:\n        raise TypeError('t')\nouter()\n",
};
#define NSNIPPETS (sizeof snippets / sizeof *snippets)

/* A host condition for split/subgroup: answers from a byte pattern, and
 * sometimes raises. */
static int cond_fn(void *ctx, pyexc_rt *rt, pyexc_obj *args, pyexc_obj **result) {
  unsigned *state = ctx;
  (void)args;
  unsigned s = (*state = *state * 1103515245u + 12345u) >> 16;
  if (s % 11 == 0) {
    pyexc_obj *e = pyexc_new(rt, "RuntimeError", NULL, NULL);
    if (!e) return -1;
    int r = pyexc_raise(rt, e);
    pyexc_decref(e);
    return r;
  }
  *result = pyexc_bool(rt, (int)(s & 1));
  return *result ? 0 : -1;
}

static void set_link(FzVm *vm, const char *name) {
  pyexc_obj *o = fz_pick(vm), *v = fz_u8(&vm->in) & 1 ? fz_pick(vm) : NULL;
  pyexc_obj *none = v ? NULL : pyexc_none(vm->rt);
  if (o && pyexc_setattr(vm->rt, o, name, v ? v : none) < 0) fz_drop_error(vm);
  pyexc_decref(none);
}

/* n exceptions, each the __context__ (or __cause__) of the next; pushes the last. */
static void chain(FzVm *vm) {
  int n = 1 + fz_u8(&vm->in) * 4, cause = fz_u8(&vm->in) & 1;
  pyexc_obj *prev = NULL;
  for (int i = 0; i < n; i++) {
    pyexc_obj *a = pyexc_int(vm->rt, i);
    pyexc_obj *t = a ? pyexc_tuple(vm->rt, &a, 1) : NULL;
    pyexc_obj *e = t ? pyexc_new(vm->rt, i % 3 ? "ValueError" : "KeyError", t, NULL) : NULL;
    pyexc_decref(a);
    pyexc_decref(t);
    if (!e) break;
    if (prev && pyexc_setattr(vm->rt, e, cause ? "__cause__" : "__context__", prev) < 0) fz_drop_error(vm);
    pyexc_decref(prev);
    prev = e;
  }
  if (!prev) fz_drop_error(vm);
  else fz_push(vm, prev);
}

/* A group of `width` members taken from the stack (repeated), nested `depth` deep. */
static void group(FzVm *vm) {
  int width = fz_u8(&vm->in), depth = 1 + fz_u8(&vm->in) % 32, base = fz_u8(&vm->in) & 1;
  if (!vm->n) return;
  pyexc_obj *inner = NULL;
  for (int d = 0; d < depth; d++) {
    size_t w = (size_t)(d ? 1 + width % 4 : 1 + width);
    pyexc_obj **m = calloc(w, sizeof *m);
    if (!m) break;
    for (size_t i = 0; i < w; i++) m[i] = (inner && i == 0) ? inner : vm->st[(i + (size_t)d) % (size_t)vm->n];
    pyexc_obj *list = pyexc_list(vm->rt, m, w);
    free(m);
    pyexc_obj *msg = pyexc_str(vm->rt, "g", 1);
    pyexc_obj *pair[2] = {msg, list};
    pyexc_obj *args = msg && list ? pyexc_tuple(vm->rt, pair, 2) : NULL;
    pyexc_obj *g = args ? pyexc_new(vm->rt, base ? "BaseExceptionGroup" : "ExceptionGroup", args, NULL) : NULL;
    pyexc_decref(msg);
    pyexc_decref(list);
    pyexc_decref(args);
    pyexc_decref(inner);
    inner = g;
    if (!g) {
      fz_drop_error(vm);
      return;
    }
  }
  fz_push(vm, inner);
}

static void from_program(FzVm *vm) {
  const char *src = snippets[fz_u8(&vm->in) % NSNIPPETS];
  pyexc_result res;
  if (pyexc_run(vm->rt, src, strlen(src), "snippet.py", PYEXC_RUN_FRESH, &res) < 0) {
    fz_drop_error(vm);
    return;
  }
  if (res.exception) {
    pyexc_incref(res.exception);
    fz_push(vm, res.exception);
  }
  pyexc_result_free(&res);
}

static void render(FzVm *vm) {
  pyexc_obj *e = fz_pick(vm);
  if (!e) return;
  pyexc_obj *s = pyexc_format_exception(vm->rt, e);
  if (!s) fz_drop_error(vm);
  pyexc_decref(s);
  pyexc_obj *j = pyexc_exception_json(vm->rt, e);
  if (!j) fz_drop_error(vm);
  pyexc_decref(j);
  if (pyexc_kind_of(e) != PYEXC_EXCEPTION) return;
  size_t n = pyexc_traceback_len(e);
  for (size_t i = 0; i < n; i++) {
    pyexc_frame_info fi;
    if (pyexc_traceback_entry(vm->rt, e, i, &fi) < 0) fz_drop_error(vm);
    pyexc_obj *line = pyexc_traceback_line(vm->rt, e, i);
    if (!line) fz_drop_error(vm);
    pyexc_decref(line);
  }
}

static void split(FzVm *vm, unsigned *state) {
  pyexc_obj *g = fz_pick(vm), *cond = NULL;
  if (!g) return;
  uint8_t how = fz_u8(&vm->in) % 3;
  if (how == 0) {
    cond = pyexc_lookup(vm->rt, fz_classes[fz_u8(&vm->in) % FZ_NCLASSES]);
  } else if (how == 1) {
    cond = fz_pick(vm);   /* anything: a tuple of classes, or a wrong type */
    pyexc_incref(cond);
  } else {
    cond = pyexc_host_function(vm->rt, "cond", cond_fn, state, NULL);
  }
  if (!cond) {
    fz_drop_error(vm);
    return;
  }
  if (fz_u8(&vm->in) & 1) {
    pyexc_obj *match = NULL, *rest = NULL;
    if (pyexc_split(vm->rt, g, cond, &match, &rest) < 0) fz_drop_error(vm);
    else {
      fz_push(vm, match);
      fz_push(vm, rest);
    }
  } else {
    fz_push(vm, pyexc_subgroup(vm->rt, g, cond));
  }
  pyexc_decref(cond);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  FzVm vm = {.in = {data + 1, size - 1}};
  vm.rt = fz_open(data[0], (size_t)8 << 20);
  if (!vm.rt) return 0;
  unsigned state = data[0];
  for (int steps = 0; fz_more(&vm.in) && steps < 1000; steps++) {
    uint8_t op = fz_u8(&vm.in) % 30;
    /* No str/repr ops here (fuzz_new has them): the repr of a DAG of nested
     * groups is exponential, in CPython too, and would only time out. */
    if (op == 11) op = 27;
    if (fz_value_op(&vm, op)) continue;
    switch (op) {
    case 19: fz_construct(&vm); break;
    case 20: set_link(&vm, "__cause__"); break;
    case 21: set_link(&vm, "__context__"); break;
    case 22: {
      pyexc_obj *o = fz_pick(&vm), *b = pyexc_bool(vm.rt, fz_u8(&vm.in) & 1);
      if (o && b && pyexc_setattr(vm.rt, o, "__suppress_context__", b) < 0) fz_drop_error(&vm);
      pyexc_decref(b);
      break;
    }
    case 23: {   /* add_note(str) */
      char text[4 * 64 + 1];
      size_t len = fz_text(&vm.in, text, 64);
      pyexc_obj *o = fz_pick(&vm), *s = pyexc_str(vm.rt, text, len);
      pyexc_obj *t = s ? pyexc_tuple(vm.rt, &s, 1) : NULL;
      pyexc_obj *r = o && t ? pyexc_call_method(vm.rt, o, "add_note", t, NULL) : NULL;
      if (!r && o) fz_drop_error(&vm);
      pyexc_decref(r);
      pyexc_decref(t);
      pyexc_decref(s);
      break;
    }
    case 24: chain(&vm); break;
    case 25: group(&vm); break;
    case 26: from_program(&vm); break;
    case 27: render(&vm); break;
    case 28: split(&vm, &state); break;
    default: pyexc_collect(vm.rt); render(&vm); break;
    }
  }
  /* Render what is left, then free it. */
  for (int i = vm.n - 1; i >= 0; i--) {
    pyexc_obj *s = pyexc_format_exception(vm.rt, vm.st[i]);
    if (!s) fz_drop_error(&vm);
    pyexc_decref(s);
  }
  fz_finish(&vm, 0);
  return 0;
}
