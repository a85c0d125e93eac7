// analysis-client.js — the page's side of analysis-worker.js: large articles are analysed in a Web Worker so the
// page keeps drawing and answering while they run. One job at a time: a new one cancels the one before (its
// promise rejects with .superseded set). The worker and its WASM are fetched on the first job only.
'use strict';
window.StorylensAnalysis = (function () {
  let worker = null;
  let job = null;  // {id, resolve, reject, onStage}
  let nextId = 1;
  // Off for good once the worker could not start (file:// pages, a missing file, a strict CSP): callers then
  // analyse on the main thread instead, so no input is ever lost to a missing worker.
  let available = typeof Worker === 'function' && location.protocol !== 'file:';

  function settle(error, snapshot) {
    const done = job;
    job = null;
    if (!done) return;
    if (error) done.reject(error);
    else done.resolve(snapshot);
  }

  function startWorker() {
    worker = new Worker('analysis-worker.js');
    worker.onmessage = event => {
      const message = event.data;
      if (!job || message.id !== job.id) return;  // a cancelled job's last words
      if (message.type === 'stage') job.onStage(message.stage);
      else if (message.type === 'done') settle(null, message.snapshot);
      else settle(new Error(message.message));
    };
    worker.onerror = event => {
      event.preventDefault();
      available = false;
      worker.terminate();
      worker = null;
      settle(new Error('the analysis worker failed: ' + (event.message || 'it could not start')));
    };
  }

  function cancel() {
    if (!job) return;
    worker.terminate();  // the core cannot be interrupted mid-analysis; a fresh worker starts the next job
    worker = null;
    const error = new Error('superseded by a later analysis');
    error.superseded = true;
    settle(error);
  }

  // Resolves with the snapshot (Uint8Array) of the analysis of `bytes`; `onStage(name)` hears each stage start.
  function analyse(bytes, dct, format, onStage) {
    cancel();
    if (!worker) startWorker();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      job = { id, resolve, reject, onStage: onStage || (() => {}) };
      worker.postMessage({ id, bytes, dct: dct || '', format: format || 'auto' });
    });
  }

  return { analyse, cancel, get available() { return available; }, get busy() { return job !== null; } };
})();
