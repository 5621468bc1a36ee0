/* traceback.c: traceback objects, one entry per frame an exception passed
 * through, newest last (tb_next points toward the frame that raised). */
#include "trace/frame.h"
#include "exc/exc.h"
#include "obj/err.h"
#include "obj/num.h"
#include "obj/str.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "obj/gc.h"
#include "obj/ops.h"

Pos frame_pos(const TFrame *f, int lasti) {
  Pos none = {-1, -1, -1, -1};
  if (!f->info || lasti < 0 || (size_t)lasti >= f->info->npositions) return none;
  return f->info->positions[lasti];
}

Pos traceback_pos(const Traceback *tb) {
  return tb->has_pos ? tb->pos : frame_pos(tb->frame, tb->lasti);
}

void traceback_inline(Traceback *tb, TFrame *caller) {
  if (!tb->has_pos) {
    tb->pos = frame_pos(tb->frame, tb->lasti);
    tb->has_pos = 1;
  }
  TFrame *inner = tb->frame;
  tb->frame = (TFrame *)incref((Obj *)caller);
  tb->lasti = caller->lasti;
  decref((Obj *)inner);
}

Obj *traceback_new(Rt *rt, Obj *next, TFrame *f, int lasti) {
  Traceback *tb = (Traceback *)obj_alloc(rt, &TracebackType, sizeof(Traceback));
  if (!tb) return NULL;
  tb->next = (Traceback *)xincref(next);
  tb->frame = (TFrame *)incref((Obj *)f);
  tb->lasti = lasti;
  tb->lineno = frame_pos(f, lasti).lineno;
  return (Obj *)tb;
}

int traceback_here(Rt *rt, TFrame *f) {
  Obj *exc = rt->exc;
  if (!exc || !is_exc(exc)) return 0;
  Obj *tb = traceback_new(rt, AS_EXC(exc)->traceback, f, f->lasti);
  if (!tb) return -1;
  exc_set_traceback(exc, tb);
  decref(tb);
  return 0;
}

static void tb_dealloc(Obj *o) {
  Traceback *tb = (Traceback *)o;
  CLEAR(tb->next);
  CLEAR(tb->frame);
  obj_free_mem(o);
}

static int tb_traverse(Obj *o, VisitFn visit, void *arg) {
  Traceback *tb = (Traceback *)o;
  if (tb->next && visit((Obj *)tb->next, arg)) return 1;
  return tb->frame ? visit((Obj *)tb->frame, arg) : 0;
}

static void tb_clear(Obj *o) {
  Traceback *tb = (Traceback *)o;
  CLEAR(tb->next);
  CLEAR(tb->frame);
}

static Obj *tb_get_next(Rt *rt, Obj *o) { (void)rt; Obj *n = (Obj *)((Traceback *)o)->next; return incref(n ? n : None); }
static int tb_set_next(Rt *rt, Obj *o, Obj *v) {
  if (!v) return err_format_i(rt, EXC(TypeError), "can't delete tb_next attribute");
  if (v != None && !is_type(v, &TracebackType))
    return err_format_i(rt, EXC(TypeError), "expected traceback object or None, got '%s'", type_name(v));
  for (Obj *c = v; c != None && c; c = (Obj *)((Traceback *)c)->next)
    if (c == o) return err_format_i(rt, EXC(ValueError), "traceback loop detected");
  SETREF(((Traceback *)o)->next, v == None ? NULL : (Traceback *)incref(v));
  return 0;
}
static Obj *get_frame(Rt *rt, Obj *o) { (void)rt; return incref((Obj *)((Traceback *)o)->frame); }
static Obj *get_lasti(Rt *rt, Obj *o) { return int_from_i64(rt, ((Traceback *)o)->lasti * 2); }
static Obj *get_lineno(Rt *rt, Obj *o) { return int_from_i64(rt, ((Traceback *)o)->lineno); }

static const GetSetDef tb_getsets[] = {
  {"tb_next", tb_get_next, tb_set_next},
  {"tb_frame", get_frame, NULL},
  {"tb_lasti", get_lasti, NULL},
  {"tb_lineno", get_lineno, NULL},
  {NULL, NULL, NULL}
};

Type TracebackType = {
  .ob = OBJ_HEAD_INIT(&TypeType),
  .name = "traceback",
  .basicsize = sizeof(Traceback),
  .flags = TF_GC,
  .dealloc = tb_dealloc,
  .traverse = tb_traverse,
  .clear = tb_clear,
  .getsets = tb_getsets,
};

int trace_init(Rt *rt) {
  (void)rt;
  if (type_ready(&TracebackType) < 0) return -1;
  exc_traceback_type = &TracebackType;
  return 0;
}
