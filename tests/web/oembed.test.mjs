// oembed.test.mjs — oEmbed discovery: index.html and embed.html opened with ?src=ARTICLE carry a
// <link rel="alternate" type="application/json+oembed"> naming ARTICLE.oembed.json; without ?src= (or with a src
// that is not http(s)) they carry none. Serves the page sources (web/page): only the link is looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';

const pages = path.resolve(import.meta.dirname, '../../web/page');
let browser, server, base;
before(async () => {
  server = await serve(pages);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function oembedLinks(url) {
  const page = await browser.context.newPage();
  await page.route(u => !u.href.startsWith(base) || /storylens\.js|\.wasm/.test(u.href), r => r.abort());
  await page.goto(base + url, { waitUntil: 'domcontentloaded' });
  const links = await page.evaluate(() => [...document.querySelectorAll('link[type="application/json+oembed"]')]
    .map(l => ({ rel: l.rel, href: l.href })));
  await page.close();
  return links;
}

test('a page served with ?src= names the article\'s static oEmbed reply', async () => {
  const src = encodeURIComponent('https://news.example/2025/budget.html?utm=x#top');
  for (const file of ['index.html', 'embed.html']) {
    assert.deepEqual(await oembedLinks(`${file}?src=${src}`),
      [{ rel: 'alternate', href: 'https://news.example/2025/budget.html.oembed.json' }], file);
    assert.deepEqual(await oembedLinks(file), [], `${file} without ?src=`);
    assert.deepEqual(await oembedLinks(`${file}?src=javascript:alert(1)`), [], `${file} with a javascript: src`);
  }
});
