// consumers.test.mjs — the exports as their real consumers read them (the TimeML schema check is a ctest,
// tests/consumers/timeml_schema.sh):
//  - ClaimReview JSON-LD expanded by the `jsonld` package against a vendored schema.org context (no network:
//    the document loader serves only that file), then Google's required fields checked on every ClaimReview;
//  - TimelineJS JSON loaded into the real TimelineJS (npm @knight-lab/timelinejs) in headless Chromium: no errors,
//    a headline on every slide, no slide lasting decades (it would force a decade axis); screenshot consumers-timelinejs-*.png.
// The files checked are the golden exports; CONSUMER_CLAIMREVIEW / CONSUMER_TIMELINEJS (comma-separated paths)
// check other files instead, e.g. an older golden, to see the test fail on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { launch, watchErrors } from './browser.mjs';
import { serve } from './serve.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const golden = path.join(root, 'tests/golden/data');
const shots = process.env.STORYLENS_SHOTS || path.join(root, 'build/wasm/web-test');
const files = (env, suffix) => process.env[env] ? process.env[env].split(',')
  : fs.readdirSync(golden).filter(f => f.endsWith(suffix)).map(f => path.join(golden, f));

const S = 'http://schema.org/';
const context = JSON.parse(fs.readFileSync(path.join(root, 'tests/consumers/schema.org.context.jsonld'), 'utf8'));
const schemaOrg = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);
async function documentLoader(url) {
  if (!schemaOrg.has(url)) throw new Error(`no network in tests: refused to load ${url}`);
  return { contextUrl: null, documentUrl: url, document: context };
}

const value = (node, key) => node?.[S + key]?.[0];
const text = (node, key) => value(node, key)?.['@value'];
const isType = (node, type) => (node['@type'] || []).includes(S + type);

// Google's ClaimReview requirements (developers.google.com/search/docs/appearance/structured-data/factcheck).
function googleProblems(review) {
  const problems = [];
  const claimReviewed = text(review, 'claimReviewed');
  if (!claimReviewed) problems.push('no claimReviewed');
  else if ([...claimReviewed].length > 75) problems.push(`claimReviewed is ${[...claimReviewed].length} characters`);
  const url = value(review, 'url')?.['@id'];
  if (!url || !/^https?:\/\/[^/]+/.test(url)) problems.push(`url is not an absolute http(s) IRI (${url})`);
  const rating = value(review, 'reviewRating');
  if (!rating || !(text(rating, 'alternateName') || text(rating, 'ratingValue') !== undefined))
    problems.push('reviewRating has neither alternateName nor ratingValue');
  if (rating && text(rating, 'ratingValue') !== undefined &&
      (text(rating, 'bestRating') === undefined || text(rating, 'worstRating') === undefined))
    problems.push('a numeric rating without bestRating and worstRating');
  if (!text(value(review, 'author'), 'name')) problems.push('no author name');
  const date = value(review, 'datePublished');
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date['@value']) || date['@type'] !== S + 'Date')
    problems.push(`datePublished is not a schema:Date (${JSON.stringify(date)})`);
  const claim = value(review, 'itemReviewed');
  if (!claim || !isType(claim, 'Claim')) problems.push('itemReviewed is not a Claim');
  else if (!text(value(claim, 'author'), 'name')) problems.push('the claim has no author name');
  return problems;
}

test('ClaimReview JSON-LD expands and every review has Google\'s required fields', async () => {
  let reviews = 0;
  for (const file of files('CONSUMER_CLAIMREVIEW', '.claimreview.jsonld')) {
    const expanded = await jsonld.expand(JSON.parse(fs.readFileSync(file, 'utf8')), { documentLoader });
    for (const node of expanded) {
      assert.ok(isType(node, 'ClaimReview'), `${path.basename(file)}: a top-level node that is not a ClaimReview`);
      assert.deepEqual(googleProblems(node), [], `${path.basename(file)}: ${text(node, 'claimReviewed')}`);
      ++reviews;
    }
  }
  assert.ok(reviews >= 1, 'no ClaimReview checked: the reviewed golden (reviewed.claimreview.jsonld) has some');
});

let browser, server, dir, base;
before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storylens-timelinejs-'));
  fs.cpSync(path.join(import.meta.dirname, 'node_modules/@knight-lab/timelinejs/dist'), path.join(dir, 'tl'),
    { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="tl/css/timeline.css"><script src="tl/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:1280px;height:700px"></div><script>
fetch('data.json').then(r => r.json()).then(data => {
  window.timeline = new TL.Timeline('timeline', data, { language: 'en', font: null });
  window.timeline.on('loaded', () => { window.timelineLoaded = true; });
});
</script></body></html>`);
  server = await serve(dir);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('TimelineJS renders every TimelineJS export without errors, with a headline on every slide and no slide lasting decades', async () => {
  for (const file of files('CONSUMER_TIMELINEJS', '.timelinejs.json')) {
    const name = path.basename(file, '.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    // TimelineJS draws nothing without an event (it never reports 'loaded'): such an export must say why
    if (data.events.length === 0) {
      assert.match(data.title.text.text, /No dated events/, `${name}: no events and no word why`);
      continue;
    }
    fs.writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data));
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.route(url => !url.href.startsWith(base), route => route.abort());
    await page.goto(base + 'index.html');
    await page.waitForFunction(() => window.timelineLoaded === true, null, { timeout: 20000 });
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => {
      const slides = [...document.querySelectorAll('.tl-slide')];
      const headlines = slides.map(s => s.querySelector('.tl-headline')?.textContent.trim() ?? '');
      // TimelineJS's own reading of each slide's dates: a slide lasting decades forces a decade axis
      const year = 365.25 * 86400000;
      const widestYears = Math.max(0, ...window.timeline.config.events.map(e =>
        e.end_date ? (e.end_date.getTime() - e.start_date.getTime()) / year : 0));
      return { slides: slides.length, headlines, widestYears };
    });
    await page.screenshot({ path: path.join(shots, `consumers-timelinejs-${name}.png`) });
    await page.close();
    assert.deepEqual(errors, [], `${name}: errors in the page`);
    assert.equal(seen.slides, data.events.length + 1, `${name}: one slide per event plus the title`);
    seen.headlines.forEach((h, i) => assert.ok(h.length > 0, `${name}: slide ${i} has no headline`));
    assert.ok(seen.widestYears <= 20, `${name}: a slide lasts ${seen.widestYears.toFixed(1)} years (an era belongs in eras)`);
  }
});
