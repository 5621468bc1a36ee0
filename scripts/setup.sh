#!/usr/bin/env bash
# Idempotent setup for a fresh Debian 12 machine (run as root, or with sudo):
#   1. installs the Debian packages the builds and tests need (apt only when
#      something is missing),
#   2. runs `npm ci` when node_modules is missing or older than package-lock.json,
#   3. checks once that emcc can link with its (Debian, prebuilt) library cache.
# Prints nothing when everything is already in place.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'setup: %s\n' "$*" >&2; }

# ------------------------------------------------------------ Debian packages
packages=(
  cmake ninja-build gcc clang lld-14 llvm-14      # native build; wasm-ld and llvm-ar for WASI
  emscripten binaryen wabt                        # web build, wasm tools
  wasi-libc libclang-rt-14-dev-wasm32             # WASI libc + wasm32 compiler builtins
  libclang-rt-14-dev                              # clang's host sanitizer/builtins runtimes
  brotli gzip python3                              # python3: tools/wasm_reorder.py after the web link
  chromium                                        # headless browser tests
)
# Node: keep whatever node/npm is installed (e.g. a newer one); else Debian's.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm  >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { say "need root to install: ${missing[*]}"; exit 1; }
    SUDO=(sudo)
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ------------------------------------------------------------ npm
stamp=node_modules/.pyexc-npm-ci.stamp
if [[ -f package-lock.json ]] && { [[ ! -f $stamp ]] || [[ package-lock.json -nt $stamp ]] || [[ package.json -nt $stamp ]]; }; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  mkdir -p node_modules && touch "$stamp"
fi

# ------------------------------------------------------------ Emscripten cache
# Debian's emscripten ships its system libraries prebuilt in
# /usr/share/emscripten/cache with FROZEN_CACHE=True, so nothing is compiled
# on first use. Check once (per emcc version) that a link actually works, with
# the NODE_PATH that Node 20 needs for emcc's JS optimizer.
em_version=$(cat /usr/share/emscripten/emscripten-version.txt 2>/dev/null | tr -d '"' || echo unknown)
em_stamp=build/.emcc-ok-$em_version
if [[ ! -f $em_stamp ]]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  printf 'int pyexc_probe(int x) { return x + 1; }\n' >"$tmp/probe.c"
  if ! NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH} emcc -Oz "$tmp/probe.c" -o "$tmp/probe.mjs" \
        -sMODULARIZE=1 -sEXPORT_ES6=1 -sENVIRONMENT=web,worker -sFILESYSTEM=0 \
        -sEXPORTED_FUNCTIONS=_pyexc_probe,_malloc,_free --no-entry >"$tmp/log" 2>&1; then
    cat "$tmp/log" >&2
    say "emcc cannot link with its library cache (em-config CACHE: $(em-config CACHE 2>/dev/null || echo '?'))."
    say "If the cache lacks a library: EM_FROZEN_CACHE= (empty: '0' still means frozen) EM_CACHE=\$PWD/build/emcache builds a private one (~4 min)."
    exit 1
  fi
  mkdir -p build && touch "$em_stamp"
fi
