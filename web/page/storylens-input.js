// storylens-input.js — the input the page hands the viewer itself, because Emscripten 3.1.6's GLFW gets it wrong:
// - the wheel: GLFW passes the browser's raw deltas (100 pixels a notch, sign unflipped), so one notch zoomed the
//   timeline from 140 days to 1; here pixel, line and page modes become notches (positive up, as ImGui counts);
// - touch: GLFW ignores where a finger lands, so a tap pressed wherever the pointer last was and every button needed
//   two taps; here one finger is a pointer the host moves, presses and lifts a frame apart, two fingers pinch;
// - text: a character no key event carries (an IME, a compose key, a phone's keyboard) never reached the viewer and
//   a paste replaced the article even inside the search box; while a text field of the viewer has the keyboard, a
//   hidden <input> takes the DOM's text and pastes, and they are typed into the field.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const live = () => typeof window.storylensReady === 'function' && window.storylensReady();

  function typeText(text) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    try { Module._storylens_type(ptr); } finally { Module._free(ptr); }
  }

  // One notch of a mouse wheel is 100 pixels in Chromium, 3 lines in Firefox; a page counts as the largest step.
  // A trackpad sends many small pixel deltas: fractions of a notch, so its scrolling stays smooth.
  const PIXELS_PER_NOTCH = 100, LINES_PER_NOTCH = 3, MAX_NOTCHES = 3;
  function wheelNotches(e) {
    const scale = e.deltaMode === 1 ? 1 / LINES_PER_NOTCH : e.deltaMode === 2 ? MAX_NOTCHES : 1 / PIXELS_PER_NOTCH;
    const notches = delta => Math.max(-MAX_NOTCHES, Math.min(MAX_NOTCHES, (Number(delta) || 0) * scale));
    return { x: notches(e.deltaX), y: notches(e.deltaY) };
  }
  // Capture on the window runs before GLFW's listener on the canvas, which then never sees the event.
  window.addEventListener('wheel', e => {
    if (e.target !== canvas || !live()) return;
    e.stopImmediatePropagation();
    e.preventDefault();  // the page must not scroll or zoom (a trackpad pinch is a wheel event with ctrlKey)
    const n = wheelNotches(e);
    Module._storylens_wheel(-n.x, -n.y);  // DOM: positive is down and right; ImGui: up and left
  }, { capture: true, passive: false });

  // Touch: one finger drives the pointer, two pinch the timeline around their midpoint.
  let pinchSpan = 0, fingerDown = false;
  const fingerSpan = t => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
  const local = touch => { const r = canvas.getBoundingClientRect(); return [touch.clientX - r.left, touch.clientY - r.top]; };
  function onTouch(e) {
    if (e.target !== canvas || !live()) return;
    e.stopImmediatePropagation();  // GLFW would press at the mouse's last place
    if (e.cancelable) e.preventDefault();  // no emulated mouse events after it, no page scroll or double-tap zoom
    const touches = e.touches;
    if (touches.length >= 2) {
      const span = fingerSpan(touches);
      if (e.type === 'touchstart' || !pinchSpan) {
        if (fingerDown) {  // the first finger's press is no tap: lifted far from any widget
          Module._storylens_touch(-1e5, -1e5, 1);
          Module._storylens_touch(-1e5, -1e5, 0);
          fingerDown = false;
        }
        pinchSpan = span;
        return;
      }
      const [x] = local({ clientX: (touches[0].clientX + touches[1].clientX) / 2, clientY: 0 });
      if (span > 0) Module._storylens_zoom_timeline(pinchSpan / span, x);
      pinchSpan = span;
      return;
    }
    if (pinchSpan) {  // the end of a pinch is not a tap
      if (touches.length === 0) pinchSpan = 0;
      return;
    }
    const finger = e.type === 'touchend' || e.type === 'touchcancel' ? e.changedTouches[0] : touches[0];
    if (!finger) return;
    const [x, y] = local(finger);
    fingerDown = e.type === 'touchstart' || e.type === 'touchmove';
    Module._storylens_touch(x, y, fingerDown ? 1 : 0);
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'])
    window.addEventListener(type, onTouch, { capture: true, passive: false });

  // The text bridge: focused while the viewer wants text, so the DOM's text input lands somewhere it can be read.
  const bridge = document.createElement('input');
  bridge.type = 'text';
  bridge.id = 'text-bridge';
  bridge.className = 'visually-hidden';
  bridge.autocomplete = 'off';
  bridge.spellcheck = false;
  bridge.tabIndex = -1;
  bridge.setAttribute('aria-label', 'Text for the viewer\u2019s search box');
  (document.querySelector('main') || document.body).appendChild(bridge);
  // A key that made a keypress reached the viewer through GLFW already: its input event must not type it twice.
  let keypressed = false;
  window.addEventListener('keypress', e => { if (e.charCode >= 32 && !e.ctrlKey && !e.metaKey) keypressed = true; }, true);
  window.addEventListener('keyup', () => { keypressed = false; }, true);
  bridge.addEventListener('input', e => {
    const composing = e.isComposing || e.inputType === 'insertCompositionText';
    if (composing) return;  // compositionend types the result
    if (e.inputType && e.inputType.startsWith('insert') && !keypressed && live()) typeText(e.data || bridge.value);
    keypressed = false;
    bridge.value = '';
  });
  bridge.addEventListener('compositionend', e => {
    if (e.data && live()) typeText(e.data);
    bridge.value = '';
  });
  function syncBridge() {
    const wants = live() && Module._storylens_wants_text() === 1;
    const focused = document.activeElement;
    if (wants && focused !== bridge && (focused === canvas || focused === document.body || !focused))
      bridge.focus({ preventScroll: true });
    else if (!wants && focused === bridge) canvas.focus({ preventScroll: true });
  }
  const drawn = Module.onFrameDrawn;
  Module.onFrameDrawn = () => { if (drawn) drawn(); syncBridge(); };

  // A paste while a field of the viewer is being edited goes into that field, never a new article.
  window.addEventListener('paste', e => {
    if (!live() || Module._storylens_wants_text() !== 1) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    const text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (text) typeText(window.storylensWellFormed ? window.storylensWellFormed(text).text : text);
  }, true);

  window.storylensWheelNotches = wheelNotches;
})();
