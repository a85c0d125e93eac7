// storylens-page.js — the page around the WASM viewer: loading (seed, ?src=URL, paste, drop, file picker),
// resizing with the device pixel ratio, the URL fragment, the accessible outline, export downloads. In embed mode
// (<html data-storylens-embed>, embed.html) the host page drives it instead: no seed, no paste or drop, the URL
// left alone. Article text is only ever set with textContent, never innerHTML.
'use strict';
(function () {
  const embedded = document.documentElement.hasAttribute('data-storylens-embed');
  const progress = document.getElementById('progress');
  const outline = document.getElementById('outline');
  const canvas = document.getElementById('canvas');
  const errors = [];
  let ready = false;

  function showProgress(message) { progress.textContent = message; progress.hidden = !message; }

  function callString(fn, text) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    try { return fn(ptr, size - 1); } finally { Module._free(ptr); }
  }

  function withCString(text, use) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    try { return use(ptr); } finally { Module._free(ptr); }
  }

  // Loads a document. Analysis runs after the progress line has painted, so a large article never leaves the
  // page looking frozen without a word.
  function load(text, name, dct, format) {
    showProgress('Analysing ' + name + ' (' + Math.round(text.length / 1024) + ' KB)…');
    return new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
      const ok = withCString(name, namePtr => withCString(dct || '', dctPtr =>
        withCString(format || 'auto', formatPtr =>
          callString((ptr, len) => Module._storylens_load(ptr, len, namePtr, dctPtr, formatPtr), text))));
      showProgress('');
      refreshOutlineIfStale();
      document.dispatchEvent(new CustomEvent('storylens:loaded', { detail: { ok: !!ok, name } }));
      resolve(!!ok);
    }, 0)));
  }

  function state() { return ready ? JSON.parse(Module.UTF8ToString(Module._storylens_state())) : null; }

  // The outline mirrors the analysis, not the selection: rebuilt only when another analysis is on screen
  // (a load, or a publication date changed in the status line), never per frame or per click.
  let outlineGeneration = -1;
  function refreshOutlineIfStale() {
    const generation = Module._storylens_generation();
    if (generation !== outlineGeneration) { outlineGeneration = generation; refreshOutline(); }
  }

  function refreshOutline() {
    const data = JSON.parse(Module.UTF8ToString(Module._storylens_outline()));
    outline.replaceChildren();
    const section = (title, items, render) => {
      const h = document.createElement('h2');
      h.textContent = title;
      const list = document.createElement('ol');
      for (const item of items) {
        const li = document.createElement('li');
        li.textContent = render(item);
        list.appendChild(li);
      }
      outline.append(h, list);
    };
    section('Timeline', data.events || [], e => (e.date ? e.date + ': ' : '') + e.text);
    section('Claims', data.claims || [], c => (c.source || 'Unknown source') + ' ' + c.cue + ': ' + c.content);
  }

  function resize() {
    if (!ready) return;
    Module._storylens_resize(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
  }

  function readFile(file) {
    const reader = new FileReader();
    reader.onload = () => load(String(reader.result), file.name);
    reader.onerror = () => showProgress('Could not read ' + file.name);
    reader.readAsText(file);
  }

  // A plain-text article may come with a sidecar NAME.meta.json ({"published": "YYYY-MM-DD"}), the way a CMS
  // keeps metadata beside the body; ?dct= on the page wins over it.
  async function publishedDate(url) {
    try {
      const meta = await fetch(url.replace(/\.txt$/, '.meta.json'));
      return meta.ok ? (await meta.json()).published || '' : '';
    } catch (e) { return ''; }
  }

  async function loadUrl(url, dctGiven, name) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
      const params = new URLSearchParams(location.search);
      const dct = dctGiven || params.get('dct') || (url.endsWith('.txt') ? await publishedDate(url) : '');
      return load(await response.text(), name || url.split('/').pop() || url, dct);
    } catch (e) {
      showProgress('Could not load ' + url + ': ' + e.message);
      return false;
    }
  }

  window.addEventListener('resize', resize);
  // Ctrl+F searches the article inside the viewer rather than opening the browser's find bar.
  window.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      if (ready) Module._storylens_focus_search();
    }
  }, true);
  window.addEventListener('hashchange', () => {
    if (ready) withCString(location.hash.slice(1), p => Module._storylens_set_fragment(p));
  });
  document.addEventListener('paste', e => {
    if (embedded) return;  // an embed shows what its host gave it
    const text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (text && text.trim()) { e.preventDefault(); load(text, 'pasted text'); }
  });
  window.addEventListener('dragover', e => { e.preventDefault(); document.body.classList.add('dragging'); });
  window.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  window.addEventListener('drop', e => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    if (embedded) return;
    const file = e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) readFile(file);
  });
  document.getElementById('file').addEventListener('change', e => { if (e.target.files[0]) readFile(e.target.files[0]); });
  window.addEventListener('error', e => errors.push(String(e.message)));

  // A two-finger pinch zooms the timeline around the fingers' midpoint (Emscripten's GLFW sees no touches).
  // A trackpad pinch arrives as a wheel event with ctrlKey: the viewer zooms on the wheel, the page must not.
  let pinchSpan = 0;
  const fingerSpan = t => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
  canvas.addEventListener('touchstart', e => { if (e.touches.length === 2) pinchSpan = fingerSpan(e.touches); },
    { passive: true });
  canvas.addEventListener('touchmove', e => {
    if (!ready || !pinchSpan || e.touches.length !== 2) return;
    e.preventDefault();
    const span = fingerSpan(e.touches);
    const x = (e.touches[0].clientX + e.touches[1].clientX) / 2 - canvas.getBoundingClientRect().left;
    if (span > 0) Module._storylens_zoom_timeline(pinchSpan / span, x);
    pinchSpan = span;
  }, { passive: false });
  canvas.addEventListener('touchend', e => { if (e.touches.length < 2) pinchSpan = 0; });
  canvas.addEventListener('wheel', e => { if (e.ctrlKey) e.preventDefault(); }, { passive: false });

  // Keep the URL fragment in step with the view so a link reopens it.
  let lastFragment = '';
  let fragmentApplied = false;  // until the link's own fragment is applied, frames must not overwrite it
  function syncFragment() {
    if (!ready || !fragmentApplied) return;
    const fragment = Module.UTF8ToString(Module._storylens_fragment());
    if (fragment !== lastFragment) {
      lastFragment = fragment;
      if (!embedded) history.replaceState(null, '', fragment ? '#' + fragment : location.pathname + location.search);
      const now = state();
      document.dispatchEvent(new CustomEvent('storylens:selected', { detail: now.selection }));
      document.dispatchEvent(new CustomEvent('storylens:changed', { detail: now }));
    }
  }

  // The Export menu hands over the bytes; a temporary <a download> saves them under the given name.
  function download(fileName, mime, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime || 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    document.dispatchEvent(new CustomEvent('storylens:exported', { detail: { fileName, mime, size: bytes.length } }));
  }

  window.Module = {
    canvas,
    onExport: download,
    print: text => console.log(text),
    printErr: text => console.warn(text),
    onHostReady: async () => {
      const linked = location.hash.slice(1);
      ready = true;
      resize();
      const params = new URLSearchParams(location.search);
      if (embedded) {
        fragmentApplied = true;
        if (params.get('src')) await loadUrl(params.get('src'));
        document.dispatchEvent(new CustomEvent('storylens:ready'));
        return;
      }
      const src = params.get('src');
      if (src) await loadUrl(src);
      else await loadUrl('articles/seed.txt');
      if (linked) withCString(linked, p => Module._storylens_set_fragment(p));
      lastFragment = linked;
      fragmentApplied = true;
      document.dispatchEvent(new CustomEvent('storylens:ready'));
    },
    onFrameDrawn: () => {
      window.storylensFrames = (window.storylensFrames || 0) + 1;
      if (ready) refreshOutlineIfStale();
      syncFragment();
    },
  };

  // The API the embed bridge and tests use.
  window.storylensState = state;
  // {text | html | json | url, dct?, name?, format?}: html and json name their format, text and url are detected.
  window.storylensLoad = opts => {
    if (opts.url) return loadUrl(opts.url, opts.dct, opts.name);
    const format = opts.format || (opts.html != null ? 'html' : opts.json != null ? 'json' : 'auto');
    const body = opts.text != null ? opts.text : opts.html != null ? opts.html : opts.json != null ? opts.json : '';
    return load(typeof body === 'string' ? body : JSON.stringify(body), opts.name || 'document', opts.dct, format);
  };
  window.storylensSetTheme = theme => withCString(theme, p => Module._storylens_set_theme(p));
  window.storylensSetFragment = fragment => withCString(fragment, p => Module._storylens_set_fragment(p));
  window.storylensSetViews = views => withCString(views, p => Module._storylens_set_views(p));
  window.storylensExport = format => withCString(format, p => Module._storylens_export(p)) === 1;
  window.storylensOpenFile = () => document.getElementById('file').click();
  window.storylensErrors = errors;
})();
