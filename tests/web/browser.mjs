// browser.mjs — launches Debian's chromium through playwright-core with the flags that work headless here.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

// Collects console errors and page errors so a test can assert there were none.
export function watchErrors(page) {
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  return errors;
}
