#!/usr/bin/env python3
"""Generates pyexc's errno tables from real CPython / real libc output.

    python3 tools/gen_errno/gen_errno.py            # regenerate from dumps/
    python3 tools/gen_errno/gen_errno.py --refresh  # re-dump first, then regenerate

Sources (each dump is kept in tools/gen_errno/dumps/ as JSON, so a plain run
needs neither the oracle nor the WASI toolchain):
  linux       native `python3` (CPython 3.11 on Linux/glibc) running dump_errno.py
  emscripten  dump_errno.py under Pyodide through the oracle
              (/work/shared/oracle/oracle.sh --python 3.12|3.13|3.14); the
              table comes from 3.14, the other two are compared and reported
  wasi        no CPython-on-WASI exists here: a C program generated from ORDER
              below is compiled with `clang --target=wasm32-unknown-wasi`
              against the installed wasi-libc and run with Node's node:wasi
              (run_wasi.mjs); it reports which errno macros exist, their
              values in CPython's insertion order, and strerror() texts

Writes:
  src/exc/errno_linux.c, src/exc/errno_emscripten.c, src/exc/errno_wasi.c
  tests/c/errno_cases.inc   expectations for tests/c/test_errno.c, taken
                            straight from the dumps (for linux and emscripten,
                            real CPython output; never from the tables)

Every rule the C side applies (errorcode's last-added-wins order, the
errno -> OSError subclass map, the unknown-code format) is first checked here
against the real CPython dumps; any mismatch stops the run.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DUMPS = os.path.join(HERE, 'dumps')
ORACLE = '/work/shared/oracle/oracle.sh'
EM_VERSIONS = ['3.12', '3.13', '3.14']
EM_TABLE_VERSION = '3.14'

# Codes probed on every platform; identical to `probe` in dump_errno.py
# (there it also includes every code of errno.errorcode, all inside this set).
PROBE = sorted(set(range(-2, 300)) | {9999, 65535, 100000, -9999, 2**31 - 1, -2**31})

# The E* names of CPython's Modules/errnomodule.c in add_errcode order (3.14;
# 3.13 is the same without EHWPOISON, added by gh-126585). Each is added only
# `#ifdef NAME`; errorcode[code] = name, so among names sharing a number the
# LAST one here wins. Names may repeat (the Solaris block re-adds ECANCELED,
# EOWNERDEAD, ENOTRECOVERABLE); the WSA* names (Windows only) are left out.
# Before ESHUTDOWN the module does
#     #if defined(__wasi__) && !defined(ESHUTDOWN)
#     #define ESHUTDOWN EPIPE      /* "WASI SDK 16 does not have ESHUTDOWN" */
# which the WASI probe program reproduces.
ORDER = """
ENODEV ENOCSI EHOSTUNREACH ENOMSG EUCLEAN EL2NSYNC EL2HLT ENODATA ENOTBLK
ENOSYS EPIPE EINVAL EOVERFLOW EADV EINTR EUSERS ENOTEMPTY ENOBUFS EPROTO
EREMOTE ENAVAIL ECHILD ELOOP EXDEV E2BIG ESRCH EMSGSIZE EAFNOSUPPORT EBADR
EHOSTDOWN EPFNOSUPPORT ENOPROTOOPT EBUSY EWOULDBLOCK EBADFD EDOTDOT EISCONN
ENOANO ESHUTDOWN ECHRNG ELIBBAD ENONET EBADE EBADF EMULTIHOP EIO EUNATCH
EPROTOTYPE ENOSPC ENOEXEC EALREADY ENETDOWN ENOTNAM EACCES ELNRNG EILSEQ
ENOTDIR ENOTUNIQ EPERM EDOM EXFULL ECONNREFUSED EISDIR EPROTONOSUPPORT EROFS
EADDRNOTAVAIL EIDRM ECOMM ESRMNT EREMOTEIO EL3RST EBADMSG ENFILE ELIBMAX
ESPIPE ENOLINK ENETRESET ETIMEDOUT ENOENT EEXIST EDQUOT ENOSTR EBADSLT
EBADRQC ELIBACC EFAULT EFBIG EDEADLK ENOTCONN EDESTADDRREQ ELIBSCN ENOLCK
EISNAM ECONNABORTED ENETUNREACH ESTALE ENOSR ENOMEM ENOTSOCK ESTRPIPE EMLINK
ERANGE ELIBEXEC EL3HLT ECONNRESET EADDRINUSE EOPNOTSUPP EREMCHG EAGAIN
ENAMETOOLONG ENOTTY ERESTART ESOCKTNOSUPPORT ETIME EBFONT EDEADLOCK
ETOOMANYREFS EMFILE ETXTBSY EINPROGRESS ENXIO ENOPKG
ENOMEDIUM EMEDIUMTYPE ECANCELED ENOKEY EHWPOISON EKEYEXPIRED EKEYREVOKED
EKEYREJECTED EOWNERDEAD ENOTRECOVERABLE ERFKILL
ECANCELED ENOTSUP EOWNERDEAD ENOTRECOVERABLE ELOCKUNMAPPED ENOTACTIVE
EAUTH EBADARCH EBADEXEC EBADMACHO EBADRPC EDEVERR EFTYPE ENEEDAUTH ENOATTR
ENOPOLICY EPROCLIM EPROCUNAVAIL EPROGMISMATCH EPROGUNAVAIL EPWROFF
ERPCMISMATCH ESHLIBVERS EQFULL ENOTCAPABLE
""".split()

# CPython's Objects/exceptions.c, ADD_ERRNO(TYPE, CODE) in order (errnomap is
# a dict keyed by the number: last added wins). ESHUTDOWN and ENOTCAPABLE are
# under #ifdef there; WSAETIMEDOUT (Windows only) is left out. Mirrored by
# errno_classes[] in src/exc/errno_table.c.
CLASS_MAP = [
    ('EAGAIN', 'BlockingIOError'), ('EALREADY', 'BlockingIOError'),
    ('EINPROGRESS', 'BlockingIOError'), ('EWOULDBLOCK', 'BlockingIOError'),
    ('EPIPE', 'BrokenPipeError'), ('ESHUTDOWN', 'BrokenPipeError'),
    ('ECHILD', 'ChildProcessError'),
    ('ECONNABORTED', 'ConnectionAbortedError'),
    ('ECONNREFUSED', 'ConnectionRefusedError'),
    ('ECONNRESET', 'ConnectionResetError'),
    ('EEXIST', 'FileExistsError'), ('ENOENT', 'FileNotFoundError'),
    ('EISDIR', 'IsADirectoryError'), ('ENOTDIR', 'NotADirectoryError'),
    ('EINTR', 'InterruptedError'),
    ('EACCES', 'PermissionError'), ('EPERM', 'PermissionError'),
    ('ENOTCAPABLE', 'PermissionError'),
    ('ESRCH', 'ProcessLookupError'), ('ETIMEDOUT', 'TimeoutError'),
]


def die(msg):
    sys.exit('gen_errno: ' + msg)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        die('%s failed (%d):\n%s%s' % (' '.join(cmd), r.returncode, r.stdout, r.stderr))
    return r.stdout


# ---------------------------------------------------------------- dumping

def dump_linux():
    out = run(['python3', os.path.join(HERE, 'dump_errno.py')])
    d = json.loads(out)
    if d['platform'] != 'linux':
        die('native python3 is not on Linux: %r' % d['platform'])
    return d


def dump_emscripten(ver):
    out = run([ORACLE, '--python', ver, os.path.join(HERE, 'dump_errno.py')])
    d = json.loads(out)
    if d['platform'] != 'emscripten':
        die('oracle --python %s did not run under Emscripten: %r' % (ver, d['platform']))
    if not d['version'].startswith(ver + '.'):
        die('oracle --python %s ran %s' % (ver, d['version']))
    return d


def wasi_program():
    """C source that prints, as JSON, every ORDER name the headers define
    (with its value, in order) and strerror() of every PROBE code."""
    L = ['/* Generated by tools/gen_errno/gen_errno.py: probes wasi-libc the',
         ' * way CPython\'s Modules/errnomodule.c sees it. */',
         '#include <errno.h>', '#include <stdio.h>', '#include <string.h>', '',
         'static void jstr(const char *s) {',
         '  putchar(\'"\');',
         '  for (; *s; s++) {',
         '    unsigned char c = (unsigned char)*s;',
         '    if (c == \'"\' || c == \'\\\\\') printf("\\\\%c", c);',
         '    else if (c < 0x20) printf("\\\\u%04x", c);',
         '    else putchar(c);',
         '  }',
         '  putchar(\'"\');',
         '}',
         'static int n;',
         'static void add(const char *name, int code) {',
         '  printf("%s[\\"%s\\", %d]", n++ ? ", " : "", name, code);',
         '}',
         'static const int probe[] = {' + ', '.join(c_int(c) for c in PROBE) + '};',
         '',
         'int main(void) {',
         '  unsigned i;',
         '  printf("{\\"names_in_order\\": [");']
    for name in ORDER:
        if name == 'ESHUTDOWN':
            L += ['#if defined(__wasi__) && !defined(ESHUTDOWN)',
                  '#define ESHUTDOWN EPIPE',
                  '#endif']
        L += ['#ifdef %s' % name, '  add("%s", %s);' % (name, name), '#endif']
    L += ['  printf("], \\"strerror\\": {");',
          '  for (i = 0; i < sizeof probe / sizeof probe[0]; i++) {',
          '    printf("%s\\"%d\\": ", i ? ", " : "", probe[i]);',
          '    jstr(strerror(probe[i]));',
          '  }',
          '  printf("}}\\n");',
          '  return 0;',
          '}', '']
    return '\n'.join(L)


def dump_wasi():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'wasi_errno.c')
        wasm = os.path.join(tmp, 'wasi_errno.wasm')
        with open(src, 'w') as f:
            f.write(wasi_program())
        run(['clang', '--target=wasm32-unknown-wasi', '-O1', '-Wall', '-D_GNU_SOURCE',
             src, '-o', wasm])
        out = run(['node', '--no-warnings', os.path.join(HERE, 'run_wasi.mjs'), wasm])
    d = json.loads(out)
    d['names'] = {}
    d['errorcode'] = {}
    for name, code in d['names_in_order']:   # as _add_errcode does
        d['names'][name] = code
        d['errorcode'][str(code)] = name
    d['class'] = {str(c): derived_class(d['names'], c) for c in PROBE}
    clang = run(['clang', '--version']).splitlines()[0]
    try:
        libc = 'wasi-libc ' + run(['dpkg-query', '-W', '-f', '${Version}', 'wasi-libc'])
    except SystemExit:
        libc = 'wasi-libc (version unknown)'
    d['version'] = '%s; %s; node %s' % (libc, clang, run(['node', '--version']).strip())
    d['platform'] = 'wasi'
    return d


def load_dumps(refresh):
    os.makedirs(DUMPS, exist_ok=True)
    jobs = [('linux', dump_linux), ('wasi', dump_wasi)]
    jobs += [('emscripten-' + v, (lambda v=v: dump_emscripten(v))) for v in EM_VERSIONS]
    dumps = {}
    for key, fn in jobs:
        path = os.path.join(DUMPS, key + '.json')
        if refresh or not os.path.exists(path):
            print('dumping', key, file=sys.stderr)
            d = fn()
            with open(path, 'w') as f:
                json.dump(d, f, indent=1, sort_keys=True)
                f.write('\n')
        with open(path) as f:
            dumps[key] = json.load(f)
    return dumps


# ---------------------------------------------------------------- rules

def derived_errorcode(names):
    """errno.errorcode as errnomodule.c builds it from the names it has."""
    for n in names:
        if n not in ORDER:
            die('name %s is not in ORDER (CPython errnomodule.c changed?)' % n)
    ec = {}
    for n in ORDER:
        if n in names:
            ec[names[n]] = n
    return ec


def derived_class(names, code):
    cls = 'OSError'
    for n, c in CLASS_MAP:
        if names.get(n) == code:
            cls = c
    return cls


def unknown_format(d):
    """printf format of os.strerror for codes the libc does not know."""
    t = d['strerror']['9999']
    fmt = t.replace('%', '%%')
    if '9999' in t:
        fmt = fmt.replace('9999', '%d')
    return fmt


def fmt_unknown(fmt, code):
    return fmt.replace('%d', str(code)).replace('%%', '%')


def check_and_tabulate(key, d):
    """Checks the C-side rules against dump d; returns the table data."""
    names = d['names']
    ec = {int(c): n for c, n in d['errorcode'].items()}
    if derived_errorcode(names) != ec:
        die('%s: errorcode differs from ORDER rule: %r' % (
            key, {c: (ec.get(c), n) for c, n in derived_errorcode(names).items() if ec.get(c) != n}))
    for n, c in names.items():
        if c not in ec:
            die('%s: %s=%d has no errorcode entry' % (key, n, c))
    for c, cls in d['class'].items():
        if derived_class(names, int(c)) != cls:
            die('%s: OSError(%s) is %s, CLASS_MAP says %s' % (key, c, cls, derived_class(names, int(c))))
    fmt = unknown_format(d)
    texts = {}
    for c, t in d['strerror'].items():
        c = int(c)
        if c in ec or t != fmt_unknown(fmt, c):
            texts[c] = t
    for c in PROBE:   # the table reproduces every probed text
        got = texts.get(c, fmt_unknown(fmt, c))
        if got != d['strerror'][str(c)]:
            die('%s: strerror(%d) %r != %r' % (key, c, got, d['strerror'][str(c)]))
    return {'names': names, 'errorcode': ec, 'texts': texts, 'fmt': fmt}


# ---------------------------------------------------------------- emitting

def c_int(v):
    """v as a C int constant expression (INT_MIN has no literal)."""
    return '(%d - 1)' % (v + 1) if v == -2**31 else str(v)


def c_str(s):
    out = ['"']
    for ch in s.encode('utf-8'):
        if ch in (0x22, 0x5c):
            out.append('\\' + chr(ch))
        elif 0x20 <= ch < 0x7f and ch != 0x3f:   # '?' escaped: no trigraphs
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    out.append('"')
    return ''.join(out)


def emit_platform(name, tab, header):
    names = sorted(tab['names'].items(), key=lambda kv: kv[0].encode())
    ec = sorted(tab['errorcode'].items())
    texts = sorted(tab['texts'].items())
    L = ['/* errno_%s.c: the errno data of CPython on the "%s" profile.' % (name, name)]
    L += [' * ' + h if h else ' *' for h in header]
    L += [' *',
          ' * GENERATED by tools/gen_errno/gen_errno.py; do not edit. Invariants:',
          ' * names sorted by strcmp, errorcode and texts sorted by code, all strictly.',
          ' */',
          '#include "errno_table.h"', '',
          '/* Every name of the errno module (aliases included). */',
          'static const ErrnoEntry names[] = {']
    for n, c in names:   # an alias shares its number with the name shown
        shown = tab['errorcode'][c]
        L.append('  {%s, %d},%s' % (c_str(n), c, '' if shown == n else
                                   '  /* alias: errorcode[%d] is %s */' % (c, shown)))
    L += ['};', '',
          '/* errno.errorcode: the name shown for each code. */',
          'static const ErrnoEntry errorcode[] = {']
    L += ['  {%s, %d},' % (c_str(n), c) for c, n in ec]
    L += ['};', '',
          '/* os.strerror(code) for the known codes and every other code whose text',
          ' * is not the unknown-code format. */',
          'static const ErrnoText texts[] = {']
    L += ['  {%d, %s},' % (c, c_str(t)) for c, t in texts]
    L += ['};', '',
          'const ErrnoPlatform errno_platform_%s = {' % name,
          '  %s,' % c_str(name),
          '  names, (int)(sizeof names / sizeof names[0]),',
          '  errorcode, (int)(sizeof errorcode / sizeof errorcode[0]),',
          '  texts, (int)(sizeof texts / sizeof texts[0]),',
          '  %s' % c_str(tab['fmt']),
          '};', '']
    path = os.path.join(ROOT, 'src', 'exc', 'errno_%s.c' % name)
    with open(path, 'w') as f:
        f.write('\n'.join(L))
    return len(names), len(ec), len(texts)


def emit_cases(sets, all_names):
    """tests/c/errno_cases.inc: per platform, the expected answer for every
    name ever seen and every probed code, straight from the dumps."""
    L = ['/* errno_cases.inc: expectations for tests/c/test_errno.c.',
         ' * GENERATED by tools/gen_errno/gen_errno.py from tools/gen_errno/dumps/;',
         ' * do not edit. linux and emscripten: real CPython output (dir(errno),',
         ' * errno.errorcode, os.strerror, type(OSError(code, "x")).__name__);',
         ' * wasi: names, codes and texts from the real wasi-libc (headers and',
         ' * strerror run under node:wasi), classes derived from CPython\'s',
         ' * Objects/exceptions.c map by the generator (no CPython-on-WASI here).',
         ' * A code of -1 means "no such name"; a NULL name "not in errorcode";',
         ' * a NULL class "plain OSError". */', '']
    table = []
    for plat, d, source in sets:
        names = d['names']
        L.append('static const CaseName %s_names[] = {' % plat)
        for n in sorted(all_names, key=lambda s: s.encode()):
            L.append('  {%s, %d},' % (c_str(n), names.get(n, -1)))
        L.append('  {"NOT_AN_ERRNO", -1},')
        L += ['};', '', 'static const CaseCode %s_codes[] = {' % plat]
        probe = sorted(int(c) for c in d['strerror'])
        for c in probe:
            n = d['errorcode'].get(str(c))
            cls = d['class'][str(c)]
            L.append('  {%s, %s, %s, %s},' % (
                c_int(c), c_str(n) if n else 'NULL',
                'NULL' if cls == 'OSError' else c_str(cls),
                c_str(d['strerror'][str(c)])))
        L += ['};', '']
        table.append('  {%s, %s, %s_names, (int)(sizeof %s_names / sizeof %s_names[0]),\n'
                     '   %s_codes, (int)(sizeof %s_codes / sizeof %s_codes[0]), %d, %d},'
                     % (c_str(plat), c_str(source), plat, plat, plat, plat, plat, plat,
                        len(names), len(d['errorcode'])))
    L.append('static const CaseSet case_sets[] = {')
    L += table
    L += ['};', '']
    with open(os.path.join(ROOT, 'tests', 'c', 'errno_cases.inc'), 'w') as f:
        f.write('\n'.join(L))


def libc_label(d):
    m = re.search(r'(glibc|musl)([\d.]+)', d['platform_full'])
    return '%s %s' % m.groups() if m else d['platform_full']


def em_label(d):
    """'3.14.2 (Pyodide 314.0.7, Emscripten 5.0.3)' for an emscripten dump."""
    m = re.match(r'Emscripten-([\d.]+)', d['platform_full'])
    return '%s (Pyodide %s, Emscripten %s)' % (
        d['version'].split()[0], d.get('pyodide'), m.group(1) if m else '?')


def em_differences(dumps):
    """Human-readable differences between the emscripten dumps."""
    out = []
    vs = EM_VERSIONS
    for a, b in zip(vs, vs[1:]):
        da, db = dumps['emscripten-' + a], dumps['emscripten-' + b]
        diffs = []
        for n in sorted(set(da['names']) | set(db['names'])):
            if da['names'].get(n) != db['names'].get(n):
                diffs.append('errno.%s: %s -> %s' % (n, da['names'].get(n), db['names'].get(n)))
        for c in sorted(set(da['errorcode']) | set(db['errorcode']), key=int):
            if da['errorcode'].get(c) != db['errorcode'].get(c):
                diffs.append('errorcode[%s]: %s -> %s' % (c, da['errorcode'].get(c), db['errorcode'].get(c)))
        for c in sorted(da['class'], key=int):
            if da['class'][c] != db['class'].get(c):
                diffs.append('OSError(%s): %s -> %s' % (c, da['class'][c], db['class'].get(c)))
        fa, fb = unknown_format(da), unknown_format(db)
        if fa != fb:
            diffs.append('strerror of an unknown code: %r -> %r' % (fa, fb))
        plain = []   # known codes whose text is the unknown-code text in both
        for c in sorted(int(c) for c in da['strerror']):
            ta, tb = da['strerror'][str(c)], db['strerror'][str(c)]
            if ta == tb:
                continue
            known = str(c) in da['errorcode'] or str(c) in db['errorcode']
            if ta == fmt_unknown(fa, c) and tb == fmt_unknown(fb, c):
                if known:
                    plain.append('%d %s' % (c, db['errorcode'].get(str(c)) or da['errorcode'][str(c)]))
            else:
                diffs.append('strerror(%d): %r -> %r' % (c, ta, tb))
        if plain:
            diffs.append('so these known codes, which have no text of their own, change too:')
            line = ' '
            for p in plain:
                if len(line) + len(p) + 2 > 70:
                    diffs.append(line.rstrip(','))
                    line = ' '
                line += ' ' + p + ','
            diffs.append(line.rstrip(','))
        out.append('%s ->' % em_label(da))
        out.append('  %s:%s' % (em_label(db), ' identical' if not diffs else ''))
        out += ['  ' + x for x in diffs]
    return out


def wasi_facts(d, tab):
    """Notable facts of this wasi-libc, stated from the dump itself."""
    names, out = d['names'], ['Facts of this wasi-libc:']
    if names.get('ESHUTDOWN') == names['EPIPE']:
        out.append('- no ESHUTDOWN macro, so errnomodule.c\'s fallback makes ESHUTDOWN ==')
        out.append('  EPIPE == %d, and errorcode[%d] is "%s";' % (
            names['EPIPE'], names['EPIPE'], d['errorcode'][str(names['EPIPE'])]))
    for a, b in (('EWOULDBLOCK', 'EAGAIN'), ('EOPNOTSUPP', 'ENOTSUP')):
        if a in names and names[a] == names.get(b):
            out.append('- %s == %s == %d (errorcode shows "%s");' % (
                a, b, names[a], d['errorcode'][str(names[a])]))
    out.append('- strerror of a code it does not know, negative ones included: "%s".' % tab['fmt'])
    return out


def main():
    refresh = '--refresh' in sys.argv[1:]
    dumps = load_dumps(refresh)
    for v in EM_VERSIONS:   # all three must pass the same rules
        check_and_tabulate('emscripten-' + v, dumps['emscripten-' + v])
    lin = dumps['linux']
    em = dumps['emscripten-' + EM_TABLE_VERSION]
    wa = dumps['wasi']
    diffs = em_differences(dumps)
    counts = {}
    counts['linux'] = emit_platform('linux', check_and_tabulate('linux', lin), [
        'Source: native CPython %s on Linux, %s: dir(errno) names' % (
            lin['version'].split()[0], libc_label(lin)),
        'starting with E, errno.errorcode, os.strerror (dumps/linux.json, by',
        'dump_errno.py).'])
    counts['emscripten'] = emit_platform('emscripten', check_and_tabulate('emscripten', em), [
        'Source: CPython %s, run by' % em_label(em),
        'oracle.sh --python %s (dumps/emscripten-%s.json, by dump_errno.py).' % (EM_TABLE_VERSION, EM_TABLE_VERSION),
        '',
        'The data differs between the Pyodide builds of CPython (each ships its',
        'own Emscripten and libc); this table is %s. Differences found:' % EM_TABLE_VERSION] + diffs)
    counts['wasi'] = emit_platform('wasi', check_and_tabulate('wasi', wa), [
        'Source: %s.' % wa['version'],
        'No CPython-on-WASI was run: a C program generated from CPython 3.14\'s',
        'Modules/errnomodule.c order (gen_errno.py ORDER) was compiled against',
        'wasi-libc and run under node:wasi; it reports which names the headers',
        'define (as #ifdef in errnomodule.c), their values, and strerror() texts',
        '(dumps/wasi.json). errorcode follows errnomodule.c\'s last-added-wins order.'] +
        wasi_facts(wa, check_and_tabulate('wasi', wa)))
    all_names = set(ORDER)
    for d in dumps.values():
        all_names |= set(d['names'])
    emit_cases([
        ('linux', lin, 'native CPython %s, %s' % (lin['version'].split()[0], libc_label(lin))),
        ('emscripten', em, 'CPython ' + em_label(em)),
        ('wasi', wa, wa['version']),
    ], all_names)
    for k, (a, b, c) in counts.items():
        print('%-10s %3d names, %3d errorcode, %3d texts' % (k, a, b, c))
    print('emscripten versions:')
    print('\n'.join(diffs))


if __name__ == '__main__':
    main()
