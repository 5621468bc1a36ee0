#!/usr/bin/env bash
# Usage: scripts/test.sh        (after scripts/build.sh)
# Runs: ctest for native and native-asan, the conformance suite under
# ASan+UBSan+LSan (build/native-asan/pyexc, every version), node --test on
# tests/js/*.test.mjs, a CSP check of dist/pyexc-core.mjs, `pyexc.wasm --demo`
# under node:wasi, and each libFuzzer harness for a short while
# (scripts/fuzz.sh; PYEXC_FUZZ_SECONDS, default 15; 0 skips it).
# Every stage runs; exits nonzero if any failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

failed=()
passed=()
stage() {  # stage NAME CMD...
  local name=$1; shift
  echo "== test $name"
  if "$@"; then passed+=("$name"); else echo "== FAILED: $name" >&2; failed+=("$name"); fi
}

ctest_preset() {
  local p=$1
  if [[ ! -f build/$p/CTestTestfile.cmake ]]; then
    echo "build/$p is not built: run scripts/build.sh $p" >&2
    return 1
  fi
  ctest --preset "$p" --output-on-failure -j "$(nproc)"
}

js_tests() {
  local files=()
  mapfile -t files < <(find tests/js -name '*.test.mjs' -type f 2>/dev/null | sort)
  if ((${#files[@]} == 0)); then
    echo "no JS tests in tests/js/ (nothing to run)"
    return 0
  fi
  node --test "${files[@]}"
}

csp_check() {  # shipped JS must not evaluate strings (strict CSP: no 'unsafe-eval')
  if [[ ! -f dist/pyexc-core.mjs ]]; then
    if [[ -f bindings/binding.c ]]; then echo "dist/pyexc-core.mjs missing: run scripts/build.sh" >&2; return 1; fi
    echo "no web module yet (bindings/binding.c missing): skipped"
    return 0
  fi
  local files=(dist/pyexc-core.mjs bindings/*.mjs) f n bad=0
  [[ -d dist/web ]] && files+=(dist/web/*.js dist/web/*.mjs)
  for f in "${files[@]}"; do
    [[ -f $f ]] || continue
    n=$(grep -c 'eval(\|new Function' "$f" || true)
    echo "eval/new Function occurrences in $f: $n"
    [[ $n == 0 ]] || bad=1
  done
  ((bad == 0))
}

conformance_asan() {
  if [[ ! -x build/native-asan/pyexc ]]; then
    echo "build/native-asan/pyexc is not built: run scripts/build.sh native-asan" >&2
    return 1
  fi
  node tests/conformance/run.mjs --build asan
}

fuzz_short() {
  local secs=${PYEXC_FUZZ_SECONDS:-15}
  if [[ $secs == 0 ]]; then echo "PYEXC_FUZZ_SECONDS=0: skipped"; return 0; fi
  bash scripts/fuzz.sh "$secs"
}

wasi_smoke() {
  if [[ ! -f dist/pyexc.wasm ]]; then
    if [[ -f src/api/cli.c ]]; then echo "dist/pyexc.wasm missing: run scripts/build.sh" >&2; return 1; fi
    echo "no CLI yet (src/api/cli.c missing): skipped"
    return 0
  fi
  node tests/wasi-run.mjs dist/pyexc.wasm --demo
}

stage native      ctest_preset native
stage native-asan ctest_preset native-asan
stage conformance-asan conformance_asan
stage js          js_tests
stage csp         csp_check
stage wasi-smoke  wasi_smoke
stage fuzz        fuzz_short

echo "test.sh: ok: ${passed[*]:-none}${failed:+; FAILED: ${failed[*]}}"
((${#failed[@]} == 0))
