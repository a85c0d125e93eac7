// analysis-client.js — where the page's analyses run. The viewer (storylens.wasm) links no analysis: every article
// it shows (a load, a new publication date, each article of a story) is analysed by the core alone
// (storylens-worker-core.wasm) and comes back as a binary snapshot. The core runs in a Web Worker
// (analysis-worker.js), so the page keeps drawing while it works; when no Worker can start (file:// pages, a
// blocked or missing worker script, a strict CSP) the same core is instantiated on the page, so no input is lost.
// One job at a time: a new one cancels the one before (its promise rejects with .superseded set). prepare() starts
// the worker, fetching the core, right after the page's first frame.
'use strict';
window.StorylensAnalysis = (function () {
  let worker = null;
  let job = null;  // {id, bytes, dct, format, resolve, reject, onStage, where: 'worker' | 'page'}
  let nextId = 1;
  // Off for good once the worker could not start or failed: every later job runs on the page.
  let available = typeof Worker === 'function' && location.protocol !== 'file:';
  let pageCore = null;        // the core's module on the page, a promise, made on the first job there
  let pageStage = () => {};   // the running page job's stage hook
  const counts = { worker: 0, page: 0 };  // analyses delivered by each, for tests and the curious

  function finish(j, error, snapshot) {
    if (job !== j) return;  // cancelled meanwhile: its promise was settled then
    job = null;
    if (error) return j.reject(error);
    ++counts[j.where];
    j.resolve(snapshot);
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load ' + src));
      document.head.appendChild(script);
    });
  }

  function coreOnPage() {
    if (!pageCore) {
      pageCore = loadScript('storylens-worker-core.js').then(() => loadScript('analysis-core-job.js'))
        .then(() => createStorylensWorkerCore({ onStage: stage => pageStage(stage),
                                                print: text => console.log(text), printErr: text => console.warn(text) }));
      pageCore.catch(() => { pageCore = null; });  // a later job tries again
    }
    return pageCore;
  }

  // Resolves once the page could paint (the progress line, the viewer's "Reading" frame), but never waits on an
  // animation frame alone: a hidden tab or an embed out of view gets none, and a host awaiting load() would hang.
  function afterPaint() {
    return new Promise(resolve => {
      let done = false;
      const once = () => { if (!done) { done = true; resolve(); } };
      requestAnimationFrame(() => setTimeout(once, 0));
      setTimeout(once, 50);
    });
  }

  async function runOnPage(j) {
    j.where = 'page';
    try {
      const m = await coreOnPage();
      await afterPaint();
      if (job !== j) return;
      pageStage = j.onStage;
      const snapshot = storylensAnalyseOnCore(m, j.bytes, j.dct, j.format);
      finish(j, null, snapshot);
    } catch (error) {
      finish(j, error instanceof Error ? error : new Error(String(error)));
    } finally {
      pageStage = () => {};
    }
  }

  function workerFailed(why) {
    available = false;
    if (worker) worker.terminate();
    worker = null;
    console.warn('Storylens: the analysis worker failed (' + why + '); analysing on the page instead');
    if (job && job.where === 'worker') runOnPage(job);  // the job in hand is not lost
  }

  function startWorker() {
    worker = new Worker('analysis-worker.js');
    worker.onmessage = event => {
      const message = event.data;
      if (!job || message.id !== job.id) return;  // a cancelled job's last words
      if (message.type === 'stage') job.onStage(message.stage);
      else if (message.type === 'done') finish(job, null, message.snapshot);
      else finish(job, new Error(message.message));
    };
    worker.onerror = event => {
      event.preventDefault();
      workerFailed(event.message || 'it could not start');
    };
  }

  // Starts the worker and so the fetch of the core, without a job yet.
  function prepare() {
    if (!available || worker) return;
    try { startWorker(); } catch (error) { workerFailed(String(error && error.message || error)); }
  }

  function cancel() {
    if (!job) return;
    const j = job;
    job = null;
    if (j.where === 'worker' && worker) {
      worker.terminate();  // the core cannot be interrupted mid-analysis; a fresh worker starts the next job
      worker = null;
    }
    const error = new Error('superseded by a later analysis');
    error.superseded = true;
    j.reject(error);
  }

  // Resolves with the snapshot (Uint8Array) of the analysis of `bytes`; `onStage(name)` hears each stage start.
  // `options.here` runs it on the page even when a worker could.
  function analyse(bytes, dct, format, onStage, options = {}) {
    cancel();
    return new Promise((resolve, reject) => {
      const j = job = { id: nextId++, bytes, dct: dct || '', format: format || 'auto', resolve, reject,
                        onStage: onStage || (() => {}), where: 'worker' };
      if (options.here || !available) return void runOnPage(j);
      try {
        if (!worker) startWorker();
        worker.postMessage({ id: j.id, bytes, dct: j.dct, format: j.format });
      } catch (error) {
        workerFailed(String(error && error.message || error));
      }
    });
  }

  return { analyse, cancel, prepare, counts,
           get available() { return available; }, get busy() { return job !== null; } };
})();
