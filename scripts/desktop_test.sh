#!/usr/bin/env bash
# Builds the native preset's desktop app and runs its smoke test under Xvfb. Screenshot: build/native/desktop-test/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake --preset native >/dev/null
cmake --build --preset native --target storylens-desktop -j "${STORYLENS_JOBS:-$(nproc)}"
"$root/tests/desktop/smoke.sh" "$root/build/native"
