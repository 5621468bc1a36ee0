/* methods.h: helpers shared by the method tables of the built-in types:
 *   str_methods.c         str: split/join/strip/find/replace/pad..., the table
 *   str_case_methods.c    str: case mapping, is*(), translate/maketrans
 *   str_format_methods.c  str.format, format_map, % for str and bytes
 *   codec_methods.c       str.encode / bytes.decode
 *   bytes_methods.c       bytes and bytearray (tables), bytearray_methods.c
 *   list_methods.c        list and tuple; list_sort.c: timsort
 *   dict_methods.c        dict, its views and reverse iterators
 *   set_methods.c         set, frozenset, their operators, dict-view operators
 *   num_methods.c         int, bool, float; generic_alias.c: list[int];
 *   object_methods.c      object.__format__
 * Version differences are tables indexed by rt->pyv in each file. Not a
 * public interface of the obj layer. */
#ifndef PX_METHODS_H
#define PX_METHODS_H
#include "obj/object.h"
#include "obj/runtime.h"
#include "base/strbuf.h"

/* The signature of every method below. */
#define METHOD(fn) static Obj *fn(Rt *rt, Obj *self, Obj *const *argv, size_t argc, Obj *kwnames)
#define UNUSED_METHOD_ARGS ((void)rt, (void)self, (void)argv, (void)argc, (void)kwnames)

/* ---- str helpers (str_methods.c) ------------------------------------------------------- */
/* CPython's ADJUST_INDICES on [*start, *end) for a sequence of length len. */
void adjust_indices(int64_t *start, int64_t *end, int64_t len);
/* Byte offset of code point i of a str, and the reverse. */
size_t str_cp_offset(Obj *s, size_t i);
size_t str_byte_to_cp(Obj *s, size_t off);
/* Byte-level search of needle in hay[0..n): the first (dir > 0) or last
 * occurrence, or -1. */
int64_t mem_search(const char *hay, size_t n, const char *needle, size_t m, int dir);
/* Non-overlapping occurrences, at most max (max < 0: no limit). */
int64_t mem_count(const char *hay, size_t n, const char *needle, size_t m, int64_t max);

/* ---- codecs (codec_methods.c) ---------------------------------------------------------- */
/* str.encode / bytes.decode: encoding and errors may be NULL (utf-8, strict).
 * data[0..len) is what decode reads. */
Obj *codec_encode(Rt *rt, Obj *str, Obj *encoding, Obj *errors);
Obj *codec_decode(Rt *rt, const char *data, size_t len, Obj *encoding, Obj *errors);

/* ---- formatting (str_format_methods.c) --------------------------------------------------- */
/* fmt % args for str (bytes: as_bytes, the b'' rules). */
Obj *percent_format(Rt *rt, Obj *fmt, Obj *args, int as_bytes);
/* str.format(*args, **kwargs) and str.format_map(mapping). */
Obj *str_format_call(Rt *rt, Obj *fmt, Obj *const *argv, size_t argc, Obj *kwnames);
Obj *str_format_map_call(Rt *rt, Obj *fmt, Obj *mapping);

/* ---- shared list/tuple helpers (list_methods.c) ------------------------------------------ */
/* The index of x in items[start..stop) (Python's == rules), -1 when absent,
 * -2 with an error. */
int64_t items_index(Rt *rt, Obj *const *items, size_t n, Obj *x, int64_t start, int64_t stop);
int64_t items_count(Rt *rt, Obj *const *items, size_t n, Obj *x);

#endif
