#!/usr/bin/env bash
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]
# Builds the `fuzz` preset (clang, libFuzzer, ASan+UBSan) and runs each harness
# (default: fuzz_run fuzz_new fuzz_graph) for SECONDS (default 20), starting
# from the seed corpora (tests/fuzz/make_corpus.mjs, in build/fuzz/corpus-*)
# plus tests/fuzz/regressions/<harness>/. New coverage is kept in the corpus
# directory, so later runs continue where earlier ones stopped.
# Exits nonzero when a harness finds a crash, leak, timeout or sanitizer
# report; the reproducer is left in build/fuzz/crashes/<harness>/ (replay it
# with `build/fuzz/<harness> FILE`, or `build/native-asan/<harness> FILE`).
# Environment: FUZZ_JOBS (parallel workers per harness, default 1),
# FUZZ_ARGS (more libFuzzer flags).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

secs=${1:-20}
shift || true
harnesses=("$@")
((${#harnesses[@]})) || harnesses=(fuzz_run fuzz_new fuzz_graph)

cmake --preset fuzz --log-level=WARNING >/dev/null || exit 1
cmake --build --preset fuzz || exit 1

node tests/fuzz/make_corpus.mjs build/fuzz/seeds >/dev/null || exit 1
status=0
for h in "${harnesses[@]}"; do
  corpus=build/fuzz/corpus-$h crashes=build/fuzz/crashes/$h
  mkdir -p "$corpus" "$crashes"
  echo "== fuzz $h for ${secs}s"
  # -max_len: programs and op lists longer than this add nothing but time.
  # -timeout: one input never takes seconds (a step budget bounds each run).
  # -rss_limit_mb: the harnesses cap pyexc's own memory at 48 MiB.
  extra=()
  [[ -f tests/fuzz/$h.dict ]] && extra+=(-dict=tests/fuzz/"$h".dict)
  ((${FUZZ_JOBS:-1} > 1)) && extra+=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
  # Under CI one fixed seed: a fresh clone explores the same inputs in the same
  # order (a slower machine a prefix of them), so CI fails only on new code.
  [[ -n ${CI:-} ]] && extra+=(-seed="${FUZZ_SEED:-1}")
  # shellcheck disable=SC2086
  build/fuzz/"$h" "$corpus" build/fuzz/seeds/"$h" tests/fuzz/regressions/"$h" "${extra[@]}" \
    -max_total_time="$secs" -max_len=4096 -timeout=10 -rss_limit_mb=1024 -malloc_limit_mb=512 \
    -artifact_prefix="$crashes"/ -print_final_stats=1 ${FUZZ_ARGS:-} \
    2> >(grep -v '^#[0-9]' >&2)   # keep libFuzzer's progress lines out of logs
  rc=$?
  if ((rc != 0)); then
    echo "== fuzz $h FAILED (exit $rc): see $crashes/" >&2
    status=1
  fi
done
exit $status
