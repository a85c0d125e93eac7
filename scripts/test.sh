#!/usr/bin/env bash
# Runs every test suite of Storylens, in order: native unit + golden + CLI tests, the same core tests compiled
# to WebAssembly under node, the ASan+UBSan build, the page and the embed in headless Chromium, the npm package
# installed from its tarball, the desktop app under Xvfb,
# and a bounded fuzzing run. Installs what is missing first. Prints one summary line at the end.
#   usage: scripts/test.sh [suite...]     suites: native wasm asan web npm desktop fuzz (default: all)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
jobs=${STORYLENS_JOBS:-$(nproc)}

"$root/scripts/setup.sh" || { echo "setup failed"; exit 1; }

suites=("$@")
((${#suites[@]})) || suites=(native wasm asan web npm desktop fuzz)
passed=0; failed=0; failures=()

run_suite() {  # name command...
  local name=$1; shift
  echo "=== $name"
  local started=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "=== $name: ok ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "=== $name: FAILED ($((SECONDS - started)) s)"
  fi
}

preset() {  # configure, build and ctest one CMake preset
  cmake --preset "$1" >/dev/null &&
    cmake --build --preset "$1" -j "$jobs" &&
    ctest --preset "$1" -j "$jobs"
}

native_suite() {  # no wall-clock assertions in any test (they fail on a busy machine), then the native preset
  python3 "$root/scripts/check_no_time_asserts.py" "$root" && preset native
}

for s in "${suites[@]}"; do
  case "$s" in
    native)  run_suite native native_suite ;;
    wasm)    run_suite wasm preset wasm ;;
    asan)    run_suite asan preset asan ;;
    web)     run_suite web "$root/scripts/web_test.sh" ;;
    npm)     run_suite npm "$root/scripts/npm_test.sh" ;;
    desktop) run_suite desktop "$root/scripts/desktop_test.sh" ;;
    fuzz)    run_suite fuzz "$root/scripts/fuzz.sh" ;;
    *) echo "unknown suite '$s' (native wasm asan web npm desktop fuzz)"; exit 2 ;;
  esac
done

((failed)) && echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
((failed == 0))
