#!/usr/bin/env bash
# The TimeML export as its consumers read it: `xmllint --schema` with the TimeML 1.2.1 schema (timeml_1.2.1.xsd
# beside this script) accepts every TimeML golden file and the CLI's TimeML for every golden input and sample
# article. The schema itself is checked first: it must reject a document with the old bugs (fixtures/).
#   usage: timeml_schema.sh STORYLENS_CLI SOURCE_DIR
set -euo pipefail
cli=$1 src=$2
here="$src/tests/consumers"
xsd="$here/timeml_1.2.1.xsd"
command -v xmllint >/dev/null || { echo "xmllint not found (Debian package libxml2-utils)"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failed=0
validate() {  # FILE: must validate
  if ! xmllint --noout --schema "$xsd" "$1" 2>"$tmp/err"; then
    echo "INVALID: $1"; head -5 "$tmp/err"; failed=$((failed + 1))
  fi
}
for bad in "$here"/fixtures/*.invalid.tml; do
  if xmllint --noout --schema "$xsd" "$bad" 2>/dev/null; then echo "schema accepts $bad"; failed=$((failed + 1)); fi
done
for golden in "$src"/tests/golden/data/*.timeml.tml; do validate "$golden"; done
for input in "$src"/tests/golden/inputs/*.txt "$src"/tests/chronology/*.txt "$src"/tests/attribution/*.txt \
             "$src"/assets/articles/seed.txt; do
  out="$tmp/$(basename "$input" .txt).tml"
  "$cli" analyze "$input" --dct 2025-04-05 --format timeml >"$out"
  validate "$out"
done
echo "timeml_schema: $failed failure(s)"
[ "$failed" = 0 ]
