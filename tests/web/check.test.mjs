// check.test.mjs — the Check view in headless Chromium: claims in check-worthiness order, a verdict typed into
// the view goes into the ClaimReview export (an unreviewed export says so), and corrections made in the view
// are kept in localStorage for the article and laid over it again after a reload. Screenshots go to
// $STORYLENS_SHOTS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFixture, watchErrors } from './browser.mjs';

const site = siteFixture();

const ready = () => window.storylensFrames > 0 && window.storylensState && window.storylensState()
  && window.storylensState().sentences > 0;

async function open(url, { fresh = true } = {}) {
  const page = await site.browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 20000 });
  if (fresh) {  // corrections of an earlier test stay in the profile's localStorage: start without them
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(ready, null, { timeout: 20000 });
  }
  await page.waitForFunction(() => window.storylensState().check.places.length > 0);
  // exports land here instead of in a download
  await page.evaluate(() => {
    window.exported = [];
    Module.onExport = (fileName, mime, bytes) => window.exported.push({ fileName, text: new TextDecoder().decode(bytes) });
  });
  return { page, errors, ratio: await page.evaluate(() => window.devicePixelRatio || 1) };
}

const check = page => page.evaluate(() => window.storylensState().check);

async function click(page, ratio, name) {
  const spot = (await check(page)).places.find(p => p.name === name);
  assert.ok(spot, `the Check view shows "${name}"`);
  await page.mouse.click(spot.x / ratio, spot.y / ratio);
  await page.waitForTimeout(120);
}

async function typeInto(page, ratio, name, text) {
  await click(page, ratio, name);
  await page.waitForFunction(() => window.storylensState().text_input === true);
  await page.keyboard.type(text, { delay: 20 });
  await page.waitForTimeout(100);
}

test('claims are in check-worthiness order and an unreviewed ClaimReview export says so', async () => {
  const { page, errors } = await open(site.base + '#view=check');
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.view, 'check');
  const json = JSON.parse(await page.evaluate(() => { window.storylensExport('json'); return window.exported.pop().text; }));
  const ranks = state.check.order.map(id => json.claims[id].checkworthy.rank);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'claims shown by rank');
  assert.equal(ranks[0], 1);
  const reviews = JSON.parse(await page.evaluate(() => { window.storylensExport('claimreview'); return window.exported.pop().text; }));
  assert.deepEqual(reviews, []);
  assert.match((await page.evaluate(() => window.storylensState())).error, /^0 of \d+ claims reviewed/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a verdict entered in the Check view goes into the ClaimReview export and stays after a reload', async () => {
  const { page, errors, ratio } = await open(site.base + '#view=check');
  const first = (await check(page)).order[0];
  await click(page, ratio, `review:${first}`);
  await page.waitForFunction(id => window.storylensState().check.verdict_claim === id, first);
  await typeInto(page, ratio, 'rating', 'Mostly true');
  await typeInto(page, ratio, 'url', 'https://factcheck.example/review-1');
  await typeInto(page, ratio, 'reviewer', 'Fact Desk');
  await click(page, ratio, 'save verdict');
  await page.waitForFunction(() => window.storylensState().check.verdicts === 1);
  await page.waitForTimeout(200);
  await page.screenshot({ path: site.shot('check-reviewed.png') });

  const reviews = JSON.parse(await page.evaluate(() => { window.storylensExport('claimreview'); return window.exported.pop().text; }));
  assert.equal(reviews.length, 1);
  assert.equal(reviews[0].reviewRating.alternateName, 'Mostly true');
  assert.equal(reviews[0].url, 'https://factcheck.example/review-1');
  assert.equal(reviews[0].author.name, 'Fact Desk');
  const json = JSON.parse(await page.evaluate(() => { window.storylensExport('json'); return window.exported.pop().text; }));
  assert.ok(reviews[0].itemReviewed.text.startsWith(json.claims[first].content.text.slice(0, 20).trim()));

  await page.reload();
  await page.waitForFunction(ready, null, { timeout: 20000 });
  await page.waitForFunction(() => window.storylensState().check.verdicts === 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('corrections made in the view are kept for the article, come back on reload and export as the file', async () => {
  const { page, errors, ratio } = await open(site.base + '#view=check');
  // a claim: its source changed by typing a name
  const claim = (await check(page)).order[0];
  await page.evaluate(id => window.storylensSetFragment(`view=check&sel=claim:${id}`), claim);
  await page.waitForFunction(() => window.storylensState().check.places.some(p => p.name === 'set source'));
  await typeInto(page, ratio, 'source', 'Ana Ruiz of the ministry');
  await click(page, ratio, 'set source');
  await page.waitForFunction(() => window.storylensState().check.corrections === 1);
  // an event: deleted
  const before = (await page.evaluate(() => window.storylensState())).counts.events;
  await page.evaluate(() => window.storylensSetFragment('view=check&sel=event:0'));
  await page.waitForFunction(() => window.storylensState().check.places.some(p => p.name === 'fix date'));
  await click(page, ratio, 'delete');
  await page.waitForFunction(() => window.storylensState().check.corrections === 2);
  assert.equal((await page.evaluate(() => window.storylensState())).counts.events, before - 1);
  await page.screenshot({ path: site.shot('check-corrected.png') });

  await page.reload();
  await page.waitForFunction(ready, null, { timeout: 20000 });
  await page.waitForFunction(() => window.storylensState().check.corrections === 2);
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.counts.events, before - 1, 'the deletion is laid over the re-analysed article');
  assert.equal(state.check.orphaned, 0);
  await page.evaluate(() => {
    window.exported = [];
    Module.onExport = (fileName, mime, bytes) => window.exported.push({ fileName, text: new TextDecoder().decode(bytes) });
  });
  const json = JSON.parse(await page.evaluate(() => { window.storylensExport('json'); return window.exported.pop().text; }));
  assert.equal(json.claims[claim].source.text, 'Ana Ruiz of the ministry', 'a typed name no entity has is kept');
  assert.equal(json.claims[claim].source.entity, null);

  // Export corrections: the documented file the CLI's --corrections reads
  await page.waitForFunction(() => window.storylensState().check.places.some(p => p.name === 'export corrections'));
  await click(page, ratio, 'export corrections');
  await page.waitForFunction(() => window.exported.length > 0);
  const file = await page.evaluate(() => window.exported.pop());
  assert.equal(file.fileName, 'seed.corrections.json');
  const corrections = JSON.parse(file.text);
  assert.equal(corrections.schema, 'storylens.corrections/1');
  assert.deepEqual(corrections.corrections.map(c => c.op).sort(), ['delete', 'source']);

  // importing it into a fresh profile lays it over the article as well
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(ready, null, { timeout: 20000 });
  assert.equal((await check(page)).corrections, 0);
  assert.equal(await page.evaluate(text => window.storylensLoad({ json: text, name: 'seed.corrections.json' }), file.text), true);
  await page.waitForFunction(() => window.storylensState().check.corrections === 2);
  const after = await page.evaluate(() => window.storylensState());
  assert.equal(after.document, 'seed.txt', 'the article stays on screen');
  assert.equal(after.counts.events, before - 1);
  assert.deepEqual(errors, []);
  await page.close();
});
