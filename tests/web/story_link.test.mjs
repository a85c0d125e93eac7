// story_link.test.mjs — a story item in the page's shareable link (headless Chromium): a click on a merged event
// of the Story tab writes the story article and the story event into the URL fragment, and the link opened in a
// new tab (the same ?src= list) comes back at the same article with the same event selected. The articles are the
// three short hand-written harbour reports of tests/story (with their manifest's dates and outlets as sidecars).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { launch, watchErrors } from './browser.mjs';

const site = process.env.STORYLENS_SITE || path.resolve('../../build/wasm/web/site');
const shots = process.env.STORYLENS_SHOTS || path.resolve('../../build/wasm/web-test');
const stories = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../story');
const FIXTURE = 'story-link-fixture';  // under the built site, never in the source tree
let server, browser, base, names;

before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'index.html')), `no built site at ${site}`);
  fs.mkdirSync(shots, { recursive: true });
  const dir = path.join(site, FIXTURE);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  names = [];
  for (const line of fs.readFileSync(path.join(stories, 'manifest.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [file, published, outlet] = line.split('\t');
    fs.copyFileSync(path.join(stories, file), path.join(dir, file));
    fs.writeFileSync(path.join(dir, file.replace(/\.txt$/, '.meta.json')), JSON.stringify({ published, outlet }));
    names.push(file);
  }
  server = await serve(site, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  fs.rmSync(path.join(site, FIXTURE), { recursive: true, force: true });
});

const state = page => page.evaluate(() => window.storylensState());
const storyShown = () => window.storylensState && window.storylensState() && window.storylensState().story.shown &&
  window.storylensState().story.items.length > 0;

async function clickItem(page, item) {
  const ratio = await page.evaluate(() => window.devicePixelRatio || 1);
  await page.mouse.move(item.x / ratio, item.y / ratio);
  await page.waitForTimeout(100);
  await page.mouse.click(item.x / ratio, item.y / ratio, { delay: 80 });
}

test('a selected story event is in the link, and the link reopens it', { timeout: 120000 }, async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  const url = base + '?' + names.map(n => 'src=' + FIXTURE + '/' + n).join('&');
  await page.goto(url);
  await page.waitForFunction(storyShown, null, { timeout: 90000 });
  const first = await state(page);
  assert.equal(first.story.articles, names.length);
  assert.ok(first.story.merged_events >= 1, JSON.stringify(first.story));
  await page.waitForFunction(() => /(^|&)article=0(&|$)/.test(location.hash.slice(1)));

  const event = first.story.items.find(i => i.kind === 'event');
  assert.ok(event, 'the Story tab lists an event');
  await clickItem(page, event);
  await page.waitForFunction(id => new RegExp('(^|&)story=event:' + id + '(&|$)').test(location.hash.slice(1)),
    event.id, { timeout: 10000 });
  const picked = await state(page);
  assert.equal(picked.selection.kind, 'event');
  const link = await page.evaluate(() => location.href);
  assert.match(link, new RegExp('article=' + picked.story.current_article));

  const reopened = await browser.context.newPage();
  const reopenedErrors = watchErrors(reopened);
  await reopened.goto(link);
  await reopened.waitForFunction(storyShown, null, { timeout: 90000 });
  await reopened.waitForFunction(() => window.storylensState().selection.kind === 'event', null, { timeout: 10000 });
  const back = await state(reopened);
  assert.equal(back.story.current_article, picked.story.current_article);
  assert.deepEqual(back.selection, picked.selection);
  assert.equal(back.story.tab, true, 'the Story tab is in front');
  assert.equal(await reopened.evaluate(() => location.href), link, 'the link stays as it was given');
  await reopened.waitForTimeout(300);
  await reopened.screenshot({ path: path.join(shots, 'story-link-reopened.png') });
  assert.deepEqual(errors, []);
  assert.deepEqual(reopenedErrors, []);
  await page.close();
  await reopened.close();
});
