/* fuzz_input.h: reading a fuzzer's bytes as a little program, shared by the
 * harnesses. Reading past the end gives zeros, so every input is valid and
 * the harness decides nothing by how much is left except when to stop. */
#ifndef FUZZ_INPUT_H
#define FUZZ_INPUT_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct FzIn {
  const uint8_t *p;
  size_t n;
} FzIn;

static inline int fz_more(const FzIn *in) { return in->n > 0; }

static inline uint8_t fz_u8(FzIn *in) {
  if (!in->n) return 0;
  in->n--;
  return *in->p++;
}

static inline uint32_t fz_u16(FzIn *in) { return fz_u8(in) | (uint32_t)fz_u8(in) << 8; }

static inline int64_t fz_i64(FzIn *in) {
  uint64_t v = 0;
  for (int i = 0; i < 8; i++) v |= (uint64_t)fz_u8(in) << (8 * i);
  return (int64_t)v;
}

/* Up to max bytes, as a pointer into the input (no copy). */
static inline const uint8_t *fz_bytes(FzIn *in, size_t max, size_t *len) {
  size_t n = fz_u8(in);
  if (n > max) n = max;
  if (n > in->n) n = in->n;
  const uint8_t *p = in->p;
  in->p += n;
  in->n -= n;
  *len = n;
  return p;
}

/* Valid UTF-8 text of up to `units` pieces, each byte of input choosing a
 * piece: ASCII as is, or one of a few characters that exercise escaping,
 * widths and repr (quotes, backslash, controls, non-ASCII, wide, zero width,
 * combining, astral). Writes at most 4*units bytes to out. */
static inline size_t fz_text(FzIn *in, char *out, size_t units) {
  static const char *const special[] = {
    "'", "\"", "\\", "\n", "\t", "\r", "\x7f", "\x01", "\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80",
    "\xe2\x80\x8b", "\xcc\x81", "\xc2\xa0", "\xef\xbb\xbf", "\xf4\x8f\xbf\xbf", "\xe2\x80\xae", "\0",
  };
  size_t n = fz_u8(in) % (units + 1), len = 0;
  for (size_t i = 0; i < n && fz_more(in); i++) {
    uint8_t b = fz_u8(in);
    if (b >= 0x20 && b < 0x7f) {
      out[len++] = (char)b;
    } else {
      const char *s = special[b % (sizeof special / sizeof *special)];
      size_t k = *s ? strlen(s) : 1;
      memcpy(out + len, s, k);
      len += k;
    }
  }
  return len;
}

#endif
