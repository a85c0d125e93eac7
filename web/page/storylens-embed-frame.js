// storylens-embed-frame.js — the viewer's side of the embed message API (protocol "storylens.embed/1", see
// docs/embed.md): takes load / select / setTheme / getState from the parent page when its origin is allowed,
// and tells the parent ready, loaded, selected, height, state and error — posted to the parent's origin only.
// A message is data from another page: handlers are looked up in a Map (a type named "constructor" or "__proto__"
// finds nothing), every field is checked before use, and a handler that fails answers with an error.
'use strict';
(function () {
  const PROTOCOL = 'storylens.embed/1';
  const VERSION = '0.1.0';
  const KINDS = new Map([['event', 'timeline'], ['claim', 'claims'], ['entity', 'entities']]);  // kind -> its view
  const params = new URLSearchParams(location.search);
  const instance = params.get('instance') || '';
  const views = (params.get('views') || '').split(',').map(v => v.trim()).filter(Boolean);

  // Origins allowed to drive the viewer: its own, the page's <meta name="storylens-allow">, and ?allow=.
  // "*" counts only when written out; "null" (sandboxed and data: frames) never does.
  function origins(list) {
    const out = [];
    for (const item of String(list || '').split(/[\s,]+/)) {
      if (item === '*') out.push('*');
      else if (item) try { const o = new URL(item).origin; if (o !== 'null') out.push(o); } catch (e) { /* skip */ }
    }
    return out;
  }
  const meta = document.querySelector('meta[name="storylens-allow"]');
  const allowed = new Set([...(location.origin !== 'null' ? [location.origin] : []),
    ...origins(meta && meta.content), ...origins(params.get('allow'))]);
  const isAllowed = origin => origin !== 'null' && (allowed.has(origin) || allowed.has('*'));

  let hostOrigin = null;  // origin of the last accepted message: replies go there
  function replyTargets() {
    if (hostOrigin) return [hostOrigin];
    let referrer = '';
    try { referrer = document.referrer ? new URL(document.referrer).origin : ''; } catch (e) { /* none */ }
    if (referrer && isAllowed(referrer)) return [referrer];
    // Before the parent spoke and without a usable referrer: each allowed origin; postMessage delivers only to
    // the one the parent really has.
    return allowed.has('*') ? ['*'] : [...allowed];
  }
  function post(message) {
    if (window.parent === window) return;
    const full = Object.assign({ protocol: PROTOCOL, id: instance }, message);
    for (const target of replyTargets()) window.parent.postMessage(full, target);
  }

  // Height the viewer would like at its current width and view (the Pym.js idea: the frame says, the host
  // sizes the iframe). An estimate from what the view lists: rows of the timeline, claims or entities, and
  // the article's sentences wrapped in its column (42% of the width).
  function preferredHeight(state) {
    const width = Math.max(320, window.innerWidth);
    const counts = state.counts || {};
    const rows = state.view === 'claims' ? (counts.claims || 0) * 64
      : state.view === 'entities' ? (counts.entities || 0) * 26 : Math.min(counts.events || 0, 14) * 30 + 120;
    const article = (state.sentences || 0) * 46 * Math.max(1, 620 / (width * 0.42));
    return Math.round(Math.min(900, Math.max(360, 90 + Math.max(rows, article * 0.5))));
  }

  let lastHeight = 0, heightTimer = 0;
  function scheduleHeight() {
    if (heightTimer) return;  // throttled: at most one message per 150 ms, with the latest figure
    heightTimer = setTimeout(() => {
      heightTimer = 0;
      const state = window.storylensState();
      if (!state) return;
      const height = preferredHeight(state);
      if (height !== lastHeight) { lastHeight = height; post({ type: 'height', height }); }
    }, 150);
  }

  let lastSelection = '';
  function selectionKey(sel) { return sel && sel.kind ? sel.kind + ':' + sel.id : ''; }
  // `id` is the envelope's instance id, so the selected item's id travels as `item`.
  function postSelected(sel, request) {
    lastSelection = selectionKey(sel);
    post({ type: 'selected', kind: sel.kind, item: sel.id, sentence: sel.sentence, request });
  }

  // A field the host may leave out, as a string (a number or an object is written out, not trusted as is).
  const optionalText = value => value == null ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

  async function handleLoad(m) {
    const url = optionalText(m.url);
    const ok = await window.storylensLoad({ text: optionalText(m.text), html: optionalText(m.html), json: m.json,
      url, dct: optionalText(m.dct), name: optionalText(m.name) || (url ? undefined : 'article') });
    const state = window.storylensState();
    lastSelection = '';
    const reply = { type: 'loaded', ok: !!ok, counts: state.counts, document: state.document, request: m.request };
    const notes = window.storylensInputNotes();
    if (notes.length) reply.notes = notes;
    if (ok === null) reply.error = 'a later load request replaced this one';
    else if (!ok) reply.error = state.error || ('could not load ' + (url || 'the article'));
    post(reply);
    scheduleHeight();
  }

  // loadStory: {articles: [{text | html | json | url, dct?, name?, outlet?}], add?} — every field checked as load's.
  async function handleLoadStory(m) {
    if (!Array.isArray(m.articles) || !m.articles.length) {
      post({ type: 'error', message: 'loadStory needs a non-empty list of articles', request: m.request });
      return;
    }
    const articles = m.articles.map((a, i) => {
      const item = a && typeof a === 'object' ? a : {};
      return { text: optionalText(item.text), html: optionalText(item.html), json: item.json, url: optionalText(item.url),
               dct: optionalText(item.dct), name: optionalText(item.name) || 'article ' + (i + 1),
               outlet: optionalText(item.outlet) };
    });
    const ok = await window.storylensLoadStory(articles, { add: m.add === true });
    const state = window.storylensState();
    lastSelection = '';
    const reply = { type: 'loaded', ok: !!ok, counts: state.counts, document: state.document, request: m.request,
                    story: { articles: state.story.articles, events: state.story.events,
                             merged_events: state.story.merged_events, sources: state.story.sources,
                             claims: state.story.claims, outlets: state.story.outlets } };
    if (ok === null) reply.error = 'a later load request replaced this one';
    else if (!ok) reply.error = state.error || 'no article of the story could be used';
    post(reply);
    scheduleHeight();
  }

  function handleSelect(m) {
    const id = Number(m.item !== undefined ? m.item : m.id);
    if (!KINDS.has(m.kind) || !Number.isInteger(id) || id < 0) {
      post({ type: 'error', message: 'select needs kind event|claim|entity and an integer item', request: m.request });
      return;
    }
    const view = !views.length || views.includes(KINDS.get(m.kind)) ? 'view=' + KINDS.get(m.kind) + '&' : '';
    window.storylensSetFragment(view + 'sel=' + m.kind + ':' + id);
    const sel = window.storylensState().selection;
    if (sel.kind === m.kind && sel.id === id) postSelected(sel, m.request);
    else post({ type: 'error', message: 'no ' + m.kind + ' ' + id + ' in this article', request: m.request });
    scheduleHeight();
  }

  function setTheme(m) {
    const theme = m.theme === 'light' ? 'light' : 'dark';
    window.storylensSetTheme(theme);
    document.documentElement.dataset.theme = theme;
  }
  const handlers = new Map([
    ['load', handleLoad],
    ['loadStory', handleLoadStory],
    ['select', handleSelect],
    ['setTheme', setTheme],
    ['getState', m => post({ type: 'state', state: window.storylensState(), request: m.request })],
  ]);

  let ready = false;
  const waiting = [];  // messages that came before the module was ready
  const failed = (m, error) => post({ type: 'error', message: m.type + ' failed: ' + (error && error.message || error),
                                      request: m.request });
  async function dispatch(m) {
    const handler = handlers.get(m.type);
    if (!handler) {
      post({ type: 'error', message: 'unknown message type ' + JSON.stringify(m.type), request: m.request });
      return;
    }
    try { await handler(m); } catch (error) { failed(m, error); }
  }

  window.addEventListener('message', event => {
    if (window.parent === window || event.source !== window.parent) return;
    const m = event.data;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    if (!isAllowed(event.origin)) return;  // not on the allowlist: ignored without a word
    // For another viewer of the same page. (A select written {kind, id: 3} names the item, not the instance.)
    const itemAsId = m.type === 'select' && m.item === undefined && Number.isInteger(m.id);
    if (m.id !== undefined && m.id !== instance && !itemAsId) return;
    hostOrigin = event.origin;
    if (m.protocol !== PROTOCOL) {
      post({ type: 'error', message: 'unsupported protocol ' + JSON.stringify(String(m.protocol)) + ', this viewer speaks ' + PROTOCOL, request: m.request });
      return;
    }
    if (ready) dispatch(m);
    else waiting.push(m);
  });

  document.addEventListener('storylens:ready', () => {
    ready = true;
    if (views.length) window.storylensSetViews(views.join(','));
    const theme = params.get('theme');
    if (theme) setTheme({ theme });
    const state = window.storylensState();
    if (!state.sentences) document.getElementById('progress').textContent = 'Waiting for an article…';
    post({ type: 'ready', version: VERSION });
    scheduleHeight();
    while (waiting.length) dispatch(waiting.shift());
  });
  // A click in the viewer changes the fragment; a new selection is told to the host, any change may resize.
  document.addEventListener('storylens:changed', e => {
    const sel = e.detail.selection;
    if (sel.kind && selectionKey(sel) !== lastSelection) postSelected(sel);
    scheduleHeight();
  });
  window.addEventListener('resize', scheduleHeight);
  window.storylensEmbed = { instance, allowed: () => [...allowed], preferredHeight };
})();
