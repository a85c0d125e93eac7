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
// the first test and closed after the last; `shot(name)` is a screenshot's path.
export function siteFixture() {
  const fixture = {
    dir: process.env.STORYLENS_SITE || path.resolve('../../build/wasm/web/site'),
    shots: process.env.STORYLENS_SHOTS || path.resolve('../../build/wasm/web-test'),
    base: '',
    browser: null,
    server: null,
    shot: name => path.join(fixture.shots, name),
  };
  before(async () => {
    assert.ok(fs.existsSync(path.join(fixture.dir, 'index.html')), `no built site at ${fixture.dir}`);
    fs.mkdirSync(fixture.shots, { recursive: true });
    fixture.server = await serve(fixture.dir, 0);
    fixture.base = `http://127.0.0.1:${fixture.server.address().port}/`;
    fixture.browser = await launch();
  });
  after(async () => { await fixture.browser?.close(); fixture.server?.close(); });
  return fixture;
}

// Collects console errors and page errors so a test can assert there were none.
export function watchErrors(page) {
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  return errors;
}
