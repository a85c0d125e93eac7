#!/usr/bin/env bash
# eval.sh [CLI] — one accuracy table of the whole core against ../shared/data (POS on UD EWT test, claims on PolNeAR
# train, TE3 timexes with and without a DCT, publication-date inference, HTML extraction, the seed), with the
# previous run's figures beside today's. The last run is kept in build/eval-last.json (not committed).
# CLI defaults to build/native/shell/storylens; when it is missing the native preset is built first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cli="${1:-build/native/shell/storylens}"
shared="${STORYLENS_SHARED:-$root/../shared}"
if [ ! -x "$cli" ]; then
    if [ $# -gt 0 ]; then echo "eval.sh: no CLI at $cli" >&2; exit 1; fi
    echo "eval.sh: building the native preset for $cli" >&2
    cmake --preset native >/dev/null && cmake --build --preset native -j2 --target storylens >/dev/null
fi
mkdir -p build
exec python3 scripts/eval_table.py "$cli" "$shared/data" "$shared/seed" build/eval-last.json
