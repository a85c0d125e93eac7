#!/usr/bin/env bash
# Builds the wasm preset and runs the browser tests in headless Chromium: the viewer page, then the CMS embed
# (demo host, message API), then large articles analysed in the Web Worker, then hostile input (broken links,
# prototype-named messages, lone surrogates, uncaught errors, one long line), a story of several articles, the
# exports in their consumers (jsonld, TimelineJS), the oEmbed discovery link, then the reader's side (wheel, touch,
# phone and tablet sizes, Unicode and paste in the search box, the outline, axe-core), then clicks on timeline
# labels and clicks within one slow frame, the check view, and an undated article (the status line asks, the
# timeline marks provisional dates, the given date clears them). Screenshots: build/wasm/web-test/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export NODE_PATH=/usr/share/nodejs
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target storylens-web -j "${STORYLENS_JOBS:-$(nproc)}"
cd "$root/tests/web"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --silent
export STORYLENS_SITE="$root/build/wasm/web/site" STORYLENS_SHOTS="$root/build/wasm/web-test"
node --test page.test.mjs
node --test embed.test.mjs
node --test large.test.mjs
node --test hostile.test.mjs
node --test story.test.mjs
node --test story_link.test.mjs
node --test consumers.test.mjs
node --test oembed.test.mjs
node --test reader.test.mjs
node --test clicks.test.mjs
node --test check.test.mjs
node --test guessed_date.test.mjs
