#!/usr/bin/env python3
"""gen_unicode.py: generate the Unicode tables of src/base/unicode.h.

Run from anywhere with the python3 whose behaviour the tables must copy
(CPython 3.11, unicodedata 14.0.0):

    python3 tools/gen_unicode.py

Writes
  src/base/unicode_data.c       compact tables + two lookup functions
  tests/c/unicode_checksums.inc per-property checksums of CPython's answers

Every property is taken from CPython's own behaviour on one-character
strings (str.isprintable, str.upper, ...), never from the UCD files, so the
C side agrees with the interpreter it models, quirks included.

Table layout (the contract with src/base/unicode.c):
  * props word (uint32): bits 0..10 flags in FLAGS order, bits 11..15
    category index into uni_data_cat_name, bits 16..19 decimal value or 15.
  * case record (uint16[4]): upper, lower, title, casefold.  A field f < 0x8000
    indexes uni_data_case_delta: the mapping is cp + delta.  f >= 0x8000 is a
    mapping of 2..3 code points: cp + uni_data_case_delta[f & 0x1FF] followed
    by the 1..2 code points of uni_data_case_tail[(f >> 9) & 0x3F] (0-padded).
  * uni_data_prop_index / uni_data_case_index map a code point (any uint32)
    to a record index; index 0 is the record of an unassigned code point and
    is used for every cp > 0x10FFFF.
Each index is a multi-level trie: top[cp >> S] -> offset into the next level
-> ... -> leaf.  Blocks are deduplicated and may overlap each other (a block
is stored as a substring of what is already there when possible), so levels
hold offsets, not block numbers.  The leaf arrays start with the records of
U+0000..U+00FF in order, which gives Latin-1 a one-load fast path.
"""
import os
import sys
import textwrap
import unicodedata
import zlib

MAXCP = 0x110000
FLAGS = ['printable', 'space', 'alpha', 'decimal', 'digit', 'numeric',
         'upper', 'lower', 'title', 'xid_start', 'xid_continue']
CAT_SHIFT, DEC_SHIFT, DEC_NONE = 11, 16, 15
LONG, TAIL_SHIFT, DELTA_MASK = 0x8000, 9, 0x1FF
LATIN1 = 256

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_C = os.path.join(ROOT, 'src', 'base', 'unicode_data.c')
SUMS_INC = os.path.join(ROOT, 'tests', 'c', 'unicode_checksums.inc')


# ---------------------------------------------------------------- CPython's answers

def ask(cp):
    """CPython's answers for one code point, straight from str/unicodedata."""
    c = chr(cp)
    return {
        'isprintable': c.isprintable(), 'isspace': c.isspace(),
        'isalpha': c.isalpha(), 'isdecimal': c.isdecimal(),
        'isdigit': c.isdigit(), 'isnumeric': c.isnumeric(),
        'isalnum': c.isalnum(), 'isupper': c.isupper(),
        'islower': c.islower(), 'istitle': c.istitle(),
        'decimal': unicodedata.decimal(c, -1),
        'xid_start': c.isidentifier(),
        'xid_continue': ('a' + c).isidentifier(),
        'toupper': [ord(x) for x in c.upper()],
        'tolower': [ord(x) for x in c.lower()],
        'totitle': [ord(x) for x in c.title()],
        'casefold': [ord(x) for x in c.casefold()],
        'category': unicodedata.category(c),
    }


PROPS = ['isprintable', 'isspace', 'isalpha', 'isdecimal', 'isdigit',
         'isnumeric', 'isalnum', 'isupper', 'islower', 'istitle', 'decimal',
         'xid_start', 'xid_continue', 'toupper', 'tolower', 'totitle',
         'casefold', 'category']
FLAG_PROP = dict(zip(FLAGS, ['isprintable', 'isspace', 'isalpha', 'isdecimal',
                             'isdigit', 'isnumeric', 'isupper', 'islower',
                             'istitle', 'xid_start', 'xid_continue']))
CASES = ['toupper', 'tolower', 'totitle', 'casefold']


def ask_all():
    """Column per property: answers[prop][cp]."""
    cols = {p: [None] * MAXCP for p in PROPS}
    for cp in range(MAXCP):
        a = ask(cp)
        for p in PROPS:
            cols[p][cp] = a[p]
    return cols


# ---------------------------------------------------------------- checksums

def words(prop, cp, v):
    """The 32-bit words the C test hashes for one answer, and whether the
    answer is non-trivial (counted).  Mirrors tests/c/test_unicode.c."""
    if prop == 'decimal':
        return [v & 0xFFFFFFFF], v != -1
    if prop in CASES:
        return [len(v)] + v, v != [cp]
    if prop == 'category':
        return [ord(v[0]) | ord(v[1]) << 8], v != 'Cn'
    return [int(v)], bool(v)


def checksums(cols):
    """FNV-1a over words (h = (h ^ w) * 16777619 mod 2^32) for every cp in
    order; each step is a bijection of h, so one wrong answer always shows."""
    out = []
    for p in PROPS:
        h, n, col = 2166136261, 0, cols[p]
        for cp in range(MAXCP):
            ws, nontrivial = words(p, cp, col[cp])
            for w in ws:
                h = ((h ^ w) * 16777619) & 0xFFFFFFFF
            n += nontrivial
        out.append((p, h, n))
    return out


# ---------------------------------------------------------------- records

def ranked(keys, first):
    """Dense ids for keys, `first` gets 0, the rest by falling frequency."""
    freq = {}
    for k in keys:
        freq[k] = freq.get(k, 0) + 1
    order = sorted(freq, key=lambda k: (k != first, -freq[k], repr(k)))
    ids = {k: i for i, k in enumerate(order)}
    return order, [ids[k] for k in keys]


def build_props(cols):
    cats, _ = ranked(cols['category'], cols['category'][MAXCP - 1])
    catid = {c: i for i, c in enumerate(cats)}
    assert len(cats) <= 32
    keys = []
    for cp in range(MAXCP):
        w = 0
        for bit, f in enumerate(FLAGS):
            w |= int(cols[FLAG_PROP[f]][cp]) << bit
        d = cols['decimal'][cp]
        assert (d != -1) == cols['isdecimal'][cp] and -1 <= d <= 9
        w |= catid[cols['category'][cp]] << CAT_SHIFT
        w |= (DEC_NONE if d < 0 else d) << DEC_SHIFT
        keys.append(w)
    recs, idx = ranked(keys, keys[MAXCP - 1])
    assert recs[0] == DEC_NONE << DEC_SHIFT | catid['Cn'] << CAT_SHIFT
    return cats, recs, idx


def build_cases(cols):
    """A mapping m of cp is (m[0] - cp, tail m[1:]): the full mappings of a
    run of letters (U+1F80.. -> U+1F08.. U+0399) then share one record."""
    def field(cp, m):
        assert 1 <= len(m) <= 3 and all(0 < x < 0x10000 for x in m[1:]), (cp, m)
        return (m[0] - cp, tuple(m[1:]))
    keys = [tuple(field(cp, cols[p][cp]) for p in CASES) for cp in range(MAXCP)]
    recs, idx = ranked(keys, keys[MAXCP - 1])
    assert recs[0] == ((0, ()),) * 4
    # deltas by frequency of use over code points, so small ones come first
    dfreq = {}
    for k in keys:
        for d, _ in k:
            dfreq[d] = dfreq.get(d, 0) + 1
    deltas = sorted(dfreq, key=lambda d: (d != 0, -dfreq[d], d))
    tails = sorted({t for r in recs for _, t in r if t})
    did = {d: i for i, d in enumerate(deltas)}
    tid = {t: i for i, t in enumerate(tails)}
    assert len(deltas) <= DELTA_MASK + 1 and len(tails) <= 0x7FFF >> TAIL_SHIFT

    def enc(d, t):
        return did[d] if not t else LONG | tid[t] << TAIL_SHIFT | did[d]
    table = [[enc(d, t) for d, t in r] for r in recs]
    return table, deltas, [list(t) + [0] * (2 - len(t)) for t in tails], idx


# ---------------------------------------------------------------- tries

def ctype(mx):
    return 'uint8_t' if mx < 256 else 'uint16_t' if mx < 65536 else 'uint32_t'


def width(mx):
    return 1 if mx < 256 else 2 if mx < 65536 else 4


def pack(vals, shift, seed=()):
    """Split vals into blocks of 2**shift; store each distinct block once in
    data, reusing any aligned occurrence (or an overlap with the tail).
    Returns (offsets per block, data)."""
    bs, w = 1 << shift, width(max(vals))
    enc = lambda xs: b''.join(x.to_bytes(w, 'little') for x in xs)
    data = list(seed)
    raw = bytearray(enc(data))
    seen, offs = {}, []
    for i in range(0, len(vals), bs):
        blk = tuple(vals[i:i + bs])
        if blk not in seen:
            bb = enc(blk)
            pos = raw.find(bb)
            while pos >= 0 and pos % w:
                pos = raw.find(bb, pos + 1)
            if pos < 0:
                k = min(bs - 1, len(data))
                while k and tuple(data[len(data) - k:]) != blk[:k]:
                    k -= 1
                pos = (len(data) - k) * w
                data += blk[k:]
                raw += enc(blk[k:])
            seen[blk] = pos // w
        offs.append(seen[blk])
    return offs, data


def trie(vals, shifts):
    """Levels leaf first: [leaf, idx1, ..., top]."""
    levels, cur = [], vals
    for i, s in enumerate(shifts):
        offs, data = pack(cur, s, cur[:LATIN1] if i == 0 else ())
        levels.append(data)
        cur = offs
    levels.append(cur)
    return levels


def trie_size(levels):
    return sum(len(a) * width(max(a)) for a in levels)


def trie_cost(levels):
    """What a level set costs where it matters, in the gzip-compressed web
    module: the deflated size of the arrays as C lays them out."""
    raw = b''.join(b''.join(x.to_bytes(width(max(a)), 'little') for x in a) for a in levels)
    return len(zlib.compress(raw, 9))


def best_trie(vals):
    """Search leaf/index block shifts (2 or 3 index levels) for the trie that
    compresses smallest; each level's packing only depends on the shifts
    below it."""
    best = None
    for s0 in range(3, 8):
        o0, d0 = pack(vals, s0, vals[:LATIN1])
        for s1 in range(2, 8):
            o1, d1 = pack(o0, s1)
            for s2 in [None] + list(range(2, 7)):
                if s2 is None:
                    lv, sh = [d0, d1, o1], (s0, s1)
                else:
                    o2, d2 = pack(o1, s2)
                    lv, sh = [d0, d1, d2, o2], (s0, s1, s2)
                cost = trie_cost(lv)
                if best is None or cost < best[2]:
                    best = (lv, sh, cost)
    return best[:2]


def lookup(levels, shifts, cp):
    """Python model of the generated C lookup (used to self-check)."""
    if cp < LATIN1:
        return levels[0][cp]
    total = sum(shifts)
    i = levels[-1][cp >> total]
    for lv in range(len(shifts) - 1, -1, -1):
        s = sum(shifts[:lv])
        i = levels[lv][i + ((cp >> s) & ((1 << shifts[lv]) - 1))]
    return i


# ---------------------------------------------------------------- C output

def carray(decl, vals):
    items = [str(v) for v in vals]
    lines, line = [], ' '
    for it in items:
        if len(line) + len(it) + 2 > 79:
            lines.append(line)
            line = ' '
        line += ' ' + it + ','
    lines.append(line)
    return '%s = {\n%s\n};\n' % (decl, '\n'.join(lines))


def cfunc(name, tag, levels, shifts):
    """Static trie arrays plus the lookup function for one property set."""
    out = []
    names = ['uni_%s_leaf' % tag] + ['uni_%s_idx%d' % (tag, i)
                                     for i in range(1, len(shifts))]
    names.append('uni_%s_top' % tag)
    for nm, a in zip(names, levels):
        out.append(carray('static const %s %s[%d]' % (ctype(max(a)), nm, len(a)), a))
    total = sum(shifts)
    body = ['unsigned %s(uint32_t cp) {' % name,
            '  unsigned i;',
            '  if (cp < %d) return %s[cp];  /* leaf starts with Latin-1 */' % (LATIN1, names[0]),
            '  if (cp > 0x10FFFF) return 0;',
            '  i = %s[cp >> %d];' % (names[-1], total)]
    for lv in range(len(shifts) - 1, 0, -1):
        s = sum(shifts[:lv])
        body.append('  i = %s[i + ((cp >> %d) & 0x%X)];' % (names[lv], s, (1 << shifts[lv]) - 1))
    body.append('  return %s[i + (cp & 0x%X)];' % (names[0], (1 << shifts[0]) - 1))
    body.append('}')
    out.append('\n'.join(body) + '\n')
    return '\n'.join(out)


def size_note(levels, shifts):
    return 'shifts %s, %d bytes' % ('/'.join(map(str, shifts)), trie_size(levels))


def write_data(cats, precs, pt, ct, crecs, deltas, tails):
    (pl, ps), (cl, cs) = pt, ct
    py = '%s %s' % (sys.implementation.name, '.'.join(map(str, sys.version_info[:3])))
    recbytes = len(precs) * 4 + len(crecs) * 8 + len(deltas) * 4 + len(tails) * 4 + len(cats) * 3
    hdr = """/* unicode_data.c: GENERATED by tools/gen_unicode.py -- do not edit.
 * Source: %s, unicodedata %s: CPython's own str methods and
 * unicodedata asked about every code point 0..0x10FFFF.
 * Layout: see tools/gen_unicode.py.  props trie: %s;
 * case trie: %s; records etc.: %d bytes. */
#include <stdint.h>

unsigned uni_data_prop_index(uint32_t cp);
unsigned uni_data_case_index(uint32_t cp);
extern const uint32_t uni_data_prop[];
extern const uint16_t uni_data_case[][4];
extern const int32_t uni_data_case_delta[];
extern const uint16_t uni_data_case_tail[][2];
extern const char uni_data_cat_name[][3];
""" % (py, unicodedata.unidata_version, size_note(pl, ps), size_note(cl, cs), recbytes)
    parts = [hdr]
    parts.append('/* general categories; uni_data_prop bits %d..%d index this */\n'
                 % (CAT_SHIFT, CAT_SHIFT + 4))
    parts.append(carray('const char uni_data_cat_name[%d][3]' % len(cats),
                        ['"%s"' % c for c in cats]))
    flags = textwrap.wrap(' '.join('%s=%d' % (f, 1 << i) for i, f in enumerate(FLAGS)),
                          70, initial_indent=' * ', subsequent_indent=' * ')
    parts.append('/* props words: category << %d | decimal (15: none) << %d | flags:\n%s */\n'
                 % (CAT_SHIFT, DEC_SHIFT, '\n'.join(flags)))
    parts.append(carray('const uint32_t uni_data_prop[%d]' % len(precs),
                        ['0x%X' % r for r in precs]))
    parts.append('/* case records: upper, lower, title, fold; < 0x8000: delta index,\n'
                 ' * else 0x8000 | tail index << 9 | delta index of the first code point */\n')
    parts.append('const uint16_t uni_data_case[%d][4] = {\n%s\n};\n' % (
        len(crecs), '\n'.join(
            '  ' + ' '.join('{%s},' % ','.join(
                ('0x%X' % f) if f >= LONG else str(f) for f in r)
                for r in crecs[i:i + 3]) for i in range(0, len(crecs), 3))))
    parts.append(carray('const int32_t uni_data_case_delta[%d]' % len(deltas), deltas))
    parts.append('/* what follows the first code point of a long mapping */\n')
    parts.append('const uint16_t uni_data_case_tail[%d][2] = {\n%s\n};\n' % (
        len(tails), '\n'.join('  ' + ' '.join('{0x%X,0x%X},' % tuple(t) for t in tails[i:i + 5])
                              for i in range(0, len(tails), 5))))
    parts.append(cfunc('uni_data_prop_index', 'p', pl, ps))
    parts.append(cfunc('uni_data_case_index', 'c', cl, cs))
    with open(DATA_C, 'w') as f:
        f.write('\n'.join(parts))


def write_sums(sums):
    py = '%s %s' % (sys.implementation.name, '.'.join(map(str, sys.version_info[:3])))
    with open(SUMS_INC, 'w') as f:
        f.write('/* unicode_checksums.inc: GENERATED by tools/gen_unicode.py -- do not edit.\n'
                ' * From %s answers (unicodedata %s), not from the tables.\n'
                ' * UNI_SUM(prop, hash, count): hash = FNV-1a over 32-bit words, for cp\n'
                ' * 0..0x10FFFF in order, of: bool -> 0/1; decimal -> value or 0xFFFFFFFF;\n'
                ' * case mapping -> n, cp1..cpn; category -> c[0] | c[1] << 8.\n'
                ' * count = code points with a true / non-identity / not-Cn answer. */\n'
                % (py, unicodedata.unidata_version))
        for p, h, n in sums:
            f.write('UNI_SUM(%s, 0x%08Xu, %d)\n' % (p, h, n))


# ---------------------------------------------------------------- main

def main():
    if unicodedata.unidata_version != '14.0.0':
        print('warning: unicodedata %s, tables are meant for 14.0.0'
              % unicodedata.unidata_version, file=sys.stderr)
    cols = ask_all()
    cats, precs, pidx = build_props(cols)
    assert len(precs) < 256
    crecs, deltas, tails, cidx = build_cases(cols)
    pt, ct = best_trie(pidx), best_trie(cidx)
    # self-check: the trie model returns every code point's record
    for cp in range(MAXCP):
        assert lookup(pt[0], pt[1], cp) == pidx[cp], hex(cp)
        assert lookup(ct[0], ct[1], cp) == cidx[cp], hex(cp)
    write_data(cats, precs, pt, ct, crecs, deltas, tails)
    write_sums(checksums(cols))
    print('props: %d records, %s' % (len(precs), size_note(*pt)))
    print('case:  %d records, %d deltas, %d tails, %s'
          % (len(crecs), len(deltas), len(tails), size_note(*ct)))


if __name__ == '__main__':
    main()
