#!/usr/bin/env bash
# Writes the expected outputs of conformance cases from real CPython:
#   tests/conformance/make_expected.sh [--versions "3.11 3.14"] CASE.py...
# For each CASE.py (in tests/conformance/cases) and version, runs
# ../shared/oracle/oracle.sh from the case's folder and stores stdout,
# "--- stderr ---", stderr and "--- rc N ---" in CASE.<version>.out — the
# format of ../shared/conformance. 3.11 runs native CPython on Linux; 3.12 to
# 3.14 run CPython compiled to WebAssembly (platform emscripten).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${PYEXC_ORACLE:-$here/../../../shared/oracle/oracle.sh}
versions="3.11 3.12 3.13 3.14"
if [[ ${1:-} == --versions ]]; then versions=$2; shift 2; fi
for py in "$@"; do
  dir=$(cd "$(dirname "$py")" && pwd)
  base=$(basename "$py" .py)
  for v in $versions; do
    out=$(mktemp) err=$(mktemp)
    (cd "$dir" && "$oracle" --python "$v" "$base.py" >"$out" 2>"$err")
    rc=$?
    { cat "$out"; echo "--- stderr ---"; cat "$err"; echo "--- rc $rc ---"; } >"$dir/$base.$v.out"
    rm -f "$out" "$err"
  done
done
