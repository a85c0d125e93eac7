#!/usr/bin/env bash
# Throughput and memory of storylens::analyze on synthetic news corpora of 1, 10 and 100 MB.
# Generates the corpora into build/corpus/ with scripts/gen_corpus.py (skipped when present; deterministic seed),
# builds the native `bench` target and runs it on each corpus in two modes:
#   whole     the file as one document (stress test: one huge article)
#   articles  each article of the file on its own (the everyday case; --articles)
# then, if build/wasm exists, the same with the WebAssembly build under node. Prints a table of MB/s and
# peak memory / input size; every raw JSON line is appended to build/corpus/bench-results.jsonl.
#   usage: [BENCH_SIZES="1 10 100"] [BENCH_TIMEOUT=300] scripts/bench.sh
# A run slower than BENCH_TIMEOUT seconds is reported as "timeout"; once the whole-file mode times out for one
# size, the bigger sizes skip that mode. See docs/benchmarks.md.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
sizes=(${BENCH_SIZES:-1 10 100})
limit=${BENCH_TIMEOUT:-300}
corpus="$root/build/corpus"
results="$corpus/bench-results.jsonl"
jobs=${STORYLENS_JOBS:-$(nproc)}
mkdir -p "$corpus"

for mb in "${sizes[@]}"; do
  f="$corpus/news-${mb}mb.txt"
  [ -s "$f" ] || python3 "$root/scripts/gen_corpus.py" --mb "$mb" "$f" || exit 1
done

cmake --preset native >/dev/null && cmake --build --preset native --target bench -j "$jobs" >/dev/null ||
  { echo "bench: native build failed"; exit 1; }
runners=("native:$root/build/native/tests/bench/bench")
if [ -d "$root/build/wasm" ]; then
  if cmake --build --preset wasm --target bench -j "$jobs" >/dev/null; then
    runners+=("wasm:node $root/build/wasm/tests/bench/bench.js")
  else
    echo "bench: wasm build failed; native only"
  fi
fi

runs_for() { [ "$1" -le 1 ] && echo 3 || echo 1; }  # repeat the small corpus to smooth out noise

rows=()
for runner in "${runners[@]}"; do
  name=${runner%%:*}; cmd=${runner#*:}
  whole_timed_out=0
  for mb in "${sizes[@]}"; do
    f="$corpus/news-${mb}mb.txt"
    for mode in whole articles; do
      flag=""; [ "$mode" = articles ] && flag="--articles"
      if [ "$mode" = whole ] && ((whole_timed_out)); then
        rows+=("$name|${mb} MB|$mode|-|skipped|-|-"); continue
      fi
      line=$(timeout "$limit" $cmd -n "$(runs_for "$mb")" $flag "$f" 2>/dev/null)
      rc=$?
      if ((rc == 124)); then
        rows+=("$name|${mb} MB|$mode|-|timeout (>${limit}s)|-|-")
        [ "$mode" = whole ] && whole_timed_out=1
        continue
      elif ((rc != 0)) || [ -z "$line" ]; then
        rows+=("$name|${mb} MB|$mode|-|failed (exit $rc)|-|-"); continue
      fi
      echo "{\"runner\":\"$name\",\"date\":\"$(date -u +%FT%TZ)\",\"result\":$line}" >>"$results"
      rows+=("$(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
print("|".join([sys.argv[2], sys.argv[3], d["mode"], str(d["documents"]), "%.2f" % d["mb_per_s"],
                "%.1f" % (d["peak_rss_bytes"] / 2**20), "%.2f" % d["peak_over_input"]]))' "$line" "$name" "${mb} MB")")
    done
  done
done

printf '\n%-7s %-7s %-9s %9s %14s %13s %11s\n' runner corpus mode documents "MB/s" "peak RSS MB" "peak/input"
for r in "${rows[@]}"; do
  IFS='|' read -r a b c d e f g <<<"$r"
  printf '%-7s %-7s %-9s %9s %14s %13s %11s\n' "$a" "$b" "$c" "$d" "$e" "$f" "$g"
done
echo "raw results: $results"
