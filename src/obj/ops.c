/* ops.c: the generic protocols, dispatching on type slots. */
#include "obj/ops.h"
#include "obj/err.h"
#include "obj/type.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "base/mem.h"
#include "base/utf8.h"

/* Messages that changed between versions. */
static const char *const nodict_suffix[PY_NVERSIONS] = {
  "", "", " and no __dict__ for setting new attributes", " and no __dict__ for setting new attributes",
};

/* ---- text ------------------------------------------------------------------- */

static Obj *check_text(Rt *rt, Obj *r, const char *what) {
  if (r && !IS_STR(r)) {
    err_format(rt, EXC(TypeError), "%s returned non-string (type %s)", what, type_name(r));
    decref(r);
    return NULL;
  }
  return r;
}

Obj *obj_repr(Rt *rt, Obj *o) {
  if (rt_enter(rt, " while getting the repr of an object") < 0) return NULL;
  Obj *r = check_text(rt, o->type->repr(rt, o), "__repr__");
  rt_leave(rt);
  return r;
}

int obj_repr_to(Rt *rt, StrBuf *b, Obj *o) {
  if (rt_enter(rt, " while getting the repr of an object") < 0) return -1;
  int r;
  if (o->type->repr_to) {
    r = o->type->repr_to(rt, b, o);
  } else {
    Obj *s = check_text(rt, o->type->repr(rt, o), "__repr__");
    if (s) sb_add(b, str_c(s), str_len(s));
    r = s ? 0 : -1;
    xdecref(s);
  }
  rt_leave(rt);
  return r;
}

Obj *obj_str(Rt *rt, Obj *o) {
  if (is_type(o, &StrType)) return incref(o);
  if (rt_enter(rt, " while getting the str of an object") < 0) return NULL;
  Obj *r = check_text(rt, o->type->str(rt, o), "__str__");
  rt_leave(rt);
  return r;
}

Obj *obj_ascii(Rt *rt, Obj *o) {
  Obj *r = obj_repr(rt, o);
  if (!r || AS_STR(r)->ascii) return r;
  StrBuf b = SB_INIT;
  Str *s = AS_STR(r);
  for (size_t i = 0; i < s->len;) {
    size_t adv;
    uint32_t c = utf8_decode(s->s + i, s->len - i, &adv);
    i += adv;
    if (c < 0x80) sb_addc(&b, (char)c);
    else if (c < 0x100) sb_addf(&b, "\\x%02x", c);
    else if (c < 0x10000) sb_addf(&b, "\\u%04x", c);
    else sb_addf(&b, "\\U%08x", c);
  }
  decref(r);
  return str_from_buf(rt, &b);
}

/* ---- hashing and truth ---------------------------------------------------------- */

int64_t obj_hash(Rt *rt, Obj *o) {
  if (!o->type->hash) {
    err_format(rt, EXC(TypeError), "unhashable type: '%s'", type_name(o));
    return -1;
  }
  return o->type->hash(rt, o);
}

int obj_truth(Rt *rt, Obj *o) {
  if (o == Py_True) return 1;
  if (o == Py_False || o == None) return 0;
  if (o->type->num && o->type->num->to_bool) return o->type->num->to_bool(rt, o);
  if (o->type->len) {
    int64_t n = o->type->len(rt, o);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

/* ---- comparison ------------------------------------------------------------------ */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

Obj *obj_richcmp(Rt *rt, Obj *a, Obj *b, int op) {
  if (rt_enter(rt, " in comparison") < 0) return NULL;
  Obj *r;
  int tried_b = 0;
  Type *ta = a->type, *tb = b->type;
  if (ta != tb && type_is_subtype(tb, ta) && tb->richcmp) {
    tried_b = 1;
    r = tb->richcmp(rt, b, a, swapped_op[op]);
    if (r != NotImpl) goto done;
    decref(r);
  }
  if (ta->richcmp) {
    r = ta->richcmp(rt, a, b, op);
    if (r != NotImpl) goto done;
    decref(r);
  }
  if (!tried_b && tb->richcmp) {
    r = tb->richcmp(rt, b, a, swapped_op[op]);
    if (r != NotImpl) goto done;
    decref(r);
  }
  if (op == CMP_EQ) r = incref(bool_obj(a == b));
  else if (op == CMP_NE) r = incref(bool_obj(a != b));
  else
    r = err_format(rt, EXC(TypeError), "'%s' not supported between instances of '%s' and '%s'", cmp_symbol[op],
                   ta->name, tb->name);
done:
  rt_leave(rt);
  return r;
}

int obj_richcmp_bool(Rt *rt, Obj *a, Obj *b, int op) {
  if (a == b) {
    if (op == CMP_EQ) return 1;
    if (op == CMP_NE) return 0;
  }
  Obj *r = obj_richcmp(rt, a, b, op);
  if (!r) return -1;
  int t = r == Py_True ? 1 : r == Py_False ? 0 : obj_truth(rt, r);
  decref(r);
  return t;
}

/* ---- attributes ------------------------------------------------------------------- */

Obj **obj_dict_slot(Obj *o) {
  size_t off = o->type->dictoffset;
  if (off == DICT_AFTER_ITEMS) {   /* after the items of a str or tuple subclass instance */
    off = is_inst(o, &TupleType) ? sizeof(Tuple) + tuple_len(o) * sizeof(Obj *) : sizeof(Str) + str_len(o) + 1;
    off = (off + sizeof(Obj *) - 1) & ~(sizeof(Obj *) - 1);
  }
  return off ? (Obj **)((char *)o + off) : NULL;
}

static Obj *no_attribute(Rt *rt, Obj *o, Obj *name, const char *suffix) {
  err_format(rt, EXC(AttributeError), "'%s' object has no attribute '%U'%s", type_name(o), name, suffix);
  /* name and obj let the traceback suggest "Did you mean ...?" */
  if (rt->exc && is_inst(rt->exc, EXC(AttributeError))) {
    Obj *e = rt->exc;
    Obj *saved = err_fetch(rt);
    if (obj_setattr_s(rt, e, "name", name) < 0 || obj_setattr_s(rt, e, "obj", o) < 0) err_clear(rt);
    err_restore(rt, saved);
  }
  return NULL;
}

Obj *obj_generic_getattr(Rt *rt, Obj *o, Obj *name) {
  Type *t = o->type;
  Obj *descr = type_lookup(t, name);
  if (descr && descr->type->descr_get && descr->type->descr_set)
    return descr->type->descr_get(rt, descr, o, t);
  Obj **dp = obj_dict_slot(o);
  if (dp && *dp) {
    Obj *v = dict_get(rt, *dp, name);
    if (v) return incref(v);
    if (err_occurred(rt)) return NULL;
  }
  if (descr) {
    if (descr->type->descr_get) return descr->type->descr_get(rt, descr, o, t);
    return incref(descr);
  }
  return no_attribute(rt, o, name, "");
}

int obj_generic_setattr(Rt *rt, Obj *o, Obj *name, Obj *value) {
  Type *t = o->type;
  Obj *descr = type_lookup(t, name);
  if (descr && descr->type->descr_set) return descr->type->descr_set(rt, descr, o, value);
  Obj **dp = obj_dict_slot(o);
  if (!dp) {
    if (descr || !value) no_attribute(rt, o, name, "");
    else no_attribute(rt, o, name, nodict_suffix[rt->pyv]);
    return -1;
  }
  if (!value) {
    if (!*dp || !dict_get(rt, *dp, name)) {
      if (!err_occurred(rt)) no_attribute(rt, o, name, "");
      return -1;
    }
    return dict_del(rt, *dp, name);
  }
  if (!*dp && !(*dp = dict_new(rt))) return -1;
  return dict_set(rt, *dp, name, value);
}

Obj *obj_getattr(Rt *rt, Obj *o, Obj *name) {
  if (!IS_STR(name))
    return err_format(rt, EXC(TypeError), "attribute name must be string, not '%s'", type_name(name));
  return o->type->getattr(rt, o, name);
}

Obj *obj_getattr_s(Rt *rt, Obj *o, const char *name) { return obj_getattr(rt, o, str_static(name)); }

Obj *obj_lookup_attr(Rt *rt, Obj *o, Obj *name) {
  Obj *r = obj_getattr(rt, o, name);
  if (!r && err_matches(rt, EXC(AttributeError))) err_clear(rt);
  return r;
}

int obj_setattr(Rt *rt, Obj *o, Obj *name, Obj *value) {
  if (!IS_STR(name))
    return err_format_i(rt, EXC(TypeError), "attribute name must be string, not '%s'", type_name(name));
  if (!o->type->setattr) {
    if (value) no_attribute(rt, o, name, nodict_suffix[rt->pyv]);
    else no_attribute(rt, o, name, "");
    return -1;
  }
  return o->type->setattr(rt, o, name, value);
}

int obj_setattr_s(Rt *rt, Obj *o, const char *name, Obj *value) {
  return obj_setattr(rt, o, str_static(name), value);
}

/* ---- calls ------------------------------------------------------------------------ */

int obj_callable(Obj *o) { return o->type->call != NULL; }

Obj *obj_call(Rt *rt, Obj *f, Obj *const *argv, size_t argc, Obj *kwnames) {
  if (!f->type->call) return err_format(rt, EXC(TypeError), "'%s' object is not callable", type_name(f));
  if (kwnames && tuple_len(kwnames) == 0) kwnames = NULL;
  return f->type->call(rt, f, argv, argc, kwnames);
}

Obj *obj_call0(Rt *rt, Obj *f) { return obj_call(rt, f, NULL, 0, NULL); }
Obj *obj_call1(Rt *rt, Obj *f, Obj *a) { return obj_call(rt, f, &a, 1, NULL); }
Obj *obj_call2(Rt *rt, Obj *f, Obj *a, Obj *b) {
  Obj *argv[2] = {a, b};
  return obj_call(rt, f, argv, 2, NULL);
}

Obj *obj_call_tuple(Rt *rt, Obj *f, Obj *args, Obj *kwargs) {
  size_t n = tuple_len(args), nk = kwargs ? dict_len(kwargs) : 0;
  Obj **argv = mem_alloc((n + nk + 1) * sizeof(Obj *));
  if (!argv) return err_nomem(rt);
  for (size_t i = 0; i < n; i++) argv[i] = tuple_get(args, i);
  Obj *kwnames = NULL;
  if (nk) {
    kwnames = tuple_new(rt, nk);
    if (!kwnames) { mem_free(argv); return NULL; }
    size_t pos = 0, i = 0;
    Obj *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      AS_TUPLE(kwnames)->items[i] = incref(k);
      argv[n + i++] = v;
    }
  }
  Obj *r = obj_call(rt, f, argv, n, kwnames);
  xdecref(kwnames);
  mem_free(argv);
  return r;
}

Obj *obj_call_method(Rt *rt, Obj *o, const char *name, Obj *const *argv, size_t argc) {
  Obj *m = obj_getattr_s(rt, o, name);
  if (!m) return NULL;
  Obj *r = obj_call(rt, m, argv, argc, NULL);
  decref(m);
  return r;
}

/* ---- iteration and items ------------------------------------------------------------ */

Obj *obj_iter(Rt *rt, Obj *o) {
  if (o->type->iter) return o->type->iter(rt, o);
  if (o->type->getitem && !is_inst(o, &DictType)) return seqiter_new(rt, &TupleIterType, o);
  return err_format(rt, EXC(TypeError), "'%s' object is not iterable", type_name(o));
}

/* Like PyIter_Next: exhaustion, including a StopIteration raised by the
 * iterator, is NULL with no error. */
Obj *obj_next(Rt *rt, Obj *it) {
  if (!it->type->next) return err_format(rt, EXC(TypeError), "'%s' object is not an iterator", type_name(it));
  if (rt_tick(rt) < 0) return NULL;
  Obj *r = it->type->next(rt, it);
  if (!r && err_matches(rt, EXC(StopIteration))) err_clear(rt);
  return r;
}

int64_t obj_len(Rt *rt, Obj *o) {
  if (!o->type->len) {
    err_format(rt, EXC(TypeError), "object of type '%s' has no len()", type_name(o));
    return -1;
  }
  return o->type->len(rt, o);
}

Obj *generic_alias_new(Rt *rt, Obj *origin, Obj *args);   /* generic_alias.c */

Obj *obj_getitem(Rt *rt, Obj *o, Obj *key) {
  if (!o->type->getitem) {
    if (IS_TYPE(o)) {
      /* list[int]: the class's __class_getitem__; type[int] is special */
      if (o == (Obj *)&TypeType) return generic_alias_new(rt, o, key);
      Obj *m = obj_lookup_attr(rt, o, str_static("__class_getitem__"));
      if (m && m != None) {
        Obj *r = obj_call1(rt, m, key);
        decref(m);
        return r;
      }
      xdecref(m);
      if (err_occurred(rt)) return NULL;
      return err_format(rt, EXC(TypeError), "type '%s' is not subscriptable", AS_TYPE(o)->name);
    }
    return err_format(rt, EXC(TypeError), "'%s' object is not subscriptable", type_name(o));
  }
  return o->type->getitem(rt, o, key);
}

int obj_setitem(Rt *rt, Obj *o, Obj *key, Obj *value) {
  if (!o->type->setitem)
    return err_format_i(rt, EXC(TypeError), "'%s' object does not support item assignment", type_name(o));
  return o->type->setitem(rt, o, key, value);
}

int obj_delitem(Rt *rt, Obj *o, Obj *key) {
  if (!o->type->setitem)
    return err_format_i(rt, EXC(TypeError), "'%s' object doesn't support item deletion", type_name(o));
  return o->type->setitem(rt, o, key, NULL);
}

int obj_contains(Rt *rt, Obj *container, Obj *item) {
  if (container->type->contains) return container->type->contains(rt, container, item);
  Obj *it = obj_iter(rt, container);
  if (!it) {
    if (err_matches(rt, EXC(TypeError))) {
      err_clear(rt);
      return err_format_i(rt, EXC(TypeError), "argument of type '%s' is not iterable", type_name(container));
    }
    return -1;
  }
  int found = 0;
  Obj *x;
  while (!found && (x = obj_next(rt, it))) {
    found = obj_eq(rt, x, item);
    decref(x);
    if (found < 0) break;
  }
  decref(it);
  if (found >= 0 && err_occurred(rt)) return -1;
  return found;
}

Obj *obj_to_list(Rt *rt, Obj *iterable) {
  if (is_type(iterable, &TupleType) || is_type(iterable, &ListType)) {
    size_t n = is_type(iterable, &TupleType) ? tuple_len(iterable) : list_len(iterable);
    Obj *const *items = is_type(iterable, &TupleType) ? AS_TUPLE(iterable)->items : AS_LIST(iterable)->items;
    return list_from(rt, items, n);
  }
  Obj *l = list_new(rt, 0);
  if (!l) return NULL;
  Obj *it = obj_iter(rt, iterable), *x;
  if (!it) { decref(l); return NULL; }
  while ((x = obj_next(rt, it))) {
    int r = list_append(rt, l, x);
    decref(x);
    if (r < 0) break;
  }
  decref(it);
  if (err_occurred(rt)) { decref(l); return NULL; }
  return l;
}

Obj *obj_to_tuple(Rt *rt, Obj *iterable) {
  if (is_type(iterable, &TupleType)) return incref(iterable);
  if (is_type(iterable, &ListType)) return tuple_from(rt, AS_LIST(iterable)->items, list_len(iterable));
  Obj *l = obj_to_list(rt, iterable);
  if (!l) return NULL;
  Obj *t = tuple_from(rt, AS_LIST(l)->items, list_len(l));
  decref(l);
  return t;
}

/* ---- numbers ------------------------------------------------------------------------- */

const char *const binop_symbol[OP_NBINOPS] = {"+", "-", "*", "/", "//", "%", "** or pow()",
                                              "<<", ">>", "&", "|", "^", "@"};

static BinaryFn num_slot(const Type *t, int op) {
  const NumSlots *n = t->num;
  if (!n) return NULL;
  switch (op) {
  case OP_ADD: return n->add;
  case OP_SUB: return n->sub;
  case OP_MUL: return n->mul;
  case OP_TRUEDIV: return n->truediv;
  case OP_FLOORDIV: return n->floordiv;
  case OP_MOD: return n->mod;
  case OP_LSHIFT: return n->lshift;
  case OP_RSHIFT: return n->rshift;
  case OP_AND: return n->and_;
  case OP_OR: return n->or_;
  case OP_XOR: return n->xor_;
  case OP_MATMUL: return n->matmul;
  default: return NULL;
  }
}

static Obj *pow2(Rt *rt, Obj *a, Obj *b) {
  Obj *(*p)(Rt *, Obj *, Obj *, Obj *) = a->type->num ? a->type->num->pow : NULL;
  Obj *(*q)(Rt *, Obj *, Obj *, Obj *) = b->type->num ? b->type->num->pow : NULL;
  if (q == p) q = NULL;
  if (p && q && type_is_subtype(b->type, a->type)) {
    Obj *r = q(rt, a, b, None);
    if (r != NotImpl) return r;
    decref(r);
    q = NULL;
  }
  if (p) {
    Obj *r = p(rt, a, b, None);
    if (r != NotImpl) return r;
    decref(r);
  }
  if (q) return q(rt, a, b, None);
  return incref(NotImpl);
}

/* CPython's binary_op1: the right operand's slot goes first when its type
 * is a subclass of the left's. Slots take (a, b) in source order. */
static Obj *binop1(Rt *rt, Obj *a, Obj *b, int op) {
  if (op == OP_POW) return pow2(rt, a, b);
  BinaryFn sa = num_slot(a->type, op), sb = num_slot(b->type, op);
  if (sb == sa) sb = NULL;
  if (sa && sb && type_is_subtype(b->type, a->type)) {
    Obj *r = sb(rt, a, b);
    if (r != NotImpl) return r;
    decref(r);
    sb = NULL;
  }
  if (sa) {
    Obj *r = sa(rt, a, b);
    if (r != NotImpl) return r;
    decref(r);
  }
  if (sb) return sb(rt, a, b);
  return incref(NotImpl);
}

static Obj *repeat_by(Rt *rt, Obj *seq, Obj *n) {
  if (!n->type->num || !n->type->num->index)
    return err_format(rt, EXC(TypeError), "can't multiply sequence by non-int of type '%s'", type_name(n));
  int64_t k;
  if (num_as_ssize(rt, n, &k, NULL) < 0) return NULL;
  return seq->type->repeat(rt, seq, k);
}

Obj *num_binop(Rt *rt, Obj *a, Obj *b, int op) {
  Obj *r = binop1(rt, a, b, op);
  if (r != NotImpl) return r;
  decref(r);
  if (op == OP_ADD && a->type->concat) return a->type->concat(rt, a, b);
  if (op == OP_MUL) {
    if (a->type->repeat) return repeat_by(rt, a, b);
    if (b->type->repeat) return repeat_by(rt, b, a);
  }
  if (op == OP_POW)
    return err_format(rt, EXC(TypeError), "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                      type_name(a), type_name(b));
  return err_format(rt, EXC(TypeError), "unsupported operand type(s) for %s: '%s' and '%s'", binop_symbol[op],
                    type_name(a), type_name(b));
}

/* The in-place methods (list.__iadd__, set.__ior__, a class's __iadd__):
 * CPython's nb_inplace_* slots. NotImplemented falls back to the binary
 * operator. */
static const char *const inplace_names[OP_NBINOPS] = {
  "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
  "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__",
};

Obj *num_inplace(Rt *rt, Obj *a, Obj *b, int op) {
  Obj *m = type_lookup_s(a->type, inplace_names[op]);
  if (m) {
    Obj *f = m->type->descr_get ? m->type->descr_get(rt, m, a, a->type) : incref(m);
    if (!f) return NULL;
    Obj *r = obj_call(rt, f, &b, 1, NULL);
    decref(f);
    if (r != NotImpl) return r;
    decref(r);
  }
  Obj *r = binop1(rt, a, b, op);
  if (r != NotImpl) return r;
  decref(r);
  if (op == OP_ADD && a->type->concat) return a->type->concat(rt, a, b);
  if (op == OP_MUL && a->type->repeat) return repeat_by(rt, a, b);
  if (op == OP_MUL && b->type->repeat) return repeat_by(rt, b, a);
  const char *sym = binop_symbol[op];
  if (op == OP_POW) sym = "**";
  return err_format(rt, EXC(TypeError), "unsupported operand type(s) for %s=: '%s' and '%s'", sym, type_name(a),
                    type_name(b));
}

static Obj *unary(Rt *rt, Obj *a, UnaryFn f, const char *sym) {
  if (!f) return err_format(rt, EXC(TypeError), "bad operand type for %s: '%s'", sym, type_name(a));
  return f(rt, a);
}

Obj *num_neg(Rt *rt, Obj *a) { return unary(rt, a, a->type->num ? a->type->num->neg : NULL, "unary -"); }
Obj *num_pos(Rt *rt, Obj *a) { return unary(rt, a, a->type->num ? a->type->num->pos : NULL, "unary +"); }
Obj *num_invert(Rt *rt, Obj *a) { return unary(rt, a, a->type->num ? a->type->num->invert : NULL, "unary ~"); }
Obj *num_abs(Rt *rt, Obj *a) { return unary(rt, a, a->type->num ? a->type->num->abs : NULL, "abs()"); }

Obj *num_index(Rt *rt, Obj *a) {
  if (IS_INT(a)) return incref(a);
  if (!a->type->num || !a->type->num->index)
    return err_format(rt, EXC(TypeError), "'%s' object cannot be interpreted as an integer", type_name(a));
  return a->type->num->index(rt, a);
}

int num_as_i64(Rt *rt, Obj *o, int64_t *out) {
  Obj *i = num_index(rt, o);
  if (!i) return -1;
  int r = int_as_i64(i, out);
  decref(i);
  if (r < 0) {
    err_format(rt, EXC(OverflowError), "cannot fit '%s' into an index-sized integer", type_name(o));
    return -1;
  }
  return 0;
}

/* Py_ssize_t is as wide as Py_hash_t: 32 bits on the wasm platforms, where
 * 'x' * 10**10 is OverflowError before any memory is asked for. */
static int as_ssize(Rt *rt, Obj *o, int64_t *out, Type *exc) {
  Obj *i = num_index(rt, o);
  if (!i) return -1;
  int r = int_as_i64(i, out);
  decref(i);
  if (r < 0 || (rt->hash_bits == 32 && (*out < INT32_MIN || *out > INT32_MAX))) {
    err_format(rt, exc, "cannot fit '%s' into an index-sized integer", type_name(o));
    return -1;
  }
  return 0;
}

int num_as_ssize(Rt *rt, Obj *o, int64_t *out, const char *what) {
  (void)what;
  return as_ssize(rt, o, out, EXC(OverflowError));
}

int num_as_subscript(Rt *rt, Obj *o, int64_t *out) { return as_ssize(rt, o, out, EXC(IndexError)); }
