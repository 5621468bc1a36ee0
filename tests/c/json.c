/* json.c: see json.h. Included by the tests that use it. */
#include "json.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void *xalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) { fputs("json: out of memory\n", stderr); abort(); }
  return p;
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) { fputs("json: out of memory\n", stderr); abort(); }
  return p;
}

static Json *node(JsonKind k) {
  Json *j = xalloc(sizeof *j);
  memset(j, 0, sizeof *j);
  j->kind = k;
  return j;
}

Json *json_null(void) { return node(JSON_NULL); }
Json *json_bool(int b) { Json *j = node(JSON_BOOL); j->b = !!b; return j; }
Json *json_int(int64_t i) { Json *j = node(JSON_INT); j->i = i; return j; }
Json *json_arr(void) { return node(JSON_ARR); }
Json *json_obj(void) { return node(JSON_OBJ); }

Json *json_str(const char *s, size_t len) {
  Json *j = node(JSON_STR);
  j->s = xalloc(len + 1);
  if (len) memcpy(j->s, s, len);
  j->s[len] = '\0';
  j->len = len;
  return j;
}

Json *json_strz(const char *s) { return json_str(s, strlen(s)); }

static void grow(Json *j) {
  if (j->n < j->cap) return;
  j->cap = j->cap ? j->cap * 2 : 4;
  j->items = xrealloc(j->items, j->cap * sizeof *j->items);
  if (j->kind == JSON_OBJ) {
    j->keys = xrealloc(j->keys, j->cap * sizeof *j->keys);
    j->keylens = xrealloc(j->keylens, j->cap * sizeof *j->keylens);
  }
}

void json_push(Json *arr, Json *v) {
  grow(arr);
  arr->items[arr->n++] = v;
}

static void put_n(Json *obj, const char *key, size_t klen, Json *v) {
  grow(obj);
  obj->keys[obj->n] = xalloc(klen + 1);
  memcpy(obj->keys[obj->n], key, klen);
  obj->keys[obj->n][klen] = '\0';
  obj->keylens[obj->n] = klen;
  obj->items[obj->n++] = v;
}

void json_put(Json *obj, const char *key, Json *v) { put_n(obj, key, strlen(key), v); }

void json_free(Json *j) {
  if (!j) return;
  for (size_t i = 0; i < j->n; i++) {
    json_free(j->items[i]);
    if (j->keys) free(j->keys[i]);
  }
  free(j->items);
  free(j->keys);
  free(j->keylens);
  free(j->s);
  free(j);
}

const Json *json_get(const Json *obj, const char *key) {
  if (!obj || obj->kind != JSON_OBJ) return NULL;
  size_t klen = strlen(key);
  for (size_t i = 0; i < obj->n; i++)
    if (obj->keylens[i] == klen && memcmp(obj->keys[i], key, klen) == 0) return obj->items[i];
  return NULL;
}

/* ---- parsing ---------------------------------------------------------------------- */

typedef struct Parser {
  const char *p, *end;
  char *err;
  size_t errlen;
  int failed;
} Parser;

static void fail(Parser *ps, const char *fmt, ...) {
  if (ps->failed) return;
  ps->failed = 1;
  if (!ps->err || !ps->errlen) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ps->err, ps->errlen, fmt, ap);
  va_end(ap);
}

static void skip_ws(Parser *ps) {
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) ps->p++;
}

static int hex4(Parser *ps, unsigned *out) {
  if (ps->end - ps->p < 4) { fail(ps, "short \\u escape"); return -1; }
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char c = *ps->p++;
    v <<= 4;
    if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
    else { fail(ps, "bad \\u escape"); return -1; }
  }
  *out = v;
  return 0;
}

typedef struct Buf { char *s; size_t len, cap; } Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->s = xrealloc(b->s, b->cap);
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

/* Generalized UTF-8: surrogates get the ordinary 3-byte form. */
static void buf_addcp(Buf *b, unsigned cp) {
  char o[4];
  size_t n;
  if (cp < 0x80) { o[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
  else if (cp < 0x10000) {
    o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  buf_add(b, o, n);
}

/* The string at ps->p (just after the opening quote) into b. */
static int parse_string_raw(Parser *ps, Buf *b) {
  for (;;) {
    if (ps->p >= ps->end) { fail(ps, "unterminated string"); return -1; }
    char c = *ps->p++;
    if (c == '"') return 0;
    if (c != '\\') { buf_add(b, &c, 1); continue; }
    if (ps->p >= ps->end) { fail(ps, "bad escape"); return -1; }
    char e = *ps->p++;
    switch (e) {
    case '"': case '\\': case '/': buf_add(b, &e, 1); break;
    case 'b': buf_add(b, "\b", 1); break;
    case 'f': buf_add(b, "\f", 1); break;
    case 'n': buf_add(b, "\n", 1); break;
    case 'r': buf_add(b, "\r", 1); break;
    case 't': buf_add(b, "\t", 1); break;
    case 'u': {
      unsigned cp, lo;
      if (hex4(ps, &cp) < 0) return -1;
      /* a high surrogate followed by \u low surrogate is one code point */
      if (cp >= 0xD800 && cp < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u') {
        const char *save = ps->p;
        ps->p += 2;
        if (hex4(ps, &lo) < 0) return -1;
        if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        else ps->p = save;
      }
      buf_addcp(b, cp);
      break;
    }
    default: fail(ps, "bad escape \\%c", e); return -1;
    }
  }
}

static Json *parse_value(Parser *ps, int depth);

static Json *parse_number(Parser *ps) {
  const char *start = ps->p;
  int is_int = 1;
  if (ps->p < ps->end && *ps->p == '-') ps->p++;
  while (ps->p < ps->end && ((*ps->p >= '0' && *ps->p <= '9') || strchr(".eE+-", *ps->p))) {
    if (strchr(".eE", *ps->p)) is_int = 0;
    ps->p++;
  }
  size_t n = (size_t)(ps->p - start);
  char tmp[64];
  if (n == 0 || n >= sizeof tmp) { fail(ps, "bad number"); return NULL; }
  memcpy(tmp, start, n);
  tmp[n] = '\0';
  char *endp;
  if (is_int) {
    long long v = strtoll(tmp, &endp, 10);
    if (*endp) { fail(ps, "bad number '%s'", tmp); return NULL; }
    return json_int(v);
  }
  Json *j = node(JSON_DOUBLE);
  j->d = strtod(tmp, &endp);
  if (*endp) { json_free(j); fail(ps, "bad number '%s'", tmp); return NULL; }
  return j;
}

static int literal(Parser *ps, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) return 0;
  ps->p += n;
  return 1;
}

static Json *parse_value(Parser *ps, int depth) {
  if (depth > 200) { fail(ps, "nesting too deep"); return NULL; }
  skip_ws(ps);
  if (ps->p >= ps->end) { fail(ps, "unexpected end"); return NULL; }
  char c = *ps->p;
  if (c == '"') {
    ps->p++;
    Buf b = {NULL, 0, 0};
    if (parse_string_raw(ps, &b) < 0) { free(b.s); return NULL; }
    Json *j = json_str(b.s ? b.s : "", b.len);
    free(b.s);
    return j;
  }
  if (c == '[' || c == '{') {
    int obj = c == '{';
    Json *j = obj ? json_obj() : json_arr();
    ps->p++;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == (obj ? '}' : ']')) { ps->p++; return j; }
    for (;;) {
      Buf key = {NULL, 0, 0};
      if (obj) {
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != '"') { fail(ps, "expected a key"); json_free(j); return NULL; }
        ps->p++;
        if (parse_string_raw(ps, &key) < 0) { free(key.s); json_free(j); return NULL; }
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != ':') { fail(ps, "expected ':'"); free(key.s); json_free(j); return NULL; }
        ps->p++;
      }
      Json *v = parse_value(ps, depth + 1);
      if (!v) { free(key.s); json_free(j); return NULL; }
      if (obj) put_n(j, key.s ? key.s : "", key.len, v);
      else json_push(j, v);
      free(key.s);
      skip_ws(ps);
      if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
      if (ps->p < ps->end && *ps->p == (obj ? '}' : ']')) { ps->p++; return j; }
      fail(ps, "expected ',' or a closing bracket");
      json_free(j);
      return NULL;
    }
  }
  if (literal(ps, "null")) return json_null();
  if (literal(ps, "true")) return json_bool(1);
  if (literal(ps, "false")) return json_bool(0);
  if (c == '-' || (c >= '0' && c <= '9')) return parse_number(ps);
  fail(ps, "unexpected character '%c'", c);
  return NULL;
}

Json *json_parse(const char *text, size_t len, char *err, size_t errlen) {
  Parser ps = {text, text + len, err, errlen, 0};
  Json *j = parse_value(&ps, 0);
  if (!j) return NULL;
  skip_ws(&ps);
  if (ps.p != ps.end) {
    fail(&ps, "trailing characters");
    json_free(j);
    return NULL;
  }
  return j;
}

Json *json_load(const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    if (err && errlen) snprintf(err, errlen, "cannot open %s", path);
    return NULL;
  }
  Buf b = {NULL, 0, 0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
  fclose(f);
  Json *j = json_parse(b.s ? b.s : "", b.len, err, errlen);
  free(b.s);
  return j;
}

/* ---- comparing and writing ------------------------------------------------------------ */

int json_equal(const Json *a, const Json *b) {
  if (!a || !b) return a == b;
  if (a->kind != b->kind) return 0;
  switch (a->kind) {
  case JSON_NULL: return 1;
  case JSON_BOOL: return a->b == b->b;
  case JSON_INT: return a->i == b->i;
  case JSON_DOUBLE: return a->d == b->d;
  case JSON_STR: return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
  case JSON_ARR:
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++)
      if (!json_equal(a->items[i], b->items[i])) return 0;
    return 1;
  case JSON_OBJ:
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++)
      if (!json_equal(a->items[i], json_get(b, a->keys[i]))) return 0;
    return 1;
  }
  return 0;
}

static void dump_str(Buf *b, const char *s, size_t n) {
  buf_add(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char tmp[8];
    if (c == '"' || c == '\\') { tmp[0] = '\\'; tmp[1] = (char)c; buf_add(b, tmp, 2); }
    else if (c == '\n') buf_add(b, "\\n", 2);
    else if (c == '\t') buf_add(b, "\\t", 2);
    else if (c == '\r') buf_add(b, "\\r", 2);
    else if (c < 0x20 || c == 0x7f) { snprintf(tmp, sizeof tmp, "\\u%04x", c); buf_add(b, tmp, 6); }
    else buf_add(b, (const char *)&s[i], 1);
  }
  buf_add(b, "\"", 1);
}

static void dump(Buf *b, const Json *j) {
  char tmp[64];
  if (!j) { buf_add(b, "(missing)", 9); return; }
  switch (j->kind) {
  case JSON_NULL: buf_add(b, "null", 4); break;
  case JSON_BOOL: buf_add(b, j->b ? "true" : "false", j->b ? 4 : 5); break;
  case JSON_INT: buf_add(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%lld", (long long)j->i)); break;
  case JSON_DOUBLE: buf_add(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%.17g", j->d)); break;
  case JSON_STR: dump_str(b, j->s, j->len); break;
  case JSON_ARR:
  case JSON_OBJ:
    buf_add(b, j->kind == JSON_OBJ ? "{" : "[", 1);
    for (size_t i = 0; i < j->n; i++) {
      if (i) buf_add(b, ", ", 2);
      if (j->kind == JSON_OBJ) {
        dump_str(b, j->keys[i], j->keylens[i]);
        buf_add(b, ": ", 2);
      }
      dump(b, j->items[i]);
    }
    buf_add(b, j->kind == JSON_OBJ ? "}" : "]", 1);
    break;
  }
}

char *json_dump(const Json *j) {
  Buf b = {NULL, 0, 0};
  dump(&b, j);
  if (!b.s) { b.s = xalloc(1); b.s[0] = '\0'; }
  return b.s;
}
