/* warnings.c: showing compile-time warnings. */
#include "lang/warnings.h"
#include "lang/vm.h"
#include "trace/render.h"
#include "obj/err.h"
#include "obj/seq.h"
#include "obj/str.h"
#include <stdarg.h>

int lang_warn(Rt *rt, Obj *filename, int lineno, const char *category, const char *fmt, ...) {
  StrBuf msg = SB_INIT;
  va_list ap;
  va_start(ap, fmt);
  int r = str_vformat_to(rt, &msg, fmt, ap);
  va_end(ap);
  if (r < 0) { sb_free(&msg); return -1; }
  LangState *L = LANG(rt);
  if (!L) { sb_free(&msg); return 0; }   /* a bare runtime (the parser's tests): nowhere to show it */
  L->warn_count++;
  StrBuf *err = &L->err;
  sb_addf(err, "%s:%d: %s: %s\n", str_c(filename), lineno, category, msg.data ? msg.data : "");
  sb_free(&msg);
  Obj *line = trace_source_line(rt, filename, lineno);
  if (line) {
    const char *s = str_c(line), *e = s + str_len(line);
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f')) s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    sb_adds(err, "  ");
    sb_add(err, s, (size_t)(e - s));
    sb_addc(err, '\n');
    decref(line);
  }
  return sb_failed(err) ? (err_nomem(rt), -1) : 0;
}
