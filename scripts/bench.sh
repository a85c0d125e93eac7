#!/usr/bin/env bash
# Throughput, memory and page weight of Storylens beside its JavaScript peers, in one run on one corpus.
#   usage: [BENCH_SIZES="1 10 20"] [BENCH_TIMEOUT=300] [PEER_MB=1] [PEER_BUDGET=40] [BENCH_FRAMES=300] [PATHOLOGICAL_MB=1]
#          [BENCH_BUILD=build/native] [BENCH_WASM_BUILD=build/wasm] scripts/bench.sh [--big]
# 1. writes build/corpus/news-<N>mb.txt with scripts/gen_corpus.py (deterministic seed; skipped when present)
#    and checks that its articles are not copies of each other;
# 2. runs tests/bench/bench natively and under node (WebAssembly, when BENCH_WASM_BUILD exists) on each size,
#    whole file as one document and article by article: MB/s and peak memory per MB of input, and on one line
#    the WASM over native CPU time of one run on the PEER_MB corpus, whole and by article (goal <= 1.3x);
# 3. runs the peers (tests/bench/peers: chrono-node, compromise+dates, wink-nlp; `npm ci` there) on the
#    PEER_MB corpus split into article files, each peer for at most PEER_BUDGET CPU seconds (compromise-dates
#    takes about a second per article: unbounded, it alone ran past BENCH_TIMEOUT and lost every peer's figure);
#    then the ratio of the full analysis to chrono-node, both article by article, by CPU time;
# 4. gzip -9 size of the web page (BENCH_WASM_BUILD/web/site) and of the worker core that analyses every article,
#    and the timeline's CPU ms per frame with 10,000 events (tests/bench/frame_bench, needs STORYLENS_UI=ON);
# 5. scaling through the CLI (`storylens analyze ... -o /dev/null`: analysis and JSON) under /usr/bin/time -v:
#    CPU seconds and peak RSS per MB of input for one document of 1 and 10 MB and a --jsonl archive of the 10 MB
#    corpus's articles; with --big, of 1, 10, 50 and 100 MB and a 50 MB archive (several minutes). Linear means
#    every row's CPU per MB within 1.5x of the 1 MB figure; the table says which are not.
# 6. the pathological shapes (scripts/bench_pathological.py: one huge line, invalid UTF-8, a million quotation
#    marks, deep HTML) through the native CLI at PATHOLOGICAL_MB x 1, 2, 4: time per MB beside a normal article's;
# then prints the tables. Raw JSON lines go to build/corpus/bench-results.jsonl. See docs/benchmarks.md.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
big=0
[ "${1:-}" = --big ] && big=1
sizes=(${BENCH_SIZES:-1 10 20})
if ((big)); then scale_sizes=(1 10 50 100); archive_mb=50; else scale_sizes=(1 10); archive_mb=10; fi
limit=${BENCH_TIMEOUT:-300}
peer_mb=${PEER_MB:-1}
frames=${BENCH_FRAMES:-300}
native_dir="$root/${BENCH_BUILD:-build/native}"
wasm_dir="$root/${BENCH_WASM_BUILD:-build/wasm}"
corpus="$root/build/corpus"
results="$corpus/bench-results.jsonl"
jobs=${STORYLENS_JOBS:-$(nproc)}
mkdir -p "$corpus"
record() { echo "{\"runner\":\"$1\",\"date\":\"$(date -u +%FT%TZ)\",\"result\":$2}" >>"$results"; }

for mb in "${sizes[@]}" "$peer_mb" "${scale_sizes[@]}" "$archive_mb"; do
  f="$corpus/news-${mb}mb.txt"
  [ -s "$f" ] || python3 "$root/scripts/gen_corpus.py" --mb "$mb" "$f" || exit 1
done
python3 - "$corpus/news-${sizes[-1]}mb.txt" <<'EOF'
import sys
articles = [a for a in open(sys.argv[1], 'rb').read().split(b'\n\n\n') if a.strip()]
distinct = len(set(articles))
print(f"corpus {sys.argv[1]}: {distinct} distinct articles of {len(articles)}")
sys.exit(0 if distinct >= 0.99 * len(articles) else 1)
EOF
[ $? -eq 0 ] || { echo "bench: the corpus repeats itself"; exit 1; }

if [ ! -d "$native_dir" ]; then cmake -S "$root" -B "$native_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null; fi
cmake --build "$native_dir" --target bench storylens -j "$jobs" >/dev/null || { echo "bench: native build failed"; exit 1; }
runners=("native:$native_dir/tests/bench/bench")
if [ -d "$wasm_dir" ]; then
  if cmake --build "$wasm_dir" --target bench -j "$jobs" >/dev/null; then
    runners+=("wasm:node $wasm_dir/tests/bench/bench.js")
  else
    echo "bench: wasm build failed; native only"
  fi
fi

runs_for() { [ "$1" -le 1 ] && echo 3 || echo 1; }  # repeat the small corpus to smooth out noise

rows=()
for runner in "${runners[@]}"; do
  name=${runner%%:*}; cmd=${runner#*:}
  for mb in "${sizes[@]}"; do
    f="$corpus/news-${mb}mb.txt"
    for mode in whole articles; do
      flag=""; [ "$mode" = articles ] && flag="--articles"
      line=$(timeout "$limit" $cmd -n "$(runs_for "$mb")" $flag "$f" 2>/dev/null)
      rc=$?
      if ((rc == 124)); then rows+=("$name|${mb} MB|$mode|-|timeout (>${limit}s)|-|-"); continue; fi
      if ((rc != 0)) || [ -z "$line" ]; then rows+=("$name|${mb} MB|$mode|-|failed (exit $rc)|-|-"); continue; fi
      record "$name" "$line"
      rows+=("$(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
print("|".join([sys.argv[2], sys.argv[3], d["mode"], str(d["documents"]), "%.2f" % d["mb_per_s"],
                "%.1f" % (d["peak_rss_bytes"] / 2**20), "%.2f" % d["peak_over_input"]]))' "$line" "$name" "${mb} MB")")
    done
  done
done

# The full analysis article by article on the peers' corpus, for the ratio to chrono-node by CPU time.
ours_cpu=""
line=$(timeout "$limit" "$native_dir/tests/bench/bench" -n 1 --articles "$corpus/news-${peer_mb}mb.txt" 2>/dev/null) &&
  record native "$line" &&
  ours_cpu=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["cpu_mb_per_s"])' "$line")

# One stage alone, natively, on the peers' corpus: dates (what chrono-node does) and claims (what compromise's
# quotations do, without speakers).
for stage in time claims; do
  line=$(timeout "$limit" "$native_dir/tests/bench/bench" -n 1 --articles --stage "$stage" "$corpus/news-${peer_mb}mb.txt" 2>/dev/null) || continue
  record native "$line"
  rows+=("$(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
print("|".join([sys.argv[2], sys.argv[3], d["mode"], str(d["documents"]), "%.2f" % d["mb_per_s"], "-", "-"]))' \
    "$line" "native, $stage only" "${peer_mb} MB")")
done

# Peers: one file per article, as each library reads one document at a time. Their MB is 10^6 bytes; the
# table converts to MiB like ours.
peers_dir="$root/tests/bench/peers"
peer_rows=()
if [ ! -d "$peers_dir/node_modules" ]; then (cd "$peers_dir" && npm ci --no-audit --no-fund >/dev/null 2>&1); fi
if [ -d "$peers_dir/node_modules" ]; then
  split="$corpus/articles-${peer_mb}mb"
  if [ ! -d "$split" ]; then
    mkdir -p "$split"
    python3 - "$corpus/news-${peer_mb}mb.txt" "$split" <<'EOF'
import sys
for n, a in enumerate(a for a in open(sys.argv[1], 'rb').read().split(b'\n\n\n') if a.strip()):
    open(f"{sys.argv[2]}/{n:06d}.txt", 'wb').write(a + b'\n\n\n')
EOF
  fi
  line=$(cd "$peers_dir" && timeout "$limit" node peers.mjs "$split"/*.txt --budget "${PEER_BUDGET:-40}" --json 2>/dev/null)
  if [ -n "$line" ]; then
    record peers "$line"
    while IFS= read -r r; do peer_rows+=("$r"); done < <(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
for r in d["results"]:
    print("%s|%s MB|articles|%d|%.2f CPU|-|-" % (r["peer"], sys.argv[2], r["articles"], r["mb_per_s"] * 1e6 / 2**20))' "$line" "$peer_mb")
    chrono_ratio=$(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
chrono = [r for r in d["results"] if r["peer"].startswith("chrono")][0]
theirs = chrono["mb_per_s"] * 1e6 / 2**20
print("%.2f MB/s CPU against chrono-node %.2f MB/s CPU on %d articles: %.2fx" % (
    float(sys.argv[2]), theirs, chrono["articles"], float(sys.argv[2]) / theirs))' "$line" "${ours_cpu:-0}")
  else
    peer_rows+=("peers|${peer_mb} MB|articles|-|failed or timeout|-|-")
  fi
else
  echo "bench: peers not installed (npm ci in tests/bench/peers failed)"
fi

# What index.html loads before its first frame, and apart from it the worker core, fetched after the first frame
# (every analysis runs there; web/page/analysis-client.js).
gzip_kib() { for f in "$@"; do gzip -9 -c "$f" | wc -c; done | awk '{s += $1} END {printf "%.1f KiB", s / 1024}'; }
page_gzip="-"
worker_gzip="-"
site="$wasm_dir/web/site"
if [ -f "$site/storylens.wasm" ]; then
  page_gzip=$(cd "$site" && gzip_kib index.html storylens.css oembed-link.js analysis-client.js storylens-page.js storylens-story.js storylens-input.js storylens-a11y.js storylens.js storylens.wasm)
  [ -f "$site/storylens-worker-core.wasm" ] &&
    worker_gzip=$(cd "$site" && gzip_kib analysis-worker.js analysis-core-job.js storylens-worker-core.js storylens-worker-core.wasm)
fi

frame="-"
if cmake --build "$native_dir" --target frame_bench -j "$jobs" >/dev/null 2>&1; then
  line=$(timeout "$limit" "$native_dir/tests/bench/frame_bench" -n "$frames" 2>/dev/null)
  if [ -n "$line" ]; then
    record native "$line"
    frame=$(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
print("%d events: timeline view %.2f ms avg, %.2f ms p95; whole frame %.2f ms avg, %.2f ms p95" % (
    d["events"], d["view_avg_ms"], d["view_p95_ms"], d["app_avg_ms"], d["app_p95_ms"]))' "$line")
  fi
else
  frame="frame_bench not built (needs STORYLENS_UI=ON in $native_dir)"
fi

# Scaling through the CLI: CPU time (user + sys) and peak RSS from /usr/bin/time -v, per MB of input.
cli="$native_dir/shell/storylens"
scale_rows=()
if [ -x /usr/bin/time ]; then
  archive="$corpus/archive-${archive_mb}mb.jsonl"
  [ -s "$archive" ] || python3 - "$corpus/news-${archive_mb}mb.txt" "$archive" <<'EOF'
import json, sys
with open(sys.argv[2], 'w') as out:
    for a in open(sys.argv[1], encoding='utf-8').read().split('\n\n\n'):
        if a.strip():
            out.write(json.dumps({'body': a, 'body_format': 'text'}, ensure_ascii=False) + '\n')
EOF
  cli_run() {  # label, file, then the CLI's arguments after the file
    local label=$1 file=$2 bytes row
    shift 2
    bytes=$(stat -c %s "$file")
    if ! timeout "$limit" /usr/bin/time -v -o "$corpus/time.txt" "$cli" analyze "$file" "$@" -o /dev/null 2>/dev/null; then
      scale_rows+=("$label|failed or timeout (>${limit}s)|-|-|-")
      return
    fi
    row=$(python3 - "$corpus/time.txt" "$bytes" "$label" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
seconds = lambda name: float(re.search(name + r' time \(seconds\): ([\d.]+)', t).group(1))
cpu = seconds('User') + seconds('System')
peak = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', t).group(1)) * 1024
mb = int(sys.argv[2]) / 2**20
print("%s|%.2f|%.3f|%.1f|%.2f" % (sys.argv[3], cpu, cpu / mb, peak / 2**20, peak / int(sys.argv[2])))
EOF
)
    scale_rows+=("$row")
    record cli "{\"label\":\"$label\",\"bytes\":$bytes,\"row\":\"$row\"}"
  }
  for mb in "${scale_sizes[@]}"; do cli_run "${mb} MB, one document" "$corpus/news-${mb}mb.txt" --dct 2025-04-05; done
  cli_run "${archive_mb} MB of articles, --jsonl" "$archive" --jsonl --dct 2025-04-05
else
  scale_rows+=("scaling rows skipped: /usr/bin/time is not installed|-|-|-|-")
fi

printf '\n%-30s %-7s %-9s %9s %14s %13s %11s\n' runner corpus mode documents "MB/s" "peak RSS MB" "peak/input"
for r in "${rows[@]}" "${peer_rows[@]}"; do
  IFS='|' read -r a b c d e f g <<<"$r"
  printf '%-30s %-7s %-9s %9s %14s %13s %11s\n' "$a" "$b" "$c" "$d" "$e" "$f" "$g"
done
echo
printf '%-34s %10s %12s %13s %11s\n' "CLI: analyze -o /dev/null" "CPU s" "CPU s / MB" "peak RSS MB" "peak/input"
base=""
for r in "${scale_rows[@]}"; do
  IFS='|' read -r a b c d e <<<"$r"
  note=""
  if [[ $c =~ ^[0-9.]+$ ]]; then
    [ -z "$base" ] && base=$c
    note=$(python3 -c 'import sys; r = float(sys.argv[1]) / float(sys.argv[2]); print("%.2fx the first row%s" % (r, "" if r <= 1.5 else ": NOT linear"))' "$c" "$base")
  fi
  printf '%-34s %10s %12s %13s %11s  %s\n' "$a" "$b" "$c" "$d" "$e" "$note"
done
echo
echo "full analysis per article / chrono-node per article (${peer_mb} MB corpus): ${chrono_ratio:-not measured}"
# WASM under node against native, same corpus, this run, by CPU time (user + sys of the process; a wall clock
# says little on a shared machine): one run's cost is the CPU of -n 3 minus -n 1, so node's start-up, the
# wasm compile and reading the file drop out. The peers' corpus, whole and article by article.
wasm_ratio=""
cpu_of() { /usr/bin/time -f "%U %S" -o "$corpus/cpu.txt" timeout "$limit" "$@" >/dev/null 2>&1 &&
  awk '{print $1 + $2}' "$corpus/cpu.txt"; }
if [ -x /usr/bin/time ] && [ ${#runners[@]} -gt 1 ]; then
  for mode in whole articles; do
    flag=""; [ "$mode" = articles ] && flag="--articles"
    f="$corpus/news-${peer_mb}mb.txt"
    n1=$(cpu_of "$native_dir/tests/bench/bench" -n 1 $flag "$f"); n3=$(cpu_of "$native_dir/tests/bench/bench" -n 3 $flag "$f")
    w1=$(cpu_of node "$wasm_dir/tests/bench/bench.js" -n 1 $flag "$f"); w3=$(cpu_of node "$wasm_dir/tests/bench/bench.js" -n 3 $flag "$f")
    [ -n "$n1" ] && [ -n "$n3" ] && [ -n "$w1" ] && [ -n "$w3" ] &&
      wasm_ratio+=$(python3 -c 'import sys; n1, n3, w1, w3 = map(float, sys.argv[1:5]); n, w = (n3 - n1) / 2, (w3 - w1) / 2
print("%s: native %.2f s, wasm %.2f s a run, %.2fx; " % (sys.argv[5], n, w, w / n if n > 0 else float("inf")))' \
        "$n1" "$n3" "$w1" "$w3" "${peer_mb} MB $mode")
  done
fi
echo "WASM (node) / native CPU time per run, same corpus, this run: ${wasm_ratio:-not measured (no wasm build or /usr/bin/time)}"
echo "web page, gzip -9 (what index.html loads from $site): $page_gzip"
echo "analysis worker, gzip -9 (fetched after the first frame; every analysis runs there): $worker_gzip"
[ -f "$site/storylens.wasm" ] && { node "$root/scripts/page_bench.mjs" "$site" 3 || echo "page bench: failed"; }
echo "timeline frame (native, headless ImGui): $frame"
echo "raw results: $results"

echo
echo "pathological shapes, native CLI (s/MB beside a normal article's; scripts/bench_pathological.py):"
if cmake --build "$native_dir" --target storylens -j "$jobs" >/dev/null; then
  python3 "$root/scripts/bench_pathological.py" --cli "$native_dir/shell/storylens" --mb "${PATHOLOGICAL_MB:-1}" \
    --timeout "$limit" --dir "$corpus/pathological" --jsonl "$results"
else
  echo "bench: the CLI did not build"
fi
