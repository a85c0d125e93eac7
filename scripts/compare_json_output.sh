#!/usr/bin/env bash
# Byte-for-byte comparison of two CLIs' JSON output on real articles: every TE3 document (`timeml --format json`)
# and every PolNeAR text (`analyze`, pretty JSON), plus all PolNeAR texts as one `--jsonl` archive.
# Used to check that a rewrite of a JSON writer (issue 20: streaming instead of a document tree) changed no byte.
#   usage: scripts/compare_json_output.sh OLD_CLI NEW_CLI [TE3_DIR] [POLNEAR_DIR]
set -uo pipefail
old=$1 new=$2
root=$(cd "$(dirname "$0")/.." && pwd)
te3=${3:-$root/../shared/data/te3}
polnear=${4:-$root/../shared/data/polnear-train}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
documents=0 differ=0
same() {  # label, then the arguments after the CLI
    local label=$1; shift
    "$old" "$@" >"$work/old" 2>/dev/null; "$new" "$@" >"$work/new" 2>/dev/null
    documents=$((documents + 1))
    cmp -s "$work/old" "$work/new" || { differ=$((differ + 1)); echo "differs: $label"; }
}
for f in "$te3"/*.tml; do same "$f" timeml "$f" --format json; done
python3 - "$polnear" "$work/texts" "$work/archive.jsonl" <<'PY'
import glob, json, os, sys
os.makedirs(sys.argv[2])
with open(sys.argv[3], 'w') as archive:
    for n, path in enumerate(sorted(glob.glob(os.path.join(sys.argv[1], '*.json')))):
        doc = json.load(open(path))
        open(os.path.join(sys.argv[2], f'{n:04d}.txt'), 'w').write(doc['text'])
        archive.write(json.dumps({'body': doc['text'], 'body_format': 'text', 'headline': doc.get('title')}) + '\n')
PY
for f in "$work"/texts/*.txt; do same "$f" analyze "$f" --dct 2025-04-05; done
same "PolNeAR --jsonl archive" analyze "$work/archive.jsonl" --jsonl
echo "json outputs compared: $documents, differing: $differ"
((differ == 0))
