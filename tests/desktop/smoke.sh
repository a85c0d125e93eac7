#!/usr/bin/env bash
# Desktop smoke test: runs storylens-desktop under Xvfb on the seed, saves a screenshot, checks it is an image
# with more than one colour; then opens the three articles of tests/story/ at once and checks, from the state
# snapshot, that they became one story on the Story tab. usage: tests/desktop/smoke.sh BUILD_DIR [OUT.png]
set -euo pipefail
build=${1:?usage: smoke.sh BUILD_DIR [OUT.png]}
out=${2:-$build/desktop-test/seed.png}
mkdir -p "$(dirname "$out")"
rm -f "$out"
xvfb-run -a -s "-screen 0 1280x800x24" "$build/shell/desktop/storylens-desktop" --screenshot "$out" --frames 5
python3 - "$out" <<'PY'
import sys, struct, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
w, h = struct.unpack('>II', data[16:24])
idat = b''; pos = 8
while pos < len(data):
    n, = struct.unpack('>I', data[pos:pos+4]); kind = data[pos+4:pos+8]
    if kind == b'IDAT': idat += data[pos+8:pos+8+n]
    pos += 12 + n
raw = zlib.decompress(idat)
colours = {raw[i:i+3] for i in range(1, len(raw), 4 * 97)}
assert w == 1280 and h == 800, f'unexpected size {w}x{h}'
assert len(colours) > 3, 'the screenshot is blank'
print(f'desktop screenshot {w}x{h} with {len(colours)} sampled colours: ok')
PY

story_png="$(dirname "$out")/story.png"
story_state="$(dirname "$out")/story-state.json"
stories="$(cd "$(dirname "$0")/../story" && pwd)"
rm -f "$story_png" "$story_state"
xvfb-run -a -s "-screen 0 1280x800x24" "$build/shell/desktop/storylens-desktop" \
  "$stories/harbor_ledger.txt" "$stories/harbor_courier.txt" "$stories/harbor_wire.txt" \
  --screenshot "$story_png" --frames 8 --state "$story_state"
python3 - "$story_state" <<'PY'
import json, sys
state = json.load(open(sys.argv[1]))
story = state["story"]
assert story["shown"] and story["tab"], f"the Story tab is not in front: {story}"
assert story["articles"] == 3, f"expected a story of 3 articles, got {story['articles']}"
assert story["merged_events"] >= 1, "no event merged across the three articles"
print(f"desktop story: {story['articles']} articles, {story['events']} events ({story['merged_events']} merged), "
      f"{story['claims']} claims: ok")
PY
