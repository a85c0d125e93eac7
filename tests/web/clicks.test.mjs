// clicks.test.mjs — clicks that land, in headless Chromium: a click on a timeline label selects its event as a
// click on its dot does (every label shows words, a gist or its date and first words), and a press and release that
// come within one slow frame — the page busy, the pointer already gone elsewhere when the frame is drawn — still
// select what was under the pointer (the host queues input and hands ImGui one change a frame). Screenshots go to
// $STORYLENS_SHOTS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFixture, watchErrors } from './browser.mjs';

const site = siteFixture();

async function open(url) {
  const page = await site.browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState && window.storylensState()
    && window.storylensState().sentences > 0 && window.storylensState().timeline_items.length > 0, null, { timeout: 20000 });
  await page.waitForTimeout(200);
  return { page, errors };
}
const state = page => page.evaluate(() => window.storylensState());

// The middle of a label no dot is near (a dot under the pointer wins), in CSS pixels, with its event.
function loneLabel(items, ratio, notEvent = -1) {
  for (const item of items) {
    if (!item.label || item.event === notEvent) continue;
    const l = item.label, x = (l.x0 + l.x1) / 2, y = (l.y0 + l.y1) / 2, line = l.y1 - l.y0;
    if (items.every(o => Math.hypot(o.x - x, o.y - y) >= 2 * line)) return { event: item.event, x: x / ratio, y: y / ratio };
  }
  return null;
}

test('a click on a timeline label selects its event, and every label has words', async () => {
  const { page, errors } = await open(site.base + '#view=timeline');
  const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
  const s = await state(page);
  const labelled = s.timeline_items.filter(i => i.label);
  assert.ok(labelled.length > 0, 'the timeline labels its events');
  assert.ok(labelled.every(i => i.label.text.trim().length > 0), JSON.stringify(labelled.map(i => i.label.text)));
  const spot = loneLabel(s.timeline_items, ratio);
  assert.ok(spot, 'a label away from every dot: ' + JSON.stringify(s.timeline_items));
  await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction(id => window.storylensState().selection.id === id, spot.event, { timeout: 3000 });
  const selection = (await state(page)).selection;
  assert.equal(selection.kind, 'event');
  assert.ok(selection.sentence >= 0, 'the article is taken to the event\'s sentence');
  await page.screenshot({ path: site.shot('timeline-label-selected.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a press and release within one busy frame, the pointer gone when it is drawn, still selects', async () => {
  const { page, errors } = await open(site.base + '#view=timeline');
  const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
  const s = await state(page);
  const spot = loneLabel(s.timeline_items, ratio, s.selection.id);
  assert.ok(spot, 'a label away from every dot');
  // One task, so no frame can come between: onto the label, press, release, away to an empty corner of the
  // canvas, then the page stays busy for a while, as a slow page does.
  const selected = await page.evaluate(({ x, y }) => {
    const canvas = document.getElementById('canvas');
    const r = canvas.getBoundingClientRect();
    const fire = (type, cx, cy, buttons) => canvas.dispatchEvent(new MouseEvent(type, {
      clientX: r.left + cx, clientY: r.top + cy, button: 0, buttons, bubbles: true, cancelable: true, view: window }));
    const before = window.storylensState().selection.id;
    fire('mousemove', x, y, 0);
    fire('mousedown', x, y, 1);
    fire('mouseup', x, y, 0);
    fire('mousemove', 3, r.height - 3, 0);
    const until = performance.now() + 300;
    while (performance.now() < until) { /* busy */ }
    return before;
  }, spot);
  assert.notEqual(selected, spot.event);
  await page.waitForFunction(id => window.storylensState().selection.id === id, spot.event, { timeout: 3000 });
  assert.equal((await state(page)).selection.kind, 'event');
  assert.deepEqual(errors, []);
  await page.close();
});
