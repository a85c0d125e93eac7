// storylens-page.js — the page around the WASM viewer: loading (seed, ?src=URL, paste, drop, file picker),
// resizing with the device pixel ratio, the URL fragment, the accessible outline, export downloads. In embed mode
// (<html data-storylens-embed>, embed.html) the host page drives it instead: no seed, no paste or drop, the URL
// left alone. Article text is only ever set with textContent, never innerHTML. Whatever comes from outside (a
// host's message, the clipboard, a drop, ?src=, the link) is made well-formed before it reaches the viewer, and a
// guard turns any error left over into a line in the status bar: the last good document stays and frames go on.
'use strict';
(function () {
  const embedded = document.documentElement.hasAttribute('data-storylens-embed');
  const progress = document.getElementById('progress');
  const outline = document.getElementById('outline');
  const canvas = document.getElementById('canvas');
  const errors = [];
  let ready = false;

  function showProgress(message) { progress.textContent = message; progress.hidden = !message; }

  // A lone UTF-16 surrogate (half of a pair, from a careless host or a cut string) has no UTF-8 form; Emscripten's
  // stringToUTF8 would swallow the next character with it. Each becomes U+FFFD and is counted for a note.
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  function wellFormed(value) {
    let replaced = 0;
    const text = String(value == null ? '' : value).replace(LONE_SURROGATE, () => { ++replaced; return '\uFFFD'; });
    return { text, replaced };
  }

  // The last uncaught error or note, in the page's status line and the viewer's; the document on screen stays.
  function report(message, isError = true) {
    if (isError) errors.push(message);
    showProgress(message);
    try {
      if (ready) withCString(message, p => Module._storylens_report(p));
    } catch (e) { /* the page's line above says it */ }
  }
  // Runs a hook the viewer calls (a frame drawn, an export) so that an error in it cannot stop the main loop.
  function guarded(what, fn) {
    return (...args) => {
      try {
        return fn(...args);
      } catch (error) {
        report('Storylens: ' + what + ' failed: ' + (error && error.message || error));
      }
    };
  }

  function withCString(value, use) {
    const text = wellFormed(value).text;
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    try { return use(ptr); } finally { Module._free(ptr); }
  }

  // Copies bytes into the viewer's heap for one call.
  function withBytes(bytes, use) {
    const ptr = Module._malloc(bytes.length || 1);
    Module.HEAPU8.set(bytes, ptr);
    try { return use(ptr, bytes.length); } finally { Module._free(ptr); }
  }

  // Every analysis is the worker core's (analysis-client.js): in a Web Worker, or on the page when none can start.
  const STAGE_WORDS = { ingest: 'reading', segment: 'splitting sentences', time: 'dating', entities: 'finding names',
                        claims: 'finding claims', events: 'ordering events' };
  let loadCount = 0;  // the latest load wins: an older one that finishes later is dropped

  // The progress line belongs to the latest job: a cancelled one finishing late must not clear its successor's.
  let progressOwner = null;
  function progressLine(verb, name, bytes) {
    const owner = progressOwner = {};
    const started = performance.now();
    let stage = 'ingest';
    const paint = () => {
      if (progressOwner !== owner) return;
      showProgress(verb + ' ' + name + ' (' + Math.round(bytes.length / 1024) + ' KB): ' + STAGE_WORDS[stage] +
        '… ' + ((performance.now() - started) / 1000).toFixed(1) + ' s');
    };
    paint();
    const timer = setInterval(paint, 250);
    return { stage: next => { stage = next in STAGE_WORDS ? next : stage; paint(); },
             done: () => { clearInterval(timer); if (progressOwner === owner) showProgress(''); } };
  }

  // The outline is built in a task of its own: for a large article, showing the analysis, drawing its first frame
  // and mirroring it in the DOM each take a while, and in one task together they would hold the page up.
  const nextTask = () => new Promise(resolve => setTimeout(resolve, 0));

  async function finishLoad(ok, name) {
    await nextTask();
    refreshOutlineIfStale();
    document.dispatchEvent(new CustomEvent('storylens:loaded', { detail: { ok: !!ok, name } }));
    return !!ok;
  }

  // The viewer shows "Reading NAME…" with the start of the text while the core analyses it (in the Web Worker the
  // page keeps drawing, and an old article stays usable, while the progress line counts); the snapshot then goes on
  // screen. A later load wins: this one then resolves null. `here` runs the core on the page instead of the worker.
  async function analyseAndShow(bytes, name, dct, format, ticket, here) {
    const line = progressLine('Analysing', name, bytes);
    try {
      const snapshot = await StorylensAnalysis.analyse(bytes, dct, format, line.stage, { here });
      if (ticket !== loadCount) return null;
      return withBytes(snapshot, (snapPtr, snapLen) => withBytes(bytes, (ptr, len) =>
        withCString(name, namePtr => withCString(dct || '', dctPtr => withCString(format || 'auto', formatPtr =>
          Module._storylens_show_snapshot(snapPtr, snapLen, ptr, len, namePtr, dctPtr, formatPtr))))));
    } catch (error) {
      if (error.superseded || ticket !== loadCount) return null;
      report('Could not analyse ' + name + ': ' + error.message);
      return false;
    } finally {
      line.done();
    }
  }

  // Loads a document. Resolves true when it is on screen, false when it could not be used (the app says why),
  // null when a later load replaced it first.
  // `useWorker` false runs the core on the page even when a worker could.
  // What the last load had to mend in its input (lone surrogates replaced), also told to an embed's host.
  let inputNotes = [];
  function mendInput(fields) {
    const notes = [], out = {};
    for (const [field, value] of Object.entries(fields)) {
      const { text, replaced } = wellFormed(value);
      out[field] = text;
      if (!replaced) continue;
      // a date is YYYY-MM-DD or nothing: a mended one would only show the damage in the date field
      if (field === 'dct') out.dct = '';
      notes.push(replaced + ' lone UTF-16 surrogate(s) in the ' + field +
                 (field === 'dct' ? ': the date was dropped' : ' replaced with U+FFFD'));
    }
    return { out, notes };
  }

  // A JSON document given as an object: every key and string made well-formed before it is written out, since
  // JSON.stringify writes a lone surrogate as an escape ("\udc00") that no JSON reader accepts.
  function mendObject(value, count) {
    if (typeof value === 'string') { const w = wellFormed(value); count.replaced += w.replaced; return w.text; }
    if (Array.isArray(value)) return value.map(v => mendObject(v, count));
    if (value && typeof value === 'object') {
      const out = Object.create(null);  // a key named "__proto__" stays a key
      for (const [k, v] of Object.entries(value)) out[mendObject(k, count)] = mendObject(v, count);
      return out;
    }
    return value;
  }

  async function load(rawText, rawName, rawDct, rawFormat, useWorker = true, earlierNotes = []) {
    const mended = mendInput({ text: rawText, name: rawName, dct: rawDct || '', format: rawFormat || 'auto' });
    const { out } = mended, notes = earlierNotes.concat(mended.notes);
    const { text, name, dct, format } = out;
    const bytes = new TextEncoder().encode(text);
    const ticket = ++loadCount;
    // a corrections file goes over the article on screen: nothing to analyse
    const corrections = withBytes(bytes, (ptr, len) => withCString(name, namePtr =>
      Module._storylens_begin_reading(ptr, len, namePtr))) === 1;
    const ok = corrections || await analyseAndShow(bytes, name, dct, format, ticket, !useWorker);
    if (ok === null || ticket !== loadCount) return null;
    inputNotes = notes;
    if (ok && notes.length) report('Note: ' + notes.join('; '), false);
    return await finishLoad(ok, name);
  }

  // The viewer decided the article must be analysed again (a new publication date typed in the status line): the
  // page only carries job `job` to the core and its answer back, whatever happened meanwhile; the viewer decides
  // whether the answer still counts. False: no core to ask (the viewer says so).
  function reanalyse(job, bytes, dct, format) {
    if (!window.StorylensAnalysis) return false;
    const line = progressLine('Re-analysing', 'the article', bytes);
    StorylensAnalysis.analyse(bytes, dct, format, line.stage).then(
      snapshot => withBytes(snapshot, (p, n) => Module._storylens_show_reanalysis_snapshot(job, p, n)),
      error => withCString(error.message, p => Module._storylens_fail_reanalysis(job, p)),
    ).finally(() => line.done());  // the next frame sees the new generation and refreshes the outline
    return true;
  }

  function state() { return ready ? JSON.parse(Module.UTF8ToString(Module._storylens_state())) : null; }

  // The outline mirrors the analysis, not the selection: rebuilt only when another analysis is on screen
  // (a load, or a publication date changed in the status line), never per frame or per click.
  let outlineGeneration = -1;
  function refreshOutlineIfStale() {
    const generation = Module._storylens_generation();
    if (generation !== outlineGeneration) { outlineGeneration = generation; refreshOutline(); }
  }

  // A list holds at most OUTLINE_PAGE items at first, then a button adds the next page: a large article has
  // thousands of events and claims, and putting all of them in the DOM at once held the page up for most of a
  // second (style and layout), for a list no one reads through in one go.
  const OUTLINE_PAGE = 500;
  function refreshOutline() {
    const data = JSON.parse(Module.UTF8ToString(Module._storylens_outline()));
    outline.replaceChildren();
    const section = (title, items, render, select) => {
      const h = document.createElement('h2');
      h.textContent = title + ' (' + items.length + ')';
      const list = document.createElement('ol');
      const more = document.createElement('button');
      let shown = 0;
      const showPage = () => {
        const page = document.createDocumentFragment();
        for (const end = Math.min(items.length, shown + OUTLINE_PAGE); shown < end; ++shown) {
          const li = document.createElement('li');
          const item = document.createElement('button');  // selects the item in the viewer, which scrolls to it
          item.type = 'button';
          item.textContent = render(items[shown]);
          item.dataset.select = select(items[shown]);
          li.appendChild(item);
          page.appendChild(li);
        }
        list.appendChild(page);
        const left = items.length - shown;
        more.hidden = left === 0;
        more.textContent = 'Show ' + Math.min(left, OUTLINE_PAGE) + ' more of ' + left + ' ' + title.toLowerCase();
      };
      more.type = 'button';
      more.tabIndex = -1;  // out of the Tab order (Tab walks the viewer's items); screen readers still reach it
      more.addEventListener('click', showPage);
      showPage();
      outline.append(h, list, more);
    };
    section('Timeline', data.events || [], e => (e.date_words || e.date ? (e.date_words || e.date) +
      (e.provisional ? ' (provisional)' : '') + ': ' : '') + e.text,
            e => 'view=timeline&sel=event:' + e.id);
    section('Claims', data.claims || [], c => (c.source || 'Unknown source') + ' ' + c.cue + ': ' + c.content,
            c => 'view=claims&sel=claim:' + c.id);
    document.dispatchEvent(new CustomEvent('storylens:outline', { detail: data }));  // storylens-a11y.js
  }
  outline.addEventListener('click', e => {
    const item = e.target.closest && e.target.closest('button[data-select]');
    if (item && ready) withCString(item.dataset.select, p => Module._storylens_set_fragment(p));
  });

  function resize() {
    if (!ready) return;
    Module._storylens_resize(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
  }

  function readFile(file) {
    const reader = new FileReader();
    reader.onload = () => load(String(reader.result), file.name)
      .catch(e => report('Could not open ' + file.name + ': ' + e.message));
    reader.onerror = () => showProgress('Could not read ' + file.name);
    reader.readAsText(file);
  }

  // A plain-text article may come with a sidecar NAME.meta.json ({"published": "YYYY-MM-DD"}), the way a CMS
  // keeps metadata beside the body; ?dct= on the page wins over it.
  async function publishedDate(url) {
    try {
      const meta = await fetch(url.replace(/\.txt$/, '.meta.json'));
      const published = meta.ok ? (await meta.json()).published : '';
      return typeof published === 'string' ? published : '';
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
    if (!text || !text.trim()) return;
    e.preventDefault();
    load(text, 'pasted text').catch(err => report('Could not paste: ' + err.message));
  });
  window.addEventListener('dragover', e => { e.preventDefault(); document.body.classList.add('dragging'); });
  window.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
  window.addEventListener('drop', e => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    if (embedded) return;
    // several files are a story (storylens-story.js); one file joins a story on screen
    if (window.storylensStory && storylensStory.takeFiles(e.dataTransfer.files)) return;
    const file = e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) readFile(file);
  });
  document.getElementById('file').addEventListener('change', e => {
    if (window.storylensStory && storylensStory.takeFiles(e.target.files)) return;
    if (e.target.files[0]) readFile(e.target.files[0]);
  });
  // The guard: nothing left uncaught ends silently; the status line says what happened.
  window.addEventListener('error', e => report('Storylens: ' + String(e.message || 'an error')));
  window.addEventListener('unhandledrejection', e => {
    e.preventDefault();
    const reason = e.reason;
    report('Storylens: ' + String(reason && reason.message || reason || 'a failed task'));
  });

  // Wheel, touch (taps and the two-finger pinch) and text the DOM types: storylens-input.js.

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
    onExport: guarded('the export', download),
    onReanalyse: guarded('the re-analysis', reanalyse),
    onOpenFile: embedded ? undefined : guarded('opening a file', () => document.getElementById('file').click()),
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
      // ?src= given more than once opens the articles as one story
      if (params.getAll('src').length > 1 && window.storylensStory)
        await storylensStory.load(params.getAll('src').map(url => ({ url }))).catch(e => report(e.message));
      else if (src) await loadUrl(src);
      else await loadUrl('articles/seed.txt');
      if (linked) withCString(linked, p => Module._storylens_set_fragment(p));
      lastFragment = linked;
      fragmentApplied = true;
      document.dispatchEvent(new CustomEvent('storylens:ready'));
    },
    onFrameDrawn: guarded('drawing', () => {
      // the first frame is up: now fetch the core that analyses (the page's own weight came first)
      if (!window.storylensFrames && window.StorylensAnalysis) StorylensAnalysis.prepare();
      window.storylensFrames = (window.storylensFrames || 0) + 1;
      if (ready && Module._storylens_generation() !== outlineGeneration) setTimeout(refreshOutlineIfStale, 0);
      syncFragment();
    }),
  };

  // The API the embed bridge and tests use.
  window.storylensState = state;
  window.storylensReady = () => ready;
  // {text | html | json | url, dct?, name?, format?, worker?}: html and json name their format, text and url are
  // detected; worker: false runs the analysis on the page instead of in the Web Worker.
  window.storylensLoad = opts => {
    if (opts.url) return loadUrl(opts.url, opts.dct, opts.name);
    const format = opts.format || (opts.html != null ? 'html' : opts.json != null ? 'json' : 'auto');
    const body = opts.text != null ? opts.text : opts.html != null ? opts.html : opts.json != null ? opts.json : '';
    if (typeof body === 'string') return load(body, opts.name || 'document', opts.dct, format, opts.worker !== false);
    const count = { replaced: 0 };
    const json = JSON.stringify(mendObject(body, count));
    const notes = count.replaced ? [count.replaced + ' lone UTF-16 surrogate(s) in the json replaced with U+FFFD'] : [];
    return load(json, opts.name || 'document', opts.dct, format, opts.worker !== false, notes);
  };
  // What typing a date in the status line does; false for a bad date (the viewer says why).
  window.storylensSetPublicationDate = dct => withCString(dct, p => Module._storylens_set_publication_date(p)) === 1;
  window.storylensSetTheme = theme => withCString(theme, p => Module._storylens_set_theme(p));
  window.storylensSetFragment = fragment => withCString(fragment, p => Module._storylens_set_fragment(p));
  window.storylensSetViews = views => withCString(views, p => Module._storylens_set_views(p));
  window.storylensExport = format => withCString(format, p => Module._storylens_export(p)) === 1;
  window.storylensOpenFile = () => document.getElementById('file').click();
  window.storylensErrors = errors;
  window.storylensInputNotes = () => inputNotes.slice();
  window.storylensWellFormed = wellFormed;
  // What storylens-story.js (several articles as one story) shares with the page. A story's load takes a ticket
  // like any load: the latest load wins either way.
  window.storylensPage = { withBytes, withCString, wellFormed, showProgress, report, finishLoad, state,
                           claimLoad: () => ++loadCount, isLatest: ticket => ticket === loadCount };
})();
