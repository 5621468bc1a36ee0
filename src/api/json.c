/* json.c: pyexc_exception_json, an exception and everything it leads to
 * (sub-exceptions, cause, context, exceptions held in args, attributes and
 * notes) as JSON text, for pages that draw exception trees.
 *
 * The graph is flattened: "nodes" lists every exception reached once, node 0
 * being the one asked for, in breadth-first order. Where a node mentions an
 * exception it writes {"node": i} at the one place that makes the graph a
 * tree (the place the breadth-first walk reached it first, preferring a
 * group's exceptions, then __cause__, then __context__, then values) and
 * {"ref": i} everywhere else, so cycles and shared exceptions are marked, not
 * followed. The walk uses a queue and a hash table: time and memory are
 * linear in the size of the graph (plus what str()/repr() cost), and no C
 * recursion grows with it (values nest at most MAX_VALUE_DEPTH deep).
 *
 * Nothing here raises for a broken exception: a failing str()/repr() gives a
 * placeholder text and a failing attribute is left out, as traceback printing
 * does. Only MemoryError stops the walk. */
#include "api/pyexc.h"
#include "obj/object.h"
#include "obj/runtime.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/type.h"
#include "exc/exc.h"
#include "trace/render.h"
#include "trace/frame.h"
#include "base/strbuf.h"
#include "base/numfmt.h"
#include "base/utf8.h"
#include "base/mem.h"

enum { MAX_VALUE_DEPTH = 32 };
enum { SLOT_VALUE = -1, SLOT_CAUSE = 0, SLOT_CONTEXT = 1, SLOT_EXCS = 2 };

/* An object seen by the walk: an exception (id >= 0, with the place that
 * owns its full node: parent node and slot) or a list/tuple already written
 * out as an array (id < 0). The table holds a reference to each key. */
typedef struct Ent {
  Obj *key;
  int id, parent, slot;
} Ent;

typedef struct J {
  Rt *rt;
  StrBuf b;
  Ent *tab;
  size_t cap, used;     /* cap: a power of two, at most half full */
  Obj **nodes;          /* by id (borrowed from the table) */
  size_t n, ncap;
  int cur;              /* the node being written */
} J;

static size_t hash_ptr(const Obj *o) {
  uint64_t h = (uint64_t)(uintptr_t)o;
  h ^= h >> 17;
  h *= 0x9E3779B97F4A7C15ull;
  return (size_t)(h ^ (h >> 29));
}

static Ent *slot_of(Ent *tab, size_t cap, const Obj *o) {
  size_t i = hash_ptr(o) & (cap - 1);
  while (tab[i].key && tab[i].key != o) i = (i + 1) & (cap - 1);
  return &tab[i];
}

static Ent *lookup(J *j, const Obj *o) {
  Ent *e = slot_of(j->tab, j->cap, o);
  return e->key ? e : NULL;
}

/* Adds o (a reference is taken); NULL + MemoryError when memory runs out. */
static Ent *add(J *j, Obj *o, int id, int parent, int slot) {
  if ((j->used + 1) * 2 > j->cap) {
    size_t cap = j->cap * 2;
    Ent *t = mem_calloc(cap, sizeof(Ent));
    if (!t) return (Ent *)err_nomem(j->rt);
    for (size_t i = 0; i < j->cap; i++)
      if (j->tab[i].key) *slot_of(t, cap, j->tab[i].key) = j->tab[i];
    mem_free(j->tab);
    j->tab = t;
    j->cap = cap;
  }
  if (id >= 0 && j->n == j->ncap) {
    size_t ncap = j->ncap * 2;
    Obj **nodes = mem_realloc(j->nodes, ncap * sizeof(Obj *));
    if (!nodes) return (Ent *)err_nomem(j->rt);
    j->nodes = nodes;
    j->ncap = ncap;
  }
  Ent *e = slot_of(j->tab, j->cap, o);
  *e = (Ent){incref(o), id, parent, slot};
  j->used++;
  if (id >= 0) j->nodes[j->n++] = o;
  return e;
}

/* The entry of exception o, added (owned by the current node's slot) if new. */
static Ent *discover(J *j, Obj *o, int slot) {
  Ent *e = lookup(j, o);
  return e ? e : add(j, o, (int)j->n, j->cur, slot);
}

/* A failed str()/repr()/getattr: 0 after clearing it, -1 for MemoryError
 * (left pending: the walk stops). */
static int soft(J *j) {
  if (err_matches(j->rt, EXC(MemoryError))) return -1;
  err_clear(j->rt);
  return 0;
}

/* ---- text ------------------------------------------------------------------------------- */

/* A JSON string from generalized UTF-8: surrogate code points (which the
 * core keeps as 3-byte sequences) become \uXXXX escapes, so the output is
 * valid UTF-8 and JSON.parse gives the same JS string back. */
static void put_json_text(StrBuf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  sb_addc(b, '"');
  size_t run = 0;   /* start of the pending bytes copied as they are */
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) { i++; continue; }
    if (c >= 0x80) {
      if (c == 0xED && i + 2 < n && (unsigned char)s[i + 1] >= 0xA0) {
        uint32_t cp = ((uint32_t)(c & 15) << 12) | ((uint32_t)(s[i + 1] & 63) << 6) | (uint32_t)(s[i + 2] & 63);
        sb_add(b, s + run, i - run);
        char e[6] = {'\\', 'u', hex[cp >> 12], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15], hex[cp & 15]};
        sb_add(b, e, 6);
        i += 3;
        run = i;
        continue;
      }
      i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      continue;
    }
    sb_add(b, s + run, i - run);
    switch (c) {
    case '"': sb_add(b, "\\\"", 2); break;
    case '\\': sb_add(b, "\\\\", 2); break;
    case '\n': sb_add(b, "\\n", 2); break;
    case '\r': sb_add(b, "\\r", 2); break;
    case '\t': sb_add(b, "\\t", 2); break;
    default: {
      char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      sb_add(b, e, 6);
    }
    }
    i++;
    run = i;
  }
  if (run < n) sb_add(b, s + run, n - run);
  sb_addc(b, '"');
}

static void put_cstr(StrBuf *b, const char *s) { put_json_text(b, s, strlen(s)); }

/* A decimal integer (sb_addf is slow for the many small ones). */
static void put_int(StrBuf *b, long long v) {
  char t[24];
  int i = sizeof t;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do t[--i] = (char)('0' + u % 10); while (u /= 10);
  if (v < 0) t[--i] = '-';
  sb_add(b, t + i, sizeof t - (size_t)i);
}

/* ,"key": (key plain ASCII) */
static void put_key(StrBuf *b, const char *key) {
  sb_add(b, ",\"", 2);
  sb_adds(b, key);
  sb_add(b, "\":", 2);
}
static void put_str(StrBuf *b, Obj *s) { put_json_text(b, str_c(s), str_len(s)); }

/* str(o) or repr(o) as a JSON string; `failed` when it raises. */
static int put_text_of(J *j, Obj *o, int use_repr, const char *failed) {
  Obj *s = use_repr ? obj_repr(j->rt, o) : obj_str(j->rt, o);
  if (!s) {
    if (soft(j) < 0) return -1;
    put_cstr(&j->b, failed);
    return 0;
  }
  put_str(&j->b, s);
  decref(s);
  return 0;
}

/* A placeholder for a value JSON has no form for: {"type": ..., "repr": ...}. */
static int put_opaque(J *j, Obj *v) {
  sb_adds(&j->b, "{\"type\":");
  put_cstr(&j->b, type_name(v));
  sb_adds(&j->b, ",\"repr\":");
  if (put_text_of(j, v, 1, "<repr() failed>") < 0) return -1;
  sb_addc(&j->b, '}');
  return 0;
}

/* ---- values ------------------------------------------------------------------------------ */

static void put_exc_ref(J *j, Ent *e, int owned) {
  sb_adds(&j->b, owned ? "{\"node\":" : "{\"ref\":");
  put_int(&j->b, e->id);
  sb_addc(&j->b, '}');
}

static int put_value(J *j, Obj *v, int depth);

/* The items of a list or tuple as a JSON array. */
static int put_items(J *j, Obj *seq, int depth) {
  sb_addc(&j->b, '[');
  for (size_t i = 0;; i++) {
    /* A list may change under user code (a repr): re-read its length. */
    size_t n = IS_TUPLE(seq) ? tuple_len(seq) : list_len(seq);
    if (i >= n) break;
    Obj *item = incref(IS_TUPLE(seq) ? tuple_get(seq, i) : list_get(seq, i));
    if (i) sb_addc(&j->b, ',');
    int r = put_value(j, item, depth + 1);
    decref(item);
    if (r < 0) return -1;
  }
  sb_addc(&j->b, ']');
  return 0;
}

static int put_value(J *j, Obj *v, int depth) {
  StrBuf *b = &j->b;
  if (v == None) { sb_adds(b, "null"); return 0; }
  if (is_inst(v, &BoolType)) { sb_adds(b, v == Py_True ? "true" : "false"); return 0; }
  if (is_exc(v)) {
    Ent *e = lookup(j, v);
    int owned = 0;
    if (!e) {
      if (!(e = add(j, v, (int)j->n, j->cur, SLOT_VALUE))) return -1;
      owned = 1;
    }
    put_exc_ref(j, e, owned);
    return 0;
  }
  if (is_type(v, &IntType)) {
    int64_t x;
    if (int_as_i64(v, &x) == 0 && x <= 9007199254740991LL && x >= -9007199254740991LL) {
      put_int(b, (long long)x);
      return 0;
    }
    return put_opaque(j, v);
  }
  if (is_type(v, &FloatType)) {
    double d = float_value(v);
    if (d - d != 0) return put_opaque(j, v);     /* inf, nan */
    nf_float_repr(b, d);
    return 0;
  }
  if (is_type(v, &StrType)) { put_str(b, v); return 0; }
  if ((is_type(v, &ListType) || is_type(v, &TupleType)) && depth < MAX_VALUE_DEPTH && !lookup(j, v)) {
    if (!add(j, v, -1, j->cur, SLOT_VALUE)) return -1;
    return put_items(j, v, depth);
  }
  return put_opaque(j, v);
}

/* ---- one node ------------------------------------------------------------------------------ */

/* {"node": i} where this slot of the current node owns the exception, else {"ref": i}. */
static int put_slot(J *j, Obj *o, int slot) {
  if (!o) { sb_adds(&j->b, "null"); return 0; }
  Ent *e = lookup(j, o);
  if (!e && !(e = add(j, o, (int)j->n, j->cur, slot))) return -1;   /* changed by user code meanwhile */
  put_exc_ref(j, e, e->parent == j->cur && e->slot == slot);
  return 0;
}

static int seen_name(const char **names, size_t n, const char *s) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(names[i], s) == 0) return 1;
  return 0;
}

enum { MAX_ATTRS = 64 };

/* "name": value for one attribute, unless getattr fails (then nothing). */
static int put_attr(J *j, Obj *o, const char *name, const char **names, size_t *nnames) {
  if (*nnames >= MAX_ATTRS || seen_name(names, *nnames, name)) return 0;
  Obj *key = str_static(name);
  if (!key) { err_nomem(j->rt); return -1; }
  Obj *v = obj_getattr(j->rt, o, key);
  if (!v) return soft(j);
  if (*nnames) sb_addc(&j->b, ',');
  names[(*nnames)++] = name;
  put_cstr(&j->b, name);
  sb_addc(&j->b, ':');
  int r = put_value(j, v, 1);
  decref(v);
  return r;
}

/* The data attributes of the exception's classes (members and getsets of
 * every class in its MRO below BaseException; private names, __dict__ and
 * a group's `exceptions` left out), then its own __dict__ (but __notes__). */
static int put_attributes(J *j, Obj *o) {
  const char *names[MAX_ATTRS];
  size_t n = 0;
  sb_addc(&j->b, '{');
  Obj *mro = o->type->mro;
  size_t nm = mro ? tuple_len(mro) : 0;
  for (size_t k = 0; k < nm; k++) {
    Type *t = AS_TYPE(tuple_get(mro, k));
    if (t == EXC(BaseException) || t == &ObjectType) continue;
    for (const MemberDef *m = t->members; m && m->name; m++) {
      if (m->name[0] == '_' || (strcmp(m->name, "exceptions") == 0 && exc_is_group(o))) continue;
      if (put_attr(j, o, m->name, names, &n) < 0) return -1;
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
      if (g->name[0] == '_') continue;
      if (put_attr(j, o, g->name, names, &n) < 0) return -1;
    }
  }
  Obj *d = AS_EXC(o)->dict;
  if (d && dict_len(d)) {
    /* A snapshot: writing values may run code that changes the dict. */
    size_t cnt = dict_len(d), pos = 0, i = 0;
    Obj **kv = mem_alloc(2 * cnt * sizeof(Obj *));
    if (!kv) { err_nomem(j->rt); return -1; }
    Obj *k, *v;
    while (i < cnt && dict_next(d, &pos, &k, &v)) {
      kv[2 * i] = incref(k);
      kv[2 * i + 1] = incref(v);
      i++;
    }
    int r = 0;
    for (size_t x = 0; x < i; x++) {
      k = kv[2 * x];
      if (r == 0 && IS_STR(k) && !str_eq_c(k, "__notes__") && !(n < MAX_ATTRS && seen_name(names, n, str_c(k)))) {
        if (n) sb_addc(&j->b, ',');
        if (n < MAX_ATTRS) names[n] = str_c(k);
        n++;
        put_str(&j->b, k);
        sb_addc(&j->b, ':');
        r = put_value(j, kv[2 * x + 1], 1);
      }
    }
    for (size_t x = 0; x < 2 * i; x++) decref(kv[x]);
    mem_free(kv);
    if (r < 0) return -1;
  }
  sb_addc(&j->b, '}');
  return 0;
}

/* e.__notes__, NULL without an error when it has none. Without a class
 * attribute of that name or a custom getattr, only the instance __dict__
 * can hold it: looked up there, which skips making an AttributeError. */
static Obj *notes_of(J *j, Obj *o) {
  if (o->type->getattr == obj_generic_getattr && !type_lookup_s(o->type, "__notes__")) {
    Obj *d = AS_EXC(o)->dict;
    Obj *v = d ? dict_get_s(j->rt, d, "__notes__") : NULL;
    return v ? incref(v) : NULL;
  }
  return obj_lookup_attr(j->rt, o, str_static("__notes__"));
}

static int put_notes(J *j, Obj *o) {
  Obj *notes = notes_of(j, o);
  if (!notes) {
    if (err_occurred(j->rt) && soft(j) < 0) return -1;
    sb_adds(&j->b, "[]");
    return 0;
  }
  int r;
  if (is_inst(notes, &ListType) || is_inst(notes, &TupleType)) {
    r = put_items(j, notes, 0);
  } else {
    sb_addc(&j->b, '[');
    r = put_value(j, notes, 1);
    sb_addc(&j->b, ']');
  }
  decref(notes);
  return r;
}

/* A UTF-8 byte column of a source line as a code point column. */
static int char_col(Rt *rt, Obj *filename, int lineno, int byte_col) {
  if (byte_col < 0) return -1;
  Obj *line = trace_source_line(rt, filename, lineno);
  if (!line) return byte_col;
  size_t n = (size_t)byte_col < str_len(line) ? (size_t)byte_col : str_len(line);
  int c = (int)utf8_count(str_c(line), n) + (int)((size_t)byte_col - n);
  decref(line);
  return c;
}

static void put_traceback(J *j, Obj *o) {
  StrBuf *b = &j->b;
  sb_addc(b, '[');
  for (Traceback *tb = (Traceback *)AS_EXC(o)->traceback; tb; tb = tb->next) {
    const CodeInfo *info = tb->frame->info;
    Pos p = traceback_pos(tb);
    if (tb != (Traceback *)AS_EXC(o)->traceback) sb_addc(b, ',');
    sb_adds(b, "{\"filename\":");
    put_str(b, info->filename);
    sb_adds(b, ",\"name\":");
    put_str(b, info->name);
    put_key(b, "lineno");
    put_int(b, p.lineno);
    put_key(b, "endLineno");
    put_int(b, p.end_lineno);
    put_key(b, "colno");
    put_int(b, char_col(j->rt, info->filename, p.lineno, p.col));
    put_key(b, "endColno");
    put_int(b, char_col(j->rt, info->filename, p.end_lineno, p.end_col));
    put_key(b, "line");
    Obj *line = trace_source_line(j->rt, info->filename, p.lineno);
    if (line) {
      put_str(b, line);
      decref(line);
    } else {
      sb_adds(b, "null");
    }
    sb_addc(b, '}');
  }
  sb_addc(b, ']');
}

static int put_node(J *j, int id) {
  StrBuf *b = &j->b;
  Obj *o = incref(j->nodes[id]);
  ExcObj *e = AS_EXC(o);
  int r = -1;
  j->cur = id;
  /* Claim the children first, in the order of preference. */
  Obj *excs = exc_is_group(o) ? ((GroupObj *)o)->excs : NULL;
  if (excs) {
    excs = incref(excs);
    for (size_t i = 0; i < tuple_len(excs); i++)
      if (!discover(j, tuple_get(excs, i), SLOT_EXCS + (int)i)) goto done;
  }
  if (e->cause && !discover(j, e->cause, SLOT_CAUSE)) goto done;
  if (e->context && !discover(j, e->context, SLOT_CONTEXT)) goto done;

  sb_adds(b, id ? ",{\"id\":" : "{\"id\":");
  put_int(b, id);
  put_key(b, "type");
  put_cstr(b, type_name(o));
  sb_adds(b, ",\"str\":");
  if (put_text_of(j, o, 0, "<exception str() failed>") < 0) goto done;
  sb_adds(b, ",\"repr\":");
  if (put_text_of(j, o, 1, "<exception repr() failed>") < 0) goto done;
  sb_adds(b, ",\"args\":");
  if (e->args && is_inst(e->args, &TupleType)) {
    Obj *args = incref(e->args);
    int ar = put_items(j, args, 0);
    decref(args);
    if (ar < 0) goto done;
  } else {
    sb_adds(b, "[]");
  }
  sb_adds(b, ",\"attributes\":");
  if (put_attributes(j, o) < 0) goto done;
  sb_adds(b, ",\"notes\":");
  if (put_notes(j, o) < 0) goto done;
  sb_adds(b, ",\"traceback\":");
  put_traceback(j, o);
  /* Read again: str(), repr() and getattr may have run code that changed them. */
  sb_adds(b, ",\"cause\":");
  if (put_slot(j, e->cause, SLOT_CAUSE) < 0) goto done;
  sb_adds(b, ",\"context\":");
  if (put_slot(j, e->context, SLOT_CONTEXT) < 0) goto done;
  put_key(b, "suppressContext");
  sb_adds(b, e->suppress_context ? "true" : "false");
  if (excs) {
    sb_adds(b, ",\"exceptions\":[");
    for (size_t i = 0; i < tuple_len(excs); i++) {
      if (i) sb_addc(b, ',');
      if (put_slot(j, tuple_get(excs, i), SLOT_EXCS + (int)i) < 0) goto done;
    }
    sb_addc(b, ']');
  }
  sb_addc(b, '}');
  r = 0;
done:
  xdecref(excs);
  decref(o);
  return r;
}

pyexc_obj *pyexc_exception_json(pyexc_rt *r, pyexc_obj *p) {
  Rt *rt = (Rt *)r;
  Obj *exc = (Obj *)p;
  if (!is_exc(exc)) return (pyexc_obj *)err_format(rt, EXC(TypeError), "'%s' object is not an exception", type_name(exc));
  J j = {rt, SB_INIT, NULL, 64, 0, NULL, 0, 64, 0};
  Obj *res = NULL;
  j.tab = mem_calloc(j.cap, sizeof(Ent));
  j.nodes = mem_alloc(j.ncap * sizeof(Obj *));
  if (!j.tab || !j.nodes) { err_nomem(rt); goto done; }
  if (!add(&j, exc, 0, -1, SLOT_VALUE)) goto done;
  sb_adds(&j.b, "{\"nodes\":[");
  for (size_t id = 0; id < j.n; id++)
    if (put_node(&j, (int)id) < 0) goto done;
  sb_adds(&j.b, "]}");
  res = str_from_buf(rt, &j.b);   /* frees the buffer */
done:
  sb_free(&j.b);
  if (j.tab)
    for (size_t i = 0; i < j.cap; i++) xdecref(j.tab[i].key);
  mem_free(j.tab);
  mem_free(j.nodes);
  return (pyexc_obj *)res;
}
