/* exc_oserror.c: OSError and its subclasses: the 2-to-5 argument form,
 * the errno-to-subclass selection (only when OSError itself is called),
 * BlockingIOError.characters_written, and the "[Errno N] text: 'file'" str. */
#include "exc/exc_impl.h"
#include "exc/errno_table.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"

static const char *const platform_names[PLAT_N] = {"linux", "emscripten", "wasi"};

/* A subclass that overrides __init__ but not __new__ parses its arguments
 * in __init__ (CPython's oserror_use_init). */
static int use_init(Type *t) { return t->init != oserror_init && t->new_ == oserror_new; }

typedef struct OSArgs { Obj *myerrno, *strerror, *filename, *filename2; } OSArgs;

static void parse_args(Obj *args, OSArgs *a) {
  size_t n = tuple_len(args);
  memset(a, 0, sizeof *a);
  if (n < 2 || n > 5) return;
  a->myerrno = tuple_get(args, 0);
  a->strerror = tuple_get(args, 1);
  if (n >= 3) a->filename = tuple_get(args, 2);
  /* the 4th is winerror, ignored off Windows */
  if (n >= 5) a->filename2 = tuple_get(args, 4);
}

static int is_number(Obj *o) {
  return o->type->num && (o->type->num->index || o->type->num->to_int || o->type->num->to_float);
}

static int fill(Rt *rt, Obj *self, Obj *args, const OSArgs *a) {
  OSErrorObj *e = (OSErrorObj *)self;
  Obj *kept = incref(args);
  size_t n = tuple_len(args);
  if (n >= 2 && n <= 5) {
    SETREF(e->myerrno, xincref(a->myerrno));
    SETREF(e->strerror, xincref(a->strerror));
    if (a->filename && a->filename != None) {
      if (self->type == EXC_TYPE(BlockingIOError) && is_number(a->filename)) {
        Obj *i = num_index(rt, a->filename);
        if (!i) { decref(kept); return -1; }
        int64_t w;
        int r = exc_as_ssize(rt, i, &w, EXC(ValueError), "cannot fit 'int' into an index-sized integer");
        decref(i);
        if (r < 0) { decref(kept); return -1; }
        e->written = w;
      } else {
        SETREF(e->filename, incref(a->filename));
        if (a->filename2 && a->filename2 != None) SETREF(e->filename2, incref(a->filename2));
        SETREF(kept, tuple_from(rt, AS_TUPLE(args)->items, 2));
        if (!kept) return -1;
      }
    }
  }
  SETREF(e->base.args, kept);
  return 0;
}

Obj *oserror_new(Rt *rt, Type *t, Obj *args, Obj *kwargs) {
  OSArgs a;
  memset(&a, 0, sizeof a);
  if (!use_init(t)) {
    if (exc_no_kw(rt, t->name, kwargs) < 0) return NULL;
    parse_args(args, &a);
    Type *os = exc_builtin(rt, "OSError");
    if (a.myerrno && IS_INT(a.myerrno) && t == os) {
      int64_t code;
      if (int_as_i64(a.myerrno, &code) == 0 && code >= INT32_MIN && code <= INT32_MAX) {
        const char *cls = errno_class(errno_platform(platform_names[rt->platform]), (int)code);
        Type *sub = cls ? exc_builtin(rt, cls) : NULL;
        if (sub) t = sub;
      }
    }
  }
  OSErrorObj *e = (OSErrorObj *)type_generic_alloc(rt, t);
  if (!e) return NULL;
  e->written = -1;
  if (!use_init(t)) {
    if (fill(rt, (Obj *)e, args, &a) < 0) { decref((Obj *)e); return NULL; }
  } else {
    e->base.args = incref(tuple_empty());
  }
  return (Obj *)e;
}

int oserror_init(Rt *rt, Obj *self, Obj *args, Obj *kwargs) {
  if (!use_init(self->type)) return 0;
  if (exc_no_kw(rt, self->type->name, kwargs) < 0) return -1;
  OSArgs a;
  parse_args(args, &a);
  return fill(rt, self, args, &a);
}

Obj *oserror_str(Rt *rt, Obj *self) {
  OSErrorObj *e = (OSErrorObj *)self;
  Obj *en = e->myerrno ? e->myerrno : None, *se = e->strerror ? e->strerror : None;
  if (e->filename) {
    if (e->filename2) return str_fromf(rt, "[Errno %S] %S: %R -> %R", en, se, e->filename, e->filename2);
    return str_fromf(rt, "[Errno %S] %S: %R", en, se, e->filename);
  }
  if (e->myerrno && e->strerror) return str_fromf(rt, "[Errno %S] %S", e->myerrno, e->strerror);
  return exc_base_str(rt, self);
}

static Obj *get_written(Rt *rt, Obj *self) {
  OSErrorObj *e = (OSErrorObj *)self;
  if (e->written == -1) return err_str(rt, EXC(AttributeError), "characters_written");
  return int_from_i64(rt, e->written);
}

static int set_written(Rt *rt, Obj *self, Obj *v) {
  OSErrorObj *e = (OSErrorObj *)self;
  if (!v) {
    if (e->written == -1) return err_format_i(rt, EXC(AttributeError), "characters_written");
    e->written = -1;
    return 0;
  }
  return exc_as_ssize(rt, v, &e->written, EXC(ValueError), "cannot fit 'int' into an index-sized integer");
}

#define M(name, field) {name, MEMBER_OBJ, offsetof(OSErrorObj, field)}
const MemberDef oserror_members[] = {
  M("errno", myerrno), M("strerror", strerror), M("filename", filename), M("filename2", filename2), {NULL, 0, 0}
};
#undef M

const GetSetDef oserror_getsets[] = {
  {"characters_written", get_written, set_written},
  {NULL, NULL, NULL}
};
