#!/usr/bin/env python3
"""Generates tests/c/bigint_cases.inc: ground truth for test_bigint.c from
CPython's int. Run from the repo root:
    python3 tests/c/gen_bigint_cases.py > tests/c/bigint_cases.inc
Each case is {op, a, b, want, want2}; integers are decimal strings, doubles
are float.hex() strings, "overflow" marks an OverflowError."""
import random
import sys

sys.set_int_max_str_digits(0)
rng = random.Random(20240611)
M61 = 2**61 - 1
cases = []


def add(op, a, b=None, w=None, w2=None):
    cases.append((op, a, b, w, w2))


def limby(nlimbs):
    """Random magnitude built from edge-case 32-bit limbs."""
    picks = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF]
    v = 0
    for _ in range(nlimbs):
        v = v << 32 | (rng.choice(picks) if rng.random() < 0.7 else rng.getrandbits(32))
    return v


def signed(v):
    return -v if rng.random() < 0.5 else v


edges = [0, 1, 2, 3, 7, 10, 255, 10**9, 10**9 - 1]
for k in (31, 32, 33, 53, 54, 61, 63, 64, 65, 95, 96, 97, 128):
    edges += [2**k - 1, 2**k, 2**k + 1]
edges += [M61 - 1, M61, M61 + 1, 3 * 10**40, 10**100 + 7]
SPECIAL = sorted(set(edges + [-v for v in edges]))
SMALL = [0, 1, -1, 2, -2, 7, -7, 2**32 - 1, -(2**32 - 1), 2**32, -(2**32),
         2**32 + 1, -(2**32 + 1), 2**64 - 1, -(2**64), 2**64 + 1, -(2**64 + 1),
         10**30, -(10**30)]
RANDOM = [signed(rng.getrandbits(rng.choice([5, 40, 70, 130, 200, 400, 700, 1300])))
          for _ in range(40)]
RANDOM += [signed(limby(rng.randint(1, 12))) for _ in range(40)]
POOL = SPECIAL + RANDOM


def pairs():
    for a in SMALL:
        for b in SMALL:
            yield a, b
    for _ in range(220):
        yield rng.choice(POOL), rng.choice(POOL)


def sgn(x):
    return (x > 0) - (x < 0)


def fhex(x):
    return float(x).hex()


# Arithmetic, comparison and bitwise ops on pairs.
for a, b in pairs():
    sa, sb = str(a), str(b)
    add("add", sa, sb, str(a + b))
    add("sub", sa, sb, str(a - b))
    add("mul", sa, sb, str(a * b))
    add("cmp", sa, sb, str(sgn(a - b)))
    add("and", sa, sb, str(a & b))
    add("or", sa, sb, str(a | b))
    add("xor", sa, sb, str(a ^ b))
    if b:
        add("divmod", sa, sb, str(a // b), str(a % b))

# Division edge cases: every sign combination, exact multiples, divisors
# with awkward top limbs (exercise Knuth D's qhat correction and add-back).
for _ in range(250):
    nb = rng.randint(1, 8)
    b = limby(nb) or 1
    q = limby(rng.randint(0, 8))
    r = rng.choice([0, 1, b - 1, rng.randrange(b)])
    a = b * q + r
    for sa, sb in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
        if rng.random() < 0.5:
            add("divmod", str(sa * a), str(sb * b), str(sa * a // (sb * b)), str(sa * a % (sb * b)))
# Hacker's Delight add-back triggers (limbs listed most significant first).
for ul, vl in (([0x7FFFFFFF, 0x80000000, 0, 0], [0x80000000, 0, 1]),
               ([0x00008000, 0, 0x00000003], [0x00002000, 0, 0x00000001]),
               ([0x80000000, 0, 0, 0], [0x80000000, 0, 1]),
               ([0x7FFF, 0x8000, 0, 0], [0x8000, 0, 1])):
    u = int("".join("%08x" % x for x in ul), 16)
    v = int("".join("%08x" % x for x in vl), 16)
    for su, sv in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        add("divmod", str(su * u), str(sv * v), str(su * u // (sv * v)), str(su * u % (sv * v)))
for a, b in ((rng.getrandbits(3000), rng.getrandbits(1200)), (-(10**500), 10**250 + 1),
             (2**2048 - 1, -(2**1024 - 1)), (10**300, 2**64 - 1)):
    add("divmod", str(a), str(b), str(a // b), str(a % b))

# Shifts.
for a in SPECIAL[::3] + RANDOM[::4] + [-1, -2, -3, -(2**32), -(2**64) - 1]:
    for k in (0, 1, 2, 31, 32, 33, 63, 64, 65, 100, 1000):
        add("shl", str(a), str(k), str(a << k))
        add("shr", str(a), str(k), str(a >> k))

# Unary ops.
for a in POOL:
    s = str(a)
    add("neg", s, None, str(-a))
    add("abs", s, None, str(abs(a)))
    add("invert", s, None, str(~a))
    add("bitlen", s, None, str(a.bit_length()))
    add("hash", s, None, str(hash(a)))
    add("toi64", s, None, str(a) if -2**63 <= a < 2**63 else "none")

# Powers.
for a in (0, 1, -1, 2, -2, 3, -3, 10, -7, 2**32 + 1, -(2**32 - 1), 12345678901234567890):
    for e in (0, 1, 2, 3, 5, 10, 31, 32, 33, 64, 100, 201):
        add("pow", str(a), str(e), str(a ** e))
add("pow", "3", "1000", str(3 ** 1000))
add("pow", "-98765", "777", str((-98765) ** 777))

# Hash near the modulus, its multiples, and the -1 -> -2 rule.
for v in (M61 - 2, M61 - 1, M61, M61 + 1, M61 + 2, 2 * M61, 2 * M61 - 1, 2 * M61 + 1,
          2**61, 2**62, 2**64 - 1, 2**64, 2**64 + 1, M61 * 2**40 + 5, M61**3 - 1,
          M61 + 1 + M61 * 12345, 10**50, 2**200 - 1, 2**4000 + 3):
    for s in (v, -v):
        add("hash", str(s), None, str(hash(s)))

# int -> float rounding: exact, ties to even, sticky bits, overflow boundary.
DMAX_INT = int(sys.float_info.max)
tod = [0, 1, -1, 2**53 - 1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2,
       2**54 + 6, 2**54 + 1, 2**54 + 3, 2**55 + 4, 2**55 + 12, 2**60 + 2**7,
       2**60 + 2**7 + 1, 2**60 + 2**8 + 2**7, 2**64 - 1, 2**64 + 2**11,
       2**64 + 2**11 + 1, 2**64 + 3 * 2**11, 2**200 + 2**147,
       2**200 + 2**147 + 1, 2**200 + 3 * 2**147, 10**22, 10**23,
       DMAX_INT, DMAX_INT + 2**969 - 1, DMAX_INT + 2**969, DMAX_INT + 2**970,
       2**1023, 2**1024 - 1, 2**1024, 2**5000]
tod += [a for a in POOL] + [rng.getrandbits(rng.randint(1, 1100)) for _ in range(60)]
for a in tod:
    for s in {a, -a}:
        try:
            w = fhex(s)
        except OverflowError:
            w = "overflow"
        add("todouble", str(s), None, w)

# True division: small fast path, ties, subnormals, underflow, overflow.
tdiv = [(1, 3), (2, 3), (-7, 2), (7, -2), (0, 5), (0, -5), (-0, -5),
        (10**30, 7), (2**53 + 1, 1), (2**53 + 1, 2), (2**54 + 2, 2),
        (2**54 + 3, 1), (2**80 + 1, 2**27), (1, 2**1074), (1, 2**1075),
        (3, 2**1076), (1, 2**1075 - 1), (1, 2**1076), (5, 2**1076),
        (2**1100, 2**77), (2**1100, 2**76), (2**1024 - 1, 1), (2**1024, 1),
        (DMAX_INT + 2**969, 1), (DMAX_INT + 2**969 - 1, 1),
        (3 * 2**1100, 3 * 2**77), (10**400, 10**90), (10**90, 10**400),
        (10**400, 10**92), (2**2000, 2**2000 + 1), (2**64 - 1, 2**64 + 1),
        (M61, 3), (1, 10**200), (10**300, 10**300 + 1)]
for _ in range(200):
    a = rng.getrandbits(rng.choice([10, 60, 100, 300, 1200]))
    b = rng.getrandbits(rng.choice([10, 60, 100, 300, 1200])) or 1
    tdiv.append((signed(a), signed(b)))
for _ in range(40):
    b = rng.getrandbits(rng.randint(54, 200)) | 1
    q = rng.getrandbits(54) | 1            # odd 54-bit quotient: an exact tie
    tdiv.append((signed(b * q), b))
for a, b in tdiv:
    try:
        w = fhex(a / b)
    except OverflowError:
        w = "overflow"
    add("truediv", str(a), str(b), w)

# float -> int, truncating toward zero.
fl = [0.0, -0.0, 0.5, -0.5, 0.9999, 1.0, -1.0, 1.5, -1.5, 2.5, 123456789.987,
      -123456789.987, 2.0**52 + 0.5, 2.0**53, 2.0**63, 2.0**64, -2.0**64,
      1e22, 1e300, -1e308, sys.float_info.max, -sys.float_info.max,
      5e-324, 2.0**-1022, 4294967295.75, 4294967296.25]
fl += [rng.uniform(-1e6, 1e6) for _ in range(20)]
fl += [rng.uniform(0.5, 1) * 2.0 ** rng.randint(-5, 1023) * rng.choice([-1, 1]) for _ in range(60)]
for f in fl:
    add("fromdouble", f.hex(), None, str(int(f)))

# to_str in bases 2, 8, 10, 16.
for a in POOL:
    for base, spec in ((2, "b"), (8, "o"), (10, "d"), (16, "x")):
        add("tostr", str(a), str(base), format(a, spec))

# from_digits: every base, mixed case, underscores, leading zeros.
DIG = "0123456789abcdefghijklmnopqrstuvwxyz"


def text(base, n):
    s = "".join(rng.choice(DIG[:base]) for _ in range(n))
    s = "".join(c.upper() if rng.random() < 0.3 else c for c in s)
    if n > 2 and rng.random() < 0.5:
        cut = sorted(rng.sample(range(1, n), min(n - 1, rng.randint(1, 4))))
        s = "_".join(s[i:j] for i, j in zip([0] + cut, cut + [n]))
    return s


for base in range(2, 37):
    for n in (1, 2, 5, 9, 10, 20, 60, 300):
        s = text(base, n)
        add("fromdigits", s, str(base), str(int(s, base)))
for base in (2, 8, 10, 16, 36):
    for s in ("0", "000", "0_0", "1", "00001", "1_000_000", "z" * 7 if base == 36 else "1"):
        add("fromdigits", s, str(base), str(int(s, base)))
add("fromdigits", "4294967295", "10", "4294967295")
add("fromdigits", "4294967296", "10", "4294967296")
add("fromdigits", "18446744073709551616", "10", "18446744073709551616")
add("fromdigits", "9" * 999, "10", "9" * 999)


def cstr(s):
    return "0" if s is None else '"%s"' % s


p2 = str(2**100000)
out = ["/* Generated by tests/c/gen_bigint_cases.py from CPython %s; do not edit. */"
       % sys.version.split()[0],
       "#define BIG_POW2_DIGITS %d" % len(p2),
       '#define BIG_POW2_HEAD "%s"' % p2[:30],
       '#define BIG_POW2_TAIL "%s"' % p2[-30:],
       "static const Case cases[] = {"]
for c in cases:
    out.append("  {%s}," % ", ".join(cstr(x) for x in c))
out.append("};")
print("\n".join(out))
