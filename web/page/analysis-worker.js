// analysis-worker.js — runs in a Web Worker: analyses one article at a time with the core alone
// (storylens-worker-core.js/.wasm) and posts back a binary snapshot the viewer reads, plus each stage as it starts.
// Messages in: {id, bytes: Uint8Array, dct, format}. Out: {id, type: 'stage', stage} | {id, type: 'done', snapshot}
// | {id, type: 'error', message}.
'use strict';
importScripts('storylens-worker-core.js', 'analysis-core-job.js');

let currentJob = 0;
const core = createStorylensWorkerCore({
  onStage: stage => postMessage({ id: currentJob, type: 'stage', stage }),
  print: text => console.log(text),
  printErr: text => console.warn(text),
});

self.onmessage = async event => {
  const { id, bytes, dct, format } = event.data;
  currentJob = id;
  try {
    const snapshot = storylensAnalyseOnCore(await core, bytes, dct, format);
    postMessage({ id, type: 'done', snapshot }, [snapshot.buffer]);
  } catch (error) {
    postMessage({ id, type: 'error', message: String((error && error.message) || error) });
  }
};
