#!/usr/bin/env python3
"""Generates tests/c/values_cases.inc: what real CPython shows for values
(type name, repr, str), per oracle profile, for test_values.c. Run from
anywhere (about 10 s; needs /work/shared/oracle/oracle.sh or $PYEXC_ORACLE):

    python3 tests/c/gen_values_cases.py

Each case is a value in the input encoding of tests/oracle/FINDINGS.md
(JSON null/true/false/str/int, {"int": "..."}, {"float": "..."},
{"bytes": [..]}, {"tuple": [..]}, a list, {"dict": [[k, v], ..]},
{"exc": {"cls", "args"}}) extended with {"bytearray": [..]},
{"set": [..]} and {"frozenset": [..]}, which mean set(list) /
frozenset(list): the items are added in the order listed, as the C side
does. A case may instead name a recipe: Python code here and a C builder
in test_values.c that make the same (self-referencing) structure.

The snippet decodes each value once per CPython version and records
type(v).__name__, repr(v) and str(v) (or the error they raise).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.environ.get("PYEXC_ORACLE", "/work/shared/oracle/oracle.sh")
# The order of the profiles is the order of want[] in values_cases.inc.
PROFILES = [("3.11", "3.11-linux"), ("3.12", "3.12-emscripten"),
            ("3.13", "3.13-emscripten"), ("3.14", "3.14-emscripten")]


# ---- building the cases (in the input encoding) ------------------------------------

class Set:
    def __init__(self, *items, frozen=False):
        self.items, self.frozen = list(items), frozen


def Frozen(*items):
    return Set(*items, frozen=True)


class Exc:
    def __init__(self, cls, *args):
        self.cls, self.args = cls, list(args)


class Raw:
    """An already encoded value (e.g. {"float": "-nan"})."""
    def __init__(self, enc):
        self.enc = enc


def enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if -2**53 < v < 2**53 else {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    if isinstance(v, bytearray):
        return {"bytearray": list(v)}
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {"dict": [[enc(a), enc(b)] for a, b in v.items()]}
    if isinstance(v, Set):
        return {"frozenset" if v.frozen else "set": [enc(x) for x in v.items]}
    if isinstance(v, Exc):
        return {"exc": {"cls": v.cls, "args": [enc(x) for x in v.args]}}
    if isinstance(v, Raw):
        return v.enc
    raise TypeError(v)


P31 = 2**31 - 1
P61 = 2**61 - 1
# hash(None) is its address before 3.12: no fixed order for sets holding it.
NOT_311 = ["3.11-linux"]

CASES = []          # (id, encoded value as JSON text or None, recipe or None, skipped profiles)


def case(cid, value, skip=()):
    CASES.append((cid, json.dumps(enc(value), ensure_ascii=True), None, list(skip)))


def recipe(cid, name, skip=()):
    CASES.append((cid, None, name, list(skip)))


# Python code of each recipe: it binds v. test_values.c has a builder of the
# same name.
RECIPES = {
    "dict_self": "d = {}; d['self'] = d; v = d",
    "dict_list_cycle": "d = {}; l = [d, 1]; d['l'] = l; v = l",
    "dict_tuple_cycle": "d = {}; t = (d,); d[1] = t; v = t",
    "dict_two_refs": "inner = {'x': 1}; v = {'a': inner, 'b': inner}",
    "exc_dict_cycle": "d = {}; v = ValueError(d); d['e'] = v",
    "exc_in_list": "v = [KeyError('k'), OSError(2, 'x'), ValueError()]",
    "int64_min": "v = -2**63",
    "int64_max": "v = 2**63 - 1",
    "float_neg_nan": "v = -float('nan')",
    "int_4300_digits": "v = -10**4299",
    "int_4301_digits": "v = 10**4300",
    "exc_int_4301_digits": "v = ValueError(10**4300)",
}

# None, bools, ints
case("none", None)
case("bool.true", True)
case("bool.false", False)
for n in [0, 1, -1, 5, 256, 257, -5, -6, 2**31 - 1, 2**31, -2**31, 2**53 - 1, 2**53, -2**53,
          2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**19, 10**30, -10**40, 2**200, -(3**300)]:
    case("int.%d" % n if len(str(n)) <= 42 else "int.%sdigits%d" % ("-" if n < 0 else "", len(str(abs(n)))), n)
recipe("int.int64_min", "int64_min")
recipe("int.int64_max", "int64_max")
recipe("int.4300_digits", "int_4300_digits")
recipe("int.4301_digits", "int_4301_digits")
recipe("int.exc_4301_digits", "exc_int_4301_digits")

# floats: the shortest repr
for f in [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, 0.30000000000000004, 1e16, 1e15, 123456789012345678.0,
          9999999999999998.0, 1e-05, 0.0001, 0.00012345, 2.5e-05, 1e22, 1e100, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 3.141592653589793, 100.0, 1e-300, 123.456,
          -1e16, 1.5e-07, 1.234e+20, 0.001, 12345678.9, 4.35, 2.675, 1 / 3, 2 / 3, 1e23, 9007199254740993.0,
          float("inf"), float("-inf"), float("nan")]:
    case("float.%r" % f, f)
case("float.-nan", Raw({"float": "-nan"}))
recipe("float.neg_nan", "float_neg_nan")

# str: quoting and escapes
STRS = {
    "empty": "", "plain": "abc", "sq": "it's", "dq": 'say "hi"', "both": "a'b\"c",
    "backslash": "a\\b", "controls": "\t\n\r\x00\x01\x1f", "del": "\x7f", "latin1": "\x80\x9f\xa0\xad\xe9\xff",
    "nbsp_only": "\xa0", "nel": "\x85", "zwsp": "\u200b", "ls": "\u2028", "bom": "\ufeff",
    "cjk": "中文", "emoji": "😀", "tag": "\U000e0001", "max": "\U0010ffff", "private": "\ue000",
    "unicode15": "\U0001fae8\U00031350\u0cf3\U00011f00", "unicode15_1": "\u2ffc\u2fff",
    "unicode16": "\U0001cc00\U0001fae9\u0897", "unassigned": "\u0378\U000e0080\U0003fffd",
    "format": "\u00ad\u0600\u200e\U000e0020", "spaces": " \u3000\u2029\u1680", "private_plane": "\U000f0000\U00100000",
    "surrogate": "\ud800", "low_surrogate": "\udc00", "combining": "e\u0301", "mixed": "x'\"\\\n\u00e9",
}
for k, s in STRS.items():
    case("str." + k, s)

# bytes and bytearray
case("bytes.empty", b"")
case("bytes.plain", b"abc")
case("bytes.sq", b"it's")
case("bytes.dq", b'say "hi"')
case("bytes.both", b"a'b\"c")
case("bytes.escapes", bytes([0, 9, 10, 13, 31, 32, 92, 126, 127, 128, 255]))
case("bytes.all", bytes(range(256)))
case("bytearray.empty", bytearray())
case("bytearray.plain", bytearray(b"a'b"))
case("bytearray.both", bytearray(b"a'b\"\x00"))

# tuples and lists
case("tuple.empty", ())
case("tuple.one", (1,))
case("tuple.two", (1, "a"))
case("tuple.nested_one", ((),))
case("tuple.nested", ((1,), [2, (3,)], {}))
case("list.empty", [])
case("list.one", [1])
case("list.mixed", ["a", b"b", 1.5, None, True, (), [], {}])
case("list.nested", [[[]], [[1]]])

# dicts (insertion order; equal keys keep the first key and the last value)
case("dict.empty", {})
case("dict.one", {1: 2})
case("dict.mixed", {"a": [1, (2,)], 1.5: None, (1, 2): b"x", None: {}})
case("dict.equal_keys", Raw({"dict": [[1, "a"], [True, "b"], [{"float": "1.0"}, "c"], [2, "d"]]}))
case("dict.zero_keys", Raw({"dict": [[{"float": "0.0"}, "a"], [{"float": "-0.0"}, "b"], [0, "c"]]}))
case("dict.nan_keys", Raw({"dict": [[{"float": "nan"}, 1], [{"float": "nan"}, 2]]}))
case("dict.update_keeps_place", Raw({"dict": [["x", 1], ["y", 2], ["x", 3]]}))

# sets: iteration order follows CPython's hash table (and the hash width)
case("set.empty", Set())
case("frozenset.empty", Frozen())
case("set.small_ints", Set(5, 3, 8, 1))
case("set.dups", Set(1, 1, 2, 2, 1))
case("set.neg", Set(-1, -2, -3, 3, 2, 1))
case("set.wrap", Set(8, 16, 0, 24, 1, 9))
case("set.range20_rev", Set(*range(19, -1, -1)))
case("set.range100_shuffled", Set(*[(i * 37) % 100 for i in range(100)]))
case("set.big", Set(2**31, 2**32, 2**40, 2**61, 2**61 - 1, 2**63, -2**31, 10**20, 1, 2, 3))
case("set.p31", Set(*[k * P31 + 3 for k in range(12)]))
case("set.p61", Set(*[k * P61 + 3 for k in range(12)]))
case("set.collide_neg", Set(*[-(5 + k * P31) for k in range(100)]))
case("set.collide_neg64", Set(*[-(5 + k * P61) for k in range(100)]))
case("set.floats", Set(1.5, 0.25, -2.75, 1e300, 1e-300, float("inf"), float("-inf"), 3.0, 1e16))
case("set.float_int_equal", Set(1, 1.0, True, 2.0, 2))
case("set.tuples", Set((1, 2), (2, 1), (), (1,), ((1, 2), 3), (-1, -2)))
case("set.frozensets", Set(Frozen(1), Frozen(2), Frozen(1, 2), Frozen(3), Frozen(2, 3), Frozen()))
case("set.frozensets_many", Set(*[Frozen(i, i * 7, -i) for i in range(24)]))
case("set.frozensets_300", Set(*[Frozen(i, -i) for i in range(300)]))
case("set.frozensets_big", Set(*[Frozen(2**40 + i, -(2**33) * i) for i in range(16)]))
case("set.tuples_many", Set(*[(i, -i, 2**35 + i) for i in range(24)]))
case("set.bools", Set(True, False, 2, 0))
case("set.zeros", Set(-0.0, 0.0, 0))
case("set.two_nans", Set(float("nan"), float("nan")))
case("set.one_exception", Set(Exc("ValueError", 1)))
case("set.none", Set(None, 1, 2, 7, 8), skip=NOT_311)
case("frozenset.small", Frozen(5, 3, 8, 1))
case("frozenset.nested", Frozen(Frozen(1, 2), (3, 4), 5))
case("set.in_list", [Set(3, 1, 2), Frozen(2, 1)])

# exceptions inside values
case("exc.in_tuple", (Exc("ValueError", 1), Exc("KeyError", "k")))
case("exc.in_dict", {"e": Exc("OSError", 2, "No such file", "f.txt")})

# self-referencing and shared structures
recipe("rec.dict_self", "dict_self")
recipe("rec.dict_list_cycle", "dict_list_cycle")
recipe("rec.dict_tuple_cycle", "dict_tuple_cycle")
recipe("rec.dict_two_refs", "dict_two_refs")
recipe("rec.exc_dict_cycle", "exc_dict_cycle")
recipe("rec.exc_in_list", "exc_in_list")


# ---- running the oracle --------------------------------------------------------------

SNIPPET = r'''
import builtins, json

CASES = json.loads(__CASES__)
RECIPES = json.loads(__RECIPES__)

def dec(v):
    if isinstance(v, list):
        return [dec(x) for x in v]
    if isinstance(v, dict):
        (k, x), = v.items()
        if k == "int": return int(x)
        if k == "float": return float(x)
        if k == "bytes": return bytes(x)
        if k == "bytearray": return bytearray(x)
        if k == "tuple": return tuple(dec(y) for y in x)
        if k == "dict":
            d = {}
            for a, b in x:
                d[dec(a)] = dec(b)
            return d
        if k == "set": return set([dec(y) for y in x])
        if k == "frozenset": return frozenset([dec(y) for y in x])
        if k == "exc": return getattr(builtins, x["cls"])(*[dec(y) for y in x["args"]])
        raise ValueError(v)
    return v

def text(f, v):
    try:
        return {"ok": f(v)}
    except Exception as e:
        return {"error": "%s: %s" % (type(e).__name__, e)}

out = []
for cid, value, rec in CASES:
    if rec is None:
        v = dec(value)
    else:
        ns = {}
        exec(RECIPES[rec], ns)
        v = ns["v"]
    out.append({"id": cid, "type": type(v).__name__, "repr": text(repr, v), "str": text(str, v)})
print(json.dumps(out, ensure_ascii=True))
'''


def run(ver, path):
    p = subprocess.run([ORACLE, "--python", ver, path], capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0:
        sys.stderr.write(p.stderr)
        raise SystemExit("oracle failed for %s" % ver)
    line = [l for l in p.stdout.splitlines() if l.startswith("[")][-1]
    return {r["id"]: r for r in json.loads(line)}


def c_string(s):
    """A C string literal of s's generalized UTF-8 (lone surrogates as their
    3-byte form), with octal escapes for anything not printable ASCII."""
    if s is None:
        return "NULL"
    data = s.encode("utf-8", "surrogatepass")
    out = []
    for b in data:
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 0x20 <= b < 0x7f and c != "?":   # '?' escaped: no trigraphs
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def text_field(t):
    return t.get("ok", "!" + t.get("error", ""))


def main():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    payload = [[cid, json.loads(value) if value is not None else None, rec] for cid, value, rec, _ in CASES]
    snippet = SNIPPET.replace("__CASES__", repr(json.dumps(payload, ensure_ascii=True)))
    snippet = snippet.replace("__RECIPES__", repr(json.dumps(RECIPES, ensure_ascii=True)))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "values.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(snippet)
        results = {prof: run(ver, path) for ver, prof in PROFILES}
    lines = [
        "/* Generated by tests/c/gen_values_cases.py from real CPython (profiles %s); do not edit."
        % ", ".join(p for _, p in PROFILES),
        " * {id, value (input encoding, JSON) or NULL, recipe or NULL, want[profile] = {type, repr, str}};",
        " * a text starting with '!' is the error \"Type: message\" it raises; str NULL: the same as",
        " * repr; type NULL: not checked; type \"^\": the same as the previous profile. */",
        "static const ValueCase value_cases[] = {",
    ]
    for cid, value, rec, skip in CASES:
        wants = []
        prev = None
        for _, prof in PROFILES:
            if prof in skip:
                wants.append("{NULL, NULL, NULL}")
                prev = None
                continue
            r = results[prof][cid]
            cur = (r["type"], text_field(r["repr"]), text_field(r["str"]))
            if cur == prev:
                wants.append('{"^", NULL, NULL}')
                continue
            prev = cur
            wants.append("{%s, %s, %s}" % (c_string(cur[0]), c_string(cur[1]),
                                           c_string(None if cur[2] == cur[1] else cur[2])))
        val = c_string(value)
        lines.append("  {%s, %s, %s,\n   {%s}}," % (c_string(cid), val, c_string(rec), ",\n    ".join(wants)))
    lines.append("};")
    with open(os.path.join(HERE, "values_cases.inc"), "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
