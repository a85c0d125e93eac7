// storylens-embed.js — the script-tag embed for host pages (a CMS article, a blog): mounts every
// <div data-storylens data-src=... data-dct=... data-theme=... data-views=... data-height=...> and offers
// Storylens.mount(element, options). Each mount is an iframe on embed.html beside this script, one WASM module
// per viewer, driven by the "storylens.embed/1" message API (docs/embed.md).
'use strict';
(function () {
  if (window.Storylens && window.Storylens.mount) return;  // the script was included twice
  const PROTOCOL = 'storylens.embed/1';
  const script = document.currentScript;
  const viewerBase = new URL('.', script ? script.src : location.href);
  let counter = 0;
  const instances = new Set();

  // A host-side URL is fetched here, with the host page's own access (cookies, same origin), and handed over as
  // text; the core detects HTML or CMS JSON by content.
  async function resolveSource(source) {
    if (!source.url) return source;
    const url = new URL(source.url, document.baseURI).href;
    const response = await fetch(url);
    if (!response.ok) throw new Error('could not load ' + url + ': ' + response.status);
    const { url: _omit, ...rest } = source;
    return Object.assign(rest, { text: await response.text(), name: source.name || url.split('/').pop() || url });
  }

  function mount(element, options) {
    if (!element || !element.appendChild) throw new TypeError('Storylens.mount needs an element');
    if (element.storylens) element.storylens.destroy();
    const opts = Object.assign({}, options);
    const instance = 'storylens-' + (++counter) + '-' + Math.random().toString(36).slice(2, 8);
    const viewer = new URL(opts.viewer || 'embed.html', viewerBase);
    viewer.searchParams.set('instance', instance);
    if (location.origin !== 'null' && location.origin !== viewer.origin) viewer.searchParams.set('allow', location.origin);
    if (opts.theme) viewer.searchParams.set('theme', opts.theme);
    if (opts.views) viewer.searchParams.set('views', Array.isArray(opts.views) ? opts.views.join(',') : opts.views);

    const iframe = document.createElement('iframe');
    iframe.src = viewer.href;
    iframe.title = opts.title || 'Storylens: timeline and claims of the article';
    iframe.style.cssText = 'display:block;width:100%;border:0;';
    iframe.style.height = (Number(opts.height) || 480) + 'px';
    iframe.setAttribute('allow', 'clipboard-write');
    element.appendChild(iframe);

    let ready = false, request = 0;
    const queue = [];           // messages waiting for "ready"
    const pending = new Map();  // request number -> {resolve, reject, expect}
    const listeners = new Map();
    const send = message => {
      const full = Object.assign({ protocol: PROTOCOL, id: instance }, message);
      if (ready) iframe.contentWindow.postMessage(full, viewer.origin);
      else queue.push(full);
    };
    const ask = (message, expect) => new Promise((resolve, reject) => {
      const number = ++request;
      pending.set(number, { resolve, reject, expect });
      send(Object.assign({ request: number }, message));
    });
    const emit = message => {
      for (const fn of listeners.get(message.type) || []) fn(message);
      for (const fn of listeners.get('*') || []) fn(message);
      element.dispatchEvent(new CustomEvent('storylens:message', { detail: message }));
    };

    function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.origin !== viewer.origin) return;
      const m = event.data;
      if (!m || m.protocol !== PROTOCOL || m.id !== instance) return;
      if (m.type === 'ready') {
        ready = true;
        while (queue.length) iframe.contentWindow.postMessage(queue.shift(), viewer.origin);
      }
      if (m.type === 'height' && !opts.height) iframe.style.height = m.height + 'px';
      const waiter = m.request != null && pending.get(m.request);
      if (waiter) {
        pending.delete(m.request);
        if (m.type === 'error') waiter.reject(new Error(m.message));
        else if (m.type === 'loaded' && !m.ok) waiter.reject(Object.assign(new Error(m.error), { reply: m }));
        else waiter.resolve(m.type === 'state' ? m.state : m);
      }
      emit(m);
    }
    window.addEventListener('message', onMessage);

    const handle = {
      instance,
      iframe,
      element,
      // {text | html | json | url, dct?, name?} -> the "loaded" reply (rejects when the viewer could not use it)
      load(source) {
        return resolveSource(Object.assign({}, source)).then(s => ask(Object.assign({ type: 'load' }, s)));
      },
      // [{text | html | json | url, dct?, name?, outlet?}, ...] -> the "loaded" reply with the story's counts
      // (rejects when no article could be used); {add: true} adds them to the story on screen.
      loadStory(sources, options) {
        if (!Array.isArray(sources)) return Promise.reject(new TypeError('loadStory needs a list of articles'));
        return Promise.all(sources.map(s => resolveSource(Object.assign({}, s))))
          .then(articles => ask({ type: 'loadStory', articles, add: !!(options && options.add) }));
      },
      // -> the "selected" reply {kind, item, sentence}; rejects when the article has no such item
      select(kind, item) { return ask({ type: 'select', kind, item }); },
      setTheme(theme) { send({ type: 'setTheme', theme }); },
      getState() { return ask({ type: 'getState' }); },
      on(type, fn) {
        if (!listeners.has(type)) listeners.set(type, new Set());
        listeners.get(type).add(fn);
        return () => listeners.get(type).delete(fn);
      },
      destroy() {
        window.removeEventListener('message', onMessage);
        for (const waiter of pending.values()) waiter.reject(new Error('the viewer was removed'));
        pending.clear();
        iframe.remove();
        instances.delete(handle);
        delete element.storylens;
      },
    };
    element.storylens = handle;
    instances.add(handle);
    if (typeof opts.onMessage === 'function') handle.on('*', opts.onMessage);

    const initial = ['text', 'html', 'json', 'url'].find(k => opts[k] != null);
    if (initial) {
      const source = { [initial]: opts[initial], dct: opts.dct, name: opts.name };
      handle.loaded = handle.load(source).catch(error => {
        emit({ protocol: PROTOCOL, id: instance, type: 'error', message: error.message });
        return null;
      });
    }
    return handle;
  }

  function optionsFromData(element) {
    const d = element.dataset;
    return { url: d.src, dct: d.dct, theme: d.theme, views: d.views, height: d.height, name: d.name };
  }

  function mountAll(root) {
    const mounted = [];
    for (const element of (root || document).querySelectorAll('[data-storylens]'))
      if (!element.storylens) mounted.push(mount(element, optionsFromData(element)));
    return mounted;
  }

  window.Storylens = { mount, mountAll, protocol: PROTOCOL, instances };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => mountAll());
  else mountAll();
})();
