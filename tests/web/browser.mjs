// browser.mjs — launches Debian's chromium through playwright-core with the flags that work headless here.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const args = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic'];

// A plain browser without a profile: phones and tablets need contexts of their own (pixel ratio, touch, viewport).
export function launchForDevices() {
  return chromium.launch({ executablePath, headless: true, args: [...args] });
}

export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'storylens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...args],
  });
  return { context, close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

// What most browser test files share: the built site ($STORYLENS_SITE) served on a free port, one browser, and the
// screenshot folder ($STORYLENS_SHOTS). Call it at the top of a test file: `base` and `browser` are filled in before
// the first test and closed after the last; `shot(name)` is a screenshot's path. With `{ devices: true }` a second,
// plain browser (`devices`) is launched for phones and tablets, which need contexts of their own.
export function siteFixture({ devices = false } = {}) {
  const fixture = {
    dir: process.env.STORYLENS_SITE || path.resolve('../../build/wasm/web/site'),
    shots: process.env.STORYLENS_SHOTS || path.resolve('../../build/wasm/web-test'),
    base: '',
    browser: null,
    devices: null,
    server: null,
    shot: name => path.join(fixture.shots, name),
  };
  before(async () => {
    assert.ok(fs.existsSync(path.join(fixture.dir, 'index.html')), `no built site at ${fixture.dir}`);
    fs.mkdirSync(fixture.shots, { recursive: true });
    fixture.server = await serve(fixture.dir, 0);
    fixture.base = `http://127.0.0.1:${fixture.server.address().port}/`;
    fixture.browser = await launch();
    if (devices) fixture.devices = await launchForDevices();
  });
  after(async () => { await fixture.browser?.close(); await fixture.devices?.close(); fixture.server?.close(); });
  return fixture;
}

// Opens `url` (relative to the fixture's base) on the desktop browser, or on a device of the fixture's `devices`
// browser ({ width, height, ratio, touch }: `touch` makes it a phone's, with touch events and the mobile
// viewport), and waits until the viewer has drawn an article. `close()` closes the page and a device's context.
export async function openViewer(fixture, url, device = null) {
  const context = device ? await fixture.devices.newContext({ viewport: { width: device.width, height: device.height },
    deviceScaleFactor: device.ratio, isMobile: !!device.touch, hasTouch: !!device.touch }) : fixture.browser.context;
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(fixture.base + url);
  await page.waitForFunction(() => window.storylensFrames > 0 && window.storylensState && window.storylensState()
    && window.storylensState().sentences > 0, null, { timeout: 20000 });
  const close = async () => { await page.close(); if (device) await context.close(); };
  return { page, errors, close };
}

// Collects console errors and page errors so a test can assert there were none.
export function watchErrors(page) {
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  return errors;
}
