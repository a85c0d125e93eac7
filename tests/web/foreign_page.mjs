// foreign_page.mjs — a page for a second origin that frames the viewer and talks to it (embed and hostile-input
// tests): `?viewer=URL` frames it, `&allow=1` puts the page's own origin on the viewer's allowlist; messages the
// viewer posts collect in window.got, and window.send(m) posts one with the protocol and the id 'foreign'.
export function foreignPage(protocol) {
  return `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>other origin</title><body><script>
  const params = new URLSearchParams(location.search);
  const viewer = new URL(params.get('viewer'));
  viewer.searchParams.set('instance', 'foreign');
  if (params.get('allow')) viewer.searchParams.set('allow', location.origin);
  window.got = [];
  window.addEventListener('message', e => window.got.push(e.data));
  const frame = document.createElement('iframe');
  frame.src = viewer.href;
  frame.style.cssText = 'width:900px;height:500px;border:0';
  document.body.appendChild(frame);
  window.send = m => frame.contentWindow.postMessage(Object.assign({ protocol: '${protocol}', id: 'foreign' }, m), viewer.origin);
</script></body>`;
}
