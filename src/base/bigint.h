/* bigint.h: arbitrary-precision integers with Python semantics.
 * A BigInt is an immutable value: sign and magnitude in 32-bit limbs,
 * normalized (no leading zero limbs; zero has n == 0 and sign 0).
 * Every function that returns a BigInt* returns a new value (allocated with
 * mem_alloc) or NULL when memory runs out; free it with bn_free.
 * Division, modulo and right shifts round toward negative infinity, and
 * bitwise operations act on the infinite two's complement form, as in Python. */
#ifndef PX_BIGINT_H
#define PX_BIGINT_H
#include <stddef.h>
#include <stdint.h>

typedef struct BigInt {
  int sign;          /* -1, 0, +1 */
  uint32_t n;        /* limbs in use */
  uint32_t d[];      /* little-endian limbs */
} BigInt;

BigInt *bn_from_i64(int64_t v);
BigInt *bn_from_u64(uint64_t v);
/* Digits (and '_' between digits) in base 2..36, no sign, no prefix, no
 * spaces; the caller has validated the syntax. */
BigInt *bn_from_digits(const char *s, size_t n, int base);
/* From a finite double, truncating toward zero. */
BigInt *bn_from_double(double v);
BigInt *bn_copy(const BigInt *a);
void    bn_free(BigInt *a);

int     bn_to_i64(const BigInt *a, int64_t *out);   /* 1 if it fits, else 0 */
/* Correctly rounded (half to even); *overflow = 1 if too large for a double. */
double  bn_to_double(const BigInt *a, int *overflow);
/* Text in base 2, 8, 10 or 16 (lowercase), with '-' when negative, no prefix.
 * Returned buffer from mem_alloc, NUL-terminated, length in *len. */
char   *bn_to_str(const BigInt *a, int base, size_t *len);

int     bn_cmp(const BigInt *a, const BigInt *b);    /* -1, 0, 1 */
int     bn_is_zero(const BigInt *a);
BigInt *bn_neg(const BigInt *a);
BigInt *bn_abs(const BigInt *a);
BigInt *bn_add(const BigInt *a, const BigInt *b);
BigInt *bn_sub(const BigInt *a, const BigInt *b);
BigInt *bn_mul(const BigInt *a, const BigInt *b);
/* Floor division and modulo; b must not be zero. Either out pointer may be
 * NULL. Returns 0, or -1 on allocation failure (nothing stored). */
int     bn_divmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r);
/* a ** e for e >= 0. */
BigInt *bn_pow(const BigInt *a, uint64_t e);
BigInt *bn_shl(const BigInt *a, uint64_t k);
BigInt *bn_shr(const BigInt *a, uint64_t k);
BigInt *bn_and(const BigInt *a, const BigInt *b);
BigInt *bn_or(const BigInt *a, const BigInt *b);
BigInt *bn_xor(const BigInt *a, const BigInt *b);
BigInt *bn_invert(const BigInt *a);                  /* -(a+1) */
uint64_t bn_bit_length(const BigInt *a);
/* Python's hash(int): |a| mod (2**61 - 1), negated for negatives, and
 * -1 mapped to -2. */
int64_t bn_hash(const BigInt *a);
/* True division a / b correctly rounded to double, b nonzero.
 * Returns 0, or 1 when the result overflows a double, -1 on allocation failure. */
int     bn_truediv(const BigInt *a, const BigInt *b, double *out);

#endif
