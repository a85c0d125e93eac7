// guessed_date.test.mjs — an article without a publication date, in headless Chromium: the status line asks for
// the date, the timeline marks the events whose dates rest on the guess (and the outline says "provisional"),
// and the reader's date clears the marks (re-dated in the worker core). Desktop and phone (390×844, touch, DPR 3).
// Screenshots go to $STORYLENS_SHOTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, launchForDevices, watchErrors } from './browser.mjs';

const site = process.env.STORYLENS_SITE || path.resolve('../../build/wasm/web/site');
const shots = process.env.STORYLENS_SHOTS || path.resolve('../../build/wasm/web-test');
let server, browser, devices, base;

before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'index.html')), `no built site at ${site}`);
  fs.mkdirSync(shots, { recursive: true });
  server = await serve(site, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
  devices = await launchForDevices();
});
after(async () => { await browser?.close(); await devices?.close(); server?.close(); });

async function open(device = null) {
  const context = device ? await devices.newContext({ viewport: { width: device.width, height: device.height },
    deviceScaleFactor: device.ratio, isMobile: true, hasTouch: true }) : browser.context;
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(base + '#view=timeline');
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState && window.storylensState()
    && window.storylensState().sentences > 0, null, { timeout: 20000 });
  const close = async () => { await page.close(); if (device) await context.close(); };
  return { page, errors, close };
}

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
  await page.screenshot({ path: path.join(shots, 'guessed-date-desktop.png') });

  assert.equal(await page.evaluate(() => window.storylensSetPublicationDate('2025-04-05')), true);
  await page.waitForFunction(() => !window.storylensState().dct.reanalysing &&
    window.storylensState().dct.value === '2025-04-05', null, { timeout: 20000 });
  state = await page.evaluate(() => window.storylensState());
  assert.equal(state.dct.origin, 'given');
  assert.doesNotMatch(await outlineText(page), /\(provisional\)/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, 'given-date-desktop.png') });
  assert.deepEqual(errors, []);
  await close();
});

test('on a phone the question and the marks are there too', async () => {
  const { page, errors, close } = await open({ width: 390, height: 844, ratio: 3 });
  await loadUndated(page);
  assert.equal((await page.evaluate(() => window.storylensState())).dct.origin, 'inferred');
  assert.match(await outlineText(page), /\(provisional\)/);
  await page.screenshot({ path: path.join(shots, 'guessed-date-phone.png') });
  assert.deepEqual(errors, []);
  await close();
});
