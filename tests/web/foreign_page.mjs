// foreign_page.mjs — for the embed and hostile-input browser tests: the viewer's site served beside a page on a
// second origin that frames the viewer and talks to it. `?viewer=URL` frames it, `&allow=1` puts the page's own
// origin on the viewer's allowlist, `&below=1` puts it below the fold (after a screen and a half of text); messages the viewer posts collect in window.got, and window.send(m) posts one
// with the protocol and the id 'foreign'.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';

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
  if (params.get('below')) {
    const spacer = document.createElement('div');
    spacer.style.height = (innerHeight * 1.5) + 'px';
    spacer.textContent = 'The article the reader is reading, above the viewer.';
    document.body.appendChild(spacer);
  }
  document.body.appendChild(frame);
  window.send = m => frame.contentWindow.postMessage(Object.assign({ protocol: '${protocol}', id: 'foreign' }, m), viewer.origin);
</script></body>`;
}

// Serves `site` and, on a second origin, the foreign page; `close()` stops both and removes the page's folder.
export async function serveSites(site, protocol) {
  const server = await serve(site, 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storylens-foreign-'));
  fs.writeFileSync(path.join(dir, 'index.html'), foreignPage(protocol));
  const other = await serve(dir, 0);
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    otherBase: `http://127.0.0.1:${other.address().port}/`,
    close() {
      server.close();
      other.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
