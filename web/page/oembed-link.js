// oembed-link.js — oEmbed discovery. Opened with ?src=ARTICLE, the page names ARTICLE's static oEmbed reply in
// a <link rel="alternate" type="application/json+oembed">: ARTICLE's URL without query or fragment plus
// ".oembed.json", the file `storylens oembed ARTICLE --viewer BASE -o NAME.oembed.json` writes (docs/embed.md).
(function () {
  const src = new URLSearchParams(location.search).get('src');
  if (!src) return;
  let oembed;
  try { oembed = new URL(src, location.href); } catch (e) { return; }
  if (oembed.protocol !== 'https:' && oembed.protocol !== 'http:') return;
  oembed.search = '';
  oembed.hash = '';
  oembed.pathname += '.oembed.json';
  const link = document.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/json+oembed';
  link.href = oembed.href;
  link.title = document.title;
  document.head.appendChild(link);
})();
