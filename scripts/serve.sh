#!/usr/bin/env bash
# Installs what is missing, builds the web viewer (wasm preset) and serves it on http://127.0.0.1:8080/
# with the seed article open. PORT=9000 scripts/serve.sh picks another port.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export NODE_PATH=/usr/share/nodejs
"$root/scripts/setup.sh"
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target storylens-web -j "${STORYLENS_JOBS:-$(nproc)}"
exec node "$root/tests/web/serve.mjs" "$root/build/wasm/web/site" "${PORT:-8080}" 127.0.0.1
