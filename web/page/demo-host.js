// demo-host.js — the demo host page: mounts a second viewer with inline text, wires the buttons to the
// message API and logs every message the viewers send (as text: the log never parses HTML).
'use strict';
(function () {
  const log = document.getElementById('log');
  const received = [];  // every message, for the browser test
  window.demoMessages = received;

  function record(label, message) {
    received.push(Object.assign({ viewer: label }, message));
    const line = document.createElement('div');
    const { protocol, id, state, ...shown } = message;
    line.textContent = label + ' ← ' + JSON.stringify(state ? Object.assign(shown, { state: '…' }) : shown);
    log.appendChild(line);
    log.scrollTop = log.scrollHeight;
  }

  const inlineArticle = [
    'GENEVA – Negotiators from both sides met again on Tuesday, three weeks after the talks collapsed.',
    'The mediator, Anna Keller, said on Wednesday that "real progress" had been made on the prisoner exchange.',
    'According to the Red Cross, 40 detainees were released last month.',
    'Opposition leaders rejected the claim and said the government had not kept its promises since 2023.',
  ].join(' ');

  const seed = document.getElementById('viewer-seed');
  seed.addEventListener('storylens:message', e => record('viewer 1', e.detail));
  // The script-tag viewer may already have spoken before this listener existed; its handle keeps no history,
  // so the demo asks for the state once both are up (the log shows it).
  const inline = Storylens.mount(document.getElementById('viewer-inline'), {
    text: inlineArticle, name: 'inline article', dct: '2025-06-04', theme: 'dark', views: 'timeline,claims,entities',
    onMessage: m => record('viewer 2', m),
  });

  const viewers = () => [seed.storylens, inline];
  let light = true;
  document.getElementById('theme').addEventListener('click', () => {
    light = !light;
    seed.storylens.setTheme(light ? 'light' : 'dark');
    inline.setTheme(light ? 'dark' : 'light');
  });
  const report = promise => promise.catch(error => record('host', { type: 'error', message: error.message }));
  document.getElementById('select-event').addEventListener('click', () => report(seed.storylens.select('event', 0)));
  document.getElementById('select-claim').addEventListener('click', () => report(seed.storylens.select('claim', 1)));
  document.getElementById('select-entity').addEventListener('click', () => report(inline.select('entity', 0)));
  document.getElementById('state').addEventListener('click', () => viewers().forEach(v => report(v.getState())));
  window.demoViewers = { seed: () => seed.storylens, inline };
})();
