// index.js — @storylens/core: the Storylens analysis core (C++ compiled to WebAssembly) for node and browsers.
// `await load()` once, then analyze() / export() synchronously. CommonJS; index.mjs re-exports it for `import`.
(function () {
  'use strict';

  const createModule = typeof require === 'function'
    ? require('./storylens-core.js')
    : globalThis.createStorylensCore;  // a browser that loaded storylens-core.js with a <script> tag

  let instance = null;

  function withCString(core, text, use) {
    const size = core.lengthBytesUTF8(text) + 1;
    const ptr = core._malloc(size);
    core.stringToUTF8(text, ptr, size);
    try { return use(ptr, size - 1); } finally { core._free(ptr); }
  }

  // Copies a malloc'd result out of the wasm heap and frees it; `length` null means NUL-terminated.
  function takeString(core, ptr, length) {
    if (!ptr) return null;
    try {
      if (length == null) return core.UTF8ToString(ptr);
      return new TextDecoder('utf-8').decode(core.HEAPU8.subarray(ptr, ptr + length));
    } finally { core._storylens_free(ptr); }
  }

  function checkText(text) {
    if (typeof text !== 'string') throw new TypeError('storylens: the article must be a string');
  }

  function api(core) {
    const formats = JSON.parse(takeString(core, core._storylens_formats()));
    const run = (text, options, call) => {
      checkText(text);
      const { dct = '', format = 'auto' } = options || {};
      return withCString(core, text, (textPtr, length) => withCString(core, String(dct), dctPtr =>
        withCString(core, String(format), formatPtr => call(textPtr, length, dctPtr, formatPtr))));
    };
    return {
      // The analysis object documented in docs/schema.md. Problems are in `diagnostics`, not thrown.
      analyze(text, options) {
        return JSON.parse(run(text, options, (t, n, d, f) => takeString(core, core._storylens_analyze(t, n, d, f))));
      },
      // [{name, extension, mime}]
      formats() { return formats.map(f => ({ ...f })); },
      // The analysis written in one export format, as a string. Throws on an unknown format name.
      export(text, outputFormat, options) {
        if (!formats.some(f => f.name === outputFormat))
          throw new Error(`storylens: unknown export format '${outputFormat}' (${formats.map(f => f.name).join(', ')})`);
        return run(text, options, (t, n, d, f) => withCString(core, outputFormat, o => {
          const lengthPtr = core._malloc(4);
          try {
            const ptr = core._storylens_export(t, n, d, f, o, lengthPtr);
            return takeString(core, ptr, core.HEAPU32[lengthPtr >> 2]);
          } finally { core._free(lengthPtr); }
        }));
      },
    };
  }

  // Instantiates the WebAssembly module once; later calls share it.
  function load() {
    if (!instance) instance = createModule().then(api);
    return instance;
  }

  const exported = { load };
  if (typeof module === 'object' && module.exports) module.exports = exported;
  else globalThis.StorylensCore = exported;
})();
