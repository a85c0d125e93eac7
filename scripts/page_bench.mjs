// page_bench.mjs — how soon the viewer page shows something: time to the first canvas frame and time until the
// seed's analysis is on screen, in headless Chromium (Debian's /usr/bin/chromium through tests/web's
// playwright-core), each from navigation start, the median of several cold loads (a fresh browser context each,
// so nothing is cached). Also lists what the page fetched before its first frame. A benchmark: it prints, it
// asserts nothing. usage: node scripts/page_bench.mjs [SITE_DIR] [RUNS]   (default build/wasm/web/site, 5)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/web/serve.mjs';
import { launchForDevices } from '../tests/web/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.resolve(process.argv[2] || path.join(root, 'build/wasm/web/site'));
const runs = Number(process.argv[3] || 5);

// Runs in the page before its scripts: the first frame is when the page first counts one (storylens-page.js sets
// window.storylensFrames in Module.onFrameDrawn), the analysis is shown when 'storylens:loaded' fires.
function marks() {
  window.__bench = { firstFrame: null, analysisShown: null };
  let frames = 0;
  Object.defineProperty(window, 'storylensFrames', {
    configurable: true,
    get: () => frames,
    set: value => { if (window.__bench.firstFrame === null) window.__bench.firstFrame = performance.now(); frames = value; },
  });
  document.addEventListener('storylens:loaded', () => {
    if (window.__bench.analysisShown === null) window.__bench.analysisShown = performance.now();
  });
}

const median = values => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const server = await serve(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchForDevices();
const results = [];
try {
  for (let i = 0; i < runs; ++i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(marks);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.analysisShown !== null, null, { timeout: 60000 });
    results.push(await page.evaluate(() => ({
      ...window.__bench,
      // what had arrived by the first frame: the page's own weight
      before: performance.getEntriesByType('resource').filter(r => r.responseEnd <= window.__bench.firstFrame)
        .map(r => r.name.split('/').pop()),
    })));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const first = median(results.map(r => r.firstFrame)), shown = median(results.map(r => r.analysisShown));
console.log(`page (${site}), median of ${runs} cold loads of the seed at 1280x800, headless Chromium:`);
console.log(`  first canvas frame ${first.toFixed(0)} ms, analysis shown ${shown.toFixed(0)} ms after navigation`);
console.log(`  fetched before the first frame: ${results[0].before.join(' ')}`);
