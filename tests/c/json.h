/* json.h: a small JSON reader and writer for the C tests.
 *
 * The tests are single-file programs (CMake builds each tests/c/test_*.c on
 * its own), so a test that needs JSON includes "json.c" directly.
 *
 * Values are trees of Json nodes, each owned by its parent. Strings hold
 * generalized UTF-8: a \uXXXX escape of a lone surrogate becomes its 3-byte
 * form, as pyexc's str does, so strings round-trip through pyexc_str.
 * Objects keep their members in document order (keyword arguments depend on
 * it); json_equal compares objects as maps and arrays in order. Numbers keep
 * whether they were written as integers (int64) or not (double). */
#ifndef TEST_JSON_H
#define TEST_JSON_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum JsonKind { JSON_NULL, JSON_BOOL, JSON_INT, JSON_DOUBLE, JSON_STR, JSON_ARR, JSON_OBJ } JsonKind;

typedef struct Json {
  JsonKind kind;
  int b;                 /* JSON_BOOL */
  int64_t i;             /* JSON_INT */
  double d;              /* JSON_DOUBLE */
  char *s;               /* JSON_STR: NUL-terminated, len bytes (may contain NUL) */
  size_t len;
  struct Json **items;   /* JSON_ARR, JSON_OBJ: the values */
  char **keys;           /* JSON_OBJ: the keys (NUL-terminated) */
  size_t *keylens;
  size_t n, cap;
} Json;

/* Parses text[0..len). NULL on a syntax error (message in err). */
Json *json_parse(const char *text, size_t len, char *err, size_t errlen);
/* Reads and parses a whole file. */
Json *json_load(const char *path, char *err, size_t errlen);
void  json_free(Json *j);

/* Builders: each returns a new node (never NULL: they abort when out of
 * memory, which only a test may do). json_push/json_put take ownership of v. */
Json *json_null(void);
Json *json_bool(int b);
Json *json_int(int64_t i);
Json *json_str(const char *s, size_t len);
Json *json_strz(const char *s);
Json *json_arr(void);
Json *json_obj(void);
void  json_push(Json *arr, Json *v);
void  json_put(Json *obj, const char *key, Json *v);

/* Member of an object by key, or NULL. */
const Json *json_get(const Json *obj, const char *key);
int   json_equal(const Json *a, const Json *b);
/* Compact JSON text (non-ASCII left as UTF-8); the caller frees it. */
char *json_dump(const Json *j);

#endif
