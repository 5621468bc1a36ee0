/* render_exc.c: the lines after the frames: "Type: message", SyntaxError's
 * location, the notes. Two engines:
 *   - traceback.py's format_exception_only (each line one chunk, indented
 *     by the caller's prefix, nested exceptions by 3 spaces per level);
 *   - pythonrun.c's print_exception_file_and_line / _message / _notes,
 *     which write the group margin on some lines only. */
#include "trace/render_internal.h"
#include "exc/exc.h"
#include "obj/err.h"
#include "obj/ops.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/num.h"
#include "obj/type.h"

static Obj *get(Obj *v) { return v ? v : None; }

/* _safe_string(value, what, func): text of str()/repr(), or "<what func() failed>". */
static void safe_string(Rt *rt, StrBuf *b, Obj *v, const char *what, int use_repr) {
  Obj *s = use_repr ? obj_repr(rt, v) : IS_STR(v) ? incref(v) : obj_str(rt, v);
  if (!s) {
    err_clear(rt);
    sb_addf(b, "<%s %s() failed>", what, use_repr ? "repr" : "str");
    return;
  }
  sb_add(b, str_c(s), str_len(s));
  decref(s);
}

/* self._str of TracebackException: str(exc), plus the suggestion. */
Obj *exc_message(Render *r, Obj *exc, int *failed) {
  StrBuf b = SB_INIT;
  Obj *s = obj_str(r->rt, exc);
  *failed = !s;
  if (!s) {
    err_clear(r->rt);
    sb_adds(&b, "<exception str() failed>");
  } else {
    sb_add(&b, str_c(s), str_len(s));
    decref(s);
  }
  if (r->st->suggest != SG_NONE && !is_inst(exc, EXC(SyntaxError))) suggest_append(r, &b, exc);
  return str_from_buf(r->rt, &b);
}

/* ---- traceback.py --------------------------------------------------------------------------- */

static int is_sequence_py(Obj *o) {
  return IS_LIST(o) || IS_TUPLE(o) || IS_STR(o) || is_inst(o, &BytesType) || is_inst(o, &ByteArrayType) ||
         is_inst(o, &RangeType);
}

/* The notes: one chunk per line. */
static void notes_py(Render *r, Obj *exc, const char *prefix, const char *indent) {
  Rt *rt = r->rt;
  Out *o = r->out;
  Obj *notes = obj_lookup_attr(rt, exc, str_static("__notes__"));
  StrBuf b = SB_INIT;
  if (!notes && err_occurred(rt)) {
    Obj *e = err_fetch(rt);
    if (r->st->notes == NT_PY311) { err_restore(rt, e); o->failed = 1; return; }
    sb_adds(&b, "Ignored error getting __notes__: ");
    safe_string(rt, &b, e, "__notes__", 1);
    decref(e);
    Obj *s = str_from_buf(rt, &b);
    notes = s ? list_from(rt, &s, 1) : NULL;
    xdecref(s);
    b = (StrBuf)SB_INIT;
    if (!notes) { o->failed = 1; return; }
  }
  if (!notes || notes == None) { xdecref(notes); return; }
  int seq = is_sequence_py(notes) && !(r->st->notes != NT_PY311 && (IS_STR(notes) || is_inst(notes, &BytesType)));
  if (seq) {
    Obj *items = obj_to_list(rt, notes);
    if (!items) { err_clear(rt); decref(notes); return; }
    for (size_t i = 0; i < list_len(items); i++) {
      sb_reset(&b);
      safe_string(rt, &b, list_get(items, i), "note", 0);
      const char *s = b.data ? b.data : "", *e = s + b.len;
      for (;;) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        StrBuf l = SB_INIT;
        sb_adds(&l, indent);
        sb_add(&l, s, (size_t)((nl ? nl : e) - s));
        sb_addc(&l, '\n');
        out_emit(o, prefix, l.data, l.len);
        sb_free(&l);
        if (!nl) break;
        s = nl + 1;
      }
    }
    decref(items);
  } else {
    sb_adds(&b, indent);
    safe_string(rt, &b, notes, "__notes__", 1);
    if (r->st->notes != NT_PY311) sb_addc(&b, '\n');
    out_emit(o, prefix, b.data, b.len);
  }
  sb_free(&b);
  decref(notes);
}

static void emit_line(Render *r, const char *prefix, StrBuf *l) {
  out_emit(r->out, prefix, l->data ? l->data : "", l->len);
  sb_reset(l);
}

static int is_space_char(uint32_t c) { return u_isspace(c); }

/* _format_syntax_error. */
static void syntax_py(Render *r, Obj *exc, const char *stype, const char *prefix, const char *indent) {
  Rt *rt = r->rt;
  SyntaxErrorObj *se = (SyntaxErrorObj *)exc;
  Obj *filename = get(se->filename), *lineno = get(se->lineno), *text = get(se->text);
  Obj *offset = get(se->offset), *end_offset = get(se->end_offset), *end_lineno = get(se->end_lineno);
  int py313 = r->st->syntax == SX_PY313, col = r->colorize;
  StrBuf l = SB_INIT, suffix = SB_INIT;
  int fn_true = filename != None && obj_truth(rt, filename) > 0;
  if (err_occurred(rt)) err_clear(rt);
  if (lineno != None) {
    sb_adds(&l, indent);
    sb_adds(&l, col ? "  File " C_FILE "\"" : "  File \"");
    if (fn_true) safe_string(rt, &l, filename, "filename", 0);
    else sb_adds(&l, "<string>");
    sb_adds(&l, col ? "\"" C_RESET ", line " C_FILE : "\", line ");
    safe_string(rt, &l, lineno, "lineno", 0);
    sb_adds(&l, col ? C_RESET "\n" : "\n");
    emit_line(r, prefix, &l);
  } else if (filename != None) {
    sb_adds(&suffix, " (");
    safe_string(rt, &suffix, filename, "filename", 0);
    sb_addc(&suffix, ')');
  }
  /* _find_keyword_typos runs once the File line is out: it changes the
   * line shown, its span and the message, never the line number shown */
  KwTypo kt = {0};
  Obj *kt_line = NULL, *kt_off = NULL, *kt_end = NULL;
  if (IS_STR(text) && r->st->keyword_typos && trace_hooks(rt)->keyword_typo &&
      trace_hooks(rt)->keyword_typo(rt, exc, &kt) == 1) {
    kt_line = int_from_i64(rt, kt.lineno);
    kt_off = int_from_i64(rt, kt.offset);
    kt_end = int_from_i64(rt, kt.end_offset);
    if (kt_line && kt_off && kt_end) {
      text = kt.text;
      lineno = end_lineno = kt_line;
      offset = kt_off;
      end_offset = kt_end;
    } else {
      err_clear(rt);
      CLEAR(kt.msg);
    }
  }
  if (!py313 && text != None && !IS_STR(text)) {
    /* 3.11/3.12's traceback.py calls self.text.rstrip('\n') */
    err_format(rt, EXC(AttributeError), "'%s' object has no attribute 'rstrip'", type_name(text));
    r->out->failed = 1;
    goto done;
  }
  if (IS_STR(text)) {
    U t;
    Obj *ts = IS_STR(text) ? incref(text) : obj_str(rt, text);
    if (!ts || u_decode(&t, str_c(ts), str_len(ts)) < 0) { err_clear(rt); xdecref(ts); goto msg; }
    size_t rlen = t.n, lead = 0;
    while (rlen && t.c[rlen - 1] == '\n') rlen--;
    while (lead < rlen && (t.c[lead] == ' ' || t.c[lead] == '\n' || t.c[lead] == '\f')) lead++;
    const uint32_t *lt = t.c + lead;
    long ltn = (long)(rlen - lead), spaces = (long)lead;
    int have_offset = offset != None && (!py313 || IS_INT(offset));
    int64_t off = 0, eoff = 0;
    if (have_offset && (!IS_INT(offset) || int_as_i64(offset, &off) < 0)) have_offset = 0;
    if (!have_offset) {
      if (!py313 || offset == None) {
        sb_adds(&l, indent);
        sb_adds(&l, "    ");
        u_encode(&l, lt, (size_t)ltn);
        sb_addc(&l, '\n');
        emit_line(r, prefix, &l);
      }
      u_free(&t);
      decref(ts);
      goto msg;
    }
    int64_t v;
    if (!py313) {
      eoff = end_offset != None && IS_INT(end_offset) && int_as_i64(end_offset, &v) == 0 && v != 0 ? v : off;
      if (off == eoff || eoff == -1) eoff = off + 1;
    } else {
      int same_line = obj_eq(rt, lineno, end_lineno) > 0;
      if (err_occurred(rt)) err_clear(rt);
      if (same_line)
        eoff = IS_INT(end_offset) && int_as_i64(end_offset, &v) == 0 && v != 0 ? v : off;
      else
        eoff = (int64_t)rlen + 1;
      if (t.n && off > (int64_t)t.n) off = (int64_t)rlen + 1;
      if (t.n && eoff > (int64_t)t.n) eoff = (int64_t)rlen + 1;
      if (off >= eoff || eoff < 0) eoff = off + 1;
    }
    long colno = (long)(off - 1 - spaces), end_colno = (long)(eoff - 1 - spaces);
    StrBuf car = SB_INIT;
    if (colno >= 0) {
      sb_adds(&car, indent);
      sb_adds(&car, "    ");
      for (long i = 0; i < colno && i < ltn; i++) {
        if (is_space_char(lt[i])) sb_addcp(&car, lt[i]);
        else sb_addc(&car, ' ');
      }
      if (col) sb_adds(&car, C_HIGHLIGHT);
      if (end_colno - colno > 0) sb_repeat(&car, '^', (size_t)(end_colno - colno));
      if (col) sb_adds(&car, C_RESET);
      sb_addc(&car, '\n');
    }
    sb_adds(&l, indent);
    sb_adds(&l, "    ");
    if (col && colno >= 0) {
      long a = colno < ltn ? colno : ltn, z = end_colno < ltn ? end_colno : ltn;
      if (z < a) z = a;
      u_encode(&l, lt, (size_t)a);
      sb_adds(&l, C_HIGHLIGHT);
      u_encode(&l, lt + a, (size_t)(z - a));
      sb_adds(&l, C_RESET);
      u_encode(&l, lt + z, (size_t)(ltn - z));
    } else {
      u_encode(&l, lt, (size_t)ltn);
    }
    sb_addc(&l, '\n');
    emit_line(r, prefix, &l);
    if (car.len) out_emit(r->out, prefix, car.data, car.len);
    sb_free(&car);
    u_free(&t);
    decref(ts);
  }
msg:
  sb_adds(&l, indent);
  if (col) sb_adds(&l, C_TYPE);
  sb_adds(&l, stype);
  if (col) sb_adds(&l, C_RESET);
  sb_adds(&l, ": ");
  if (col) sb_adds(&l, C_MSG);
  Obj *m = kt.msg ? kt.msg : get(se->msg);
  int mt = obj_truth(rt, m);
  if (mt < 0) err_clear(rt);
  if (mt > 0) safe_string(rt, &l, m, "msg", 0);
  else sb_adds(&l, "<no detail available>");
  if (col) sb_adds(&l, C_RESET);
  sb_add(&l, suffix.data ? suffix.data : "", suffix.len);
  sb_addc(&l, '\n');
  emit_line(r, prefix, &l);
done:
  sb_free(&l);
  sb_free(&suffix);
  xdecref(kt.text);
  xdecref(kt.msg);
  xdecref(kt_line);
  xdecref(kt_off);
  xdecref(kt_end);
}

/* _format_final_exc_line. */
static void final_line(Render *r, StrBuf *b, const char *stype, Obj *msg) {
  if (r->colorize) sb_adds(b, C_TYPE);
  sb_adds(b, stype);
  if (r->colorize) sb_adds(b, C_RESET);
  if (str_len(msg)) {
    sb_adds(b, ": ");
    if (r->colorize) sb_adds(b, C_MSG);
    sb_add(b, str_c(msg), str_len(msg));
    if (r->colorize) sb_adds(b, C_RESET);
  }
}

int exc_only_py(Render *r, Obj *exc, const char *prefix, int depth, int show_group) {
  char indent[64];
  int ni = 3 * depth < 63 ? 3 * depth : 63;
  memset(indent, ' ', (size_t)ni);
  indent[ni] = 0;
  StrBuf stype = SB_INIT, l = SB_INIT;
  if (exc == None) {
    sb_adds(&l, indent);
    sb_adds(&l, "NoneType: None\n");
    emit_line(r, prefix, &l);
    sb_free(&l);
    return 0;
  }
  add_type_name(r, &stype, exc->type, 0);
  if (is_inst(exc, EXC(SyntaxError))) {
    syntax_py(r, exc, stype.data ? stype.data : "", prefix, indent);
    if (r->out->failed) { sb_free(&stype); return -1; }
  } else {
    int failed;
    Obj *msg = exc_message(r, exc, &failed);
    if (!msg) { sb_free(&stype); return -1; }
    final_line(r, &l, stype.data ? stype.data : "", msg);
    decref(msg);
    if (depth > 0) {
      /* nested: each line of the message indented */
      const char *s = l.data ? l.data : "", *e = s + l.len;
      StrBuf x = SB_INIT;
      for (;;) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        sb_adds(&x, indent);
        sb_add(&x, s, (size_t)((nl ? nl : e) - s));
        sb_addc(&x, '\n');
        out_emit(r->out, prefix, x.data, x.len);
        sb_reset(&x);
        if (!nl) break;
        s = nl + 1;
      }
      sb_free(&x);
      sb_reset(&l);
    } else {
      sb_addc(&l, '\n');
      emit_line(r, prefix, &l);
    }
  }
  sb_free(&stype);
  sb_free(&l);
  notes_py(r, exc, prefix, indent);
  if (r->out->failed) return -1;
  if (show_group && exc_is_group(exc)) {
    Obj *excs = ((GroupObj *)exc)->excs;
    for (size_t i = 0; excs && i < tuple_len(excs); i++)
      if (exc_only_py(r, tuple_get(excs, i), prefix, depth + 1, show_group) < 0) return -1;
  }
  return 0;
}

/* ---- pythonrun.c ------------------------------------------------------------------------------ */

static void margin_c(StrBuf *b, int indent, const char *margin) {
  sb_repeat(b, ' ', (size_t)indent);
  if (margin) sb_adds(b, margin);
}

/* print_error_text: the line (leading blanks dropped) and the carets,
 * counted in bytes of UTF-8 as the C code does. */
static void error_text_c(StrBuf *b, long offset, long end_offset, Obj *text) {
  long reps = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  const char *t = str_c(text);
  offset--;
  while (*t == ' ' || *t == '\t' || *t == '\f') { t++; offset--; }
  long len = (long)strlen(t);
  if (len > 0 && t[len - 1] == '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const char *nl = strchr(t, '\n');
    if (!nl) break;
    long inl = (long)(nl - t);
    if (inl >= offset) break;
    inl++;
    t += inl;
    len -= inl;
    offset -= inl;
  }
  sb_adds(b, "    ");
  sb_adds(b, t);
  if (t[len] != '\n') sb_addc(b, '\n');
  if (offset < 0) return;
  sb_adds(b, "    ");
  sb_repeat(b, ' ', (size_t)offset);
  sb_repeat(b, '^', (size_t)reps);
  sb_addc(b, '\n');
}

static int as_ssize(Rt *rt, Obj *v, long *out) {
  int64_t x;
  if (!IS_INT(v) || int_as_i64(v, &x) < 0) { err_clear(rt); return -1; }
  *out = (long)x;
  return 0;
}

/* print_exception_file_and_line: for SyntaxError, prints the location and
 * returns its msg (the value printed after the type name). */
static Obj *syntax_c(Render *r, Obj *exc, int indent, const char *margin) {
  Rt *rt = r->rt;
  SyntaxErrorObj *se = (SyntaxErrorObj *)exc;
  Obj *filename = get(se->filename), *text = get(se->text);
  long lineno, offset = -1, end_lineno, end_offset = -1;
  if (as_ssize(rt, get(se->lineno), &lineno) < 0) return NULL;
  if (get(se->offset) != None && as_ssize(rt, se->offset, &offset) < 0) return NULL;
  end_lineno = lineno;
  if (exc->type == EXC(SyntaxError)) {
    if (get(se->end_lineno) != None && as_ssize(rt, se->end_lineno, &end_lineno) < 0) return NULL;
    if (get(se->end_offset) != None && as_ssize(rt, se->end_offset, &end_offset) < 0) return NULL;
  }
  StrBuf *b = r->out->b;
  margin_c(b, indent, margin);
  sb_adds(b, "  File \"");
  if (filename == None) sb_adds(b, "<string>");
  else safe_string(rt, b, filename, "filename", 0);
  sb_addf(b, "\", line %ld\n", lineno);
  if (IS_STR(text)) {
    long size = (long)str_len(text);
    if (end_lineno > lineno) end_offset = size;
    if (end_offset > size + 1) end_offset = size + 1;
    error_text_c(b, offset, end_offset, text);
  }
  return incref(get(se->msg));
}

/* PySequence_Check: anything with __getitem__ but a dict (3.12: not str
 * or bytes either). */
static int c_sequence(const Render *r, Obj *o) {
  if (IS_DICT(o)) return 0;
  if (r->st->notes == NT_C312 && (IS_STR(o) || is_inst(o, &BytesType))) return 0;
  return type_lookup_s(o->type, "__getitem__") != NULL;
}

/* print_exception_notes. */
static void notes_c(Render *r, Obj *exc, int indent, const char *margin) {
  Rt *rt = r->rt;
  StrBuf *b = r->out->b;
  Obj *notes = obj_lookup_attr(rt, exc, str_static("__notes__"));
  if (!notes) { err_clear(rt); return; }
  if (!c_sequence(r, notes)) {
    margin_c(b, indent, margin);
    safe_string(rt, b, notes, "__notes__", 1);
    if (r->st->notes != NT_C311) sb_addc(b, '\n');   /* 3.11 forgot it */
    decref(notes);
    return;
  }
  Obj *items = obj_to_list(rt, notes);
  decref(notes);
  if (!items) { err_clear(rt); return; }
  for (size_t i = 0; i < list_len(items); i++) {
    Obj *s = obj_str(rt, list_get(items, i));
    if (!s) {
      err_clear(rt);
      sb_adds(b, "<note str() failed>");
    } else {
      /* splitlines(keepends=True), the margin before each line */
      const char *p = str_c(s), *e = p + str_len(s);
      while (p < e) {
        const char *q = p;
        size_t k = 0;
        while (q < e && !(k = text_line_break(q, e))) q++;
        q += k;
        margin_c(b, indent, margin);
        sb_add(b, p, (size_t)(q - p));
        p = q;
      }
      decref(s);
    }
    sb_addc(b, '\n');
  }
  decref(items);
}

/* print_exception minus the traceback: location, message, suggestion,
 * notes. */
int exc_only_c(Render *r, Obj *exc, int indent, const char *margin) {
  Rt *rt = r->rt;
  StrBuf *b = r->out->b;
  /* SyntaxError (it has print_file_and_line): its location, then its msg
   * takes the place of the exception */
  Obj *value = is_inst(exc, EXC(SyntaxError)) ? syntax_c(r, exc, indent, margin) : NULL;
  if (err_occurred(rt)) err_clear(rt);
  if (!value) value = incref(exc);
  margin_c(b, indent, margin);
  add_type_name(r, b, exc->type, 1);
  if (value != None) {
    Obj *s = IS_STR(value) ? incref(value) : obj_str(rt, value);
    if (!s) {
      err_clear(rt);
      sb_adds(b, ": <exception str() failed>");
    } else {
      if (str_len(s)) sb_adds(b, ": ");
      sb_add(b, str_c(s), str_len(s));
      decref(s);
    }
  }
  if (value == exc) suggest_append(r, b, exc);
  sb_addc(b, '\n');
  notes_c(r, exc, indent, margin);
  decref(value);
  return 0;
}
