#!/usr/bin/env python3
"""Generates tests/c/numfmt_cases.inc for tests/c/test_numfmt.c.

Every expected string or value comes from this CPython (run with 3.11).
Doubles are written as C99 hex float literals so they are exact.
Deterministic: a fixed random seed; rerun with
    python3 tests/c/gen_numfmt_cases.py > tests/c/numfmt_cases.inc
"""
import math
import random
import struct
import sys
from decimal import Decimal

rng = random.Random(20240611)
INF = float("inf")
NAN = float("nan")


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def to_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def c_double(x):
    if math.isnan(x):
        return "(-NAN)" if math.copysign(1.0, x) < 0 else "NAN"
    if math.isinf(x):
        return "INFINITY" if x > 0 else "(-INFINITY)"
    return x.hex()


def c_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch in '"\\?':
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            assert o < 256
            out.append("\\%03o" % o)
    out.append('"')
    return "".join(out)


def random_finite():
    while True:
        x = from_bits(rng.getrandbits(64))
        if math.isfinite(x):
            return x


def random_decimal_string():
    nd = rng.randint(1, 17)
    digits = "".join(rng.choice("0123456789") for _ in range(nd))
    exp = rng.randint(-340, 310)
    sign = rng.choice(["", "-"])
    return "%s%s.%se%d" % (sign, digits[0], digits[1:], exp)


def random_subnormal():
    return from_bits(rng.getrandbits(52) | (rng.getrandbits(1) << 63))


# ---------------------------------------------------------------- repr values
def repr_values():
    vals = [0.0, -0.0, INF, -INF, NAN, 0.1 + 0.2, 1 / 3, 2 / 3, 0.1, 0.2, 0.3,
            float(2**53 - 1), float(2**53), float(2**53 + 2), float(2**53 + 1),
            -float(2**53 - 1), 1.0, -1.0, 100.0, 1e15, 1e16, 1e17, 9999999999999998.0,
            1e-4, 1e-5, 0.00011, 0.000099, 123456789012345678.0, 2e16 + 8,
            5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
            1.7976931348623157e308, -1.7976931348623157e308, 1.5e300, 1e22, 1e23,
            9007199254740993.0, 0.5, 1.5, 12345.0, 1e100, 4.35, 2.675, 1.1,
            8.41e21, 5e-310, 3.14159, math.pi, math.e, -math.pi, 7e-10]
    for k in range(-1074, 1024):               # every power of two
        p = math.ldexp(1.0, k)
        vals += [p, math.nextafter(p, INF), math.nextafter(p, 0.0)]
    for k in range(-30, 31):                   # powers of ten and neighbours
        p = float("1e%d" % k)
        vals += [p, -p, math.nextafter(p, INF), math.nextafter(p, 0.0)]
    for s in ("9.999999999999999e-05", "9.9999999999999999e-05", "0.0001",
              "9999999999999999.0", "9999999999999998.0", "1e16", "1e-5"):
        vals.append(float(s))
    vals += [random_finite() for _ in range(2000)]
    vals += [float(random_decimal_string()) for _ in range(1500)]
    vals += [random_subnormal() for _ in range(200)]
    vals += [float(rng.randint(0, 10**rng.randint(1, 20))) for _ in range(200)]
    vals += [rng.randint(1, 10**6) / 10**rng.randint(1, 8) for _ in range(300)]
    return vals


# -------------------------------------------------------------- format values
FORMAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
                 123.456, -123.456, 1e-5, 1e-4, 0.0001234, 9.9999, 99.99,
                 999999.5, 1e16, 1e22, 1e-7, 1.7976931348623157e308, 5e-324,
                 2.2250738585072014e-308, 0.1, 1 / 3, -2 / 3, 12345678.9,
                 1e100, -1e-100, INF, -INF, NAN, 0.95, 0.05, 9.5, 0.001,
                 100.0, 1234567.0, float(2**53 + 2), 0.99999999, 0.000999999,
                 123456.0, 1e15, 5e-5]
TYPES = ["e", "E", "f", "F", "g", "G", "%", ""]


def spec(t, prec, alt):
    return ("#" if alt else "") + ("" if prec < 0 else ".%d" % prec) + t


def format_cases():
    cases = []
    for v in FORMAT_VALUES:
        for t in TYPES:
            for prec in range(-1, 21):
                for alt in (0, 1):
                    cases.append((v, t, prec, alt, format(v, spec(t, prec, alt))))
    for _ in range(3000):
        v = rng.choice([random_finite(), float(random_decimal_string()),
                        random_subnormal(), rng.uniform(-1e6, 1e6),
                        rng.randint(-10**6, 10**6) / 8.0])
        t = rng.choice(TYPES)
        prec = rng.choice([-1, rng.randint(0, 20), rng.randint(0, 40)])
        alt = rng.randint(0, 1)
        cases.append((v, t, prec, alt, format(v, spec(t, prec, alt))))
    # long exact expansions, and precisions beyond every double's digits
    for v in (5e-324, 2.2250738585072014e-308, 0.1, 1.7976931348623157e308, 1e22):
        for t, prec in (("f", 1100), ("f", 1200), ("e", 800), ("e", 900),
                        ("g", 800), ("", 900), ("%", 1080), ("F", 30), ("e", 60)):
            for alt in (0, 1):
                cases.append((v, t, prec, alt, format(v, spec(t, prec, alt))))
    return cases


# ---------------------------------------------------------------- parse cases
PARSE_STRINGS = [
    "0", "-0", "+0", "1", "-1", "+1.5", "1.", ".5", "-.5", "+.5", "1.5e3",
    "1.5E3", "1e-3", "1e+3", "1E+03", "00001", "0.000", "1_0", "1_000.000_1",
    "1e1_0", "1_0e1_0", "0_0", "1.5_5", "123_456_789", "inf", "INF", "-inf",
    "+inf", "Infinity", "-iNfInItY", "nan", "NaN", "-nan", "+NAN", "1e500",
    "-1e500", "1e-500", "-1e-500", "2.2250738585072011e-308",
    "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "1.7976931348623158e308",
    "1.7976931348623159e308", "9007199254740993", "9007199254740993.0000001",
    "0.1", "0.30000000000000004", "1e0000000000000000000000001",
    "1e-0000000000000000000000001", "1e99999999999999999999", "1e-99999999999999999999",
    "0e99999999999999999999", "0." + "0" * 400 + "1e400",
    "1" + "0" * 400 + "e-400", "0." + "0" * 4000 + "1",
    # invalid
    "", "+", "-", ".", "+.", "e5", ".e5", "1e", "1e+", "1e-", "1__0", "_1", "1_",
    "1_.5", "1._5", "1.5_", "1_e5", "1e_5", "1e5_", "_", "0x10", "0X1p3", "1e5.5",
    "1.5.5", "--1", "+-1", "-+1", "in", "infinit", "infinityy", "nana", "inf_",
    "i nf", " 1", "1 ", "1\x00", "1,5", "1.5f", "1d5", "1e5e5", "nan(1)", "+_1",
    "-_1", "1_2_", "1.2e", "e", "E", "abc", "1.0.", "١٢", "0b1", "1j", "1e--5",
    "Infinity1", "1 000",
]


def parse_strings():
    out = list(PARSE_STRINGS)
    for _ in range(800):                         # random decimal strings
        s = random_decimal_string()
        if rng.random() < 0.5:                   # sprinkle single underscores
            chars = list(s)
            for i in range(len(chars) - 1, 0, -1):
                if chars[i].isdigit() and chars[i - 1].isdigit() and rng.random() < 0.3:
                    chars.insert(i, "_")
            s = "".join(chars)
        out.append(s)
    for _ in range(200):                         # random junk from a small alphabet
        n = rng.randint(1, 8)
        out.append("".join(rng.choice("01_.eE+-in") for _ in range(n)))
    for _ in range(150):                         # exact halfway points
        x = abs(random_finite()) if rng.random() < 0.5 else abs(random_subnormal())
        if x == 0.0 or math.isinf(math.nextafter(x, INF)):
            continue
        mid = (Decimal(x) + Decimal(math.nextafter(x, INF))) / 2
        s = format(mid, "f") if abs(mid.adjusted()) < 30 else format(mid, "e")
        out.append(s)
        mant, _, exp = s.partition("e")
        tail = "0" * 900 + "1"                   # just above: sticky digit
        if "." not in mant:
            mant += "."
        out.append(mant + tail + ("e" + exp if exp else ""))
    return out


def parse_cases():
    cases = []
    for s in parse_strings():
        try:
            if s != s.strip() or not s.isascii():
                # the caller strips whitespace and maps Unicode digits
                raise ValueError
            v = float(s)
            cases.append((s, 1, v))
        except ValueError:
            cases.append((s, 0, 0.0))
    return cases


# ----------------------------------------------------------- mod/div/hash
MOD_VALUES = [0.0, -0.0, 1e-300, -1e-300, 1.0, -1.0, 5.0, -5.0, 3.0, -3.0,
              0.5, -0.5, 7.5, -7.5, 1e300, -1e300, INF, -INF, NAN,
              float(2**53), 0.1, -0.1, 2.0, 1e-320, 6.0]


def mod_cases():
    pairs = [(a, b) for a in MOD_VALUES for b in MOD_VALUES]
    for _ in range(1500):
        a = rng.choice([random_finite(), rng.uniform(-100, 100), float(rng.randint(-50, 50))])
        b = rng.choice([random_finite(), rng.uniform(-10, 10), float(rng.randint(-9, 9))])
        pairs.append((a, b))
    cases = []
    for a, b in pairs:
        if b == 0.0:
            continue
        try:
            cases.append((a, b, a % b, a // b))
        except (ZeroDivisionError, OverflowError):
            pass
    return cases


def hash_cases():
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, INF, -INF, 1e300, -1e300,
            5e-324, 2.0**61, 2.0**61 - 2**8, 2.0**62, float(2**61 - 1), 1e-300,
            0.1, 1 / 3, 3.0, -2.0, 1e16, 2.0**-61, 2.0**-62]
    vals += [random_finite() for _ in range(1000)]
    vals += [random_subnormal() for _ in range(100)]
    vals += [float(rng.randint(-10**18, 10**18)) for _ in range(100)]
    return [(v, hash(v)) for v in vals]


def main():
    w = sys.stdout.write
    w("/* Generated by tests/c/gen_numfmt_cases.py with CPython %s. "
      "Do not edit. */\n" % sys.version.split()[0])
    w("static const ReprCase repr_cases[] = {\n")
    for v in repr_values():
        w("  {%s, %s},\n" % (c_double(v), c_str(repr(v))))
    w("};\n\nstatic const FormatCase format_cases[] = {\n")
    for v, t, prec, alt, s in format_cases():
        tc = "0" if t == "" else "'%s'" % t
        w("  {%s, %s, %d, %d, %s},\n" % (c_double(v), tc, prec, alt, c_str(s)))
    w("};\n\nstatic const ParseCase parse_cases[] = {\n")
    for s, ok, v in parse_cases():
        b = s.encode("utf-8")
        w("  {%s, %d, %d, %s},\n" % (c_str(b.decode("latin-1")), len(b), ok, c_double(v)))
    w("};\n\nstatic const ModCase mod_cases[] = {\n")
    for a, b, m, d in mod_cases():
        w("  {%s, %s, %s, %s},\n" % (c_double(a), c_double(b), c_double(m), c_double(d)))
    w("};\n\nstatic const HashCase hash_cases[] = {\n")
    for v, h in hash_cases():
        w("  {%s, %dLL},\n" % (c_double(v), h))
    w("};\n")


if __name__ == "__main__":
    main()
