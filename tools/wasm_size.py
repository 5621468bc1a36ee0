#!/usr/bin/env python3
"""wasm_size.py: where the bytes of the web module go.

    python3 tools/wasm_size.py [BUILD_DIR]      (default build/wasm-web)

Relinks BUILD_DIR's pyexc-core.mjs with --profiling-funcs into a temporary
directory (the link command comes from ninja, so flags stay the same), then
prints the code by src/ folder and by object file, raw and gzip -9 (each
group's function bodies compressed together: the sums come close to the
whole section's gzip size), the largest functions, and the section sizes.
Functions that no object of the build defines are the C library's.
Needs ninja, emcc, llvm-nm (as emscripten installs them).
"""
import collections
import gzip
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        n, j = leb(b, i + 1)
        yield sid, b[j:j + n]
        i = j + n


def functions(path):
    """[(name, body)] of the defined functions, names from the name section."""
    b = open(path, 'rb').read()
    bodies, names, nimp = [], {}, 0
    for sid, s in sections(b):
        if sid == 2:                                  # imports: count functions
            n, i = leb(s, 0)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(s, i)
                    i += ln
                kind = s[i]
                i += 1
                if kind == 0:
                    _, i = leb(s, i)
                    nimp += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 2:
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                else:
                    i += 2
        elif sid == 10:
            n, i = leb(s, 0)
            for _ in range(n):
                ln, i = leb(s, i)
                bodies.append(s[i:i + ln])
                i += ln
        elif sid == 0:
            ln, i = leb(s, 0)
            if s[i:i + ln] != b'name':
                continue
            i += ln
            while i < len(s):
                sub = s[i]
                ln, i = leb(s, i + 1)
                end = i + ln
                if sub == 1:
                    n, i = leb(s, i)
                    for _ in range(n):
                        k, i = leb(s, i)
                        ln, i = leb(s, i)
                        names[k] = s[i:i + ln].decode()
                        i += ln
                i = end
    return [(names.get(nimp + k, '?%d' % k), body) for k, body in enumerate(bodies)]


def gz(data):
    return len(gzip.compress(data, 9))


def main(argv):
    build = os.path.abspath(argv[1] if len(argv) > 1 else os.path.join(ROOT, 'build', 'wasm-web'))
    cmd = subprocess.run(['ninja', '-C', build, '-t', 'commands', 'pyexc_web'], capture_output=True,
                         text=True, check=True).stdout.strip().splitlines()[-1]
    cmd = re.sub(r'^: && ', '', cmd)
    cmd = re.sub(r' && :$', '', cmd)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'prof.mjs')
        cmd = cmd.replace('-o pyexc-core.mjs', '--profiling-funcs -o ' + out)
        env = dict(os.environ, NODE_PATH='/usr/share/nodejs')
        subprocess.run(cmd, shell=True, cwd=build, check=True, env=env, stderr=subprocess.DEVNULL)
        fns = functions(os.path.join(tmp, 'prof.wasm'))
        whole = open(os.path.join(build, 'pyexc-core.wasm'), 'rb').read()
    objs = [os.path.join(build, 'libpyexc_core.a')]
    for d, _, files in os.walk(os.path.join(build, 'CMakeFiles', 'pyexc_web.dir')):
        objs += [os.path.join(d, f) for f in files if f.endswith('.o')]
    nm = subprocess.run(['llvm-nm', '--defined-only'] + objs, capture_output=True, text=True).stdout
    owner, obj = {}, None
    for line in nm.splitlines():
        if line.endswith(':'):
            obj = os.path.basename(line[:-1]).split(':')[-1]
            continue
        parts = line.split()
        if len(parts) >= 2:
            owner.setdefault(parts[-1], obj)
    folder = {}
    for d in os.listdir(os.path.join(ROOT, 'src')):
        for f in os.listdir(os.path.join(ROOT, 'src', d)):
            folder[f + '.o'] = 'src/' + d
    folder['binding.c.o'] = 'bindings'
    by_dir, by_obj = collections.defaultdict(list), collections.defaultdict(list)
    for name, body in fns:
        o = owner.get(name) or owner.get(re.sub(r'\.\d+$', '', name)) or '(libc)'
        by_obj[o].append(body)
        by_dir[folder.get(o, '(libc and merged)')].append(body)
    print('sections of %s (raw, gzip -9):' % os.path.join(build, 'pyexc-core.wasm'))
    for sid, s in sections(whole):
        if sid in (10, 11):
            print('  %-5s %8d %8d' % ({10: 'code', 11: 'data'}[sid], len(s), gz(s)))
    for title, groups, top in (('code by folder', by_dir, 99), ('code by object', by_obj, 40)):
        print('%s (gzip, raw, functions):' % title)
        rows = sorted(((gz(b''.join(v)), sum(map(len, v)), len(v), k) for k, v in groups.items()), reverse=True)
        for r in rows[:top]:
            print('  %7d %7d %5d  %s' % r)
    print('largest functions (raw):')
    for name, body in sorted(fns, key=lambda f: -len(f[1]))[:30]:
        print('  %7d  %s (%s)' % (len(body), name, owner.get(name, '(libc)')))


if __name__ == '__main__':
    main(sys.argv)
