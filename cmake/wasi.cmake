# Toolchain: Debian's clang targeting wasm32-unknown-wasi with Debian's
# wasi-libc (/usr/include/wasm32-wasi, /usr/lib/wasm32-wasi, found by the clang
# driver itself) and libclang-rt-14-dev-wasm32 for the builtins.
# Used by the `wasm-wasi` preset; executables come out as NAME.wasm.
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")   # Platform/WASI.cmake

set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
set(CMAKE_CROSSCOMPILING TRUE)

set(PYEXC_WASI_TRIPLE wasm32-unknown-wasi)
find_program(PYEXC_WASI_CLANG NAMES clang clang-14 REQUIRED)
find_program(PYEXC_WASI_AR NAMES llvm-ar llvm-ar-14 REQUIRED)        # GNU ar cannot index wasm objects
find_program(PYEXC_WASI_RANLIB NAMES llvm-ranlib llvm-ranlib-14 REQUIRED)
set(CMAKE_C_COMPILER "${PYEXC_WASI_CLANG}")
set(CMAKE_C_COMPILER_TARGET ${PYEXC_WASI_TRIPLE})
set(CMAKE_AR "${PYEXC_WASI_AR}" CACHE FILEPATH "llvm archiver for wasm objects")
set(CMAKE_RANLIB "${PYEXC_WASI_RANLIB}" CACHE FILEPATH "llvm ranlib for wasm objects")

# Never pick up host libraries or headers through find_*().
set(CMAKE_FIND_ROOT_PATH /usr/lib/wasm32-wasi /usr/include/wasm32-wasi)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
