#!/usr/bin/env python3
"""Regenerates the oracle's expected outputs from REAL CPython.

Run from anywhere:   python3 tests/oracle/gen.py [--python 3.12 ...]

Reads tests/oracle/ctor_cases.json (written by build_cases.py), writes one
snippet that constructs every case, runs it through
/work/shared/oracle/oracle.sh (or $PYEXC_ORACLE) once per version, and writes

  expected/ctor.<profile>.json        object: case id -> record
  expected/hierarchy.<version>.txt    the built-in exception tree

profiles: 3.11-linux (native CPython), 3.12/3.13/3.14-emscripten (Pyodide).

Record of a case:
  success: {"id", "type": type(e).__name__, "str": str(e), "repr": repr(e),
            "args": ENC(e.args),
            "attrs": {name: {"value": ENC(v)} | {"repr": repr(v)}
                             | {"error": {"type": ..., "message": ...}}}}
  failure: {"id", "error": {"type": type(err).__name__, "message": str(err)}}
(if str(e) or repr(e) itself raises, "str_error"/"repr_error" replace them.)

ENC (output encoding): None/bool/str/int with |n| < 2**53 as JSON;
{"int": "..."} other ints; {"float": repr(f)} floats ("nan", "inf", "-inf",
"-0.0", "1e-05", "1.5e+300"); {"bytes": [..]}; {"tuple": [..]}; lists as
arrays; {"dict": [[k, v], ..]}; any other object nested inside a container
(e.g. an exception in ExceptionGroup args) as {"repr": repr(obj)}.  An attribute
whose value itself is such an object is {"repr": repr(v)} instead of {"value"}.

Input encoding of ctor_cases.json: the same, plus {"exc": {"cls", "args"}} for
an exception instance argument; floats there are never integral.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.environ.get("PYEXC_ORACLE", "/work/shared/oracle/oracle.sh")
PROFILES = {
    "3.11": "3.11-linux",
    "3.12": "3.12-emscripten",
    "3.13": "3.13-emscripten",
    "3.14": "3.14-emscripten",
}

SNIPPET = r'''
import builtins, json, sys

CASES = json.loads(__CASES__)

def dec(v):
    if isinstance(v, list):
        return [dec(x) for x in v]
    if isinstance(v, dict):
        (k, x), = v.items()
        if k == "int":
            return int(x)
        if k == "float":
            return float(x)
        if k == "bytes":
            return bytes(x)
        if k == "tuple":
            return tuple(dec(y) for y in x)
        if k == "dict":
            return {dec(a): dec(b) for a, b in x}
        if k == "exc":
            return getattr(builtins, x["cls"])(*[dec(y) for y in x["args"]])
        raise ValueError("bad encoded value %r" % (v,))
    return v

class NotEncodable(Exception):
    pass

def enc(v, top=False):
    t = type(v)
    if v is None or t is bool or t is str:
        return v
    if t is int:
        return v if -2**53 < v < 2**53 else {"int": str(v)}
    if t is float:
        return {"float": repr(v)}
    if t is bytes:
        return {"bytes": list(v)}
    if t is tuple:
        return {"tuple": [enc(x) for x in v]}
    if t is list:
        return [enc(x) for x in v]
    if t is dict:
        return {"dict": [[enc(a), enc(b)] for a, b in v.items()]}
    if top:
        raise NotEncodable
    return {"repr": repr(v)}

def err(e):
    return {"type": type(e).__name__, "message": str(e)}

def run(c):
    rec = {"id": c["id"]}
    try:
        cls = eval(c["cls"])  # NameError "name 'X' is not defined" if absent
        args = [dec(a) for a in c["args"]]
        kw = {k: dec(v) for k, v in c["kw"].items()}
        e = cls(*args, **kw)
    except Exception as ex:
        rec["error"] = err(ex)
        return rec
    rec["type"] = type(e).__name__
    try:
        rec["str"] = str(e)
    except Exception as ex:
        rec["str_error"] = err(ex)
    try:
        rec["repr"] = repr(e)
    except Exception as ex:
        rec["repr_error"] = err(ex)
    rec["args"] = enc(e.args)
    attrs = {}
    for name in c["attrs"]:
        try:
            v = getattr(e, name)
        except Exception as ex:
            attrs[name] = {"error": err(ex)}
            continue
        try:
            attrs[name] = {"value": enc(v, top=True)}
        except NotEncodable:
            attrs[name] = {"repr": repr(v)}
    rec["attrs"] = attrs
    return rec

def builtin_classes():
    out = {}
    for name, v in vars(builtins).items():
        if isinstance(v, type) and issubclass(v, BaseException) and v.__name__ == name:
            out[v] = name
    return out

def hierarchy():
    # The tree of Lib/test/exception_hierarchy.txt / the docs: built-in
    # classes only, private (underscore) ones left out; a class with several
    # bases sits under its last base, the others follow in brackets; children
    # sorted by name, except that Exception is the last child of BaseException.
    known = builtin_classes()
    def public(c):
        return c in known and not known[c].startswith("_")
    def children(p):
        kids = [c for c in p.__subclasses__() if public(c) and c.__bases__[-1] is p]
        kids.sort(key=lambda c: (c is Exception, c.__name__))
        return kids
    lines = ["BaseException"]
    def walk(p, prefix):
        kids = children(p)
        for i, c in enumerate(kids):
            last = i == len(kids) - 1
            label = c.__name__
            others = [b.__name__ for b in c.__bases__[:-1]]
            if others:
                label += " [" + ", ".join(others) + "]"
            lines.append(prefix + ("\u2514\u2500\u2500 " if last else "\u251c\u2500\u2500 ") + label)
            walk(c, prefix + ("     " if last else "\u2502    "))
    walk(BaseException, " ")
    seen = set()
    def collect(p):
        for c in p.__subclasses__():
            if public(c) and c not in seen:
                seen.add(c)
                collect(c)
    collect(BaseException)
    shown = {l.split("\u2500\u2500 ")[-1].split(" [")[0] for l in lines}
    missing = sorted(known[c] for c in seen if c.__name__ not in shown)
    assert not missing, missing
    return "\n".join(lines)

out = {
    "version": "%d.%d.%d" % sys.version_info[:3],
    "platform": sys.platform,
    "hierarchy": hierarchy(),
    "private": sorted(n for n in builtin_classes().values() if n.startswith("_")),
    "records": [run(c) for c in CASES],
}
sys.stdout.write(json.dumps(out, ensure_ascii=True))
sys.stdout.write("\n")
'''


def make_snippet(cases):
    # The cases travel as one ASCII JSON string literal.
    lit = repr(json.dumps(cases, ensure_ascii=True))
    return SNIPPET.replace("__CASES__", lit)


def run_version(ver, snippet_path):
    p = subprocess.run([ORACLE, "--python", ver, snippet_path],
                       capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0:
        sys.stderr.write(p.stderr)
        raise SystemExit(f"oracle failed for {ver} (exit {p.returncode})")
    lines = [l for l in p.stdout.splitlines() if l.startswith("{")]
    return json.loads(lines[-1])


def main(argv):
    versions = list(PROFILES)
    if len(argv) >= 2 and argv[0] == "--python":
        versions = argv[1:]
    with open(os.path.join(HERE, "ctor_cases.json"), encoding="utf-8") as f:
        cases = json.load(f)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    outdir = os.path.join(HERE, "expected")
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        snippet = os.path.join(tmp, "ctor_snippet.py")
        with open(snippet, "w", encoding="utf-8") as f:
            f.write(make_snippet(cases))
        for ver in versions:
            res = run_version(ver, snippet)
            got = "%s.%s" % tuple(res["version"].split(".")[:2])
            assert got == ver, (ver, res["version"])
            records = {r["id"]: r for r in res["records"]}
            assert list(records) == ids
            prof = PROFILES[ver]
            path = os.path.join(outdir, f"ctor.{prof}.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write("{\n")
                f.write(",\n".join(json.dumps(k, ensure_ascii=True) + ": "
                                   + json.dumps(v, ensure_ascii=True, sort_keys=True)
                                   for k, v in records.items()))
                f.write("\n}\n")
            # The tree exactly as the docs print it: no trailing newline.
            with open(os.path.join(outdir, f"hierarchy.{ver}.txt"), "w",
                      encoding="utf-8", newline="\n") as f:
                f.write(res["hierarchy"])
            print(f"{ver}: CPython {res['version']} ({res['platform']}), "
                  f"{len(records)} records, private classes {res['private']}")


if __name__ == "__main__":
    main(sys.argv[1:])
