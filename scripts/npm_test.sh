#!/usr/bin/env bash
# Packs @storylens/core (scripts/npm_pack.sh), installs the tarball offline into a fresh directory (the package
# has no dependencies, so no registry is needed) and runs tests/npm/npm.test.mjs against that install.
#   usage: scripts/npm_test.sh [BUILD_DIR]   (default build/wasm)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tarball=$("$root/scripts/npm_pack.sh" "$@" | tail -n 1)
prefix=$(mktemp -d "${TMPDIR:-/tmp}/storylens-npm-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
(cd "$prefix" && npm init -y >/dev/null && npm install --offline --no-audit --no-fund --silent "$tarball")
echo "installed $(basename "$tarball") into $prefix"
STORYLENS_NPM_PREFIX="$prefix" node --test "$root/tests/npm/npm.test.mjs"
