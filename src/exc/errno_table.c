/* errno_table.c: lookups over the generated errno tables (errno_<platform>.c),
 * and the one platform-independent map from errno NAMES to OSError subclasses.
 * All lookups are binary searches over the tables' sort invariants (see
 * errno_table.h); nothing here allocates or keeps state. */
#include "errno_table.h"

#include <string.h>

static const ErrnoPlatform *const platforms[] = {
  &errno_platform_linux,
  &errno_platform_emscripten,
  &errno_platform_wasi,
};

const ErrnoPlatform *errno_platform(const char *name) {
  unsigned i;
  if (name == NULL) return NULL;
  for (i = 0; i < sizeof platforms / sizeof platforms[0]; i++)
    if (strcmp(platforms[i]->name, name) == 0) return platforms[i];
  return NULL;
}

/* The entry of p->names called name, or NULL. */
static const ErrnoEntry *find_name(const ErrnoPlatform *p, const char *name) {
  int lo = 0, hi = p->nnames - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    int c = strcmp(name, p->names[mid].name);
    if (c == 0) return &p->names[mid];
    if (c < 0) hi = mid - 1; else lo = mid + 1;
  }
  return NULL;
}

int errno_code(const ErrnoPlatform *p, const char *name) {
  const ErrnoEntry *e;
  if (p == NULL || name == NULL) return -1;
  e = find_name(p, name);
  return e ? e->code : -1;
}

const char *errno_name(const ErrnoPlatform *p, int code) {
  int lo, hi;
  if (p == NULL) return NULL;
  lo = 0; hi = p->nerrorcode - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    int c = p->errorcode[mid].code;
    if (c == code) return p->errorcode[mid].name;
    if (code < c) hi = mid - 1; else lo = mid + 1;
  }
  return NULL;
}

static const char *find_text(const ErrnoPlatform *p, int code) {
  int lo = 0, hi = p->ntexts - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    int c = p->texts[mid].code;
    if (c == code) return p->texts[mid].text;
    if (code < c) hi = mid - 1; else lo = mid + 1;
  }
  return NULL;
}

/* Fills fmt into buf (size n > 0, always NUL-terminated, truncating): "%d" is
 * code in decimal, "%%" is '%', anything else is copied. No printf, so a
 * table's format can never be misread as a vararg. */
static void format_unknown(char *buf, unsigned n, const char *fmt, int code) {
  unsigned len = 0;
  for (; *fmt && len + 1 < n; fmt++) {
    if (fmt[0] == '%' && fmt[1] == 'd') {
      char digits[12];             /* "-2147483648" is 11 */
      unsigned nd = 0;
      /* negate in unsigned arithmetic: INT_MIN has no positive int */
      unsigned v = code < 0 ? 0u - (unsigned)code : (unsigned)code;
      do { digits[nd++] = (char)('0' + v % 10); v /= 10; } while (v);
      if (code < 0) digits[nd++] = '-';
      while (nd && len + 1 < n) buf[len++] = digits[--nd];
      fmt++;
    } else if (fmt[0] == '%' && fmt[1] == '%') {
      buf[len++] = '%';
      fmt++;
    } else {
      buf[len++] = *fmt;
    }
  }
  buf[len] = '\0';
}

const char *errno_strerror(const ErrnoPlatform *p, int code, char *buf, unsigned buflen) {
  const char *t;
  if (p == NULL) return NULL;
  t = find_text(p, code);
  if (t) return t;
  if (strchr(p->unknown_fmt, '%') == NULL) return p->unknown_fmt;
  if (buf == NULL || buflen == 0) return NULL;
  format_unknown(buf, buflen, p->unknown_fmt, code);
  return buf;
}

/* CPython's Objects/exceptions.c, in its order (ADD_ERRNO(TYPE, CODE) fills
 * a dict keyed by the code number, so among names sharing a number the last
 * one here wins; on these profiles such names never map to different
 * classes: EAGAIN == EWOULDBLOCK on all three, and on WASI the errno
 * module's fallback ESHUTDOWN == EPIPE, both BrokenPipeError).
 * exceptions.c has ESHUTDOWN and ENOTCAPABLE (3.11.1+, WASI) under #ifdef;
 * resolving each name through the platform's errno-module names gives the
 * same #ifdef effect. WSAETIMEDOUT -> TimeoutError (Windows only) is left out. */
typedef struct ErrnoClass { const char *name; const char *cls; } ErrnoClass;
static const ErrnoClass errno_classes[] = {
  {"EAGAIN", "BlockingIOError"},
  {"EALREADY", "BlockingIOError"},
  {"EINPROGRESS", "BlockingIOError"},
  {"EWOULDBLOCK", "BlockingIOError"},
  {"EPIPE", "BrokenPipeError"},
  {"ESHUTDOWN", "BrokenPipeError"},
  {"ECHILD", "ChildProcessError"},
  {"ECONNABORTED", "ConnectionAbortedError"},
  {"ECONNREFUSED", "ConnectionRefusedError"},
  {"ECONNRESET", "ConnectionResetError"},
  {"EEXIST", "FileExistsError"},
  {"ENOENT", "FileNotFoundError"},
  {"EISDIR", "IsADirectoryError"},
  {"ENOTDIR", "NotADirectoryError"},
  {"EINTR", "InterruptedError"},
  {"EACCES", "PermissionError"},
  {"EPERM", "PermissionError"},
  {"ENOTCAPABLE", "PermissionError"},
  {"ESRCH", "ProcessLookupError"},
  {"ETIMEDOUT", "TimeoutError"},
};

const char *errno_class(const ErrnoPlatform *p, int code) {
  const char *cls = NULL;
  unsigned i;
  if (p == NULL) return NULL;
  for (i = 0; i < sizeof errno_classes / sizeof errno_classes[0]; i++) {
    const ErrnoEntry *e = find_name(p, errno_classes[i].name);
    if (e && e->code == code) cls = errno_classes[i].cls;   /* last wins */
  }
  return cls;
}
