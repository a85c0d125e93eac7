// page.test.mjs — the viewer page in headless Chromium: first frame, seed loaded, paste replaces the document,
// selection and search through the page API, no console errors. Screenshots go to $STORYLENS_SHOTS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { siteFixture, watchErrors } from './browser.mjs';

const site = siteFixture();

async function open(url) {
  const page = await site.browser.context.newPage();
  const errors = watchErrors(page);
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState && window.storylensState()
    && window.storylensState().sentences > 0, null, { timeout: 20000 });
  return { page, errors, firstFrameMs: Date.now() - started };
}

test('the page draws the seed article without console errors', async () => {
  const { page, errors, firstFrameMs } = await open(site.base);
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.document, 'seed.txt');
  assert.equal(state.sentences, 13);
  assert.equal(state.error, '');
  await page.waitForTimeout(300);
  await page.screenshot({ path: site.shot('seed.png') });
  console.log(`first frame with the seed after ${firstFrameMs} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('pasting text replaces the document', async () => {
  const { page, errors } = await open(site.base);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'PARIS – The minister said on Monday that talks would resume. Unions disagreed.');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  });
  await page.waitForFunction(() => window.storylensState().document === 'pasted text');
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.sentences, 2);
  await page.screenshot({ path: site.shot('pasted.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an unusable document keeps the previous one and says why', async () => {
  const { page, errors } = await open(site.base);
  const ok = await page.evaluate(() => window.storylensLoad({ text: '   ', name: 'blank' }));
  assert.equal(ok, false);
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.document, 'seed.txt');
  assert.notEqual(state.error, '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking a timeline item selects it and search finds matches', async () => {
  const { page, errors } = await open(site.base + '#view=timeline');
  await page.waitForTimeout(200);
  let state = await page.evaluate(() => window.storylensState());
  assert.ok(state.timeline_items && state.timeline_items.length > 0, 'the timeline shows items');
  const item = state.timeline_items[0];
  const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
  await page.mouse.click(item.x / ratio, item.y / ratio);
  await page.waitForFunction(() => window.storylensState().selection.kind === 'event');
  state = await page.evaluate(() => window.storylensState());
  assert.equal(state.selection.id, item.event);
  assert.ok(state.selection.sentence >= 0);
  await page.screenshot({ path: site.shot('timeline-selected.png') });

  await page.keyboard.press('Control+f');
  await page.keyboard.type('government');
  // the characters reach the field in order, behind the queued Ctrl+F: wait for the whole word, not the first hit
  await page.waitForFunction(() => window.storylensState().search.query === 'government');
  await page.waitForFunction(() => window.storylensState().search.results > 0);
  state = await page.evaluate(() => window.storylensState());
  assert.equal(state.search.query, 'government');
  await page.screenshot({ path: site.shot('search.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

// The viewer alone decides whether a re-analysis still counts (the page carries every answer back with its job's
// number): a load that overtakes it, usable or not, leaves no date box waiting and no old answer on screen. The
// date and the load are asked in one task, so the worker's answer cannot come in between.
test('a re-analysis overtaken by another load changes nothing and leaves the date free', async () => {
  const { page, errors } = await open(site.base);
  const dateThenLoad = (dct, doc) => page.evaluate(async ([d, o]) => {
    const asked = [window.storylensSetPublicationDate(d), window.storylensState().dct.reanalysing];
    return [...asked, await window.storylensLoad(o)];
  }, [dct, doc]);
  assert.deepEqual(await dateThenLoad('2024-01-10', { text: '   ', name: 'blank' }), [true, true, false]);
  let state = await page.evaluate(() => window.storylensState());
  assert.equal(state.document, 'seed.txt');
  assert.equal(state.dct.reanalysing, false, 'an unusable load does not leave the date box re-analysing');
  assert.equal(state.dct.value, '2025-04-05');

  const other = { text: 'The minister said on Monday that talks would resume.', name: 'other', dct: '2025-06-04' };
  assert.deepEqual(await dateThenLoad('2024-01-10', other), [true, true, true]);
  state = await page.evaluate(() => window.storylensState());
  assert.deepEqual([state.document, state.dct.value, state.dct.reanalysing], ['other', '2025-06-04', false]);
  // and the new document's own date change goes through
  assert.equal(await page.evaluate(() => window.storylensSetPublicationDate('2025-06-01')), true);
  await page.waitForFunction(() => !window.storylensState().dct.reanalysing, null, { timeout: 20000 });
  state = await page.evaluate(() => window.storylensState());
  assert.deepEqual([state.document, state.dct.value, state.error], ['other', '2025-06-01', '']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the accessible outline mirrors timeline and claims', async () => {
  const { page } = await open(site.base);
  const headings = await page.$$eval('#outline h2', hs => hs.map(h => h.textContent));
  const state = await page.evaluate(() => window.storylensState());
  assert.deepEqual(headings, [`Timeline (${state.counts.events})`, `Claims (${state.counts.claims})`]);
  const items = await page.$$eval('#outline li', lis => lis.length);
  assert.equal(items, state.counts.events + state.counts.claims);
  await page.close();
});

test('a link with a fragment reopens that view and selection', async () => {
  const { page, errors } = await open(site.base + '#view=claims&sel=claim:3');
  await page.waitForFunction(() => window.storylensState().selection.kind === 'claim');
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.view, 'claims');
  assert.equal(state.selection.id, 3);
  assert.match(await page.evaluate(() => location.hash), /view=claims/);
  await page.screenshot({ path: site.shot('fragment-claims.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the Export menu lists the export formats and downloads the chosen one', async () => {
  const { page, errors } = await open(site.base);
  const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
  let state = await page.evaluate(() => window.storylensState());
  assert.equal(state.export_menu.offered, true, 'the browser host can save files');
  const button = state.export_menu.button;
  await page.mouse.click(button.x / ratio, button.y / ratio);
  await page.waitForFunction(() => window.storylensState().export_menu.items.length > 0);
  await page.waitForTimeout(100);
  state = await page.evaluate(() => window.storylensState());
  const formats = state.export_menu.items.map(i => i.format);
  assert.ok(formats.includes('json'), 'json is offered: ' + formats.join(', '));
  await page.screenshot({ path: site.shot('export-menu.png') });
  const json = state.export_menu.items.find(i => i.format === 'json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.mouse.click(json.x / ratio, json.y / ratio),
  ]);
  assert.equal(download.suggestedFilename(), 'seed.json');
  const body = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(body.length > 0);
  const analysis = JSON.parse(body);
  assert.equal(analysis.schema, 'storylens.analysis/1');
  assert.ok(analysis.timexes.length > 0 && analysis.claims.length > 0);
  // the menu closed after the choice
  await page.waitForFunction(() => window.storylensState().export_menu.items.length === 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a two-finger pinch zooms the timeline in around the fingers', async () => {
  const { page, errors } = await open(site.base + '#view=timeline');
  await page.waitForFunction(() => window.storylensState().timeline_items.length > 0);
  const before = await page.evaluate(() => window.storylensState().timeline_range);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
  const box = await page.locator('#canvas').boundingBox();
  const y = box.y + box.height * 0.4, mid = box.x + box.width * 0.75;
  const touch = (type, gap) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: mid - gap, y, id: 1 }, { x: mid + gap, y, id: 2 }] });
  await touch('touchStart', 20);
  for (const gap of [40, 60, 80]) await touch('touchMove', gap);
  await touch('touchEnd', 0);
  await page.waitForFunction(old => {
    const r = window.storylensState().timeline_range;
    return r.last_day - r.first_day < (old.last_day - old.first_day) / 2;
  }, before, { timeout: 5000 });
  const after = await page.evaluate(() => window.storylensState().timeline_range);
  // spread from 40 to 160 px: four times closer
  assert.ok(Math.abs((after.last_day - after.first_day) * 4 - (before.last_day - before.first_day)) < 1,
    JSON.stringify({ before, after }));
  await page.screenshot({ path: site.shot('pinched.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
