// analysis-worker.js — runs in a Web Worker: analyses one article at a time with the core alone
// (storylens-worker-core.js/.wasm) and posts back a binary snapshot the viewer reads, plus each stage as it starts.
// Messages in: {id, bytes: Uint8Array, dct, format}. Out: {id, type: 'stage', stage} | {id, type: 'done', snapshot}
// | {id, type: 'error', message}.
'use strict';
importScripts('storylens-worker-core.js');

let currentJob = 0;
const core = createStorylensWorkerCore({
  onStage: stage => postMessage({ id: currentJob, type: 'stage', stage }),
  print: text => console.log(text),
  printErr: text => console.warn(text),
});

function cString(m, text) {
  const bytes = new TextEncoder().encode(text);
  const ptr = m._malloc(bytes.length + 1);
  m.HEAPU8.set(bytes, ptr);
  m.HEAPU8[ptr + bytes.length] = 0;
  return ptr;
}

self.onmessage = async event => {
  const { id, bytes, dct, format } = event.data;
  currentJob = id;
  const owned = [];
  try {
    const m = await core;
    const input = m._malloc(bytes.length || 1);
    owned.push(input);
    m.HEAPU8.set(bytes, input);
    const dctPtr = cString(m, dct || ''), formatPtr = cString(m, format || 'auto'), lengthPtr = m._malloc(4);
    owned.push(dctPtr, formatPtr, lengthPtr);
    const out = m._storylens_analyze_snapshot(input, bytes.length, dctPtr, formatPtr, lengthPtr);
    if (!out) throw new Error('out of memory');
    owned.push(out);
    // The heap may have grown during the analysis: read through the current view, and copy out before freeing.
    const snapshot = m.HEAPU8.slice(out, out + m.HEAP32[lengthPtr >> 2]);
    postMessage({ id, type: 'done', snapshot }, [snapshot.buffer]);
  } catch (error) {
    postMessage({ id, type: 'error', message: String((error && error.message) || error) });
  } finally {
    const m = await core.catch(() => null);
    if (m) owned.forEach(ptr => m._free(ptr));
  }
};
