/* strtod.h: locale-free, correctly rounded text to double. */
#ifndef PX_STRTOD_H
#define PX_STRTOD_H

/* Like C's strtod restricted to the forms pyexc hands it:
 *   [+-] digits [. digits] [(e|E) [+-] digits]        decimal
 *   [+-] 0(x|X) hexdigits [. hexdigits] [(p|P) [+-] digits]   hexadecimal
 * with at least one mantissa digit (a '.' with digits on either side is
 * fine). No spaces, no inf/nan, no '_'. Rounds half to even, including
 * subnormals; out of range gives +-HUGE_VAL or +-0.0. *end (if end is not
 * NULL) gets the first character not used, or s when there is no number,
 * as strtod does. Works on the C heap through src/base/bigint.c, ignoring
 * the mem limit for those few transient blocks; when even that fails it
 * returns NaN. Never touches errno. */
double px_strtod(const char *s, char **end);

#endif
