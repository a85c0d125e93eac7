// npm.test.mjs — the packed @storylens/core as a user gets it: required (CommonJS) and imported (ESM) from the
// directory it was installed into ($STORYLENS_NPM_PREFIX), analysing the seed article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const prefix = process.env.STORYLENS_NPM_PREFIX;
const seed = fs.readFileSync(new URL('../../assets/articles/seed.txt', import.meta.url), 'utf8');
const installed = prefix && path.join(prefix, 'node_modules', '@storylens', 'core');

test('the package is installed with its types and one-file wasm', () => {
  assert.ok(prefix, 'STORYLENS_NPM_PREFIX names the directory the tarball was installed into');
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, '@storylens/core');
  assert.equal(manifest.version, '0.1.0');
  for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'storylens-core.js'])
    assert.ok(fs.existsSync(path.join(installed, file)), file + ' is in the package');
  assert.ok(!fs.existsSync(path.join(installed, 'storylens-core.wasm')), 'the wasm is inlined, not a second file');
});

test('require() analyses the seed with the given publication date', async () => {
  const require = createRequire(path.join(prefix, 'package.json'));
  const storylens = await require('@storylens/core').load();
  const analysis = storylens.analyze(seed, { dct: '2025-04-05' });
  assert.equal(analysis.schema, 'storylens.analysis/1');
  assert.equal(analysis.source.dct.value, '2025-04-05');
  assert.equal(analysis.source.dct.origin, 'given');
  assert.ok(analysis.timexes.length > 0, 'timexes found');
  assert.ok(analysis.claims.length > 0, 'claims found');
  assert.ok(analysis.timeline.length > 0, 'a timeline');
  assert.ok(analysis.timexes.some(t => t.text === 'late Friday' && t.value === '2025-04-04'));
  // offsets are UTF-8 byte offsets into text
  const bytes = Buffer.from(analysis.text, 'utf8');
  for (const t of analysis.timexes) assert.equal(bytes.subarray(t.start, t.end).toString('utf8'), t.text);
});

test('formats() and export() cover every export format; bad input is a diagnostic, not a throw', async () => {
  const require = createRequire(path.join(prefix, 'package.json'));
  const storylens = await require('@storylens/core').load();
  const formats = storylens.formats();
  assert.ok(formats.some(f => f.name === 'json' && f.extension === 'json'));
  for (const f of formats) assert.ok(storylens.export(seed, f.name, { dct: '2025-04-05' }).length > 0, f.name);
  const json = JSON.parse(storylens.export(seed, 'json', { dct: '2025-04-05' }));
  assert.deepEqual(json, storylens.analyze(seed, { dct: '2025-04-05' }));
  assert.throws(() => storylens.export(seed, 'no-such-format'), /unknown export format/);
  const bad = storylens.analyze('Talks resumed on Monday.', { dct: '2025-02-30' });
  assert.ok(bad.diagnostics.some(d => d.code === 'dct.invalid' && d.level === 'error'));
  assert.throws(() => storylens.analyze(42), TypeError);
});

test('import() gives the same core through the ES module entry', async () => {
  const entry = pathToFileURL(path.join(installed, 'index.mjs')).href;
  const { load } = await import(entry);
  const storylens = await load();
  const analysis = storylens.analyze('On Monday, the minister said talks would resume.', { dct: '2025-04-05' });
  assert.deepEqual(analysis.timexes.map(t => t.value), ['2025-03-31']);
});
