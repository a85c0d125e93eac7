// large.test.mjs — a large article is analysed in the page's Web Worker: the page keeps drawing frames while it
// runs, a progress line names the stage, the result equals an analysis made on the page, a later load replaces an
// earlier one still running, a new publication date re-analyses in the worker, and a missing worker loses nothing.
// Every analysis is the worker core's: the page's own wasm has none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, watchErrors } from './browser.mjs';

const site = process.env.STORYLENS_SITE || path.resolve('../../build/wasm/web/site');
const shots = process.env.STORYLENS_SHOTS || path.resolve('../../build/wasm/web-test');
let server, browser, base;

// About `megabytes` of news text: the attribution and chronology test articles, repeated with numbered paragraphs
// so no two are identical.
function largeArticle(megabytes) {
  const dirs = ['../attribution', '../chronology'].map(d => path.resolve(d));
  const texts = dirs.flatMap(d => fs.readdirSync(d).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(d, f), 'utf8')));
  const parts = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; ++i) {
    const part = `Part ${i + 1}.\n\n` + texts[i % texts.length];
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('\n\n');
}

before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'storylens-worker-core.wasm')), `no worker core in ${site}`);
  fs.mkdirSync(shots, { recursive: true });
  server = await serve(site, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function open() {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(base);
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState()?.sentences > 0, null,
    { timeout: 20000 });
  return { page, errors };
}

// Loads `text` through the page API while recording the gaps between animation frames and the progress line's
// texts. The gaps are split where the analysis reaches the page (storylens_show_snapshot is called): before it
// the core is analysing (in the worker, or on the page for the control), after it the page shows the result,
// which is the page's own work on either path.
async function timedLoad(page, text, options) {
  return page.evaluate(async ({ text, options }) => {
    const progress = new Set();
    let last = performance.now(), arrived = null, analysing = 0, showing = 0, watching = true;
    const show = Module._storylens_show_snapshot;
    Module._storylens_show_snapshot = (...args) => {
      arrived = performance.now();
      analysing = Math.max(analysing, arrived - last);  // the gap still open when the analysis arrives
      return show(...args);
    };
    const tick = now => {
      if (arrived === null) analysing = Math.max(analysing, now - last);
      else showing = Math.max(showing, now - Math.max(last, arrived));
      last = now;
      const line = document.getElementById('progress');
      if (!line.hidden && line.textContent) progress.add(line.textContent.replace(/[\d.]+ s$/, ''));
      if (watching) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const started = performance.now();
    try {
      const ok = await window.storylensLoad({ text, ...options });
      const ms = performance.now() - started;
      // Two more frames, so a gap that ends after the load (drawing the result) is measured too.
      await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { ok, ms, analysing, showing, arrived: arrived !== null, progress: [...progress] };
    } finally {
      watching = false;
      Module._storylens_show_snapshot = show;
    }
  }, { text, options });
}

test('a large article is analysed in the worker while the page keeps drawing', async () => {
  const { page, errors } = await open();
  const text = largeArticle(2);
  await page.waitForTimeout(500);  // the page's own first frames (shaders, font atlas) are not the worker's doing
  const inWorker = await timedLoad(page, text, { name: 'large.txt', dct: '2025-04-05' });
  assert.equal(inWorker.ok, true);
  const snapshot = () => ({ state: window.storylensState(), outline: document.getElementById('outline').textContent });
  const viaWorker = await page.evaluate(snapshot);
  assert.equal(viaWorker.state.document, 'large.txt');
  assert.equal(viaWorker.state.error, '');
  assert.ok(inWorker.progress.some(p => /finding claims/.test(p)), `progress named the stages: ${inWorker.progress}`);
  await page.screenshot({ path: path.join(shots, 'large-worker.png') });

  const onPage = await timedLoad(page, text, { name: 'large.txt', dct: '2025-04-05', worker: false });
  assert.equal(onPage.ok, true);
  const viaPage = await page.evaluate(snapshot);
  assert.deepEqual(viaWorker.state.counts, viaPage.state.counts);
  assert.equal(viaWorker.state.sentences, viaPage.state.sentences);
  assert.equal(viaWorker.outline, viaPage.outline);
  assert.equal(inWorker.arrived && onPage.arrived, true, 'both analyses reached the page through the snapshot');
  console.log(`2 MB article: worker ${inWorker.ms.toFixed(0)} ms, longest frame gap ${inWorker.analysing.toFixed(0)} ms ` +
    `while analysing and ${inWorker.showing.toFixed(0)} ms showing; on the page ${onPage.ms.toFixed(0)} ms, ` +
    `${onPage.analysing.toFixed(0)} ms while analysing and ${onPage.showing.toFixed(0)} ms showing`);
  // The page-thread analysis is the control: it does block, so the measurement can tell the two apart. No
  // constant in milliseconds: a busy machine stretches both runs, the ratio holds. Showing the result (reading
  // the snapshot, mirroring it in the DOM, the first frame of a 2 MB article) is the page's work on both paths,
  // so it is kept out of the comparison; it must still cost less than analysing on the page does.
  assert.ok(onPage.analysing > 4 * Math.max(inWorker.analysing, 16), 'the worker kept the page drawing while it analysed');
  assert.ok(inWorker.showing < onPage.analysing + onPage.showing, 'showing the result costs less than analysing it on the page');
  // The outline shows 500 items per list; its button adds the next 500.
  const outline = () => page.$$eval('#outline ol', lists => lists.map(l => l.children.length));
  assert.deepEqual(await outline(), [500, 500]);
  await page.$eval('#outline > button', b => b.click());  // the list's "Show more" button, not an item's
  assert.deepEqual(await outline(), [1000, 500]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a later load replaces one still running, and a new date re-analyses in the worker', async () => {
  const { page, errors } = await open();
  const text = largeArticle(1);
  const results = await page.evaluate(async text => {
    const first = window.storylensLoad({ text, name: 'first.txt', dct: '2025-04-05' });
    await new Promise(r => setTimeout(r, 50));
    const second = window.storylensLoad({ text: text.slice(0, 200000), name: 'second.txt', dct: '2025-04-05' });
    return [await first, await second];
  }, text);
  assert.deepEqual(results, [null, true]);
  let state = await page.evaluate(() => window.storylensState());
  assert.equal(state.document, 'second.txt');

  // The state is read in the same task as the date is set: the worker's answer cannot have arrived yet (a
  // re-dating is quick, and a second evaluate() could come after it).
  const [accepted, reanalysing] = await page.evaluate(() =>
    [window.storylensSetPublicationDate('2024-01-10'), window.storylensState().dct.reanalysing]);
  assert.equal(accepted, true);
  assert.equal(reanalysing, true, 'a large article is re-analysed off the page');
  await page.waitForFunction(() => !window.storylensState().dct.reanalysing, null, { timeout: 20000 });
  state = await page.evaluate(() => window.storylensState());
  assert.equal(state.dct.value, '2024-01-10');
  assert.equal(state.document, 'second.txt');
  assert.equal(await page.evaluate(() => window.storylensSetPublicationDate('2024-02-30')), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without the worker a large article is analysed on the page, nothing lost', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  // the worker's script is blocked: the Worker cannot start, the same core runs on the page
  await page.route('**/analysis-worker.js', route => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(base);
  await page.waitForFunction(() => window.storylensState()?.sentences > 0, null, { timeout: 20000 });
  const ok = await page.evaluate(text => window.storylensLoad({ text, name: 'fallback.txt' }), largeArticle(0.2));
  assert.equal(ok, true);
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.document, 'fallback.txt');
  assert.ok(state.counts.claims > 0);
  assert.equal(await page.evaluate(() => window.StorylensAnalysis.available), false);
  assert.deepEqual(await page.evaluate(() => window.StorylensAnalysis.counts), { worker: 0, page: 2 });
  assert.deepEqual(errors, []);
  await page.close();
});

// The page's viewer links no analysis: the seed's analysis comes from the worker core, fetched after the first
// frame, which shows the article's text as "Reading"; the core is held back here until that frame was seen.
test('the seed is read in the worker core, fetched after a first frame that shows its text', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  let release;
  const held = new Promise(resolve => { release = resolve; });
  await page.route('**/storylens-worker-core.wasm', async route => { await held; await route.continue(); });
  await page.goto(base);
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState()?.reading === 'seed.txt',
    null, { timeout: 20000 });
  const reading = await page.evaluate(() => window.storylensState());
  assert.equal(reading.sentences, 0, 'no analysis before the core arrived');
  assert.equal(reading.article.shown, true);
  // the page's wasm cannot analyse: only the worker core's snapshots are shown
  assert.deepEqual(await page.evaluate(() => ['_storylens_load', '_storylens_story_add', '_storylens_begin_reading',
    '_storylens_show_snapshot'].map(f => typeof window.Module[f])), ['undefined', 'undefined', 'function', 'function']);
  await page.screenshot({ path: path.join(shots, 'reading.png') });
  release();
  await page.waitForFunction(() => window.storylensState()?.sentences > 0, null, { timeout: 20000 });
  const shown = await page.evaluate(() => window.storylensState());
  assert.equal(shown.reading, '');
  assert.equal(shown.document, 'seed.txt');
  assert.ok(shown.counts.events > 0 && shown.counts.claims > 0);
  assert.deepEqual(await page.evaluate(() => window.StorylensAnalysis.counts), { worker: 1, page: 0 });
  // a small article's new publication date goes to the worker core as well: the viewer asked, the page carried it
  // (asked and looked at in one task: the worker's answer cannot come in between)
  assert.deepEqual(await page.evaluate(() => [window.storylensSetPublicationDate('2024-01-10'),
    window.storylensState().dct.reanalysing]), [true, true]);
  await page.waitForFunction(() => !window.storylensState().dct.reanalysing, null, { timeout: 20000 });
  assert.equal((await page.evaluate(() => window.storylensState())).dct.value, '2024-01-10');
  assert.deepEqual(await page.evaluate(() => window.StorylensAnalysis.counts), { worker: 2, page: 0 });
  assert.deepEqual(errors, []);
  await page.close();
});

// No Worker at all (an old or locked-down browser): the page instantiates the core itself; a load, a new date and
// a story all still work.
test('without Worker the page runs the core itself', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => { delete window.Worker; });
  await page.goto(base);
  await page.waitForFunction(() => window.storylensState()?.sentences > 0, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.StorylensAnalysis.available), false);
  assert.equal(await page.evaluate(() => window.storylensSetPublicationDate('2024-01-10')), true);
  await page.waitForFunction(() => window.storylensState().dct.value === '2024-01-10', null, { timeout: 20000 });
  const story = await page.evaluate(() => window.storylensLoadStory([
    { text: 'The minister said on Monday that talks would resume.', name: 'a.txt', dct: '2025-04-05' },
    { text: 'Unions said on Tuesday they would strike in March.', name: 'b.txt', dct: '2025-04-06' }]));
  assert.equal(story, true);
  assert.equal((await page.evaluate(() => window.storylensState())).story.shown, true);
  assert.deepEqual(await page.evaluate(() => window.StorylensAnalysis.counts), { worker: 0, page: 4 });
  assert.deepEqual(errors, []);
  await page.close();
});
