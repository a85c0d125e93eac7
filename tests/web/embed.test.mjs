// embed.test.mjs — the CMS embed in headless Chromium: the demo host page with two viewers (script tag and
// Storylens.mount), the storylens.embed/1 message API (load, select, setTheme, getState and their replies),
// auto-height, clicks reported to the host, and messages from an origin not on the allowlist being ignored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, watchErrors } from './browser.mjs';
import { pixelStats } from './png.mjs';
import { serveSites } from './foreign_page.mjs';

const site = process.env.STORYLENS_SITE || path.resolve('../../build/wasm/web/site');
const shots = process.env.STORYLENS_SHOTS || path.resolve('../../build/wasm/web-test');
const PROTOCOL = 'storylens.embed/1';
let sites, browser, base, otherBase;

before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'demo-host.html')), `no built site with the embed at ${site}`);
  fs.mkdirSync(shots, { recursive: true });
  sites = await serveSites(site, PROTOCOL);
  ({ base, otherBase } = sites);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  sites?.close();
});

const messagesOf = (page, viewer, type) =>
  page.evaluate(([v, t]) => window.demoMessages.filter(m => m.viewer === v && m.type === t), [viewer, type]);

async function openDemo() {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(base + 'demo-host.html');
  await page.waitForFunction(() => ['viewer 1', 'viewer 2'].every(v =>
    window.demoMessages.some(m => m.viewer === v && m.type === 'ready') &&
    window.demoMessages.some(m => m.viewer === v && m.type === 'loaded')), null, { timeout: 40000 });
  return { page, errors };
}

async function screenshotViewer(page, selector, name) {
  await page.waitForTimeout(300);
  const png = await page.locator(selector + ' iframe').screenshot({ path: path.join(shots, name) });
  const stats = pixelStats(png);
  assert.ok(stats.colours > 50 && stats.deviation > 8, `${name} shows a drawn viewer: ${JSON.stringify(stats)}`);
  return stats;
}

test('the demo host mounts two viewers that say ready, load their article and size their iframes', { timeout: 120000 }, async () => {
  const { page, errors } = await openDemo();
  for (const viewer of ['viewer 1', 'viewer 2']) {
    const [ready] = await messagesOf(page, viewer, 'ready');
    assert.equal(ready.protocol, PROTOCOL);
    assert.match(ready.id, /^storylens-\d+-/);
    assert.equal(typeof ready.version, 'string');
    const [loaded] = await messagesOf(page, viewer, 'loaded');
    assert.equal(loaded.ok, true, JSON.stringify(loaded));
    assert.equal(loaded.id, ready.id);
    assert.ok(loaded.counts.events > 0 && loaded.counts.claims > 0 && loaded.counts.timexes > 0, JSON.stringify(loaded.counts));
  }
  const [seedLoaded] = await messagesOf(page, 'viewer 1', 'loaded');
  assert.equal(seedLoaded.document, 'seed.txt');
  const ids = await page.evaluate(() => [window.demoViewers.seed().instance, window.demoViewers.inline.instance]);
  assert.notEqual(ids[0], ids[1], 'each viewer has its own instance id');

  // auto-height: the iframe takes the height the viewer last asked for
  await page.waitForFunction(() => window.demoMessages.filter(m => m.type === 'height').length >= 2);
  for (const [viewer, selector] of [['viewer 1', '#viewer-seed'], ['viewer 2', '#viewer-inline']]) {
    const heights = await messagesOf(page, viewer, 'height');
    assert.ok(heights.length > 0, viewer + ' sent its height');
    const last = heights[heights.length - 1].height;
    assert.ok(last >= 300 && last <= 900, 'a sensible height: ' + last);
    await page.waitForFunction(([s, h]) => document.querySelector(s + ' iframe').getBoundingClientRect().height === h,
      [selector, last]);
  }
  // the script-tag viewer got its data-theme and data-views
  const seedState = await page.evaluate(() => window.demoViewers.seed().getState());
  assert.equal(seedState.theme, 'light');
  assert.equal(seedState.dct.value, '2025-04-05');
  await screenshotViewer(page, '#viewer-seed', 'embed-seed.png');
  await screenshotViewer(page, '#viewer-inline', 'embed-inline.png');
  await page.screenshot({ path: path.join(shots, 'embed-demo-host.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('load, select, setTheme and getState through the message API get their replies', { timeout: 120000 }, async () => {
  const { page, errors } = await openDemo();
  const loaded = await page.evaluate(() => window.demoViewers.inline.load({
    text: 'BERLIN – The chancellor said on Thursday that the budget would pass. Critics disagreed, according to ' +
      'Reuters. A vote is planned for next week.', dct: '2025-03-05', name: 'budget' }));
  assert.equal(loaded.type, 'loaded');
  assert.equal(loaded.ok, true);
  assert.equal(loaded.document, 'budget');
  assert.equal(loaded.counts.timexes, 2, JSON.stringify(loaded.counts));
  assert.ok(loaded.counts.claims > 0);

  const selected = await page.evaluate(() => window.demoViewers.seed().select('claim', 1));
  assert.deepEqual([selected.type, selected.kind, selected.item], ['selected', 'claim', 1]);
  assert.ok(selected.sentence >= 0);
  const seedState = await page.evaluate(() => window.demoViewers.seed().getState());
  assert.deepEqual([seedState.selection.kind, seedState.selection.id, seedState.view], ['claim', 1, 'claims']);
  const event = await page.evaluate(() => window.demoViewers.seed().select('event', 0));
  assert.deepEqual([event.kind, event.item], ['event', 0]);
  const missing = await page.evaluate(() => window.demoViewers.seed().select('claim', 999).then(() => 'replied', e => e.message));
  assert.match(missing, /no claim 999/);

  assert.equal((await page.evaluate(() => window.demoViewers.inline.getState())).theme, 'dark');
  await page.evaluate(() => window.demoViewers.inline.setTheme('light'));
  let theme = '';
  for (let i = 0; i < 50 && theme !== 'light'; ++i) theme = (await page.evaluate(() => window.demoViewers.inline.getState())).theme;
  assert.equal(theme, 'light');
  assert.equal(await page.locator('#viewer-inline iframe').evaluate(f => f.contentDocument.documentElement.dataset.theme), 'light');

  // The same API without the embed script: a raw postMessage from the host page.
  const raw = await page.evaluate(([protocol]) => new Promise(resolve => {
    const frame = document.querySelector('#viewer-inline iframe');
    const id = window.demoViewers.inline.instance;
    window.addEventListener('message', e => { if (e.data.request === 'raw-1') resolve(e.data); });
    frame.contentWindow.postMessage({ protocol, id, type: 'getState', request: 'raw-1' }, location.origin);
  }), [PROTOCOL]);
  assert.equal(raw.type, 'state');
  assert.equal(raw.state.document, 'budget');
  // a select written with the item in `id` (no `item`) is understood too
  const rawSelect = await page.evaluate(([protocol]) => new Promise(resolve => {
    const frame = document.querySelector('#viewer-inline iframe');
    window.addEventListener('message', e => { if (e.data.request === 'raw-2') resolve(e.data); });
    frame.contentWindow.postMessage({ protocol, type: 'select', kind: 'claim', id: 0, request: 'raw-2' }, location.origin);
  }), [PROTOCOL]);
  assert.deepEqual([rawSelect.type, rawSelect.kind, rawSelect.item, rawSelect.id],
    ['selected', 'claim', 0, await page.evaluate(() => window.demoViewers.inline.instance)]);
  // an unknown type and a wrong protocol version are answered with an error, not acted on
  const bad = await page.evaluate(([protocol]) => new Promise(resolve => {
    const frame = document.querySelector('#viewer-inline iframe');
    const id = window.demoViewers.inline.instance, got = [];
    window.addEventListener('message', e => {
      if (String(e.data.request).startsWith('bad-')) got.push(e.data.type + ':' + e.data.request);
      if (got.length === 2) resolve(got.sort());
    });
    frame.contentWindow.postMessage({ protocol, id, type: 'explode', request: 'bad-1' }, location.origin);
    frame.contentWindow.postMessage({ protocol: 'storylens.embed/9', id, type: 'getState', request: 'bad-2' }, location.origin);
  }), [PROTOCOL]);
  assert.deepEqual(bad, ['error:bad-1', 'error:bad-2']);
  await screenshotViewer(page, '#viewer-inline', 'embed-inline-light.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a click in the viewer is reported to the host as selected, and a view change resizes the iframe', { timeout: 120000 }, async () => {
  const { page, errors } = await openDemo();
  const frame = await (await page.$('#viewer-seed iframe')).contentFrame();
  await frame.waitForFunction(() => window.storylensState().timeline_items.length > 0);
  const item = (await frame.evaluate(() => window.storylensState())).timeline_items[0];
  const ratio = await frame.evaluate(() => window.devicePixelRatio || 1);
  const box = await page.locator('#viewer-seed iframe').boundingBox();
  await page.mouse.click(box.x + item.x / ratio, box.y + item.y / ratio);
  await page.waitForFunction(() => window.demoMessages.some(m => m.viewer === 'viewer 1' && m.type === 'selected'));
  const [clicked] = await messagesOf(page, 'viewer 1', 'selected');
  assert.deepEqual([clicked.kind, clicked.item], ['event', item.event]);
  assert.equal(clicked.request, undefined, 'a click is not a reply to a request');

  const before = (await page.locator('#viewer-seed iframe').boundingBox()).height;
  await page.evaluate(() => window.demoViewers.seed().select('claim', 0));  // the claims view lists 12 claims
  await page.waitForFunction(h => document.querySelector('#viewer-seed iframe').getBoundingClientRect().height > h, before);
  const after = (await page.locator('#viewer-seed iframe').boundingBox()).height;
  console.log(`seed viewer height: timeline ${before} px, claims ${after} px`);
  await screenshotViewer(page, '#viewer-seed', 'embed-seed-claims.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page on another origin cannot drive the viewer unless it is on the allowlist', { timeout: 120000 }, async () => {
  const viewer = base + 'embed.html';
  const page = await browser.context.newPage();
  await page.goto(otherBase + '?viewer=' + encodeURIComponent(viewer));
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForFunction(() => window.storylensFrames > 0 && window.storylensEmbed, null, { timeout: 30000 });
  assert.deepEqual(await frame.evaluate(() => window.storylensEmbed.allowed()), [new URL(base).origin]);
  await page.evaluate(() => {
    window.send({ type: 'load', text: 'PARIS – The minister said on Monday that talks would resume.', request: 1 });
    window.send({ type: 'getState', request: 2 });
  });
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.got), [], 'no reply, not even ready, reaches the other origin');
  const state = await frame.evaluate(() => window.storylensState());
  assert.equal(state.sentences, 0, 'the load was ignored');
  await page.close();

  // The same page with its origin on the viewer's allowlist is answered.
  const allowed = await browser.context.newPage();
  await allowed.goto(otherBase + '?allow=1&viewer=' + encodeURIComponent(viewer));
  await allowed.waitForFunction(() => window.got.some(m => m.type === 'ready'), null, { timeout: 30000 });
  await allowed.evaluate(() => window.send({ type: 'load', text: 'PARIS – The minister said on Monday that talks would resume.', request: 1 }));
  await allowed.waitForFunction(() => window.got.some(m => m.type === 'loaded'));
  const loaded = (await allowed.evaluate(() => window.got)).find(m => m.type === 'loaded');
  assert.deepEqual([loaded.ok, loaded.id, loaded.request, loaded.counts.timexes], [true, 'foreign', 1, 1]);
  await allowed.close();
});

// A CMS page puts the viewer below the fold: the browser gives its frame no animation frames until it is scrolled
// into view, and a host awaiting load() must still get its answer (the analysis does not wait on a frame).
test('a viewer below the fold answers load without being scrolled into view, and draws when shown', { timeout: 120000 }, async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(otherBase + '?allow=1&below=1&viewer=' + encodeURIComponent(base + 'embed.html'));
  await page.waitForFunction(() => window.got.some(m => m.type === 'ready'), null, { timeout: 30000 });
  const box = await page.evaluate(() => {
    const r = document.querySelector('iframe').getBoundingClientRect();
    return { top: r.top, viewport: innerHeight, scrolled: scrollY };
  });
  assert.ok(box.top > box.viewport && box.scrolled === 0, 'the viewer is out of view: ' + JSON.stringify(box));
  const frame = await (await page.$('iframe')).contentFrame();
  const framesBefore = await frame.evaluate(() => window.storylensFrames || 0);
  await page.evaluate(() => window.send({ type: 'load', request: 7,
    text: 'PARIS – The minister said on Monday that talks would resume. Unions said they would strike on 3 May.' }));
  await page.waitForFunction(() => window.got.some(m => m.type === 'loaded' && m.request === 7), null, { timeout: 15000 });
  const loaded = (await page.evaluate(() => window.got)).find(m => m.type === 'loaded' && m.request === 7);
  assert.equal(loaded.ok, true, JSON.stringify(loaded));
  assert.equal(loaded.counts.timexes, 2);
  const stillOff = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top > innerHeight);
  assert.ok(stillOff, 'answered while still below the fold');
  // scrolled into view, it draws the new article
  await page.evaluate(() => document.querySelector('iframe').scrollIntoView());
  await frame.waitForFunction(n => window.storylensFrames > n, framesBefore, { timeout: 10000 });
  await page.waitForTimeout(300);
  await page.locator('iframe').screenshot({ path: path.join(shots, 'embed-below-fold.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
