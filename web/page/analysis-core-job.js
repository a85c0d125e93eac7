// analysis-core-job.js — one analysis on the core alone (storylens-worker-core.js/.wasm), shared by the Web Worker
// (analysis-worker.js) and by the page when no Worker can start (analysis-client.js): the bytes in, the binary
// snapshot the viewer reads out (Uint8Array, copied off the core's heap).
'use strict';
self.storylensAnalyseOnCore = function (m, bytes, dct, format) {
  const owned = [];
  const cString = text => {
    const utf8 = new TextEncoder().encode(text);
    const ptr = m._malloc(utf8.length + 1);
    owned.push(ptr);
    m.HEAPU8.set(utf8, ptr);
    m.HEAPU8[ptr + utf8.length] = 0;
    return ptr;
  };
  try {
    const input = m._malloc(bytes.length || 1);
    owned.push(input);
    m.HEAPU8.set(bytes, input);
    const dctPtr = cString(dct || ''), formatPtr = cString(format || 'auto'), lengthPtr = m._malloc(4);
    owned.push(lengthPtr);
    const out = m._storylens_analyze_snapshot(input, bytes.length, dctPtr, formatPtr, lengthPtr);
    if (!out) throw new Error('out of memory');
    owned.push(out);
    // The heap may have grown during the analysis: read through the current view, and copy out before freeing.
    return m.HEAPU8.slice(out, out + m.HEAP32[lengthPtr >> 2]);
  } finally {
    owned.forEach(ptr => m._free(ptr));
  }
};
