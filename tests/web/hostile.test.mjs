// hostile.test.mjs — the page and the embed under hostile input: a link with broken percent-escapes, message types
// named after Object.prototype members, lone UTF-16 surrogates in every message field, a foreign and an allowed
// origin sending them, an uncaught error and a rejected promise on the page, and one 2 MB line without
// punctuation. Every case must leave the viewer up, drawing, with the last good document and a word in the status
// line; no uncaught error may reach the console. Screenshots of the error states go to $STORYLENS_SHOTS.
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
const PROTOTYPE_NAMES = ['hasOwnProperty', 'constructor', '__proto__', 'toString', 'valueOf', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', 'explode'];
let sites, browser, base, otherBase;

before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'embed.html')), `no built site at ${site}`);
  fs.mkdirSync(shots, { recursive: true });
  sites = await serveSites(site, PROTOCOL);
  ({ base, otherBase } = sites);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  sites?.close();
});

// The viewer still draws: woken, it paints at least two more frames (the frame count, never a time).
async function keepsDrawing(target) {
  const start = await target.evaluate(() => window.storylensFrames || 0);
  await target.evaluate(() => window.Module._storylens_wake());
  await target.waitForFunction(n => window.storylensFrames >= n + 2 && (window.Module._storylens_wake(), true), start,
    { timeout: 10000 });
}

async function screenshotShowsViewer(target, file) {
  const png = await target.screenshot({ path: path.join(shots, file) });
  const stats = pixelStats(png);
  assert.ok(stats.colours > 50 && stats.deviation > 8, `${file} shows a drawn viewer: ${JSON.stringify(stats)}`);
}

test('a link with broken percent-escapes opens the viewer, keeps the escape as text and says so', async () => {
  for (const [fragment, query] of [['q=%C3', '%C3'], ['q=%FF&view=claims', '%FF'], ['view=timeline&q=caf%C3', 'caf%C3'],
    ['q=%E2%82', '%E2%82'], ['q=%', '%'], ['q=%C3%A9t%C3%A9', 'été']]) {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(base + '#' + fragment);
    await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState()?.sentences > 0, null,
      { timeout: 20000 });
    await page.waitForFunction(q => window.storylensState().search.query === q, query, { timeout: 5000 })
      .catch(() => {});
    const state = await page.evaluate(() => window.storylensState());
    assert.equal(state.document, 'seed.txt', fragment);
    assert.equal(state.search.query, query, fragment);
    if (query === 'été' || query === '%') assert.equal(state.error, '', fragment);
    else assert.match(state.error, /kept as written/, fragment);
    if (fragment.includes('view=claims')) assert.equal(state.view, 'claims');
    await keepsDrawing(page);
    if (fragment === 'q=%C3') await screenshotShowsViewer(page, 'hostile-broken-fragment.png');
    assert.deepEqual(errors, [], fragment);
    await page.close();
  }
});

// The demo host's second viewer, and a raw postMessage to it from the host page.
async function openDemo() {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(base + 'demo-host.html');
  await page.waitForFunction(() => window.demoMessages.some(m => m.viewer === 'viewer 2' && m.type === 'loaded'), null,
    { timeout: 40000 });
  const frame = await (await page.$('#viewer-inline iframe')).contentFrame();
  const frameErrors = [];
  page.on('console', m => { if (m.type() === 'error' && m.location()?.url?.includes('embed')) frameErrors.push(m.text()); });
  return { page, frame, errors, frameErrors };
}

// Sends `messages` to viewer 2 and resolves with the replies whose request is in `expect`, in that order.
const ask = (page, messages, expect) => page.evaluate(([protocol, messages, expect]) => new Promise(resolve => {
  const frame = document.querySelector('#viewer-inline iframe');
  const id = window.demoViewers.inline.instance, got = new Map();
  window.addEventListener('message', e => {
    if (e.source !== frame.contentWindow || !expect.includes(e.data.request)) return;
    got.set(e.data.request, e.data);
    if (got.size === expect.length) resolve(expect.map(r => got.get(r)));
  });
  for (const m of messages) frame.contentWindow.postMessage(Object.assign({ protocol, id }, m), location.origin);
}), [PROTOCOL, messages, expect]);

test('message types named after Object.prototype members get "unknown message type", and the viewer goes on', { timeout: 120000 }, async () => {
  const { page, frame, errors } = await openDemo();
  const initial = await frame.evaluate(() => window.storylensState());
  const requests = PROTOTYPE_NAMES.map((type, i) => 'proto-' + i);
  const replies = await ask(page, PROTOTYPE_NAMES.map((type, i) => ({ type, request: requests[i], text: 'x' })), requests);
  replies.forEach((reply, i) => {
    assert.equal(reply.type, 'error', PROTOTYPE_NAMES[i]);
    assert.equal(reply.message, 'unknown message type ' + JSON.stringify(PROTOTYPE_NAMES[i]));
  });
  // a select whose kind is a prototype name is refused too, not looked up
  const kinds = ['toString', '__proto__', 'constructor'];
  const selects = await ask(page, kinds.map((kind, i) => ({ type: 'select', kind, item: 0, request: 'kind-' + i })),
    kinds.map((k, i) => 'kind-' + i));
  for (const reply of selects) assert.match(reply.message, /select needs kind event\|claim\|entity/);
  // the viewer still answers, still draws, still shows its document
  const [state] = await ask(page, [{ type: 'getState', request: 'after' }], ['after']);
  assert.equal(state.state.document, initial.document);
  const [selected] = await ask(page, [{ type: 'select', kind: 'claim', item: 0, request: 'sel' }], ['sel']);
  assert.equal(selected.type, 'selected');
  await keepsDrawing(frame);
  assert.deepEqual(errors, []);
  await page.close();
});

test('lone UTF-16 surrogates in every message field are replaced, noted, and never break the viewer', { timeout: 120000 }, async () => {
  const { page, frame, errors } = await openDemo();
  const lone = '\uD800', low = '\uDC00';
  const body = `BERLIN ${lone}– The chancellor said on Thursday that the budget would pass${low}. Critics disagreed.`;
  const [loaded] = await ask(page, [{ type: 'load', text: body, name: 'budget' + lone + 'x', dct: '2025-03-0' + lone,
    request: 'load-' + lone }], ['load-' + lone]);
  assert.equal(loaded.type, 'loaded');
  assert.equal(loaded.ok, true, JSON.stringify(loaded));
  assert.equal(loaded.document, 'budget\uFFFDx', 'the name keeps its next character');
  assert.ok(loaded.notes.includes('2 lone UTF-16 surrogate(s) in the text replaced with U+FFFD'), loaded.notes.join('; '));
  assert.ok(loaded.notes.includes('1 lone UTF-16 surrogate(s) in the name replaced with U+FFFD'), loaded.notes.join('; '));
  assert.ok(loaded.notes.some(n => /in the dct: the date was dropped/.test(n)), loaded.notes.join('; '));
  let state = await frame.evaluate(() => window.storylensState());
  assert.doesNotMatch(state.dct.value, /[\uD800-\uDFFF\uFFFD]|^2025-03-0.$/, 'the date field never shows a mangled value');
  assert.match(state.error, /lone UTF-16 surrogate/, 'the status line notes the repair');
  const outline = await frame.evaluate(() => document.getElementById('outline').textContent);
  assert.doesNotMatch(outline, /[\uD800-\uDFFF]/);
  await screenshotShowsViewer(page.locator('#viewer-inline iframe'), 'hostile-lone-surrogates.png');

  // the same in html, json (an object), url and every other field
  // (one load at a time: a later load replaces an earlier one still running)
  const [html] = await ask(page, [{ type: 'load', request: 'html',
    html: `<article><h1>T${lone}</h1><p>PARIS – The minister said on Monday${low} that talks would resume.</p></article>` }], ['html']);
  assert.equal(html.ok, true, JSON.stringify(html));
  const [url] = await ask(page, [{ type: 'load', url: 'articles/seed' + lone + '.txt', request: 'url' }], ['url']);
  assert.equal(url.ok, false, 'no such file');
  const [json] = await ask(page, [{ type: 'load', request: 'json',
    json: { title: 'T' + low, body: 'PARIS – The minister said on Monday that talks would resume' + lone + '.' } }], ['json']);
  assert.equal(json.ok, true, JSON.stringify(json));
  assert.ok(json.notes.length > 0, 'the json load notes its repair');
  const more = [
    { type: 'select', kind: 'claim' + lone, item: 0, request: 'kind' },
    { type: 'setTheme', theme: 'light' + lone },
    { type: 'get' + lone + 'State', request: 'type' },
    { type: 'getState', request: 'req' + low },
  ];
  const replies = await ask(page, more, ['kind', 'type', 'req' + low]);
  assert.match(replies[0].message, /select needs kind/);
  assert.match(replies[1].message, /unknown message type/);
  assert.equal(replies[2].type, 'state');
  assert.equal(replies[2].state.theme, 'dark', 'an unknown theme is the dark one');
  // a protocol with a lone surrogate is answered as an unsupported protocol
  const wrongProtocol = await page.evaluate(lone => new Promise(resolve => {
    const frame = document.querySelector('#viewer-inline iframe');
    window.addEventListener('message', e => { if (e.data.request === 'proto') resolve(e.data); });
    frame.contentWindow.postMessage({ protocol: 'storylens.embed/1' + lone, id: window.demoViewers.inline.instance,
      type: 'getState', request: 'proto' }, location.origin);
  }), lone);
  assert.match(wrongProtocol.message, /unsupported protocol/);
  state = await frame.evaluate(() => window.storylensState());
  assert.equal(state.document, 'article', 'the json load is on screen');
  await keepsDrawing(frame);
  // the url load's 404 is the one console line expected
  assert.deepEqual(errors.filter(e => !/Failed to load resource: .* 404/.test(e)), []);
  await page.close();
});

test('a foreign origin sending hostile messages is ignored; an allowed one is answered with errors', { timeout: 120000 }, async () => {
  const viewer = base + 'embed.html';
  const hostile = [...PROTOTYPE_NAMES.map((type, i) => ({ type, request: i })),
    { type: 'load', text: 'PARIS \uD800 said on Monday.', name: '\uDC00', request: 'load' }];
  const foreign = await browser.context.newPage();
  const foreignErrors = watchErrors(foreign);
  await foreign.goto(otherBase + '?viewer=' + encodeURIComponent(viewer));
  const frame = await (await foreign.$('iframe')).contentFrame();
  await frame.waitForFunction(() => window.storylensFrames > 0 && window.storylensEmbed, null, { timeout: 30000 });
  await foreign.evaluate(messages => messages.forEach(m => window.send(m)), hostile);
  await foreign.waitForTimeout(1000);
  assert.deepEqual(await foreign.evaluate(() => window.got), [], 'no reply reaches the foreign origin');
  assert.equal((await frame.evaluate(() => window.storylensState())).sentences, 0, 'nothing was loaded');
  await keepsDrawing(frame);
  assert.deepEqual(foreignErrors, []);
  await foreign.close();

  const allowed = await browser.context.newPage();
  const allowedErrors = watchErrors(allowed);
  await allowed.goto(otherBase + '?allow=1&viewer=' + encodeURIComponent(viewer));
  await allowed.waitForFunction(() => window.got.some(m => m.type === 'ready'), null, { timeout: 30000 });
  await allowed.evaluate(messages => messages.forEach(m => window.send(m)), hostile);
  await allowed.waitForFunction(n => window.got.filter(m => m.type === 'error' || m.type === 'loaded').length >= n,
    hostile.length, { timeout: 30000 });
  const got = await allowed.evaluate(() => window.got);
  for (let i = 0; i < PROTOTYPE_NAMES.length; ++i) {
    const reply = got.find(m => m.request === i);
    assert.equal(reply.type, 'error', PROTOTYPE_NAMES[i]);
    assert.match(reply.message, /unknown message type/);
  }
  const loaded = got.find(m => m.request === 'load');
  assert.deepEqual([loaded.ok, loaded.document], [true, '\uFFFD']);
  const allowedFrame = await (await allowed.$('iframe')).contentFrame();
  await keepsDrawing(allowedFrame);
  assert.deepEqual(allowedErrors, []);
  await allowed.close();
});

test('an uncaught error or a rejected promise shows in the status line and the document stays on screen', async () => {
  const page = await browser.context.newPage();
  const pageErrors = [];
  page.on('pageerror', e => pageErrors.push(String(e)));
  await page.goto(base);
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState()?.sentences > 0, null,
    { timeout: 20000 });
  await page.evaluate(() => { setTimeout(() => { throw new Error('a host script broke'); }, 0); });
  await page.waitForFunction(() => /a host script broke/.test(document.getElementById('progress').textContent));
  let state = await page.evaluate(() => window.storylensState());
  assert.equal(state.document, 'seed.txt');
  assert.match(state.error, /a host script broke/, 'the viewer\'s status line says it too');
  assert.equal(await page.evaluate(() => document.getElementById('progress').hidden), false);
  await keepsDrawing(page);
  await page.screenshot({ path: path.join(shots, 'hostile-uncaught-error.png') });

  await page.evaluate(() => { Promise.reject(new Error('a lost promise')); });
  await page.waitForFunction(() => /a lost promise/.test(document.getElementById('progress').textContent));
  // an error inside a hook the viewer calls every frame does not stop its main loop
  await page.evaluate(() => document.addEventListener('storylens:changed', () => { throw new Error('listener'); }, { once: true }));
  await page.evaluate(() => window.storylensSetFragment('view=claims&sel=claim:1'));
  await keepsDrawing(page);
  state = await page.evaluate(() => window.storylensState());
  assert.deepEqual([state.document, state.selection.kind, state.selection.id], ['seed.txt', 'claim', 1]);
  assert.ok(pageErrors.some(e => /a host script broke/.test(e)), 'the thrown error itself is still a page error');
  await page.close();
});

// A normal article of about `bytes` (the attribution and chronology test articles with numbered parts), and the
// same words as one line without punctuation: the shape that was analysed in super-linear time.
function normalArticle(bytes) {
  const texts = ['../attribution', '../chronology'].map(d => path.resolve(d)).flatMap(d =>
    fs.readdirSync(d).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(d, f), 'utf8')));
  const parts = [];
  for (let i = 0, size = 0; size < bytes; ++i) { const p = `Part ${i + 1}.\n\n` + texts[i % texts.length]; parts.push(p); size += p.length; }
  return parts.join('\n\n').slice(0, bytes);
}
const withoutPunctuation = text => text.replace(/[^\p{L}\p{N}]+/gu, ' ');

// The longest gap between animation frames while `text` is loaded (in the worker) and shown, the viewer nudged
// every frame as a moving mouse would.
const longestGap = (page, text, name) => page.evaluate(async ({ text, name }) => {
  let last = performance.now(), longest = 0, watching = true;
  const tick = now => { longest = Math.max(longest, now - last); last = now; window.Module._storylens_wake(); if (watching) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const ok = await window.storylensLoad({ text, name, dct: '2025-04-05' });
  for (let i = 0; i < 5; ++i) await new Promise(r => requestAnimationFrame(r));  // the first frames of the result
  watching = false;
  return { ok, longest };
}, { text, name });

test('one 2 MB line without punctuation keeps the page drawing as a normal article of that size does', { timeout: 600000 }, async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(base);
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState()?.sentences > 0, null,
    { timeout: 20000 });
  await page.waitForTimeout(500);  // the page's own first frames are not the article's doing
  const size = 2 * 1024 * 1024;
  const control = await longestGap(page, normalArticle(size), 'normal.txt');
  const line = await longestGap(page, withoutPunctuation(normalArticle(size)), 'one-line.txt');
  console.log(`2 MB: longest frame gap ${control.longest.toFixed(0)} ms for a normal article, ` +
    `${line.longest.toFixed(0)} ms for one line without punctuation`);
  assert.equal(control.ok, true);
  assert.equal(line.ok, true);
  const state = await page.evaluate(() => window.storylensState());
  assert.equal(state.document, 'one-line.txt');
  // a ratio of two runs in one page, not a time: the long line may cost a few times the control, not hundreds
  assert.ok(line.longest < 4 * Math.max(control.longest, 50),
    `one line: longest gap ${line.longest.toFixed(0)} ms against ${control.longest.toFixed(0)} ms for the control`);
  await keepsDrawing(page);
  assert.deepEqual(errors, []);
  await page.close();
});
