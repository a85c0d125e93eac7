// guessed_date.test.mjs — an article without a publication date, in headless Chromium: the status line asks for
// the date, the timeline marks the events whose dates rest on the guess (and the outline says "provisional"),
// and the reader's date clears the marks (re-dated in the worker core). Desktop and phone (390×844, touch, DPR 3).
// Screenshots go to $STORYLENS_SHOTS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFixture, openViewer } from './browser.mjs';

const site = siteFixture({ devices: true });
const open = (device = null) => openViewer(site, '#view=timeline', device);

// The seed's text loaded as a paste would bring it: no date, no metadata.
async function loadUndated(page) {
  const loaded = await page.evaluate(async () => {
    const text = await (await fetch('articles/seed.txt')).text();
    return window.storylensLoad({ text, name: 'undated' });
  });
  assert.equal(loaded, true);
  await page.waitForFunction(() => window.storylensState().document === 'undated' &&
    !window.storylensState().dct.reanalysing, null, { timeout: 20000 });
  await page.waitForTimeout(300);
}

const outlineText = page => page.$eval('#outline', o => o.textContent);

test('a guessed date is asked for, its events are provisional, the given date clears them', async () => {
  const { page, errors, close } = await open();
  await loadUndated(page);
  let state = await page.evaluate(() => window.storylensState());
  assert.equal(state.dct.origin, 'inferred');
  assert.match(await outlineText(page), /\(provisional\)/);
  await page.screenshot({ path: site.shot('guessed-date-desktop.png') });

  assert.equal(await page.evaluate(() => window.storylensSetPublicationDate('2025-04-05')), true);
  await page.waitForFunction(() => !window.storylensState().dct.reanalysing &&
    window.storylensState().dct.value === '2025-04-05', null, { timeout: 20000 });
  state = await page.evaluate(() => window.storylensState());
  assert.equal(state.dct.origin, 'given');
  assert.doesNotMatch(await outlineText(page), /\(provisional\)/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: site.shot('given-date-desktop.png') });
  assert.deepEqual(errors, []);
  await close();
});

test('on a phone the question and the marks are there too', async () => {
  const { page, errors, close } = await open({ width: 390, height: 844, ratio: 3, touch: true });
  await loadUndated(page);
  assert.equal((await page.evaluate(() => window.storylensState())).dct.origin, 'inferred');
  assert.match(await outlineText(page), /\(provisional\)/);
  await page.screenshot({ path: site.shot('guessed-date-phone.png') });
  assert.deepEqual(errors, []);
  await close();
});
