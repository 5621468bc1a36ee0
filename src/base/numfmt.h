/* numfmt.h: floating point to text and back, with Python's rules.
 * repr(float) is the shortest string that round-trips (David Gay's mode 0
 * result): '0.1', '1e+16', '1e-05', '0.30000000000000004', 'inf', 'nan',
 * '-0.0', '1.0'. Exponent form when the decimal exponent is < -4 or >= 16. */
#ifndef PX_NUMFMT_H
#define PX_NUMFMT_H
#include <stddef.h>
#include "strbuf.h"

/* repr(v) appended to b. */
void nf_float_repr(StrBuf *b, double v);

/* format(v, spec) for the float presentation types 'e','E','f','F','g','G',
 * '%', and '\0' (no type: like 'g' but at least one digit after the point,
 * as Python's format(1.0, '') == '1.0' and format(1e16, '.3') == '1e+16').
 * prec < 0 means the type's default. alt is the '#' flag. Only the number
 * itself (sign included; no width/fill/grouping) is appended. */
void nf_float_format(StrBuf *b, double v, char type, int prec, int alt);

/* Parses Python's float() syntax after the caller stripped surrounding
 * whitespace: optional sign, digits with single '_' between digits, '.',
 * exponent, or 'inf'/'infinity'/'nan' in any case. Returns 0 and stores the
 * correctly rounded value, or -1 if the text is not a float. */
int  nf_parse_float(const char *s, size_t n, double *out);

/* Python's float % and // semantics (floor), fmod with sign of divisor;
 * divisor nonzero. */
double nf_floor_mod(double a, double b);
double nf_floor_div(double a, double b);
/* Python's hash(float) (modulus 2**61 - 1); nan hashes to 0 here (callers use
 * the object identity for nan, as CPython 3.10+ does). */
long long nf_hash(double v);

#endif
