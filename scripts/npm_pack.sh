#!/usr/bin/env bash
# Builds the npm package of the core (@storylens/core) in a wasm build directory and packs it with `npm pack`.
#   usage: scripts/npm_pack.sh [BUILD_DIR]   (default build/wasm; configured with the wasm preset if missing)
# Prints the path of the .tgz on its last line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build/wasm}")
export NODE_PATH=/usr/share/nodejs
if [ ! -f "$build/build.ninja" ]; then
  if [ "$build" = "$root/build/wasm" ]; then (cd "$root" && cmake --preset wasm >/dev/null)
  else echo "npm_pack: $build is not a configured wasm build directory" >&2; exit 2; fi
fi
cmake --build "$build" --target storylens-core-npm -j "${STORYLENS_JOBS:-$(nproc)}" >&2
mkdir -p "$build/npm-dist"
rm -f "$build"/npm-dist/storylens-core-*.tgz
(cd "$build/npm" && npm pack --silent --pack-destination "$build/npm-dist" >&2)
ls "$build"/npm-dist/storylens-core-*.tgz
