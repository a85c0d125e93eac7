#!/usr/bin/env bash
# Bounded libFuzzer run of every parser: configures build/fuzz with clang-14 (-DSTORYLENS_LIBFUZZER=ON: the core
# is built with coverage, ASan and UBSan), builds the fuzz targets, then fuzzes each one for FUZZ_SECONDS on a
# copy of its seed corpus (tests/fuzz/corpus/<target> + corpus/common + assets/articles + tests/data/html) with tests/fuzz/storylens.dict.
# Targets fuzz side by side, STORYLENS_JOBS (default: one per core) at a time.
# Exits 1 if any target crashes, leaks, times out or runs out of memory, printing the reproducer's path;
# reproduce with: build/fuzz/tests/fuzz/<target> <crash file>
#   usage: [FUZZ_SECONDS=30] [FUZZ_TARGETS="fuzz_analyze ..."] scripts/fuzz.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${FUZZ_SECONDS:-30}
# Every target CMake builds (tests/fuzz/CMakeLists.txt is the one list), unless FUZZ_TARGETS names some.
all_targets=$(sed -n 's/^set(STORYLENS_FUZZ_TARGETS \(.*\))$/\1/p' "$root/tests/fuzz/CMakeLists.txt")
targets=(${FUZZ_TARGETS:-$all_targets})
build="$root/build/fuzz"
jobs=${STORYLENS_JOBS:-$(nproc)}

for tool in clang-14 clang++-14; do
  command -v "$tool" >/dev/null || { echo "fuzz: $tool not found (scripts/setup.sh installs clang-14)"; exit 1; }
done
ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
  { echo "fuzz: libFuzzer runtime missing (install libclang-rt-14-dev)"; exit 1; }

mkdir -p "$root/build"  # the configure log sits beside the build folder, also when this suite runs alone
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTORYLENS_LIBFUZZER=ON -DSTORYLENS_UI=OFF -DSTORYLENS_TESTS=ON >"$build.configure.log" 2>&1 ||
  { cat "$build.configure.log"; echo "fuzz: configure failed"; exit 1; }
cmake --build "$build" --target "${targets[@]}" -j "$jobs" || { echo "fuzz: build failed"; exit 1; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# One target's run; its report goes to $build/run/<target>/report.txt and its status to .../status, so that
# targets can fuzz side by side (one per core) and still print one block each, in order.
fuzz_one() {  # target
  local t=$1 bin="$build/tests/fuzz/$1" run="$build/run/$1"
  rm -rf "$run"; mkdir -p "$run/corpus" "$run/artifacts"
  # the same seeds as the ctest replay (tests/fuzz/CMakeLists.txt): own + common + assets/articles + tests/data/html;
  # fuzz_analyze takes every corpus
  local seeds d
  if [ "$t" = fuzz_analyze ]; then seeds=("$root/tests/fuzz/corpus"/*); else seeds=("$root/tests/fuzz/corpus/$t" "$root/tests/fuzz/corpus/common"); fi
  for d in "${seeds[@]}" "$root/assets/articles" "$root/tests/data/html"; do cp -r "$d/." "$run/corpus/"; done
  # tests/fuzz/<target>.flags: the target's own libFuzzer flags (after ours, so they win), e.g. a smaller -max_len
  local extra=()
  [ -f "$root/tests/fuzz/$t.flags" ] && read -r -a extra < "$root/tests/fuzz/$t.flags"
  {
    echo "--- $t: ${seconds}s ${extra[*]}"
    "$bin" "$run/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=25 -rss_limit_mb=2048 \
      -dict="$root/tests/fuzz/storylens.dict" -artifact_prefix="$run/artifacts/" -print_final_stats=1 "${extra[@]}" \
      >"$run/log.txt" 2>&1
    local rc=$?
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$run/log.txt" | awk '!seen[$1]++' | tr -s ' \n' ' '
    echo "exec/s $(grep -oE 'exec/s: [0-9]+' "$run/log.txt" | tail -1 | cut -d' ' -f2)"
    local crashes
    crashes=$(find "$run/artifacts" -type f | sort)
    if ((rc != 0)) || [ -n "$crashes" ]; then
      echo "fuzz: $t FAILED (exit $rc); log: $run/log.txt"
      grep -m1 -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error|fuzz invariant' "$run/log.txt"
      for c in $crashes; do echo "fuzz: crash file: $c"; done
      echo failed > "$run/status"
    else
      echo "fuzz: $t ok ($(find "$run/corpus" -type f | wc -l) corpus inputs)"
      echo ok > "$run/status"
    fi
  } > "$run.report" 2>&1
}

# $jobs targets at a time (each fuzzer is one process on one core); reports print in the targets' order.
for ((i = 0; i < ${#targets[@]}; i += jobs)); do
  for t in "${targets[@]:i:jobs}"; do fuzz_one "$t" & done
  wait
  for t in "${targets[@]:i:jobs}"; do cat "$build/run/$t.report"; done
done
failed=()
for t in "${targets[@]}"; do
  [ "$(cat "$build/run/$t/status" 2>/dev/null)" = ok ] || failed+=("$t")
done

if ((${#failed[@]})); then
  echo "fuzz: failed targets: ${failed[*]}"
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds}s without a crash"
