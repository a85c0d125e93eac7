// reader.test.mjs — the viewer as readers meet it, in headless Chromium: a real mouse wheel over the timeline and
// the article (one notch, a sane step, the right way), a phone (390×844, touch, DPR 3) where one tap opens a tab,
// a tablet (768×1024), Unicode typed into the search box and a paste that lands there instead of replacing the
// article, the outline's buttons and the selection announced, and axe-core with no serious or critical finding.
// Screenshots go to $STORYLENS_SHOTS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { siteFixture, openViewer } from './browser.mjs';

const require = createRequire(import.meta.url);
const site = siteFixture({ devices: true });
// A device: `touch` makes the page a phone's (touch events, a coarse pointer, the mobile viewport).
async function open(url, device = null) {
  const opened = await openViewer(site, url, device);
  await opened.page.waitForTimeout(200);
  return opened;
}
const state = page => page.evaluate(() => window.storylensState());
const span = r => r.last_day - r.first_day;

test('one wheel notch over the timeline zooms one step, in the direction of the wheel', async () => {
  const { page, errors } = await open('#view=timeline');
  const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
  const s = await state(page);
  const item = s.timeline_items[0];
  await page.mouse.move(item.x / ratio, item.y / ratio);
  const before = (await state(page)).timeline_range;
  await page.mouse.wheel(0, -100);  // one notch away from the reader: zoom in
  await page.waitForFunction(old => { const r = window.storylensState().timeline_range; return r.last_day - r.first_day < old; },
    span(before));
  const zoomedIn = (await state(page)).timeline_range;
  const step = span(zoomedIn) / span(before);
  assert.ok(step > 0.75 && step < 0.95, 'one zoom step, not 140 days to one: ' + step);
  await page.mouse.wheel(0, 100);  // and back
  await page.waitForFunction(old => { const r = window.storylensState().timeline_range; return r.last_day - r.first_day > old; },
    span(zoomedIn));
  const back = (await state(page)).timeline_range;
  assert.ok(Math.abs(span(back) / span(before) - 1) < 0.02, JSON.stringify({ before, back }));
  assert.deepEqual(errors, []);
  await page.close();
});

test('one wheel notch over the article scrolls it about three lines down', async () => {
  const { page, errors } = await open('');
  const paragraph = 'The council met again on Monday, officials said. Talks would resume after the holiday.\n\n';
  assert.equal(await page.evaluate(text => window.storylensLoad({ text, name: 'long' }), paragraph.repeat(80)), true);
  await page.waitForTimeout(200);
  await page.mouse.move(200, 450);
  const before = (await state(page)).article;
  await page.mouse.wheel(0, 100);  // towards the reader: the text moves up, the scroll position grows
  await page.waitForFunction(y => window.storylensState().article.scroll_y > y, before.scroll_y);
  await page.waitForTimeout(100);
  const after = (await state(page)).article;
  const lines = (after.scroll_y - before.scroll_y) / after.line;
  assert.ok(lines > 2.5 && lines < 3.5, 'three lines, not the end of the article: ' + lines);
  await page.mouse.wheel(0, -100);
  await page.waitForFunction(y => window.storylensState().article.scroll_y < y, after.scroll_y);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the article and views are tabs, one tap opens a tab, and targets are finger-sized', async () => {
  const { page, errors, close } = await open('', { width: 390, height: 844, ratio: 3, touch: true });
  let s = await state(page);
  assert.equal(s.layout, 'narrow');
  assert.deepEqual(s.tabs.map(t => t.view), ['article', 'timeline', 'claims', 'entities', 'check']);
  await page.screenshot({ path: site.shot('phone-timeline.png') });
  const ratio = 3;
  const tap = (x, y) => page.touchscreen.tap(x, y);
  for (const view of ['claims', 'article', 'check', 'entities']) {
    const tab = (await state(page)).tabs.find(t => t.view === view);
    await tap(tab.x / ratio, tab.y / ratio);
    await page.waitForFunction(v => window.storylensState().view === v, view, { timeout: 3000 });
    await page.waitForTimeout(250);
    await page.screenshot({ path: site.shot(`phone-${view}.png`) });
  }
  s = await state(page);
  assert.equal(s.view, 'entities', 'each tab opened with a single tap');
  // the Check view's fields and buttons, as last drawn, all sit on the phone's screen (none pushed past its edge)
  await tap(s.tabs.find(t => t.view === 'check').x / ratio, s.tabs.find(t => t.view === 'check').y / ratio);
  await page.waitForFunction(() => window.storylensState().view === 'check', null, { timeout: 3000 });
  const places = (await state(page)).check.places;
  assert.ok(places.length > 0);
  assert.ok(places.every(p => p.x >= 0 && p.x <= 390 * ratio), JSON.stringify(places));
  // finger-sized: the tabs are at least 44 CSS px apart in height from the status bar's first line
  const tabs = s.tabs;
  assert.ok(tabs.every(t => t.y / ratio >= 44), JSON.stringify(tabs));
  assert.deepEqual(errors, []);
  await close();
});

test('a tablet (768×1024) gets the narrow layout too, with a full-width claims table', async () => {
  const { page, errors, close } = await open('#view=claims', { width: 768, height: 1024, ratio: 2, touch: true });
  const s = await state(page);
  assert.equal(s.layout, 'narrow');
  assert.equal(s.view, 'claims');
  await page.screenshot({ path: site.shot('tablet-claims.png') });
  await page.evaluate(() => window.storylensSetFragment('view=timeline'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: site.shot('tablet-timeline.png') });
  assert.deepEqual(errors, []);
  await close();
});

test('Unicode typed into the search box arrives whole, and a paste there stays in the box', async () => {
  const { page, errors } = await open('');
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-bridge');
  await page.keyboard.type('Māori');  // "ā" is no key of the US layout: it comes as text, not a keypress
  await page.waitForFunction(() => window.storylensState().search.query === 'Māori');
  assert.equal((await state(page)).text_input, true);
  // empty the box (waiting for the viewer to see it, not for a time) and paste a word: the box gets it, the
  // article stays
  // each key held as a hand holds it: a press and release in one slow frame can reach ImGui as no key
  for (let i = 0; i < 'Māori'.length; ++i) await page.keyboard.press('Backspace', { delay: 80 });
  await page.waitForFunction(() => window.storylensState().search.query === '');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Assad');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => window.storylensState().search.query === 'Assad');
  const s = await state(page);
  assert.equal(s.document, 'seed.txt', 'the paste did not replace the article');
  assert.ok(s.search.results > 0, 'Assad is found');
  await page.screenshot({ path: site.shot('search-unicode-paste.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the outline items are buttons that select, and the selection is announced', async () => {
  const { page, errors } = await open('');
  await page.waitForFunction(() => document.querySelectorAll('#article-mirror p').length > 0);
  const mirror = await page.evaluate(() => ({
    paragraphs: document.querySelectorAll('#article-mirror p').length,
    marks: [...document.querySelectorAll('#article-mirror mark')].map(m => [m.dataset.kind, m.title]),
  }));
  assert.ok(mirror.paragraphs > 0);
  assert.ok(mirror.marks.some(([kind, title]) => kind === 'time' && /^time: /.test(title)), JSON.stringify(mirror.marks.slice(0, 5)));
  assert.ok(mirror.marks.some(([kind, title]) => kind === 'entity' && /, a (person|place|group)|, an organization/.test(title)));
  const buttons = await page.$$eval('#outline button[data-select]', bs => bs.map(b => b.dataset.select));
  const s = await state(page);
  assert.equal(buttons.length, s.counts.events + s.counts.claims);
  await page.evaluate(() => document.querySelectorAll('#outline button[data-select]')[1].click());
  await page.waitForFunction(() => window.storylensState().selection.kind === 'event');
  await page.waitForFunction(() => /^event 2 of \d+, /.test(window.storylensAnnouncement()), null, { timeout: 3000 });
  const claim = await page.$$eval('#outline button[data-select]', bs => bs.findIndex(b => b.dataset.select.includes('claim:')));
  await page.evaluate(i => document.querySelectorAll('#outline button[data-select]')[i].click(), claim);
  await page.waitForFunction(() => /^claim 1 of \d+, /.test(window.storylensAnnouncement()), null, { timeout: 3000 });
  assert.equal((await state(page)).view, 'claims');
  assert.deepEqual(errors, []);
  await page.close();
});

async function axeFindings(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(() => window.axe.run(document));
  return results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
}

test('axe-core finds nothing serious or critical on the page, wide and on a phone', async () => {
  for (const device of [null, { width: 390, height: 844, ratio: 3, touch: true }]) {
    const { page, errors, close } = await open('', device);
    await page.waitForFunction(() => document.querySelectorAll('#article-mirror p').length > 0);
    const landmarks = await page.evaluate(() => ({ main: !!document.querySelector('main'), h1: !!document.querySelector('h1'),
      hiddenFocusable: !!document.querySelector('[aria-hidden="true"][tabindex]') }));
    assert.deepEqual(landmarks, { main: true, h1: true, hiddenFocusable: false });
    assert.deepEqual(await axeFindings(page), []);
    assert.deepEqual(errors, []);
    await close();
  }
});
