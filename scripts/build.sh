#!/usr/bin/env bash
# Usage: scripts/build.sh [preset...]   (default: native native-asan wasm-web wasm-wasi)
# Configures and builds each CMake preset into build/<preset>, then copies the
# wasm artifacts into dist/:
#   dist/pyexc-core.mjs + dist/pyexc-core.wasm   (wasm-web: ES module for bindings/pyexc.mjs)
#   dist/pyexc.wasm                              (wasm-wasi: the CLI, run by tests/wasi-run.mjs)
#   dist/web/                                    (after wasm-web: the playground, web/build.mjs,
#                                                 and the <pyexc-snippet> element, web/element/build.mjs)
# Prints the gzip (and brotli) size of the web module at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# emcc's JS optimizer needs Debian's node modules (acorn) under Node 20.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

presets=("$@")
((${#presets[@]})) || presets=(native native-asan wasm-web wasm-wasi)

for p in "${presets[@]}"; do
  case $p in
    native|native-asan|wasm-web|wasm-wasi) ;;
    *) echo "build.sh: unknown preset '$p' (native native-asan wasm-web wasm-wasi)" >&2; exit 2 ;;
  esac
done

for p in "${presets[@]}"; do
  echo "== build $p"
  t0=$(date +%s)
  # Configure every time: cheap when nothing changed, and picks up preset edits.
  cmake --preset "$p" --log-level=WARNING >/dev/null
  cmake --build --preset "$p"
  echo "== $p built in $(( $(date +%s) - t0 ))s"
done

# ------------------------------------------------------------ dist/
mkdir -p dist
copy() {  # copy SRC DEST-NAME, fail when the source was expected but missing
  local src=$1 dest=dist/$2
  install -m 0644 "$src" "$dest"
  echo "dist: $dest ($(wc -c <"$dest") bytes)"
}
for p in "${presets[@]}"; do
  case $p in
    wasm-web)
      if [[ -f bindings/binding.c && -f bindings/exports.txt ]]; then
        copy build/wasm-web/pyexc-core.mjs pyexc-core.mjs
        copy build/wasm-web/pyexc-core.wasm pyexc-core.wasm
      else
        echo "dist: bindings/binding.c or bindings/exports.txt missing: no web module yet" >&2
      fi ;;
    wasm-wasi)
      if [[ -f src/api/cli.c ]]; then
        copy build/wasm-wasi/pyexc.wasm pyexc.wasm
      else
        echo "dist: src/api/cli.c missing: no pyexc.wasm yet" >&2
      fi ;;
  esac
done

# ------------------------------------------------------------ dist/web (the playground, the element)
for p in "${presets[@]}"; do
  if [[ $p == wasm-web && -f dist/pyexc-core.wasm && -f web/build.mjs ]]; then
    rm -rf dist/web
    node web/build.mjs
    node web/element/build.mjs dist/web
  fi
done

# ------------------------------------------------------------ size report
if [[ -f dist/pyexc-core.wasm && -f dist/pyexc-core.mjs ]]; then
  gz() { gzip -9 -c "$1" | wc -c; }
  br() { if command -v brotli >/dev/null; then brotli -q 11 -c "$1" | wc -c; else echo '?'; fi; }
  w=$(wc -c <dist/pyexc-core.wasm) m=$(wc -c <dist/pyexc-core.mjs)
  gw=$(gz dist/pyexc-core.wasm) gm=$(gz dist/pyexc-core.mjs)
  bw=$(br dist/pyexc-core.wasm) bm=$(br dist/pyexc-core.mjs)
  printf 'size: pyexc-core.wasm %d B (gzip %d, brotli %s) + pyexc-core.mjs %d B (gzip %d, brotli %s)\n' \
    "$w" "$gw" "$bw" "$m" "$gm" "$bm"
  if [[ $bw == '?' ]]; then
    printf 'size: web total gzip -9 %d B\n' $((gw + gm))
  else
    printf 'size: web total gzip -9 %d B, brotli %d B\n' $((gw + gm)) $((bw + bm))
  fi
fi
