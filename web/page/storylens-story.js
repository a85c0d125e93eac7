// storylens-story.js — several articles as one story (docs/story.md) in the viewer: window.storylensLoadStory,
// several files dropped or picked at once, ?src= given more than once, and the Story tab's "Add article…". Each
// article is analysed by the worker core (analysis-client.js) one after another, so the page keeps drawing and the
// progress line counts the articles; the viewer then links them (analyze_story) and shows the Story tab. Without
// a worker the core runs on the page, one article per task, so the page still answers between articles.
'use strict';
(function () {
  const page = window.storylensPage;
  const MAX_ARTICLES = 2000;  // a bound on what one call may ask for, not a limit anyone should meet
  let addMode = false;        // the file picker was opened by "Add article…"

  const nextTask = () => new Promise(resolve => setTimeout(resolve, 0));

  // A plain-text article's sidecar NAME.meta.json ({"published": "YYYY-MM-DD", "outlet": "..."}).
  async function sidecar(url) {
    if (!/\.txt$/.test(url)) return {};
    try {
      const meta = await fetch(url.replace(/\.txt$/, '.meta.json'));
      const data = meta.ok ? await meta.json() : {};
      return {
        published: typeof data.published === 'string' ? data.published : '',
        outlet: typeof data.outlet === 'string' ? data.outlet : '',
      };
    } catch (e) { return {}; }
  }

  // {text | html | json | url, name?, dct?, outlet?, format?} -> {text, name, dct, outlet, format}
  async function resolve(source, index) {
    const s = Object.assign({}, source);
    if (s.url != null) {
      const url = String(s.url);
      const response = await fetch(url);
      if (!response.ok) throw new Error('could not load ' + url + ': ' + response.status + ' ' + response.statusText);
      const meta = await sidecar(url);
      return { text: await response.text(), name: s.name || url.split('/').pop() || url,
               dct: s.dct || meta.published || '', outlet: s.outlet || meta.outlet || '', format: s.format || 'auto' };
    }
    const format = s.format || (s.html != null ? 'html' : s.json != null ? 'json' : 'auto');
    let body = s.text != null ? s.text : s.html != null ? s.html : s.json != null ? s.json : '';
    if (typeof body !== 'string') body = JSON.stringify(body);
    return { text: body, name: s.name || 'article ' + (index + 1), dct: s.dct || '', outlet: s.outlet || '', format };
  }

  const str = value => page.wellFormed(value == null ? '' : value).text;

  async function addOne(article, ticket) {
    const bytes = new TextEncoder().encode(str(article.text));
    const name = str(article.name), dct = str(article.dct), outlet = str(article.outlet), format = str(article.format);
    let snapshot;
    try {
      snapshot = await StorylensAnalysis.analyse(bytes, dct, format);  // the worker core, or on the page without one
    } catch (error) {
      if (error.superseded || !page.isLatest(ticket)) return null;
      console.warn('Storylens: could not analyse ' + name + ': ' + error.message);
      return false;
    }
    if (!page.isLatest(ticket)) return null;
    return page.withBytes(snapshot, (p, n) => page.withCString(name, namePtr => page.withCString(outlet,
      outletPtr => Module._storylens_story_add_snapshot(p, n, namePtr, outletPtr)))) === 1;
  }

  // Resolves true when the story is on screen, false when no article could be used (the viewer says why), null
  // when a later load replaced it. `options.add` adds the articles to the story on screen instead of starting one.
  async function loadStory(sources, options = {}) {
    if (!Array.isArray(sources) || !sources.length) throw new TypeError('loadStory needs a list of articles');
    if (sources.length > MAX_ARTICLES) throw new RangeError('loadStory takes at most ' + MAX_ARTICLES + ' articles');
    const ticket = page.claimLoad();
    const adding = !!options.add && page.state().story.shown;
    Module._storylens_story_clear();
    const started = performance.now();
    const failed = [];
    let added = 0;
    for (let i = 0; i < sources.length; ++i) {
      let article;
      try {
        article = await resolve(sources[i], i);
      } catch (error) {
        failed.push(String(error.message || error));
        continue;
      }
      if (!page.isLatest(ticket)) return null;
      page.showProgress('Analysing article ' + (i + 1) + ' of ' + sources.length + ': ' + article.name + '… ' +
                        ((performance.now() - started) / 1000).toFixed(1) + ' s');
      const ok = await addOne(article, ticket);
      if (ok === null) return null;
      if (ok) ++added;
      else failed.push(article.name);
    }
    if (!page.isLatest(ticket)) return null;
    page.showProgress('Linking ' + sources.length + ' articles into one story…');
    await nextTask();
    const ok = Module._storylens_story_show(adding ? 1 : 0) === 1;
    page.showProgress('');
    if (failed.length) page.report('Note: ' + failed.length + ' article(s) left out of the story: ' +
                                   failed.slice(0, 5).join('; ') + (failed.length > 5 ? '; …' : ''), false);
    return page.finishLoad(ok, added + ' articles');
  }

  const fileSource = async file => ({ text: await file.text(), name: file.name });

  // Files dropped or picked: several start a story, one is added to the story on screen (or to it through "Add
  // article…"). False when the page should open the one file as a single article.
  function takeFiles(files) {
    const list = Array.from(files || []);
    const state = page.state();
    const storyOpen = !!(state && state.story && state.story.shown);
    const add = addMode && storyOpen;
    addMode = false;
    if (!list.length || (list.length === 1 && !storyOpen && !add)) return false;
    Promise.all(list.map(fileSource))
      .then(sources => loadStory(sources, { add: add || (list.length === 1 && storyOpen) }))
      .catch(e => page.report('Could not open the story: ' + e.message));
    return true;
  }

  if (!document.documentElement.hasAttribute('data-storylens-embed')) {
    Module.onAddArticle = () => {
      addMode = true;
      document.getElementById('file').click();
    };
  }

  window.storylensLoadStory = loadStory;
  window.storylensStory = { takeFiles, load: loadStory };
})();
