// storylens-a11y.js — what a screen reader gets of the viewer: the article mirrored as real paragraphs (visually
// hidden), each highlighted word a <mark> whose title says what it resolved to, the page's heading naming the
// document, and a live region announcing each selection ("event 3 of 10, March 2025, ..."). Built from the
// outline data (storylens:outline) once per analysis, with textContent only; the selection comes from
// storylens:selected.
'use strict';
(function () {
  const mirror = document.getElementById('article-mirror');
  const announcer = document.getElementById('announce');
  const heading = document.getElementById('title');
  let data = null;

  // A large article is mirrored a page of paragraphs per task, so the page stays responsive meanwhile. A sentence
  // longer than any a reader writes (a 2 MB line without punctuation) is cut: as one unbreakable line of text it
  // held the page's layout for seconds. The mirror stops after MIRROR_MAX_CHARS; the viewer has the rest.
  const PARAGRAPHS_PER_TASK = 200, SENTENCE_MAX_CHARS = 2000, MIRROR_MAX_CHARS = 512 * 1024;
  let building = 0;
  function buildMirror(paragraphs) {
    const ticket = ++building;
    mirror.replaceChildren();
    const title = document.createElement('h2');
    title.textContent = 'Article';
    mirror.appendChild(title);
    let next = 0, mirrored = 0;
    const step = () => {
      if (ticket !== building) return;
      const chunk = document.createDocumentFragment();
      for (const end = Math.min(paragraphs.length, next + PARAGRAPHS_PER_TASK); next < end && mirrored < MIRROR_MAX_CHARS; ++next) {
        const p = document.createElement('p');
        for (const sentence of paragraphs[next]) {
          const s = document.createElement('span');
          s.id = 'sentence-' + sentence.id;
          let room = SENTENCE_MAX_CHARS;
          for (const run of sentence.runs) {
            if (room <= 0) break;
            const text = run.text.length > room ? run.text.slice(0, room) + ' \u2026' : run.text;
            room -= run.text.length;
            mirrored += text.length;
            if (!run.mark) { s.appendChild(document.createTextNode(text)); continue; }
            const mark = document.createElement('mark');
            mark.dataset.kind = run.mark;
            mark.title = run.note || run.mark;
            mark.textContent = text;
            s.appendChild(mark);
          }
          p.append(s, ' ');
        }
        chunk.appendChild(p);
      }
      mirror.appendChild(chunk);
      if (mirrored >= MIRROR_MAX_CHARS && next < paragraphs.length) {
        const rest = document.createElement('p');
        rest.textContent = '(The rest of this long article is in the viewer and its outline.)';
        mirror.appendChild(rest);
      } else if (next < paragraphs.length) setTimeout(step, 0);
    };
    step();
  }

  document.addEventListener('storylens:outline', e => {
    data = e.detail || {};
    buildMirror(data.article || []);
    const state = window.storylensState && window.storylensState();
    if (heading && state) heading.textContent = 'Storylens: ' + (state.document || 'no document');
  });

  function describe(sel) {
    if (!data || !sel || !sel.kind) return '';
    const events = data.events || [], claims = data.claims || [], entities = data.entities || [];
    if (sel.kind === 'event') {
      const i = events.findIndex(e => e.id === sel.id);
      if (i < 0) return '';
      const e = events[i];
      const when = (e.date_words || e.date || 'undated') + (e.provisional ? ' (provisional: the publication date is a guess)' : '');
      return ['event ' + (i + 1) + ' of ' + events.length, when, e.text].filter(Boolean).join(', ');
    }
    if (sel.kind === 'claim') {
      const i = claims.findIndex(c => c.id === sel.id);
      if (i < 0) return '';
      const c = claims[i];
      return 'claim ' + (i + 1) + ' of ' + claims.length + ', ' + (c.source || 'unknown source') + ' ' + c.cue + ': ' + c.content;
    }
    if (sel.kind === 'entity') {
      const e = entities.find(x => x.id === sel.id);
      return e ? 'entity ' + e.type : '';
    }
    if (sel.kind === 'sentence') {
      const s = document.getElementById('sentence-' + sel.id);
      return 'sentence ' + (sel.id + 1) + ' of ' + (data.sentences || '?') + (s ? ': ' + s.textContent : '');
    }
    return '';
  }
  let lastAnnounced = '';
  document.addEventListener('storylens:selected', e => {
    const text = describe(e.detail);
    if (text && text !== lastAnnounced) announcer.textContent = lastAnnounced = text;
  });
  window.storylensAnnouncement = () => announcer.textContent;
})();
